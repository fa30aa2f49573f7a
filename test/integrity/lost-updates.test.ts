/**
 * No lost updates: writers that append nothing to the history
 * (settings saves, daily checks without transitions, the banner sync) must not
 * overwrite what another writer committed after their snapshot.
 */
import { BANNER_PROPERTY_ON, BANNER_SPACE_PROPERTY } from '../../src/app/banner';
import { MemoryKvs } from '../../src/storage/memory';
import { KEYS } from '../../src/storage/repository';
import { call, makeWorld, PEOPLE, type World } from '../backend/support/world';
import { InterleavingKvs } from './support';

const jiraStandard = { type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' } as const;
const confluenceStandard = { type: 'plan', on: '2026-01-10', product: 'confluence', plan: 'standard' } as const;

let world: World;
let kvs: InterleavingKvs;
beforeEach(() => {
  const store = new MemoryKvs();
  kvs = new InterleavingKvs(store);
  world = makeWorld({ store, kvs });
});
const admin = (fn: string, payload: unknown) => call(world.adminHandler, 'jiraAdmin', fn, payload, PEOPLE.orgAdmin);
const settings = (notice: string, banner: string) => ({ settings: { notice, banner, text: {} } });
const writesStatus = (ops: { key: string }[]) => ops.some((op) => op.key === KEYS.status);

test('finding 2: notices turned off during a daily check stay off for readers', async () => {
  world.clock.set('2026-08-10T06:00:00Z');
  await admin('recordEvents', { changes: [jiraStandard, confluenceStandard] });
  await world.app.dailyCheck();
  // The effective date arrives: the daily check rewrites the shards; the admin saves "off" after its snapshot.
  world.clock.set('2026-08-17T06:00:00Z');
  kvs.interleaveOnce(writesStatus, async () => {
    expect((await admin('saveNoticeSettings', settings('off', 'off'))).ok).toBe(true);
  });
  await world.app.dailyCheck();
  expect((await admin('getNoticeSettings', {})).data.settings.notice).toBe('off');
  const notice = await call(world.publicHandler, 'byline', 'getNotice', {}, null);
  expect(notice.data).toMatchObject({ show: false, inAppData: 'contributing' });
});

test('finding 2: two concurrent settings saves leave settings and notices agreeing', async () => {
  await admin('recordEvents', { changes: [jiraStandard, confluenceStandard] });
  kvs.interleaveOnce(writesStatus, async () => {
    expect((await admin('saveNoticeSettings', settings('off', 'off'))).ok).toBe(true);
  });
  // Its snapshot still shows notices "everywhere", so its shards look unchanged to it.
  expect((await admin('saveNoticeSettings', settings('everywhere', 'off'))).ok).toBe(true);
  // The save that committed last decides, and the notices follow the same save.
  const saved = (await admin('getNoticeSettings', {})).data.settings.notice;
  const notice = await call(world.publicHandler, 'byline', 'getNotice', {}, null);
  expect(notice.data.show).toBe(saved !== 'off');
  const shard = (await world.store.get(KEYS.shard(0))) as { org: { notice: string } };
  expect(shard.org.notice).toBe(saved);
});

test('finding 2: the daily check does not re-enable the banner after the admin turned it off', async () => {
  await admin('recordEvents', { changes: [jiraStandard, confluenceStandard] });
  for (let i = 0; i < 4; i++) world.product.spaces.confluence.push({ key: `S${i}`, name: `Space ${i}`, app: 'confluence', id: String(9_000 + i) });
  expect((await admin('saveNoticeSettings', settings('everywhere', 'everywhere'))).ok).toBe(true);
  expect(world.product.spacesWithProperty(BANNER_SPACE_PROPERTY, BANNER_PROPERTY_ON)).toHaveLength(6);
  // A new day; the admin turns the banner off right after the daily check read its snapshot.
  world.clock.set('2026-11-24T06:00:00Z');
  kvs.interleaveOnce(writesStatus, async () => {
    expect((await admin('saveNoticeSettings', settings('everywhere', 'off'))).ok).toBe(true);
  });
  await world.app.dailyCheck();
  expect(world.product.spacesWithProperty(BANNER_SPACE_PROPERTY, BANNER_PROPERTY_ON)).toEqual([]);
  expect((await admin('getNoticeSettings', {})).data.settings.banner).toBe('off');
});

test('finding 2: a write that appends nothing still moves the head guard', async () => {
  await admin('recordEvents', { changes: [jiraStandard] });
  const before = world.store.rawEntity('history-head', KEYS.head) as { seq: number; hash: string; updatedAt: string };
  expect((await admin('saveNoticeSettings', settings('off', 'off'))).ok).toBe(true);
  const after = world.store.rawEntity('history-head', KEYS.head) as { seq: number; hash: string; updatedAt: string };
  expect(after).toMatchObject({ seq: before.seq, hash: before.hash });
  expect(after.updatedAt > before.updatedAt).toBe(true);
  expect((await admin('verifyHistory', {})).data.intact).toBe(true);
});
