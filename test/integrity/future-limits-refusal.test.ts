/**
 * A write after which a derived document would overflow on
 * a future day is refused, naming the field and the day. Real shards hold about
 * 29,000 entries each, so this file lowers the value limit (for the memory store
 * and the app alike) to 50,000 bytes and fills the shards with long notice texts.
 */
jest.mock('../../src/storage/limits', () => {
  const actual = jest.requireActual('../../src/storage/limits');
  return { ...actual, KVS_LIMITS: { ...actual.KVS_LIMITS, valueBytes: 50_000 } };
});
import { KEYS } from '../../src/storage/repository';
import { serialisedBytes } from '../../src/storage/limits';
import { call, makeWorld, PEOPLE } from '../backend/support/world';

test('finding 1: a change that makes a notice shard overflow on a future day is refused, naming the field and the day', async () => {
  const world = makeWorld();
  const admin = (fn: string, payload: unknown) => call(world.adminHandler, 'jiraAdmin', fn, payload, PEOPLE.orgAdmin);
  world.clock.set('2026-09-15T09:00:00Z');
  const includes = Array.from({ length: 4_999 }, (_, i) => ({ type: 'scope', on: '2026-08-01', target: { kind: 'space', key: `K${i}` }, mode: 'include' }));
  expect((await admin('recordEvents', { changes: [{ type: 'plan', on: '2026-01-10', product: 'confluence', plan: 'standard' }, ...includes] })).ok).toBe(true);
  // 30 locales of 500 three-byte characters: about 45 KB in every shard's summary.
  const locales = Array.from({ length: 30 }, (_, i) => `${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  const text = Object.fromEntries(locales.map((l) => [l, '語'.repeat(500)]));
  const saved = await admin('saveNoticeSettings', { settings: { notice: 'everywhere', banner: 'off', text } });
  expect(saved.ok).toBe(true);
  const today = serialisedBytes(world.store.snapshot().keys[KEYS.shard(0)]);
  expect(today).toBeLessThan(50_000);

  // From 2026-09-20 the 4,999 includes take effect: about 5 KB more per shard.
  const head = world.store.snapshot();
  const refused = await admin('recordEvents', {
    changes: [
      { type: 'profile-info', organization: 'Acme' },
      { type: 'setting', on: '2026-09-20', setting: 'inAppData', value: 'off' },
    ],
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID', issues: [{ path: 'changes[1].on' }] } });
  expect(refused.error.message).toMatch(/On 2026-09-20 notice shard \d would hold \d+ bytes/);
  expect(refused.error.issues[0].message).toMatch(/from 2026-09-20/);
  // Nothing was written.
  expect(world.store.snapshot()).toEqual(head);
  // The daily check on that day still works, because the profile never reached it.
  world.clock.set('2026-09-20T06:00:00Z');
  expect((await world.app.dailyCheck()).changed).toBe(true);
});
