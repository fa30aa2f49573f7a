/**
 * The pieces of Atlassian's Forge CLI that `forge deploy` runs before it uploads anything, wired the way the
 * CLI wires them (its dependency-injection module), minus login, analytics and upload. They read manifest.yml
 * and tsconfig.json from the working directory, as the CLI does, so every step runs with `cwd` = app root.
 */
import { createRequire } from 'node:module';

/**
 * @forge/cli-shared as @forge/cli itself resolves it (the CLI may carry its own copy): the packaging and lint
 * services of the CLI get the reader, config file and script services of their own version.
 */
const cliShared = createRequire(require.resolve('@forge/cli/package.json'))('@forge/cli-shared') as typeof import('@forge/cli-shared');
const { ConfigFile, FileSystemReader, FileSystemWriter, I18nResourceBundlingService } = cliShared;
export const { BridgeScriptService, IframeResizerScriptService } = cliShared;

/** The CLI prints through its UI object; the rehearsal collects the lines instead. */
export interface CollectedLog {
  lines: string[];
  warnings: string[];
}

export function collectingLogger(log: CollectedLog) {
  const line = (text: unknown) => log.lines.push(String(text));
  return {
    info: line,
    debug: () => undefined,
    trace: () => undefined,
    warn: (text: unknown) => {
      log.warnings.push(String(text));
      line(text);
    },
    error: line,
    table: () => undefined,
    emptyLine: () => undefined,
    logDebug: () => undefined,
  };
}

export function cliConfig() {
  const reader = new FileSystemReader();
  return { reader, configFile: new ConfigFile(reader, new FileSystemWriter()), i18n: new I18nResourceBundlingService() };
}

/**
 * Statsig decides feature gates inside the CLI; offline every gate answers "off", which is the CLI's own
 * default when Statsig cannot be reached.
 */
export const offlineStatsig = new Proxy(
  {},
  {
    get: (_target, name) => (name === 'then' ? undefined : async () => false),
  },
) as never;
