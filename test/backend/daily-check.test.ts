/** The daily check: transitions, alerts, idempotence, duplicate runs, minimal writes. */
import { ENTITY } from '../../src/storage/entities';
import { KEYS } from '../../src/storage/repository';
import { call, makeWorld, PEOPLE, type World } from './support/world';

let world: World;
const admin = (fn: string, payload: unknown) => call(world.adminHandler, 'jiraAdmin', fn, payload, PEOPLE.orgAdmin);
const history = async () => (await admin('listHistory', { limit: 200, filter: { origin: 'daily-check' } })).data.rows;

beforeEach(() => {
  world = makeWorld();
});

test('the first run computes the status without inventing transitions', async () => {
  world.clock.set('2026-08-10T06:00:00Z');
  const result = await world.app.dailyCheck();
  expect(result).toMatchObject({ day: '2026-08-10', changed: true, transitions: 0 });
  expect(((await world.store.get(KEYS.status)) as { day: string }).day).toBe('2026-08-10');
  expect(await history()).toEqual([]);
});

test('the effective date arriving is recorded as system transitions', async () => {
  world.clock.set('2026-08-10T06:00:00Z');
  await admin('recordEvents', { changes: [{ type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' }] });
  await world.app.dailyCheck();
  const before = (await admin('getOverview', {})).data.status.evaluation.inAppData.status;
  expect(before).toBe('pending');

  world.clock.set('2026-08-17T06:00:00Z');
  const result = await world.app.dailyCheck();
  expect(result.transitions).toBeGreaterThanOrEqual(2);
  const rows = await history();
  expect(rows.every((r: { recordedBy: string; origin: string }) => r.recordedBy === 'system' && r.origin === 'daily-check')).toBe(true);
  const codes = rows.map((r: { record: { code: string } }) => r.record.code);
  expect(codes).toContain('EFFECTIVE');
  expect(codes).toContain('STATUS_CHANGED');
  expect(
    rows.find((r: { record: { code: string; text: string } }) => r.record.code === 'STATUS_CHANGED' && r.record.text.startsWith('In-app data'))?.record.text,
  ).toBe('In-app data: pending → contributing.');
  expect((await admin('verifyHistory', {})).data.intact).toBe(true);
  // Notices now show the new status.
  const notice = await call(world.publicHandler, 'issueContext', 'getNotice', {}, null);
  expect(notice.data).toMatchObject({ inAppData: 'contributing', day: '2026-08-17' });
});

test('an admin write earlier the same day does not swallow the transitions', async () => {
  world.clock.set('2026-08-10T06:00:00Z');
  await admin('recordEvents', { changes: [{ type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' }] });
  await world.app.dailyCheck();
  world.clock.set('2026-08-18T05:00:00Z');
  await admin('attest', { note: 'before the check ran' });
  world.clock.set('2026-08-18T06:00:00Z');
  const result = await world.app.dailyCheck();
  expect(result.transitions).toBeGreaterThan(0);
  expect((await history()).map((r: { record: { code: string } }) => r.record.code)).toContain('EFFECTIVE');
});

test('running twice the same day is a no-op without writes', async () => {
  await admin('recordEvents', { changes: [{ type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' }] });
  world.clock.set('2026-11-24T06:00:00Z');
  expect((await world.app.dailyCheck()).changed).toBe(true);
  const writes = world.store.calls.transact + world.store.calls.create;
  const snapshot = world.store.snapshot();
  world.clock.set('2026-11-24T18:00:00Z');
  expect(await world.app.dailyCheck()).toEqual({ day: '2026-11-24', changed: false, transitions: 0, shardsWritten: 0 });
  expect(world.store.calls.transact + world.store.calls.create).toBe(writes);
  expect(world.store.snapshot()).toEqual(snapshot);
});

test('duplicate concurrent invocations record each transition once', async () => {
  world.clock.set('2026-08-10T06:00:00Z');
  await admin('recordEvents', { changes: [{ type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' }] });
  await world.app.dailyCheck();
  world.clock.set('2026-08-18T06:00:00Z');
  const results = await Promise.all([world.app.dailyCheck(), world.app.dailyCheck(), world.app.dailyCheck()]);
  const recorded = results.map((r) => r.transitions).reduce((a, b) => a + b, 0);
  const rows = await history();
  expect(rows.length).toBeGreaterThan(0);
  expect(results.filter((r) => r.transitions > 0)).toHaveLength(1);
  expect(rows.length).toBe(recorded);
  expect(new Set(rows.map((r: { record: { code: string; text: string } }) => `${r.record.code}|${r.record.text}`)).size).toBe(rows.length);
  expect((await admin('verifyHistory', {})).data.intact).toBe(true);
});

test('a quiet day rewrites only the status document, no notice shards', async () => {
  await admin('recordEvents', { changes: [{ type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' }] });
  world.clock.set('2026-11-24T06:00:00Z');
  await world.app.dailyCheck();
  const spy = jest.spyOn(world.store, 'transact');
  world.clock.set('2026-11-25T06:00:00Z');
  const result = await world.app.dailyCheck();
  expect(result).toMatchObject({ changed: true, transitions: 0, shardsWritten: 0 });
  expect(spy).toHaveBeenCalledTimes(1);
  const keys = spy.mock.calls[0]![0].filter((op) => op.op === 'set').map((op) => op.key);
  // The head is rewritten (same seq and hash, new updatedAt) so concurrent writers serialise.
  expect(keys).toEqual([KEYS.head, KEYS.status]);
});

test('alerts: deadline within 14 days, stale attestation, license mismatch, blocked app access', async () => {
  world.clock.set('2026-08-01T09:00:00Z');
  await admin('recordEvents', { changes: [{ type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' }] });
  await admin('attest', {});
  world.clock.set('2026-11-20T09:00:00Z');
  await admin('recordEvents', { changes: [{ type: 'setting', on: '2026-11-20', setting: 'inAppData', value: 'off' }] });
  world.product.license = [{ app: 'jira-software', plan: 'FREE' }];
  world.product.access = { blocked: ['confluence'], unchecked: [] };
  world.clock.set('2026-12-10T06:00:00Z');
  await world.app.dailyCheck();
  const alerts = (await admin('getOverview', {})).data.alerts;
  const codes = alerts.map((a: { code: string }) => a.code);
  expect(codes).toEqual(expect.arrayContaining(['DEADLINE_SOON', 'ATTESTATION_STALE', 'LICENSE_MISMATCH', 'APP_ACCESS_BLOCKED']));
  expect(alerts.find((a: { code: string }) => a.code === 'DEADLINE_SOON')).toMatchObject({ on: '2026-12-20' });
  expect(alerts.find((a: { code: string }) => a.code === 'ATTESTATION_STALE').text).toMatch(/131 days ago/);
  expect((await admin('getOverview', {})).data.license).toEqual([{ app: 'jira-software', plan: 'FREE' }]);
});

test('a missing attestation and an empty profile are alerts from day one', async () => {
  await world.app.dailyCheck();
  const codes = (await admin('getOverview', {})).data.alerts.map((a: { code: string }) => a.code);
  expect(codes).toEqual(expect.arrayContaining(['ATTESTATION_MISSING', 'PROFILE_EMPTY']));
});

test('a product outage during the check keeps the last known facts', async () => {
  await world.app.dailyCheck();
  world.product.jiraLicense = async () => {
    throw new Error('Jira down');
  };
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  world.clock.set('2026-11-24T06:00:00Z');
  await world.app.dailyCheck();
  spy.mockRestore();
  expect((await admin('getOverview', {})).data.license).toEqual([{ app: 'jira-software', plan: 'PAID' }]);
  expect(world.store.rawEntity(ENTITY.historyHead, KEYS.head)).toMatchObject({ seq: 0 });
});

test('a new policy version recomputes the stored status even on the same day', async () => {
  await world.app.dailyCheck();
  const status = (await world.store.get(KEYS.status)) as Record<string, unknown>;
  world.store.rawSet(KEYS.status, { ...status, policyVersion: '2000.1.1' });
  expect((await world.app.dailyCheck()).changed).toBe(true);
  expect(((await world.store.get(KEYS.status)) as { policyVersion: string }).policyVersion).not.toBe('2000.1.1');
  expect((await world.app.dailyCheck()).changed).toBe(false);
});
