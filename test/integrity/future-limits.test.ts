/**
 * A valid profile must not break the app on a future date: 8,000
 * include entries with long keys plus "in-app data off from 2026-09-20" used to
 * be accepted and make every daily check fail from that day. Shards now pack key
 * hashes (so the profile fits on every day), and 100,000 entries still fit with a
 * page view reading one document.
 */
import { buildShards, orgSummary } from '../../src/app/derive';
import { evaluate } from '../../src/policy/engine';
import type { Exception } from '../../src/policy/types';
import { DEFAULT_NOTICE_SETTINGS } from '../../src/storage/documents';
import { KVS_LIMITS, serialisedBytes } from '../../src/storage/limits';
import { KEYS, shardOf } from '../../src/storage/repository';
import { call, makeWorld, PEOPLE, type World } from '../backend/support/world';

let world: World;
const admin = (fn: string, payload: unknown) => call(world.adminHandler, 'jiraAdmin', fn, payload, PEOPLE.orgAdmin);
const longKey = (i: number) => `K${i}-${'x'.repeat(200)}`;
const include = (key: string) => ({ type: 'scope', on: '2026-08-01', target: { kind: 'space', key }, mode: 'include' });

test("finding 1: the issue's profile (8,000 long-key includes, in-app data off from 2026-09-20) keeps working on and after that day", async () => {
  world = makeWorld();
  world.clock.set('2026-09-15T09:00:00Z');
  const keys = Array.from({ length: 8_000 }, (_, i) => longKey(i));
  expect(
    (
      await admin('recordEvents', {
        changes: [{ type: 'plan', on: '2026-01-10', product: 'confluence', plan: 'standard' }, ...keys.slice(0, 4_000).map(include)],
      })
    ).ok,
  ).toBe(true);
  expect((await admin('recordEvents', { changes: keys.slice(4_000).map(include) })).ok).toBe(true);
  expect((await admin('recordEvents', { changes: [{ type: 'setting', on: '2026-09-20', setting: 'inAppData', value: 'off' }] })).ok).toBe(true);
  for (const day of ['2026-09-20', '2026-09-21']) {
    world.clock.set(`${day}T06:00:00Z`);
    expect((await world.app.dailyCheck()).changed).toBe(true);
    expect((await admin('getOverview', {})).ok).toBe(true);
  }
  expect((await admin('attest', {})).ok).toBe(true);
  const shardBytes = Array.from({ length: 8 }, (_, i) => serialisedBytes(world.store.snapshot().keys[KEYS.shard(i)]));
  console.log(`finding 1: 8,000 long-key includes in effect: shards ${Math.min(...shardBytes)}–${Math.max(...shardBytes)} bytes`);
  expect(Math.max(...shardBytes)).toBeLessThan(20_000);
  // The included space's notice reads its own entry (included while the organization is off).
  const status = await call(world.publicHandler, 'spacePage', 'getSpaceStatus', {}, null);
  expect(status.data).toMatchObject({ mode: 'default', inAppData: 'not-contributing' });
});

test('finding 1: 100,000 include/exclude entries fit the eight shards and a notice still reads one document', async () => {
  world = makeWorld();
  const day = '2026-11-23';
  const evaluation = evaluate({ schemaVersion: 1, events: [{ type: 'plan', on: '2026-01-10', product: 'confluence', plan: 'standard' }] }, { at: day });
  const org = orgSummary(evaluation, day, structuredClone(DEFAULT_NOTICE_SETTINGS), { accessBlocked: null, accessUnchecked: [], nextChangeOn: null });
  // Keys as long as Confluence personal spaces (~accountId): 40 characters.
  const exceptions: Exception[] = Array.from({ length: 100_000 }, (_, i) => ({
    kind: 'space',
    key: `~${String(i).padStart(39, '0')}`,
    mode: i % 3 === 0 ? 'exclude' : 'include',
    since: '2026-08-01',
  }));
  exceptions.push({ kind: 'space', key: 'DOCS', mode: 'exclude', since: '2026-09-01' });
  const shards = buildShards(org, exceptions, { seq: 1, hash: 'a'.repeat(64) }, day);
  const sizes = shards.map(serialisedBytes);
  console.log(`finding 1: 100,001 entries: shards ${Math.min(...sizes)}–${Math.max(...sizes)} bytes (limit ${KVS_LIMITS.valueBytes})`);
  expect(Math.max(...sizes)).toBeLessThan(KVS_LIMITS.valueBytes);
  for (const shard of shards) world.store.rawSet(KEYS.shard(shard.shard), shard);
  const reads = world.store.calls.get + world.store.calls.getEntity + world.store.calls.query;
  const notice = await call(world.publicHandler, 'byline', 'getNotice', {}, null);
  expect(world.store.calls.get + world.store.calls.getEntity + world.store.calls.query - reads).toBe(1);
  expect(notice.data).toMatchObject({ spaceKey: 'DOCS', code: 'SPACE_EXCLUDED', inAppData: 'not-contributing' });
  expect(shardOf('DOCS')).toBeGreaterThanOrEqual(0);
});
