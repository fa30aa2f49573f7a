/**
 * The manifest, checked offline with the real @forge/manifest validator, and
 * against the code: entities, handlers, resolver attachment, notices, scopes,
 * and every resolver key the Custom UI invokes.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { validateManifest, type ManifestCheck } from '../../scripts/validate-manifest';
import { BANNER_PROPERTY_ON, BANNER_SPACE_PROPERTY } from '../../src/app/banner';
import { ADMIN_MODULE_TYPES, PUBLIC_MODULE_TYPES } from '../../src/auth/policy';
import { ADMIN_KEYS, FUNCTION_KEYS, PUBLIC_KEYS } from '../../src/shared/contract';
import { ENTITY_SCHEMAS } from '../../src/storage/entities';
import { MODULE_KEYS } from '../../static/src/lib/modules';
import { reachableSources } from '../support/source-imports';

const root = resolve(__dirname, '../..');
let check: ManifestCheck;
let manifest: Record<string, any>;

beforeAll(async () => {
  check = await validateManifest(root);
  manifest = check.manifest ?? {};
});

type Module = { key: string; resource?: string; resolver?: { function: string }; [k: string]: unknown };
const modulesOf = (type: string): Module[] => (manifest.modules?.[type] ?? []) as Module[];
const uiModules = (): [string, Module][] =>
  Object.entries(manifest.modules ?? {})
    // rovo:agent is no UI module: it has no resource or resolver (test/rovo/manifest.test.ts checks it).
    .filter(([type]) => type.includes(':') && type !== 'rovo:agent')
    .flatMap(([type, list]) => (list as Module[]).map((m) => [type, m] as [string, Module]));

test('the built UI is in place and @forge/manifest reports no errors or warnings', () => {
  // Fails (never skips) when static/build is missing: `npm run test:unit` builds it before jest.
  expect(check.problems).toEqual([]);
  expect(check.ok).toBe(true);
});

test('app: nodejs22.x, Jira required, Confluence optional', () => {
  expect(manifest.app.runtime.name).toBe('nodejs22.x');
  expect(manifest.app.compatibility).toEqual({ jira: { required: true }, confluence: { required: false } });
});

test('custom entities match the storage layer exactly', () => {
  const declared = (
    manifest.app.storage.entities as {
      name: string;
      attributes: Record<string, { type: string }>;
      indexes: { name: string; partition?: string[]; range: string[] }[];
    }[]
  ).map((e) => ({
    name: e.name,
    attributes: Object.fromEntries(Object.entries(e.attributes).map(([k, v]) => [k, v.type])),
    indexes: e.indexes.map((i) => ({ name: i.name, ...(i.partition ? { partition: i.partition } : {}), range: i.range[0] })),
  }));
  expect(declared).toEqual(ENTITY_SCHEMAS);
});

test('handlers exist as exports of the two Forge entries: src/index.ts (admin, daily check) and src/page-view.ts (notices, space pages)', async () => {
  const entries: Record<string, Record<string, unknown>> = { index: await import('../../src/index'), 'page-view': await import('../../src/page-view') };
  // The Rovo actions' functions live in src/rovo.ts (test/rovo/manifest.test.ts checks them).
  const functions = (manifest.modules.function as { key: string; handler: string }[]).filter((f) => !f.handler.startsWith('rovo.'));
  expect(functions.map((f) => f.key).sort()).toEqual(Object.values(FUNCTION_KEYS).sort());
  for (const f of functions) {
    const [file, name] = f.handler.split('.');
    expect(Object.keys(entries)).toContain(file);
    expect(typeof entries[file as string]?.[name as string]).toBe('function');
  }
  // The page-view function is its own handler file, so @forge/bundler makes it its own (small) bundle.
  expect(functions.find((f) => f.key === FUNCTION_KEYS.public)?.handler).toBe('page-view.publicHandler');
  expect(functions.filter((f) => f.key !== FUNCTION_KEYS.public).every((f) => f.handler.startsWith('index.'))).toBe(true);
  expect(entries.index?.publicHandler).toBeUndefined();
  expect(functions.find((f) => f.key === FUNCTION_KEYS.space)?.handler).toBe('index.spaceHandler');
  expect(manifest.modules.scheduledTrigger).toEqual([{ key: 'contribution-lens-daily-check', function: FUNCTION_KEYS.dailyCheck, interval: 'day' }]);
});

/** The space/project pages: their concern form writes to the history chain, which needs the full function. */
const SPACE_PAGE_TYPES: ReadonlySet<string> = new Set(['jira:projectPage', 'confluence:spacePage']);

test('the admin function is attached only to admin modules, the space function to the space pages, the page-view function to the notices', () => {
  const modules = uiModules();
  expect(modules.length).toBeGreaterThan(0);
  for (const [type, m] of modules) {
    const expected = ADMIN_MODULE_TYPES.has(type) ? FUNCTION_KEYS.admin : SPACE_PAGE_TYPES.has(type) ? FUNCTION_KEYS.space : FUNCTION_KEYS.public;
    expect({ type, fn: m.resolver?.function }).toEqual({ type, fn: expected });
    expect(ADMIN_MODULE_TYPES.has(type) || PUBLIC_MODULE_TYPES.has(type)).toBe(true);
  }
  expect(new Set(modules.map(([type]) => type))).toEqual(new Set([...ADMIN_MODULE_TYPES, ...PUBLIC_MODULE_TYPES]));
});

