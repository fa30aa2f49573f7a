/**
 * `forge lint` as `forge deploy` runs it, client side: Atlassian's LintService from @forge/cli (it collects
 * ./src, filters TypeScript through tsconfig.json `include`/`exclude`, runs every client-side linter), with the
 * scope check reading the trimmed REST specifications in test/fixtures/rest-specs instead of downloading them.
 * Run with cwd = the app root: lint reads manifest.yml, tsconfig.json and .gitignore from there.
 */
import path from 'node:path';
import { LintService } from '@forge/cli/out/service/lint-service';
import { cliConfig, collectingLogger, offlineStatsig, type CollectedLog } from './forge-cli';

export const SPECS_DIR = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'rest-specs');

export interface LintProblem {
  level: 'error' | 'warning';
  file: string;
  line: number;
  message: string;
  rule: string;
}

export interface LintReport {
  problems: LintProblem[];
  /** Every source file lint parsed (not just listed): the proof it did not go blind. */
  filesRead: string[];
  lines: string[];
}

/** Points @forge/lint's scope check at the offline specifications (its documented USE_LOCAL_SWAGGER switch). */
function useLocalSpecs(): void {
  const spec = (file: string) => path.join(SPECS_DIR, file);
  Object.assign(process.env, {
    USE_LOCAL_SWAGGER: '1',
    LOCAL_JIRA_SWAGGER: spec('jira-platform-v3.json'),
    LOCAL_CONF_SWAGGER: spec('confluence-v1.json'),
    LOCAL_CONF_V2_SWAGGER: spec('confluence-v2.json'),
    LOCAL_JSM_SWAGGER: spec('empty.json'),
    LOCAL_JSW_SWAGGER: spec('empty.json'),
    LOCAL_BB_SWAGGER: spec('empty.json'),
  });
}

interface RawProblem {
  line?: number;
  column?: number;
  message?: string;
  reference?: string;
}

export interface LintOptions {
  /** Lints as if manifest.yml said this instead (the scope-necessity check removes one scope at a time). */
  manifest?: (manifest: Manifest) => Manifest;
}

type Manifest = Parameters<typeof import('@forge/lint').lint>[1];

/** Lints the app in the current working directory. */
export async function runForgeLint(options: LintOptions = {}): Promise<LintReport> {
  useLocalSpecs();
  const log: CollectedLog = { lines: [], warnings: [] };
  const { configFile, reader } = cliConfig();
  const service = new LintService(configFile as never, reader as never, offlineStatsig, undefined as never);
  const filesRead: string[] = [];
  const { lint } = await import('@forge/lint');
  const lintFunction: typeof lint = (files, manifest, environment, logger, statsig, config) =>
    lint(files, options.manifest ? options.manifest(manifest) : manifest, environment, logger, statsig, {
      ...config,
      linter: { mode: 'client-side' },
      parseFunction: async (filepath, parser, readFile) => {
        const { parseSourceFile } = await import('@forge/lint');
        const input = await parseSourceFile(filepath, parser, readFile);
        if (input.ast) filesRead.push(path.relative(process.cwd(), filepath));
        return input;
      },
    });
  const { lintResults } = await service.run('development', { linterMode: 'client-side' } as never, collectingLogger(log), undefined, lintFunction as never);
  const problems: LintProblem[] = [];
  for (const result of lintResults as unknown as { file: string; errors: RawProblem[]; warnings: RawProblem[] }[]) {
    for (const [level, list] of [
      ['error', result.errors],
      ['warning', result.warnings],
    ] as const) {
      for (const p of list) {
        problems.push({ level, file: path.relative(process.cwd(), result.file ?? ''), line: p.line ?? 0, message: p.message ?? '', rule: p.reference ?? '' });
      }
    }
  }
  return { problems, filesRead: filesRead.sort(), lines: log.lines };
}
