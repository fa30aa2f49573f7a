/**
 * `forge deploy`'s resource packaging: Atlassian's ResourcePackagingService from @forge/cli (it validates each
 * resource directory, injects the Forge bridge script and iframe-resizer into the resource's index.html, adds
 * the manifest's i18n files) with an archiver that writes the archive's files to a directory instead of a zip,
 * so the preview and the benchmarks serve exactly what would be uploaded. Then, per resource, the Content
 * Security Policy Forge serves with it, built by @forge/csp from that page and manifest.yml's permissions.
 * Run with cwd = the app root.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ResourcePackagingService } from '@forge/cli/out/service/resource-packaging-service';
import { CSPInjectionService, CSPProcessingService } from '@forge/csp';
import { load } from 'cheerio';
import { BridgeScriptService, cliConfig, IframeResizerScriptService } from './forge-cli';

export const PACKAGED_DIR = path.join('.forge-rehearsal', 'resources');
export const CSP_FILE = 'csp.json';

/** What a resource archive would hold, written out as files. */
function directoryArchiver(root: string) {
  return async () => {
    const dir = path.join(root, `archive-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir, { recursive: true });
    const target = (name: string) => {
      const file = path.join(dir, name);
      if (!file.startsWith(dir + path.sep)) throw new Error(`archive entry outside the archive: ${name}`);
      mkdirSync(path.dirname(file), { recursive: true });
      return file;
    };
    return {
      addContent: (name: string, content: Buffer | string) => writeFileSync(target(name), content),
      addFrom: (name: string, from: string) => copyFileSync(from, target(name)),
      addMany: (entries: Map<string, string | Buffer>) => entries.forEach((content, name) => writeFileSync(target(name), content)),
      finalise: async () => dir,
    };
  };
}

export interface PackagedResource {
  key: string;
  /** Directory holding the packaged files (what Forge would host). */
  dir: string;
  fileCount: number;
  /** Module pages (index.html or entry files) that did not receive the Forge bridge script. */
  pagesWithoutBridge: string[];
  /** The Content-Security-Policy directives Forge serves with this resource. */
  csp: string[];
}

export interface PackageResult {
  resources: PackagedResource[];
  /** Modules whose resource or entry page is not in the packaged output. */
  problems: string[];
}

const BRIDGE_SCRIPT = /<script src="https:\/\/forge\.cdn\.[a-z]+\.atlassian-dev\.net\/global-bridge\.js"><\/script>/;

export async function packageResources(outputDir = PACKAGED_DIR): Promise<PackageResult> {
  const { configFile, reader, i18n } = cliConfig();
  const manifest = await configFile.readConfig();
  const resources = await configFile.getResources(['customUI']);
  rmSync(outputDir, { recursive: true, force: true });
  mkdirSync(outputDir, { recursive: true });
  const scratch = path.join(outputDir, '.archives');
  const service = new ResourcePackagingService(
    directoryArchiver(scratch),
    reader as never,
    process.cwd(),
    new BridgeScriptService() as never,
    new IframeResizerScriptService() as never,
  );
  const i18nBundle = await i18n.bundle(manifest.modules, manifest.translations);
  const archives = (await service.zipResources(resources, i18nBundle)) as Record<string, { zipPath: string; fileCount: number }>;
  const cspProcessing = new CSPProcessingService({ info: () => undefined }, load);
  const cspInjection = new CSPInjectionService();
  const packaged: PackagedResource[] = [];
  const problems: string[] = [];
  const csp: Record<string, string[]> = {};
  for (const resource of resources) {
    const archive = archives[resource.key];
    if (!archive) {
      problems.push(`resource ${resource.key}: not packaged`);
      continue;
    }
    const dir = path.join(outputDir, resource.key);
    rmSync(dir, { recursive: true, force: true });
    renameSync(archive.zipPath, dir);
    const pages = resource.entry ? Object.values(resource.entry as Record<string, string>) : ['index.html'];
    const pagesWithoutBridge = pages.filter((page) => !existsSync(path.join(dir, page)) || !BRIDGE_SCRIPT.test(readFileSync(path.join(dir, page), 'utf8')));
    const entryHtml = readFileSync(path.join(dir, pages[0] ?? 'index.html'));
    const details = cspProcessing.getCspDetails(entryHtml, manifest.permissions ?? {});
    csp[resource.key] = cspInjection.getInjectableCSP({ existingCSPDetails: details, microsEnv: 'prod' });
    packaged.push({ key: resource.key, dir, fileCount: archive.fileCount, pagesWithoutBridge, csp: csp[resource.key]! });
  }
  rmSync(scratch, { recursive: true, force: true });
  // Which page each module opens, so a module pointing at a page without the bridge is caught too.
  for (const [type, list] of Object.entries(manifest.modules ?? {})) {
    for (const module of (list ?? []) as { key: string; resource?: string }[]) {
      if (!module.resource) continue;
      const [key, entry] = module.resource.split('/');
      const resource = packaged.find((r) => r.key === key);
      if (!resource) {
        problems.push(`${type} ${module.key}: resource ${key} was not packaged`);
        continue;
      }
      const page = entry ? resources.find((r) => r.key === key)?.entry?.[entry] : 'index.html';
      if (!page || resource.pagesWithoutBridge.includes(page))
        problems.push(`${type} ${module.key}: its page ${key}/${page ?? entry} did not receive the Forge bridge script`);
    }
  }
  writeFileSync(path.join(outputDir, CSP_FILE), `${JSON.stringify(csp, null, 2)}\n`);
  return { resources: packaged, problems };
}

if (require.main === module) {
  packageResources().then(
    (result) => {
      for (const r of result.resources) console.log(`packaged ${r.key}: ${r.fileCount} files → ${r.dir}`);
      for (const p of result.problems) console.error(p);
      process.exit(result.problems.length === 0 ? 0 : 1);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
