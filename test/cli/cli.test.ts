import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { run } from '../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'cl-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

function cli(args: string[], today = '2026-11-23') {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, { out: (t) => out.push(t), err: (t) => err.push(t), today: () => today });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const jiraStandardOptOut = file('optout.json', {
  schemaVersion: 1,
  organization: 'Optout Ltd',
  events: [
    { type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' },
    { type: 'setting', on: '2026-11-02', setting: 'inAppData', value: 'off' },
  ],
});

describe('contribution-lens CLI', () => {
  it('evaluate --json prints the output contract with the deadlines of the opt-out', () => {
    const r = cli(['evaluate', jiraStandardOptOut, '--at', '2026-11-20', '--json']);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.out);
    expect(e.at).toBe('2026-11-20');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.deadlines).toEqual({ inAppRemovalBy: '2026-12-02', modelsRetrainedBy: '2027-01-31', reviewWindowEndsOn: null });
    expect(Object.keys(e)).toEqual(
      expect.arrayContaining([
        'at',
        'policyVersion',
        'highestPlan',
        'excluded',
        'exclusionReasons',
        'metadata',
        'inAppData',
        'apps',
        'deadlines',
        'timeline',
        'notes',
      ]),
    );
  });

  it('--at defaults to the injected today', () => {
    const r = cli(['evaluate', jiraStandardOptOut, '--json'], '2026-12-24');
    expect(JSON.parse(r.out).at).toBe('2026-12-24');
  });

  it('the readable report names statuses, reasons with confidence and source, deadlines and the timeline', () => {
    const r = cli(['evaluate', jiraStandardOptOut, '--at', '2026-11-20']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Optout Ltd');
    expect(r.out).toMatch(/In-app data:\s+not-contributing since 2026-11-02/);
    expect(r.out).toContain('R14, documented — https://www.atlassian.com/trust/ai/data-contribution/faqs');
    expect(r.out).toMatch(/In-app data removed by:\s+2026-12-02/);
    expect(r.out).toMatch(/2027-01-31\s+model-retrain-deadline/);
  });

  it('--space reports the space status', () => {
    const p = file('space.json', {
      schemaVersion: 1,
      events: [
        { type: 'plan', on: '2026-01-10', product: 'confluence', plan: 'standard' },
        { type: 'scope', on: '2026-09-01', target: { kind: 'space', key: 'HR' }, mode: 'exclude' },
      ],
    });
    const e = JSON.parse(cli(['evaluate', p, '--at', '2026-10-01', '--space', 'HR', '--app', 'confluence', '--json']).out);
    expect(e.space.key).toBe('HR');
    expect(e.space.inAppData).toBe('not-contributing');
  });

  it('timeline prints only the timeline', () => {
    const r = cli(['timeline', jiraStandardOptOut, '--at', '2026-11-20', '--json']);
    const t = JSON.parse(r.out);
    expect(t.map((x: { kind: string }) => x.kind)).toContain('collection-stopped');
  });

  it('validate accepts a valid profile', () => {
    const r = cli(['validate', jiraStandardOptOut]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('valid');
  });

  it('schema prints a JSON Schema of the profile', () => {
    const r = cli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out);
    expect(schema.properties.events.type).toBe('array');
  });

  it('bad profile: exits 2 with one line per problem naming the field path', () => {
    const bad = file('bad.json', {
      schemaVersion: 1,
      events: [
        { type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' },
        { type: 'plan', on: '2026-02-30', product: 'jira', plan: 'standard' },
        { type: 'setting', on: '2026-03-01', setting: 'inAppData', value: 'maybe' },
      ],
    });
    const r = cli(['validate', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^events\[1\]\.on: /m);
    expect(r.err).toMatch(/^events\[2\]\.value: /m);
  });

  it.each([
    [['evaluate'], /^PROFILE: missing/m],
    [['frobnicate', 'x.json'], /^command: /m],
    [['evaluate', 'x.json', '--at', '2026-02-30'], /^--at: must be a calendar date/m],
    [['evaluate', 'x.json', '--bogus'], /^arguments: /m],
    [['evaluate', join(dir, 'missing.json')], /^PROFILE: cannot read/m],
  ])('bad arguments %j exit 2 naming the argument', (args, pattern) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(pattern);
  });

  it('invalid JSON exits 2', () => {
    const r = cli(['evaluate', file('broken.json', '{"schemaVersion": 1, ')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^\(root\): not valid JSON/m);
  });

  it('a newer schema version is refused with a clear message', () => {
    const r = cli(['validate', file('v9.json', { schemaVersion: 9, events: [] })]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^schemaVersion: 9 is newer/m);
  });

  it('runs as `npm run cli` (the package script) in a checkout', () => {
    const r = spawnSync('npm', ['run', '-s', 'cli', '--', 'evaluate', jiraStandardOptOut, '--at', '2026-11-20', '--json'], {
      encoding: 'utf8',
      cwd: join(__dirname, '../..'),
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).deadlines.inAppRemovalBy).toBe('2026-12-02');
  });
});

describe('contribution-lens CLI at the date horizon (R1)', () => {
  it('a stop in 9999 is refused with exit 2 and the field path, not printed as a garbled date', () => {
    const late = file('late.json', {
      schemaVersion: 1,
      events: [
        { type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' },
        { type: 'setting', on: '9999-11-02', setting: 'inAppData', value: 'off' },
      ],
    });
    const r = cli(['evaluate', late, '--at', '2026-11-20']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^events\[1\]\.on: must be on or before 9992-12-01/m);
    expect(r.out).toBe('');
    expect(cli(['validate', late]).code).toBe(2);
  });

  it('--at past the horizon is refused with exit 2', () => {
    const r = cli(['evaluate', jiraStandardOptOut, '--at', '9999-06-01']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^--at: must be on or before 9992-12-01/m);
  });

  it('the latest accepted date evaluates, and no printed date has more than four year digits', () => {
    const r = cli(['timeline', jiraStandardOptOut, '--at', '9992-12-01', '--json']);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/[+-]\d{6}-/);
  });
});
