/**
 * Page-weight budgets, from the packaged resources (.forge-rehearsal/resources/<surface>, as `forge deploy`
 * would upload them).
 * Sizes are deterministic for a given build, so these are plain assertions.
 * `npm test` builds the UI first; without a build this test fails on purpose.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  BUDGETS,
  BUILD_DIR,
  KB,
  MissingBuildError,
  budgetViolations,
  dynamicImportsOf,
  initialAssetsOfHtml,
  measureSurface,
  staticImportsOf,
  type SurfaceName,
} from '../../scripts/page-weight';

describe('page weight of the production build', () => {
  const surfaces = Object.keys(BUDGETS) as SurfaceName[];

  it.each(surfaces)('%s/index.html stays within its gzip budget', (surface) => {
    let weight;
    try {
      weight = measureSurface(surface);
    } catch (error) {
      if (error instanceof MissingBuildError) {
        throw new Error(`No production build to measure (${error.message}). Run "npm run build" (npm test does) and re-run.`);
      }
      throw error;
    }
    expect(weight.files.length).toBeGreaterThan(0);
    expect(budgetViolations(weight)).toEqual([]);
  });

  it('the notice loads the bridge (it talks to the host) and nothing of the admin page', () => {
    const notice = measureSurface('notice');
    const admin = measureSurface('admin');
    expect(notice.bridgeGzip).toBeGreaterThan(0);
    const adminOnly = admin.files.filter((f) => !f.bridge).map((f) => f.file);
    for (const file of adminOnly) expect(notice.files.map((f) => f.file)).not.toContain(file);
  });

  it('measures against the packaged resources', () => {
    expect(BUILD_DIR.endsWith(join('.forge-rehearsal', 'resources'))).toBe(true);
  });
});

describe('page-weight measurement', () => {
  it('reads scripts, stylesheets and modulepreloads from an entry, but not icons', () => {
    const html = `<script type="module" crossorigin src="./assets/a.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/b.js"><link rel="stylesheet" href="./assets/c.css"><link rel="icon" href="./i.png">`;
    expect(initialAssetsOfHtml(html)).toEqual(['./assets/a.js', './assets/b.js', './assets/c.css']);
  });

  it('tells static imports from lazy ones in minified output', () => {
    const js = 'import{o as d}from"./index-A.js";import"./side.js";export{x}from"./re.js";const l=()=>import("./lazy.js");';
    expect(staticImportsOf(js)).toEqual(['./index-A.js', './side.js', './re.js']);
    expect(dynamicImportsOf(js)).toEqual(['./lazy.js']);
  });

  /** A packaged resources directory with one surface's files (`index.html`, `assets/…`). */
  function fakeBuild(surface: string, files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'cl-build-'));
    mkdirSync(join(dir, surface, 'assets'), { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, surface, name), content);
    return dir;
  }

  it('follows static imports transitively, skips lazy chunks and separates the bridge', () => {
    const bridge = `export const o=1;/* Unable to establish a connection with the Custom UI bridge */const q=()=>import("./lazy.js");`;
    const ours = 'import{o}from"./bridge.js";import"./shared.js";console.log(o);';
    const dir = fakeBuild('notice', {
      // The CLI's injected CDN scripts are Forge's, not part of our page weight.
      'index.html':
        '<script src="https://forge.cdn.prod.atlassian-dev.net/global-bridge.js"></script><script type="module" src="./assets/notice.js"></script><link rel="stylesheet" href="./assets/n.css">',
      'assets/notice.js': ours,
      'assets/bridge.js': bridge,
      'assets/shared.js': 'export const s="x".repeat(10);',
      'assets/lazy.js': 'x'.repeat(100_000),
      'assets/n.css': 'body{color:red}',
    });
    const weight = measureSurface('notice', dir);
    expect(weight.files.map((f) => f.file).sort()).toEqual(['assets/bridge.js', 'assets/n.css', 'assets/notice.js', 'assets/shared.js']);
    expect(weight.lazyFiles).toEqual(['assets/lazy.js']);
    expect(weight.bridgeGzip).toBe(gzipSync(bridge, { level: 9 }).length);
    expect(weight.totalGzip).toBe(weight.jsGzip + weight.cssGzip);
    expect(weight.oursGzip).toBe(weight.totalGzip - weight.bridgeGzip);
  });

  it('reports a surface over budget with its size, the budget and the files', () => {
    // Random text does not compress: 60 KB of it breaks the 40 KB notice budget.
    let seed = 1;
    const noise = Array.from({ length: 60 * KB }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
    const dir = fakeBuild('notice', {
      'index.html': '<script type="module" src="./assets/notice.js"></script>',
      'assets/notice.js': `const a=${JSON.stringify(noise)};`,
    });
    const problems = budgetViolations(measureSurface('notice', dir));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/notice\/index\.html .* loads \d+\.\d KB gzip; the budget is 40\.0 KB\. Files: assets\/notice\.js/);
    expect(problems[1]).toMatch(/of our own code beside the bridge; the budget is 8\.0 KB/);
  });

  it('fails with a clear message when the build is missing or incomplete', () => {
    const empty = mkdtempSync(join(tmpdir(), 'cl-nobuild-'));
    expect(() => measureSurface('admin', empty)).toThrow(/admin\/index\.html is missing: build the UI first/);
    const partial = fakeBuild('space', { 'index.html': '<script type="module" src="./assets/gone.js"></script>' });
    expect(() => measureSurface('space', partial)).toThrow(/space\/index\.html loads assets\/gone\.js, which is not in .*the build is incomplete/);
  });
});
