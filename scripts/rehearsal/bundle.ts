/**
 * `forge deploy`'s function bundling: @forge/bundler's node bundler (webpack + ts-loader with the app's own
 * tsconfig.json), one entry point per handler file named in manifest.yml, the manifest's i18n resources.
 * Atlassian's runtime wrapper and loader come from its CDN at deploy time; offline an empty stand-in takes
 * their place, which does not change what webpack bundles from our code.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, cpSync } from 'node:fs';
import path from 'node:path';
import { getEntryPoints, getNodeBundler } from '@forge/bundler';
import { ConfigFile, FileSystemReader, FileSystemWriter, I18nResourceBundlingService } from '@forge/cli-shared';
import { collectingLogger, type CollectedLog } from './forge-cli';

export interface FunctionBundle {
  /** Handler file (module) as the manifest names it, e.g. `index`. */
  module: string;
  /** The bundle as written to the output directory. */
  file: string;
  bytes: number;
}

export interface BundleResult {
  ok: boolean;
  bundles: FunctionBundle[];
  warnings: string[];
  errors: string[];
  outputDir: string;
}

const offlineRuntimeWrapper = {
  getNodeRuntimeWrapper: async () => ({ script: '', source: 'offline-rehearsal', version: 'offline' }),
  getNodeRuntimeLoader: async () => ({ script: '', source: 'offline-rehearsal', version: 'offline' }),
};

/**
 * The npm packages a bundle carries, with the bytes of source each brings, read from the source map webpack writes
 * next to it (`<bundle>.map`): the module list, so a check need not guess from the minified code.
 */
export function bundledPackages(bundleFile: string): Record<string, number> {
  const map = JSON.parse(readFileSync(`${bundleFile}.map`, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
  const packages: Record<string, number> = {};
  map.sources.forEach((source, i) => {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
    if (name) packages[name] = (packages[name] ?? 0) + (map.sourcesContent?.[i]?.length ?? 0);
  });
  return packages;
}

/** Bundles every function of manifest.yml (run with cwd = app root) into `outputDir`. */
export async function bundleFunctions(outputDir: string): Promise<BundleResult> {
  const log: CollectedLog = { lines: [], warnings: [] };
  // The bundler's own @forge/cli-shared reads the manifest for it.
  const configFile = new ConfigFile(new FileSystemReader(), new FileSystemWriter());
  const i18n = new I18nResourceBundlingService();
  const manifest = await configFile.readConfig();
  const handlers = await configFile.getAppHandlers();
  const entryPoints = getEntryPoints(handlers);
  const i18nResourceBundle = await i18n.bundle(manifest.modules, manifest.translations);
  const bundler = getNodeBundler(collectingLogger(log) as never, offlineRuntimeWrapper, configFile);
  try {
    const output = await bundler.bundle({ appDirectory: process.cwd(), entryPoints, i18nResourceBundle });
    rmSync(outputDir, { recursive: true, force: true });
    mkdirSync(outputDir, { recursive: true });
    cpSync(output.outputDir, outputDir, { recursive: true });
    const bundles = entryPoints.map(({ name }) => {
      const file = path.join(outputDir, `${name}.cjs`);
      return { module: name, file, bytes: existsSync(file) ? statSync(file).size : -1 };
    });
    const missing = bundles
      .filter((b) => b.bytes < 0)
      .map((b) => `no bundle for handler file src/${b.module}.ts (found: ${readdirSync(outputDir).join(', ')})`);
    return { ok: missing.length === 0 && log.warnings.length === 0, bundles, warnings: log.warnings, errors: missing, outputDir };
  } catch (error) {
    return { ok: false, bundles: [], warnings: log.warnings, errors: [(error as Error).message], outputDir };
  }
}
