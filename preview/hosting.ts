/**
 * Forge's hosting of Custom UI resources, as the preview imitates it: the files `npm run build` packaged the way
 * `forge deploy` packages them (.forge-rehearsal/resources/<key>/, the CLI's bridge script already injected into
 * each index.html), served with the Content-Security-Policy @forge/csp built for that resource. On a site the
 * injected script loads Atlassian's bridge from its CDN; here it loads the preview's stand-in bridge instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PreviewManifest } from './manifest';

export const CSP_REPORT_PATH = '/api/csp-report';

/** The tags the Forge CLI injects into a resource's index.html (scripts/rehearsal/package-resources.ts runs it). */
const CDN_BRIDGE_TAG = /<script src="https:\/\/forge\.cdn\.[a-z]+\.atlassian-dev\.net\/global-bridge\.js"><\/script>/;
const CDN_RESIZER_TAG = /<script async src="https:\/\/forge\.cdn\.[a-z]+\.atlassian-dev\.net\/iframeResizer\.contentWindow\.min\.js"><\/script>/;

export function packagedRoot(repoRoot: string): string {
  return path.join(repoRoot, '.forge-rehearsal', 'resources');
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build` (Vite per surface, then the CLI's packaging) when the packaged pages are missing or older than their sources. */
export function buildIfNeeded(repoRoot: string, manifest: PreviewManifest): void {
  const pages = Object.values(manifest.modules).map((m) => path.join(packagedRoot(repoRoot), m.resourceKey, m.entryFile));
  const missing = pages.some((file) => !existsSync(file)) || !existsSync(path.join(packagedRoot(repoRoot), 'csp.json'));
  const sources = Math.max(newestMtime(path.join(repoRoot, 'static', 'src')), statSync(path.join(repoRoot, 'manifest.yml')).mtimeMs);
  const stale = !missing && sources > Math.min(...pages.map((f) => statSync(f).mtimeMs));
  if (!missing && !stale) return;
  console.log(`preview: building and packaging the Custom UI (${missing ? 'no build yet' : 'sources changed'})…`);
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}

/**
 * The CSP Forge serves with each resource, keyed by resource key. Only its report-uri differs: reports go to the
 * preview (GET /api/csp-reports lists them) instead of Atlassian's collector.
 */
export function readCsp(repoRoot: string): Record<string, string> {
  const file = path.join(packagedRoot(repoRoot), 'csp.json');
  const byResource = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  return Object.fromEntries(
    Object.entries(byResource).map(([key, directives]) => [
      key,
      directives.map((d) => (d.startsWith('report-uri ') ? `report-uri ${CSP_REPORT_PATH}` : d)).join('; '),
    ]),
  );
}

/**
 * A packaged page as the browser gets it on a site, except that the CDN bridge script becomes the preview's
 * stand-in (carrying the frame's configuration) and iframe-resizer is left out (the preview sizes frames itself).
 * A page without the CLI's bridge script would not work on Forge, so it fails here too.
 */
export function hostedPage(html: string, page: string, previewConfig: unknown): string {
  if (!CDN_BRIDGE_TAG.test(html)) throw new Error(`${page} has no Forge bridge script: the CLI injects it only into a resource's index.html`);
  const config = JSON.stringify(previewConfig).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return html.replace(CDN_BRIDGE_TAG, `<script src="/preview/client/bridge.js" data-preview="${config}"></script>`).replace(CDN_RESIZER_TAG, '');
}