test('notices cost no function call per view: static byline and lozenge, no dynamicProperties', () => {
  const [byline] = modulesOf('confluence:contentBylineItem');
  // Static texts: plain strings or translation keys resolved by the host, never a function.
  const staticText = expect.objectContaining({ i18n: expect.any(String) });
  expect(byline).toMatchObject({ title: staticText, tooltip: staticText, unlicensedAccess: ['unlicensed', 'anonymous'] });
  expect(byline).not.toHaveProperty('dynamicProperties');
  expect(byline).not.toHaveProperty('contentPropertyKey');
  expect(modulesOf('confluence:pageBanner')[0]).toMatchObject({ unlicensedAccess: ['unlicensed', 'anonymous'] });
  expect(modulesOf('confluence:pageBanner')[0]).not.toHaveProperty('dynamicProperties');
  const [issue] = modulesOf('jira:issueContext');
  expect(issue).toMatchObject({ status: { type: 'lozenge', value: { label: expect.any(String) } } });
  expect(issue).not.toHaveProperty('dynamicProperties');
});

test('the page banner loads only in spaces whose banner property the app set to "on"', () => {
  const [banner] = modulesOf('confluence:pageBanner');
  expect(banner?.displayConditions).toEqual({
    entityPropertyEqualTo: { entity: 'space', propertyKey: BANNER_SPACE_PROPERTY, value: BANNER_PROPERTY_ON },
  });
});

test('least privilege: storage:app, read-only product scopes except the space property write, no egress', () => {
  const scopes: string[] = manifest.permissions.scopes;
  expect(scopes).toContain('storage:app');
  // report:personal-data sends the stored account IDs to Atlassian's personal data reporting; it writes nothing.
  expect(scopes).toContain('report:personal-data');
  const writes = scopes.filter((scope) => !/^(storage:app|read:|report:personal-data$)/.test(scope));
  // The banner's display-condition property is the app's only write to a product.
  // The v2 specification lists write:space:confluence for the space property operations (npm run rehearse:deploy lints it).
  expect(writes).toEqual(['write:space:confluence']);
  expect(manifest.permissions.external).toBeUndefined();
  // Only inline styles, for the theme CSS view.theme.enable() appends as <style> elements; never inline scripts.
  expect(manifest.permissions.content).toEqual({ styles: ['unsafe-inline'] });
});

test('every resolver key the Custom UI invokes is defined on the function of the module that loads it', () => {
  const resources = new Map<string, string>(manifest.resources.map((r: { key: string; path: string }) => [r.key, r.path]));
  const allKeys = new Set<string>([...ADMIN_KEYS, ...PUBLIC_KEYS]);
  let checked = 0;
  for (const [type, m] of uiModules()) {
    // One resource per surface: its source page is static/<surface>/index.html, built into static/build/<surface>.
    const built = resources.get(m.resource as string) as string;
    expect(built).toBe(`static/build/${m.resource as string}`);
    const source = join(root, 'static', m.resource as string, 'index.html');
    const script = /<script[^>]+src="(\.\.\/[^"]+)"/.exec(readFileSync(source, 'utf8'))?.[1];
    expect(script).toBeDefined();
    // The page-view function serves only the reads (src/page-view.ts).
    const fn = m.resolver?.function;
    const defined = new Set<string>(fn === FUNCTION_KEYS.admin ? ADMIN_KEYS : fn === FUNCTION_KEYS.public ? ['getNotice', 'getSpaceStatus'] : PUBLIC_KEYS);
    const invoked = new Set<string>();
    for (const file of reachableSources(resolve(dirname(source), script as string), (f) => f.includes(join(root, 'static', 'src')))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\b(?:invoke\w*|callAdmin|useCall|call\w*)\(\s*['"]([A-Za-z]+)['"]/g)) {
        if (allKeys.has(match[1] as string)) invoked.add(match[1] as string);
      }
    }
    expect(invoked.size).toBeGreaterThan(0);
    for (const key of invoked) expect({ module: type, key, defined: defined.has(key) }).toEqual({ module: type, key, defined: true });
    checked += invoked.size;
  }
  expect(checked).toBeGreaterThan(0);
});

test('a missing UI build fails validation with a clear message', async () => {
  const { mkdtempSync, copyFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const temp = mkdtempSync(join(tmpdir(), 'cl-manifest-'));
  copyFileSync(join(root, 'manifest.yml'), join(temp, 'manifest.yml'));
  const result = await validateManifest(temp);
  expect(result.ok).toBe(false);
  expect(result.problems).toEqual([
    expect.stringContaining('missing static/build/admin/index.html, static/build/space/index.html, static/build/notice/index.html'),
  ]);
});

test('the module keys the UI navigates to exist in the manifest', () => {
  expect(modulesOf('confluence:spacePage')[0]?.key).toBe(MODULE_KEYS.confluenceSpacePage);
  expect(modulesOf('jira:projectPage')[0]?.key).toBe(MODULE_KEYS.jiraProjectPage);
});
