/**
 * Derived documents are checked, not trusted: forged notice shards
 * and a status document dated 9999-12-31 must be detected, rebuilt from the
 * history and the rebuild recorded; a corrupt shard must not stop writes; an
 * admin can rebuild everything from the verified history.
 */
import { ENTITY } from '../../src/storage/entities';
import { KEYS, SHARD_COUNT, shardOf } from '../../src/storage/repository';
import { call, makeWorld, PEOPLE, type World } from '../backend/support/world';

const jiraStandard = { type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' } as const;
const confluenceStandard = { type: 'plan', on: '2026-01-10', product: 'confluence', plan: 'standard' } as const;

let world: World;
beforeEach(async () => {
  world = makeWorld();
  world.clock.set('2026-11-23T06:00:00Z');
  expect((await admin('recordEvents', { changes: [jiraStandard, confluenceStandard] })).ok).toBe(true);
  await world.app.dailyCheck();
});
const admin = (fn: string, payload: unknown) => call(world.adminHandler, 'jiraAdmin', fn, payload, PEOPLE.orgAdmin);
const raw = (key: string) => world.store.snapshot().keys[key];
const notice = () => call(world.publicHandler, 'byline', 'getNotice', {}, null);
const rebuiltRows = async () =>
  ((await admin('listHistory', { limit: 200, filter: { type: 'transition' } })).data.rows as { record: { code: string; text: string } }[]).filter(
    (r) => r.record.code === 'DERIVED_REBUILT',
  );

function forgeShards(): void {
  for (let i = 0; i < SHARD_COUNT; i++) {
    const shard = raw(KEYS.shard(i)) as { org: Record<string, unknown> };
    world.store.rawSet(KEYS.shard(i), {
      ...shard,
      org: { ...shard.org, inAppData: { status: 'not-contributing', since: null }, text: { default: 'Forged: nothing is shared.' } },
    });
  }
}

test('finding 3: forged shards and a status dated 9999-12-31 are detected by the daily check, rebuilt and recorded', async () => {
  forgeShards();
  const status = raw(KEYS.status) as Record<string, unknown>;
  world.store.rawSet(KEYS.status, { ...status, day: '9999-12-31', transitionsThrough: '9999-12-31' });
  // The chain itself is untouched, so it verifies; the forgery is in the derived documents.
  expect((await admin('verifyHistory', {})).data.intact).toBe(true);
  world.clock.set('2026-11-24T06:00:00Z');
  const result = await world.app.dailyCheck();
  expect(result.changed).toBe(true);
  expect(result.rebuilt?.join(' ')).toMatch(/9999-12-31/);
  expect(result.rebuilt?.join(' ')).toMatch(/notice shard \d differs/);
  expect((await notice()).data).toMatchObject({ inAppData: 'contributing', text: null, day: '2026-11-24' });
  expect((await admin('getOverview', {})).data.status.day).toBe('2026-11-24');
  const rows = await rebuiltRows();
  expect(rows).toHaveLength(1);
  expect(rows[0]!.record.text).toMatch(/status document claims the day 9999-12-31/);
  expect((await admin('verifyHistory', {})).data.intact).toBe(true);
  // Rebuilt once: the next day finds nothing to rebuild.
  world.clock.set('2026-11-25T06:00:00Z');
  expect((await world.app.dailyCheck()).rebuilt).toBeUndefined();
});

test('finding 3: a shard claiming a future day is not shown to readers', async () => {
  const i = shardOf('DOCS');
  const shard = raw(KEYS.shard(i)) as { org: Record<string, unknown> };
  world.store.rawSet(KEYS.shard(i), { ...shard, org: { ...shard.org, day: '9999-12-31', text: { default: 'Forged' } } });
  const spy = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const answer = await notice();
  spy.mockRestore();
  expect(answer.ok).toBe(true);
  expect(answer.data.day).not.toBe('9999-12-31');
  expect(answer.data.text).toBeNull();
});

test('finding 3: the admin overview rebuilds a status document that does not match the head, and records it', async () => {
  const status = raw(KEYS.status) as Record<string, unknown>;
  world.store.rawSet(KEYS.status, { ...status, headSeq: 0 });
  const spy = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const overview = await admin('getOverview', {});
  spy.mockRestore();
  expect(overview.ok).toBe(true);
  expect(overview.data.status.headSeq).toBe(2);
  expect((await rebuiltRows())[0]!.record.text).toMatch(/computed from history entry 0/);
});

test('finding 3: one corrupt shard no longer stops every write', async () => {
  world.store.rawSet(KEYS.shard(3), { schemaVersion: 2, shard: 3, garbage: true });
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const recorded = await admin('recordEvents', { changes: [{ type: 'scope', on: '2026-11-01', target: { kind: 'space', key: 'HR' }, mode: 'exclude' }] });
  const saved = await admin('saveNoticeSettings', { settings: { notice: 'off', banner: 'off', text: {} } });
  spy.mockRestore();
  expect(recorded.ok).toBe(true);
  expect(saved.ok).toBe(true);
  // The write replaced it with the shard it computed.
  expect(raw(KEYS.shard(3))).toMatchObject({ shard: 3, org: { notice: 'off' } });
});

test('finding 3: repairDerived rebuilds every derived document from the verified history and records it', async () => {
  forgeShards();
  world.store.rawSet(KEYS.profileCache, undefined);
  const repaired = await admin('repairDerived', {});
  expect(repaired.ok).toBe(true);
  expect(repaired.data.findings.join(' ')).toMatch(/notice shard 0 differs/);
  expect(repaired.data.headSeq).toBe(2);
  expect((await notice()).data).toMatchObject({ inAppData: 'contributing', text: null });
  expect(await rebuiltRows()).toHaveLength(1);
  expect((raw(KEYS.profileCache) as { headSeq: number }).headSeq).toBe(2);
  expect((await admin('verifyHistory', {})).data.intact).toBe(true);
});

test('finding 3: repairDerived refuses to rebuild from a history that does not verify', async () => {
  const first = world.store.rawEntity(ENTITY.historyEntry, KEYS.entry(1)) as Record<string, unknown>;
  world.store.rawSetEntity(ENTITY.historyEntry, KEYS.entry(1), { ...first, recordedBy: 'someone-else' });
  const before = raw(KEYS.status);
  const repaired = await admin('repairDerived', {});
  expect(repaired).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(repaired.error.message).toMatch(/entry 1/);
  expect(raw(KEYS.status)).toEqual(before);
});

test('finding 3: repairDerived is an admin operation', async () => {
  const answer = await call(world.adminHandler, 'jiraAdmin', 'repairDerived', {}, PEOPLE.user);
  expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
