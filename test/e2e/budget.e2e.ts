/**
 * The built notice stays small and framework-free, and nothing of the preview
 * leaks into the Forge bundle. Reads static/build as `npm run build` left it.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from './harness';

const BUILD = path.join(REPO_ROOT, 'static', 'build');
const KB = 1024;

/** Files notice.html loads (script, module preloads, stylesheets), split into the notice's own and @forge/bridge. */
function noticeFiles(): { own: string[]; bridge: string[] } {
  const html = readFileSync(path.join(BUILD, 'notice.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  assert.ok(refs.length > 0, 'notice.html references its assets');
  const bridge = refs.filter((r) => /\/forge-bridge-[^/]+\.js$/.test(r));
  assert.equal(bridge.length, 1, 'the bridge is one chunk of its own');
  return { own: refs.filter((r) => !bridge.includes(r)), bridge };
}

const gzipBytes = (file: string): number => gzipSync(readFileSync(path.join(BUILD, file)), { level: 9 }).length;

describe('notice bundle budget', () => {
  it('own JS ≤ 8 KB gzip and everything it loads ≤ 40 KB gzip', () => {
    const { own, bridge } = noticeFiles();
    const ownJs = own.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipBytes(f), 0);
    const total = [...own, ...bridge].reduce((sum, f) => sum + gzipBytes(f), 0);
    console.log(`notice: own JS ${(ownJs / KB).toFixed(1)} KB gzip, total with bridge and CSS ${(total / KB).toFixed(1)} KB gzip (${[...own, ...bridge].join(', ')})`);
    assert.ok(ownJs > 0 && ownJs <= 8 * KB, `own JS is ${ownJs} bytes gzip`);
    assert.ok(total <= 40 * KB, `total is ${total} bytes gzip`);
  });

  it('loads no React, no Atlaskit JS and no zod', () => {
    const { own, bridge } = noticeFiles();
    for (const file of [...own, ...bridge].filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(path.join(BUILD, file), 'utf8');
      assert.doesNotMatch(code, /react\.production|__SECRET_INTERNALS_DO_NOT_USE|react-dom/, `${file} contains React`);
      assert.doesNotMatch(code, /@atlaskit\/|ds-lib|useThemeObserver/, `${file} contains Atlaskit code`);
      assert.doesNotMatch(code, /ZodError|\$ZodType/, `${file} contains zod`);
    }
  });
});

describe('Forge bundle', () => {
  it('contains admin, space and notice entries and no preview code', () => {
    const entries = readdirSync(BUILD).filter((f) => f.endsWith('.html')).sort();
    assert.deepEqual(entries, ['admin.html', 'notice.html', 'space.html']);
    const files = readdirSync(path.join(BUILD, 'assets')).map((f) => path.join(BUILD, 'assets', f));
    for (const file of [...files, ...entries.map((e) => path.join(BUILD, e))]) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /__PREVIEW__|contribution-lens-preview|preview\/client/, `${path.basename(file)} mentions the preview`);
    }
    for (const entry of entries) {
      assert.doesNotMatch(readFileSync(path.join(BUILD, entry), 'utf8'), /(?:src|href)="\//, `${entry} uses only relative asset URLs`);
    }
  });
});
