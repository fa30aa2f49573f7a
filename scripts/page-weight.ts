/**
 * Page weight of each Custom UI surface, read from the packaged resources that
 * `npm run build` leaves in .forge-rehearsal/resources/<surface>/ (what `forge
 * deploy` would upload): the JS and CSS its index.html loads up front (its scripts,
 * stylesheets, modulepreloads and their static imports, transitively), each
 * gzipped. Lazy chunks (`import("./x.js")`) are not part of the initial load, nor
 * are the scripts Forge serves from its own CDN (the bridge loader, iframe-resizer).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One directory per surface, as the Forge CLI packages each resource. */
export const BUILD_DIR = join(__dirname, '..', '.forge-rehearsal', 'resources');
export const KB = 1024;

export type SurfaceName = 'notice' | 'space' | 'admin';

/** Page-weight budgets, gzip bytes: the notice opens on every page, so it may carry the bridge plus at most 8 KB of our own code. */
export const BUDGETS: Record<SurfaceName, { total: number; ours?: number; label: string }> = {
  notice: { total: 40 * KB, ours: 8 * KB, label: 'byline / banner / work item notice' },
  space: { total: 120 * KB, label: 'space / project page' },
  admin: { total: 250 * KB, label: 'admin page, initial load' },
};

export interface LoadedFile {
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
  /** Part of @forge/bridge rather than our code (recognised by the bridge's own error text). */
  bridge: boolean;
}

export interface SurfaceWeight {
  surface: SurfaceName;
  entry: string;
  files: LoadedFile[];
  jsGzip: number;
  cssGzip: number;
  totalGzip: number;
  bridgeGzip: number;
  oursGzip: number;
  lazyFiles: string[];
}

export class MissingBuildError extends Error {
  override readonly name = 'MissingBuildError';
}

/** A string only @forge/bridge's bundle contains, so its chunk is told apart from ours without a manifest. */
const BRIDGE_MARKER = 'Unable to establish a connection with the Custom UI bridge';

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

/** Scripts, stylesheets and modulepreloads an HTML entry loads before anything runs. */
export function initialAssetsOfHtml(html: string): string[] {
  const assets: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    if (src) assets.push(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const href = attr(tag, 'href');
    if (href && (rel === 'stylesheet' || rel === 'modulepreload')) assets.push(href);
  }
  return assets;
}

/** Relative static imports (`import x from"./a.js"`, `import"./a.js"`, `export * from"./a.js"`). */
export function staticImportsOf(js: string): string[] {
  return [...js.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
}

/** Relative dynamic imports: loaded later, on demand. */
export function dynamicImportsOf(js: string): string[] {
  return [...js.matchAll(/\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => m[1]!);
}

const gzipSize = (content: Buffer): number => gzipSync(content, { level: 9 }).length;

export function measureSurface(surface: SurfaceName, resourcesDir = BUILD_DIR): SurfaceWeight {
  const buildDir = join(resourcesDir, surface);
  const entry = `${surface}/index.html`;
  const htmlPath = join(buildDir, 'index.html');
  if (!existsSync(htmlPath)) {
    throw new MissingBuildError(`${htmlPath} is missing: build the UI first (npm run build) before measuring page weight`);
  }
  const html = readFileSync(htmlPath, 'utf8');
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const queue = initialAssetsOfHtml(html)
    .filter((src) => !/^(https?:)?\/\//.test(src))
    .map((src) => posix.normalize(src));
  const files: LoadedFile[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const path = join(buildDir, file);
    if (!existsSync(path)) throw new MissingBuildError(`${entry} loads ${file}, which is not in ${buildDir}: the build is incomplete`);
    const content = readFileSync(path);
    const kind = file.endsWith('.css') ? 'css' : 'js';
    const text = content.toString('utf8');
    files.push({ file, kind, bytes: content.length, gzipBytes: gzipSize(content), bridge: kind === 'js' && text.includes(BRIDGE_MARKER) });
    if (kind === 'js') {
      const dir = posix.dirname(file);
      for (const imported of staticImportsOf(text)) queue.push(posix.normalize(posix.join(dir, imported)));
      for (const imported of dynamicImportsOf(text)) lazy.add(posix.normalize(posix.join(dir, imported)));
    }
  }
  const sum = (list: LoadedFile[]) => list.reduce((n, f) => n + f.gzipBytes, 0);
  const js = files.filter((f) => f.kind === 'js');
  const bridge = files.filter((f) => f.bridge);
  return {
    surface,
    entry,
    files,
    jsGzip: sum(js),
    cssGzip: sum(files.filter((f) => f.kind === 'css')),
    totalGzip: sum(files),
    bridgeGzip: sum(bridge),
    oursGzip: sum(files) - sum(bridge),
    lazyFiles: [...lazy].filter((f) => !seen.has(f)).sort(),
  };
}

export function measureAllSurfaces(resourcesDir = BUILD_DIR): SurfaceWeight[] {
  return (Object.keys(BUDGETS) as SurfaceName[]).map((s) => measureSurface(s, resourcesDir));
}

/** Budget violations as readable sentences; empty when everything fits. */
export function budgetViolations(weight: SurfaceWeight): string[] {
  const budget = BUDGETS[weight.surface];
  const out: string[] = [];
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  const list = weight.files.map((f) => `${f.file} ${kb(f.gzipBytes)}${f.bridge ? ' (bridge)' : ''}`).join(', ');
  if (weight.totalGzip > budget.total) {
    out.push(`${weight.entry} (${budget.label}) loads ${kb(weight.totalGzip)} gzip; the budget is ${kb(budget.total)}. Files: ${list}`);
  }
  if (budget.ours !== undefined && weight.oursGzip > budget.ours) {
    out.push(
      `${weight.entry} (${budget.label}) loads ${kb(weight.oursGzip)} gzip of our own code beside the bridge; the budget is ${kb(budget.ours)}. Files: ${list}`,
    );
  }
  return out;
}
