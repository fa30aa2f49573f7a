/**
 * The packaged notice stays small and framework-free, and nothing of the preview
 * leaks into the Forge resources. Reads .forge-rehearsal/resources as `npm run build`
 * left it: one directory per resource, as the Forge CLI packages them.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from './harness';

const RESOURCES = path.join(REPO_ROOT, '.forge-rehearsal', 'resources');
const BUILD = path.join(RESOURCES, 'notice');
const KB = 1024;

/** Files notice/index.html loads (script, module preloads, stylesheets), split into the notice's own and @forge/bridge. */
function noticeFiles(): { own: string[]; bridge: string[] } {
  const html = readFileSync(path.join(BUILD, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  assert.ok(refs.length > 0, 'notice/index.html references its assets');
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
    console.log(
      `notice: own JS ${(ownJs / KB).toFixed(1)} KB gzip, total with bridge and CSS ${(total / KB).toFixed(1)} KB gzip (${[...own, ...bridge].join(', ')})`,
    );
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

describe('Forge resources', () => {
  it('admin, space and notice are resources of their own, each with index.html, and hold no preview code', () => {
    const resources = readdirSync(RESOURCES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    assert.deepEqual(resources, ['admin', 'notice', 'space']);
    for (const resource of resources) {
      const dir = path.join(RESOURCES, resource);
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|css|html)$/.test(f));
      assert.ok(files.includes('index.html'), `${resource} has an index.html`);
      for (const file of files) {
        assert.doesNotMatch(
          readFileSync(path.join(dir, file), 'utf8'),
          /__PREVIEW__|contribution-lens-preview|preview\/client/,
          `${resource}/${file} mentions the preview`,
        );
      }
      const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
      // Our own assets are relative (a resource cannot reach outside its directory); the CLI's CDN scripts are absolute.
      assert.doesNotMatch(
        html.replace(/<script[^>]+src="https:\/\/forge\.cdn\.[^"]+"><\/script>/g, ''),
        /(?:src|href)="(?:\/|https?:)/,
        `${resource}/index.html uses only relative asset URLs`,
      );
      assert.match(html, /global-bridge\.js/, `${resource}/index.html received the Forge bridge script`);
    }
  });
});
