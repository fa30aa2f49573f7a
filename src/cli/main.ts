#!/usr/bin/env node
/**
 * contribution-lens: the policy engine on the command line.
 * Exit codes: 0 success, 2 bad input (one line per problem, naming the field), 1 anything unexpected.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from '../shared/zod';
import { LATEST_INPUT_DATE } from '../policy/constants';
import { isCalendarDate, todayUtc } from '../policy/dates';
import { evaluate } from '../policy/engine';
import { parseProfile, type OrgProfile, type ProfileIssue } from '../policy/profile';
import { profileJsonSchema } from '../policy/profile-schema';
import { renderReport, renderTimeline } from './report';
import { verifyBundle } from './verify';

const USAGE = `Usage:
  contribution-lens evaluate PROFILE.json [--at YYYY-MM-DD] [--space KEY [--app APP]] [--json]
  contribution-lens timeline PROFILE.json [--at YYYY-MM-DD] [--json]
  contribution-lens validate PROFILE.json
  contribution-lens schema
  contribution-lens verify BUNDLE.json [--anchor "contribution-lens-anchor v1 site=… entry=N head=…"]
Exit codes: 0 ok, 1 unexpected error, 2 bad input, 3 the evidence bundle does not verify.`;

export class InputError extends Error {
  constructor(readonly issues: ProfileIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  }
}

const argsSchema = z.strictObject({
  command: z.enum(['evaluate', 'timeline', 'validate', 'schema', 'verify'], { error: 'must be one of evaluate, timeline, validate, schema, verify' }),
  profilePath: z.string().min(1).optional(),
  at: z
    .string()
    .refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD')
    .refine(
      (d) => !isCalendarDate(d) || d <= LATEST_INPUT_DATE,
      `must be on or before ${LATEST_INPUT_DATE}: later dates would put computed dates past 9999-12-31`,
    )
    .optional(),
  space: z.string().min(1, 'must not be empty').max(255).optional(),
  app: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a product name such as "confluence" or "jira"')
    .optional(),
  json: z.boolean(),
  anchor: z.string().max(300, 'must be at most 300 characters').optional(),
});
type CliArgs = z.infer<typeof argsSchema>;

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        at: { type: 'string' },
        space: { type: 'string' },
        app: { type: 'string' },
        json: { type: 'boolean', default: false },
        anchor: { type: 'string' },
      },
    });
  } catch (error) {
    throw new InputError([{ path: 'arguments', message: (error as Error).message }]);
  }
  const [command, profilePath, ...extra] = parsed.positionals;
  const issues: ProfileIssue[] = [];
  if (extra.length) issues.push({ path: 'arguments', message: `unexpected extra arguments: ${extra.join(' ')}` });
  const result = argsSchema.safeParse({ command, profilePath, ...parsed.values });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0] === 'profilePath' ? 'PROFILE' : issue.path[0] === 'command' ? 'command' : `--${String(issue.path[0])}`;
      issues.push({ path: field, message: command === undefined && field === 'command' ? 'missing' : issue.message });
    }
  }
  const args = result.success ? result.data : undefined;
  if (args && args.command !== 'schema' && !args.profilePath) issues.push({ path: 'PROFILE', message: 'missing: give the path of a profile JSON file' });
  if (args && args.app && !args.space) issues.push({ path: '--app', message: 'only makes sense with --space' });
  if (args && args.anchor !== undefined && args.command !== 'verify') issues.push({ path: '--anchor', message: 'only makes sense with verify' });
  if (issues.length || !args) throw new InputError(issues);
  return args;
}

function readJson(path: string, field: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError([{ path: field, message: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError([{ path: '(root)', message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

export function loadProfile(path: string): OrgProfile {
  const raw = readJson(path, 'PROFILE');
  const result = parseProfile(raw);
  if (!result.ok) throw new InputError(result.issues);
  return result.value;
}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  today: () => string;
}

export function run(argv: string[], io: CliIo): number {
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'schema') {
      io.out(JSON.stringify(profileJsonSchema(), null, 2));
      return 0;
    }
    if (args.command === 'verify') {
      const verdict = verifyBundle(readJson(args.profilePath!, 'BUNDLE'), args.anchor);
      for (const line of verdict.lines) (verdict.ok ? io.out : io.err)(line);
      if (verdict.ok) io.out(`${args.profilePath}: verified`);
      return verdict.ok ? 0 : 3;
    }
    const profile = loadProfile(args.profilePath!);
    if (args.command === 'validate') {
      io.out(`${args.profilePath}: valid (schemaVersion ${profile.schemaVersion}, ${profile.events.length} events)`);
      return 0;
    }
    const at = args.at ?? io.today();
    const space = args.space ? { key: args.space, ...(args.app ? { app: args.app } : {}) } : undefined;
    const evaluation = evaluate(profile, { at, ...(space ? { space } : {}) });
    if (args.command === 'timeline') {
      io.out(args.json ? JSON.stringify(evaluation.timeline, null, 2) : renderTimeline(evaluation));
      return 0;
    }
    io.out(args.json ? JSON.stringify(evaluation, null, 2) : renderReport(evaluation, profile));
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      for (const issue of error.issues) io.err(`${issue.path}: ${issue.message}`);
      io.err(USAGE);
      return 2;
    }
    io.err(`contribution-lens: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}

if (require.main === module) {
  const code = run(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    today: () => todayUtc(),
  });
  process.exitCode = code;
}
