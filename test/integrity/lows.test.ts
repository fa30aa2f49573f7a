/** Smaller integrity and input-safety properties, one test each. */
import { isPlainText } from '../../src/shared/contract';
import { invokeAllowed } from '../../preview/origin';
import { KEYS } from '../../src/storage/repository';
import { call, makeWorld, PEOPLE, type World } from '../backend/support/world';

let world: World;
beforeEach(() => {
  world = makeWorld();
});
const admin = (fn: string, payload: unknown) => call(world.adminHandler, 'jiraAdmin', fn, payload, PEOPLE.orgAdmin);

test('finding 7: the plain-text check rejects bidi overrides, zero-width characters, C1 controls and lone surrogates', () => {
  for (const bad of ['a\u202Eb', 'a\u2066b', 'a\u200Bb', 'a\uFEFFb', 'a\u0085b', 'a\u009Bb', 'a\uD800b', 'a\uDC00', 'a\u0000b', 'a\u001Bb'])
    expect(isPlainText(bad)).toBe(false);
  for (const good of ['Grüße, 世界 👋', 'line\nbreak\ttab', 'Ünïcødé – “quotes”']) expect(isPlainText(good)).toBe(true);
});

test('finding 7: a concern text with a bidi override is refused, naming the field', async () => {
  const answer = await call(world.publicHandler, 'spacePage', 'raiseConcern', { message: 'pay \u202Eexe.pdf' }, PEOPLE.spaceAdmin);
  expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID', issues: [{ path: 'message' }] } });
});

test('finding 7: imported profiles get the plain-text check (NUL/ESC never reach storage or the CLI)', async () => {
  const profile = {
    schemaVersion: 1,
    organization: 'Acme\u001B[2J',
    events: [{ type: 'scope', on: '2026-08-01', target: { kind: 'space', key: 'A\u202EB' }, mode: 'exclude' }],
  };
  const answer = await admin('importProfile', { profile });
  expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  expect(answer.error.issues.map((i: { path: string }) => i.path)).toEqual(['profile.organization', 'profile.events[0].target.key']);
  // A dry run is refused the same way.
  expect(await admin('importProfile', { profile, dryRun: true })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  const recorded = await admin('recordEvents', { changes: [{ type: 'scope', on: '2026-08-01', target: { kind: 'space', key: 'X\u200BY' }, mode: 'exclude' }] });
  expect(recorded).toMatchObject({ ok: false, error: { code: 'INVALID', issues: [{ path: 'changes[0].target.key' }] } });
  expect(world.store.snapshot().keys[KEYS.status]).toBeUndefined();
});

test('finding 7: lookups by space key and locale never fall through to Object.prototype', async () => {
  await admin('recordEvents', { changes: [{ type: 'plan', on: '2026-01-10', product: 'confluence', plan: 'standard' }] });
  await admin('saveNoticeSettings', { settings: { notice: 'everywhere', banner: 'off', text: { default: 'Hello' } } });
  for (const key of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
    const answer: any = await world.publicHandler(
      {
        call: { functionKey: 'getNotice', payload: {} },
        context: {
          moduleKey: 'b',
          locale: key === '__proto__' ? 'de' : key.slice(0, 2),
          extension: { type: 'confluence:contentBylineItem', space: { id: '1', key } },
        },
      },
      {},
    );
    expect(answer).toMatchObject({ ok: true, data: { spaceKey: key, code: expect.any(String), text: 'Hello' } });
    expect(answer.data.code).not.toBe('SPACE_INCLUDED');
  }
  const toStringLocale: any = await world.publicHandler(
    {
      call: { functionKey: 'getNotice', payload: {} },
      context: { moduleKey: 'b', locale: 'toString', extension: { type: 'confluence:contentBylineItem', space: { id: '1', key: 'DOCS' } } },
    },
    {},
  );
  expect(toStringLocale.data.text).toBe('Hello');
});

test('finding 7: getSpaceStatus shows the page when the space-admin check throws', async () => {
  world.product.isSpaceAdmin = async () => {
    throw new Error('Confluence did not answer');
  };
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const answer = await call(world.publicHandler, 'spacePage', 'getSpaceStatus', {}, PEOPLE.spaceAdmin);
  spy.mockRestore();
  expect(answer).toMatchObject({ ok: true, data: { canRaiseConcern: false } });
});

test('finding 7: a product timeout is not reported as "Storage did not answer"', async () => {
  world.product.listSpaces = async () => {
    throw Object.assign(new Error('socket hang up'), { code: 'ETIMEDOUT' });
  };
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const answer = await admin('listSpaces', {});
  spy.mockRestore();
  expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  expect(answer.error.message).toMatch(/Jira or Confluence did not answer/);
  expect(answer.error.message).not.toMatch(/Storage/);
});

test('finding 7: getOverview does not replay the whole history when the daily check has not run today', async () => {
  for (let i = 0; i < 3; i++)
    await admin('recordEvents', {
      changes: Array.from({ length: 60 }, (_, j) => ({ type: 'scope', on: '2026-08-01', target: { kind: 'space', key: `S${i}-${j}` }, mode: 'exclude' })),
    });
  world.clock.set('2026-11-25T09:00:00Z'); // two days later, no daily check yet
  const queries = world.store.calls.query;
  const answer = await admin('getOverview', {});
  expect(answer.ok).toBe(true);
  expect(answer.data.status.day).toBe('2026-11-25');
  // The profile cache, not a query per 100 history entries.
  expect(world.store.calls.query - queries).toBe(0);
});

test('finding 7: the spaces CSV export walks each product with its largest page, the products side by side', async () => {
  world.product.spaces.jira = Array.from({ length: 1_000 }, (_, i) => ({ key: `J${i}`, name: `Project ${i}`, app: 'jira' }));
  world.product.spaces.confluence = Array.from({ length: 1_000 }, (_, i) => ({ key: `C${i}`, name: `Space ${i}`, app: 'confluence', id: String(i) }));
  const original = world.product.listSpaces.bind(world.product);
  let calls = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  world.product.listSpaces = async (product, options) => {
    calls++;
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1));
    inFlight--;
    return original(product, options);
  };
  const answer = await admin('exportEvidence', { format: 'spaces-csv' });
  expect(answer.ok).toBe(true);
  expect(answer.data.content.trim().split('\r\n')).toHaveLength(2_001);
  // 1,000 Jira spaces in pages of 100 and 1,000 Confluence spaces in pages of 250 (was 40 pages of 50, one after another).
  expect(calls).toBe(10 + 4);
  expect(maxInFlight).toBe(2);
});

test('finding 7: the preview refuses cross-origin and text/plain invoke requests', () => {
  const origin = 'http://127.0.0.1:4400';
  expect(invokeAllowed({ 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' }, origin)).toEqual({ ok: true });
  expect(invokeAllowed({ 'content-type': 'text/plain' }, origin).ok).toBe(false);
  expect(invokeAllowed({ 'content-type': 'application/json', origin: 'https://evil.example' }, origin).ok).toBe(false);
  expect(invokeAllowed({ 'content-type': 'application/json; charset=utf-8', 'sec-fetch-site': 'cross-site' }, origin).ok).toBe(false);
});
