/**
 * Personal data: account IDs stay out of the hashed history
 * (salted pseudonyms, mapped in an erasable document), every stored account ID is
 * reported to Atlassian's personal data reporting in batches of at most 90, at most
 * once per 7-day cycle, and closed accounts are erased without breaking the chain.
 */
import { ENTITY } from '../../src/storage/entities';
import { KEYS } from '../../src/storage/repository';
import { call, makeWorld, PEOPLE, type World } from '../backend/support/world';

let world: World;
beforeEach(() => {
  world = makeWorld();
});
const admin = (fn: string, payload: unknown, who: string = PEOPLE.orgAdmin) => call(world.adminHandler, 'jiraAdmin', fn, payload, who);
const everything = () => JSON.stringify(world.store.snapshot());

test('finding 5: history entries name a salted pseudonym; the admin page still shows the account ID', async () => {
  expect((await admin('recordEvents', { changes: [{ type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' }] })).ok).toBe(true);
  expect((await admin('attest', { note: 'checked' })).ok).toBe(true);
  const entry = world.store.rawEntity(ENTITY.historyEntry, KEYS.entry(1)) as { recordedBy: string };
  expect(entry.recordedBy).toMatch(/^p-[0-9a-f]{24}$/);
  const rows = (await admin('listHistory', {})).data.rows as { recordedBy: string }[];
  expect(rows.every((r) => r.recordedBy === PEOPLE.orgAdmin)).toBe(true);
  // Filtering by the account still finds its entries.
  expect((await admin('listHistory', { filter: { actor: PEOPLE.orgAdmin } })).data.rows).toHaveLength(2);
  const overview = (await admin('getOverview', {})).data;
  expect(overview.attestation.by).toBe(PEOPLE.orgAdmin);
  expect(overview.profile.lastRecordedBy).toBe(PEOPLE.orgAdmin);
  // The account ID is stored only in the pseudonym map, not in entries, status, shards or cache.
  const snapshot = world.store.snapshot();
  const outsideMap = JSON.stringify({ ...snapshot, keys: { ...snapshot.keys, [KEYS.people]: null } });
  expect(outsideMap).not.toContain(PEOPLE.orgAdmin);
});

test('finding 5: a closed account is erased everywhere and the history still verifies', async () => {
  world.product.orgAdmins.add('acc-leaver');
  expect((await admin('recordEvents', { changes: [{ type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' }] }, 'acc-leaver')).ok).toBe(true);
  expect((await admin('saveNoticeSettings', { settings: { notice: 'everywhere', banner: 'off', text: {} } }, 'acc-leaver')).ok).toBe(true);
  world.product.spaceAdmins.set('acc-leaver', new Set(['DOCS']));
  expect((await call(world.publicHandler, 'spacePage', 'raiseConcern', { message: 'Exclude DOCS' }, 'acc-leaver')).ok).toBe(true);
  expect((await admin('answerConcern', { id: 'c1', answer: 'Done' })).ok).toBe(true);
  expect(everything()).toContain('acc-leaver');

  world.product.accountStatus.set('acc-leaver', 'closed');
  world.clock.set('2026-11-24T06:00:00Z');
  const result = await world.app.dailyCheck();
  expect(result.personalData).toMatchObject({ closed: 1 });
  expect(everything()).not.toContain('acc-leaver');
  // The chain verifies, and the erased concern is not reported as tampered with.
  expect((await admin('verifyHistory', {})).data).toMatchObject({ intact: true, concerns: { mismatched: [] } });
  const rows = (await admin('listHistory', {})).data.rows as { seq: number; recordedBy: string; record: { code?: string } }[];
  // The leaver's declaration and the entry chaining their concern now name nobody; the answer still names its admin.
  expect(rows.find((r) => r.seq === 1)!.recordedBy).toBe('erased-account');
  expect(rows.find((r) => r.record.code === 'CONCERN_RAISED')!.recordedBy).toBe('erased-account');
  expect(rows.find((r) => r.record.code === 'CONCERN_ANSWERED')!.recordedBy).toBe(PEOPLE.orgAdmin);
  expect((await admin('getNoticeSettings', {})).data.updatedBy).toBe('erased-account');
  expect((await admin('listConcerns', { state: 'answered' })).data.concerns[0]).toMatchObject({ raisedBy: 'erased-account', answeredBy: PEOPLE.orgAdmin });
});

test('finding 5: every stored account is reported in batches of at most 90, at most once per 7-day cycle', async () => {
  // 200 admins record one change each: 200 accounts in the pseudonym map.
  for (let i = 0; i < 200; i++) world.product.orgAdmins.add(`acc-${i}`);
  for (let i = 0; i < 200; i++) {
    expect(
      (await admin('recordEvents', { changes: [{ type: 'scope', on: '2026-08-01', target: { kind: 'space', key: `S${i}` }, mode: 'exclude' }] }, `acc-${i}`))
        .ok,
    ).toBe(true);
  }
  world.product.accountStatus.set('acc-7', 'updated');
  world.clock.set('2026-11-24T06:00:00Z');
  expect((await world.app.dailyCheck()).personalData).toMatchObject({ accounts: 200, closed: 0, updated: 1 });
  expect(world.product.personalDataReports.map((batch) => batch.length)).toEqual([90, 90, 20]);
  // The updated account's refresh time moved, so the next cycle asks about changes after it.
  const person = (world.store.snapshot().keys[KEYS.people] as { people: { accountId: string; updatedAt: string }[] }).people.find(
    (p) => p.accountId === 'acc-7',
  );
  expect(person?.updatedAt).toBe('2026-11-24T06:00:00.000Z');
  // Days 2–7 of the cycle: no report.
  for (const day of ['2026-11-25', '2026-11-30']) {
    world.clock.set(`${day}T06:00:00Z`);
    await world.app.dailyCheck();
  }
  expect(world.product.personalDataReports).toHaveLength(3);
  world.clock.set('2026-12-01T06:00:00Z');
  await world.app.dailyCheck();
  expect(world.product.personalDataReports).toHaveLength(6);
});

test('finding 5: a failing report does not fail the daily check and is retried the next day', async () => {
  await admin('recordEvents', { changes: [{ type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' }] });
  world.product.reportPersonalData = async () => {
    throw new Error('report-accounts answered 503');
  };
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  world.clock.set('2026-11-24T06:00:00Z');
  const result = await world.app.dailyCheck();
  spy.mockRestore();
  expect(result.changed).toBe(true);
  expect(result.personalData).toBeUndefined();
  expect(world.store.snapshot().keys[KEYS.privacyReport]).toBeUndefined();
});
