/** The shared resolver contract: browser-safe imports, size limits, key sets, context parsing. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { callerFromContext } from '../../src/auth/context';
import { ADMIN_KEYS, LIMITS, PUBLIC_KEYS } from '../../src/shared/contract';
import { adminPayloads, noticeSettings, publicPayloads } from '../../src/shared/schemas';

/** Every module the contract pulls in, transitively, through imports and re-exports (type-only ones vanish in the bundle). */
function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)) {
    const [, typeOnly, spec] = m as unknown as [string, string | undefined, string];
    if (typeOnly) continue;
    if (spec.startsWith('.')) runtimeImports(spec.endsWith('.cjs') ? resolve(dirname(file), spec) : `${resolve(dirname(file), spec)}.ts`, seen);
    else seen.add(spec);
  }
  return seen;
}

test('the contract is zod-free and pulls only pure shared and policy code; its schemas pull zod and nothing else', () => {
  const imports = [...runtimeImports(resolve(__dirname, '../../src/shared/contract.ts'))];
  expect(imports.filter((i) => !i.startsWith('/'))).toEqual([]);
  for (const file of imports.filter((i) => i.startsWith('/'))) expect(file).toMatch(/src\/(shared|policy)\//);
  const schemaImports = [...runtimeImports(resolve(__dirname, '../../src/shared/schemas.ts'))];
  expect(schemaImports.filter((i) => !i.startsWith('/'))).toEqual(['zod']);
  for (const file of schemaImports.filter((i) => i.startsWith('/'))) expect(file).toMatch(/(src\/(shared|policy)|generated)\//);
});

test('the key lists name exactly the operations that have a payload schema, in order', () => {
  expect(ADMIN_KEYS).toEqual(Object.keys(adminPayloads));
  expect(PUBLIC_KEYS).toEqual(Object.keys(publicPayloads));
});

test('admin and public keys are disjoint and complete', () => {
  expect(ADMIN_KEYS.filter((k) => (PUBLIC_KEYS as readonly string[]).includes(k))).toEqual([]);
  expect(ADMIN_KEYS).toHaveLength(17);
  expect(PUBLIC_KEYS).toEqual(['getSpaceStatus', 'getNotice', 'raiseConcern', 'getMyConcerns']);
});

test('payload schemas refuse unknown fields and oversized input', () => {
  expect(adminPayloads.getOverview.safeParse({ accountId: 'x' }).success).toBe(false);
  expect(publicPayloads.getNotice.safeParse({ spaceKey: 'OTHER' }).success).toBe(false);
  expect(adminPayloads.attest.safeParse({ note: 'x'.repeat(LIMITS.noteLength + 1) }).success).toBe(false);
  expect(adminPayloads.listHistory.safeParse({ cursor: 'x'.repeat(LIMITS.cursorLength + 1) }).success).toBe(false);
  expect(adminPayloads.listHistory.safeParse({ filter: { from: '2026-12-01', to: '2026-11-01' } }).error?.issues[0]?.path).toEqual(['filter', 'from']);
  expect(adminPayloads.listSpaces.safeParse({ search: 's'.repeat(101) }).success).toBe(false);
  expect(publicPayloads.raiseConcern.safeParse({ message: '   ' }).success).toBe(false);
  expect(publicPayloads.raiseConcern.safeParse({ message: 'bell\u0007' }).success).toBe(false);
  expect(publicPayloads.raiseConcern.safeParse({ message: 'two\nlines' }).success).toBe(true);
});

test('notice settings: plain text per locale, bounded', () => {
  expect(noticeSettings.safeParse({ notice: 'everywhere', banner: 'off', text: { 'en-US': 'Hi', default: 'Hi' } }).success).toBe(true);
  expect(noticeSettings.safeParse({ notice: 'everywhere', banner: 'off', text: { '../x': 'Hi' } }).success).toBe(false);
  const many = Object.fromEntries(
    Array.from({ length: 31 }, (_, i) => [`x${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, 'Hi']),
  );
  expect(noticeSettings.safeParse({ notice: 'off', banner: 'off', text: many }).success).toBe(false);
});

test('the caller comes from the resolver context, failing closed on anything odd', () => {
  expect(
    callerFromContext({ accountId: 'a', moduleKey: 'm', extension: { type: 'jira:projectPage', project: { id: 10001, key: 'SD', type: 'service_desk' } } }),
  ).toEqual({
    accountId: 'a',
    product: 'jira',
    moduleKey: 'm',
    moduleType: 'jira:projectPage',
    space: { key: 'SD', id: '10001', app: 'jira-service-management' },
    locale: null,
    siteId: null,
  });
  // The site id comes from the signed installContext first, then the context's cloudId; odd values mean none.
  const site = (extra: Record<string, unknown>) => callerFromContext({ moduleKey: 'm', extension: { type: 'jira:adminPage' }, ...extra })?.siteId;
  expect(site({ installContext: 'ari:cloud:jira::site/abc-123', cloudId: 'other' })).toBe('abc-123');
  expect(site({ cloudId: 'cloud-9' })).toBe('cloud-9');
  expect(site({ installContext: { forged: true }, cloudId: '../x' })).toBeNull();
  expect(callerFromContext({ moduleKey: 'm', extension: { type: 'confluence:pageBanner', space: { id: '1', key: 'D' } } })?.accountId).toBeNull();
  expect(callerFromContext({ moduleKey: 'm', extension: { type: 'bitbucket:repoPage' } })).toBeNull();
  expect(callerFromContext({ extension: { type: 'jira:adminPage' } })).toBeNull();
  expect(callerFromContext(undefined)).toBeNull();
});

test('only src/platform/forge and the two Forge entries (src/index.ts, src/page-view.ts) import @forge/api or @forge/kvs', () => {
  const { readdirSync, statSync } = require('node:fs') as typeof import('node:fs');
  const src = resolve(__dirname, '../../src');
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = resolve(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && /from '@forge\/(api|kvs)'/.test(readFileSync(path, 'utf8'))) offenders.push(path.slice(src.length + 1));
    }
  };
  walk(src);
  // index.ts, page-view.ts and rovo.ts are the composition roots of the resolver, page-view and Rovo action functions.
  expect(offenders.filter((f) => !f.startsWith('platform/forge/') && f !== 'index.ts' && f !== 'page-view.ts' && f !== 'rovo.ts')).toEqual([]);
  expect(offenders.length).toBeGreaterThan(0);
});

test('concern ids must look like generated ids before they reach a storage key', () => {
  expect(adminPayloads.answerConcern.safeParse({ id: '0b6f1c9e-2a4d-4c1b-9f0e-3d2c1b0a9f8e', answer: 'Done' }).success).toBe(true);
  for (const id of ['a/b', 'x y', '../head', 'id#1', '']) {
    const parsed = adminPayloads.resolveConcern.safeParse({ id });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['id']);
  }
});
