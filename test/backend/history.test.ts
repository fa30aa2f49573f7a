/** The hash chain (tamper detection), optimistic concurrency, and stored-document migrations. */
import { parseProfile } from '../../src/policy/profile';
import { ENTITY } from '../../src/storage/entities';
import { NOTICE_SETTINGS, STATUS, type HistoryEntry } from '../../src/storage/documents';
import { canonicalJson, entryHash, GENESIS_HASH } from '../../src/storage/hash-chain';
import { StoredDataError, type TxOp } from '../../src/storage/port';
import { KEYS } from '../../src/storage/repository';
import { readVersioned, type VersionedDoc } from '../../src/storage/versioned';
import { z } from 'zod';
import { call, makeWorld, PEOPLE, type World } from './support/world';

let world: World;
const admin = (fn: string, payload: unknown) => call(world.adminHandler, 'jiraAdmin', fn, payload, PEOPLE.orgAdmin);
const plan = (product: string, p: 'free' | 'standard' | 'premium' | 'enterprise', on = '2026-01-10') => ({ type: 'plan' as const, on, product, plan: p });

async function recordThree() {
  await admin('recordEvents', { changes: [plan('jira', 'standard')] });
  await admin('attest', { note: 'checked' });
  await admin('recordEvents', { changes: [{ type: 'setting', on: '2026-09-01', setting: 'inAppData', value: 'off' }] });
}

const entryAt = (seq: number) => world.store.rawEntity(ENTITY.historyEntry, KEYS.entry(seq)) as unknown as HistoryEntry;

beforeEach(async () => {
  world = makeWorld();
  await recordThree();
});

describe('hash chain', () => {
  test('an intact history verifies and every hash is SHA-256 over the canonical entry', async () => {
    expect((await admin('verifyHistory', {})).data).toEqual({
      intact: true,
      entries: 3,
      records: 3,
      headSeq: 3,
      headHash: entryAt(3).hash,
      firstBroken: null,
      concerns: { checked: 0, unchained: 0, mismatched: [] },
    });
    expect(entryAt(1).prevHash).toBe(GENESIS_HASH);
    expect(entryAt(2).prevHash).toBe(entryAt(1).hash);
    const { hash, ...rest } = entryAt(2);
    expect(hash).toBe(require('node:crypto').createHash('sha256').update(canonicalJson(rest)).digest('hex'));
  });

  test('an edited record is detected, naming the entry', async () => {
    const e = entryAt(1);
    world.store.rawSetEntity(ENTITY.historyEntry, KEYS.entry(1), { ...e, records: [{ kind: 'event', event: plan('jira', 'free') }] });
    expect((await admin('verifyHistory', {})).data.firstBroken).toEqual({ seq: 1, reason: expect.stringContaining('modified') });
  });

  test('an edited actor with a recomputed hash is still detected by the next entry', async () => {
    const e = entryAt(2);
    const forged = { ...e, recordedBy: 'acc-someone-else' };
    world.store.rawSetEntity(ENTITY.historyEntry, KEYS.entry(2), { ...forged, hash: entryHash(forged) });
    expect((await admin('verifyHistory', {})).data.firstBroken).toEqual({ seq: 3, reason: expect.stringContaining('does not follow entry 2') });
  });

  test('a deleted entry is detected', async () => {
    world.store.rawSetEntity(ENTITY.historyEntry, KEYS.entry(2), undefined);
    expect((await admin('verifyHistory', {})).data.firstBroken).toEqual({ seq: 2, reason: expect.stringContaining('missing') });
  });

  test('a deleted last entry is detected through the head', async () => {
    world.store.rawSetEntity(ENTITY.historyEntry, KEYS.entry(3), undefined);
    expect((await admin('verifyHistory', {})).data.firstBroken).toEqual({ seq: 3, reason: expect.stringContaining('missing') });
  });

  test('reordered entries are detected', async () => {
    const one = entryAt(1);
    const two = entryAt(2);
    world.store.rawSetEntity(ENTITY.historyEntry, KEYS.entry(1), { ...two, seq: 1 });
    world.store.rawSetEntity(ENTITY.historyEntry, KEYS.entry(2), { ...one, seq: 2 });
    const result = (await admin('verifyHistory', {})).data;
    expect(result.intact).toBe(false);
    expect(result.firstBroken.seq).toBe(1);
  });

  test('an unreadable entry is reported, not a crash', async () => {
    world.store.rawSetEntity(ENTITY.historyEntry, KEYS.entry(2), { ...entryAt(2), schemaVersion: 99 });
    expect((await admin('verifyHistory', {})).data.firstBroken).toEqual({ seq: 2, reason: expect.stringContaining('newer') });
  });

  test('the evidence bundle carries the history and a SHA-256 anyone can recompute', async () => {
    const bundle = (await admin('exportEvidence', { format: 'bundle-json' })).data;
    expect(bundle.fileName).toBe('contribution-lens-evidence-2026-11-23.json');
    const parsed = JSON.parse(bundle.content);
    expect(parsed.history.entries).toHaveLength(3);
    expect(parsed.history.sha256).toBe(require('node:crypto').createHash('sha256').update(canonicalJson(parsed.history.entries)).digest('hex'));
    expect(parsed.history.intact).toBe(true);
    expect(parsed.profile.events).toEqual([plan('jira', 'standard'), { type: 'setting', on: '2026-09-01', setting: 'inAppData', value: 'off' }]);
    expect(bundle.sha256).toBe(require('node:crypto').createHash('sha256').update(bundle.content).digest('hex'));
  });

  test('the profile export is the declared profile file: valid, and importing it again declares nothing new', async () => {
    const file = (await admin('exportEvidence', { format: 'profile-json' })).data;
    expect(file.fileName).toBe('contribution-lens-profile-2026-11-23.json');
    const parsed = parseProfile(JSON.parse(file.content));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value.events).toEqual([plan('jira', 'standard'), { type: 'setting', on: '2026-09-01', setting: 'inAppData', value: 'off' }]);
    const again = (await admin('importProfile', { profile: JSON.parse(file.content), dryRun: true })).data;
    expect(again.newEvents).toBe(0);
  });

  test('CSV exports neutralise formula cells', async () => {
    await admin('recordEvents', {
      changes: [
        { type: 'profile-info', organization: '=HYPERLINK("http://evil")' },
        { type: 'scope', on: '2026-09-03', target: { kind: 'space', key: '@SUM(A1)' }, mode: 'exclude' },
      ],
    });
    const history = (await admin('exportEvidence', { format: 'history-csv' })).data;
    expect(history.mimeType).toBe('text/csv');
    const lines = history.content.trim().split('\r\n');
    expect(lines[0]).toBe('"seq","index","recordedAt","recordedBy","origin","kind","type","on","details","entryHash"');
    expect(lines).toHaveLength(1 + 5);
    // The JSON details cell starts with "{", but no cell may start with = + - @ unescaped.
    for (const line of lines) expect(line).not.toMatch(/(^|,)"[=+\-@]/);
    world.product.spaces.confluence.push({ key: '-2+3', name: '=cmd|calc', app: 'confluence' });
    const spaces = (await admin('exportEvidence', { format: 'spaces-csv' })).data;
    expect(spaces.content).toContain(`"'-2+3","'=cmd|calc"`);
  });
});

describe('optimistic concurrency', () => {
  test('two writers racing from the same head: both land, chained, nothing lost', async () => {
    // Each writer reads the snapshot, then the other commits first once.
    const a = admin('recordEvents', { changes: [plan('confluence', 'standard', '2026-02-01')] });
    const b = admin('recordEvents', { changes: [plan('confluence', 'premium', '2026-03-01')] });
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.ok && rb.ok).toBe(true);
    expect([ra.data.headSeq, rb.data.headSeq].sort()).toEqual([4, 5]);
    expect((await admin('verifyHistory', {})).data).toMatchObject({ intact: true, entries: 5 });
    const status = (await admin('getOverview', {})).data;
    expect(status.profile.eventCount).toBe(4);
    expect(status.status.headSeq).toBe(5);
  });

  test('a write whose head changed underneath is retried on a fresh snapshot', async () => {
    const store = world.store;
    const original = store.transact.bind(store);
    let headWrites = 0;
    jest.spyOn(store, 'transact').mockImplementation(async (ops: TxOp[]) => {
      if (ops.some((o) => o.key === KEYS.head) && ++headWrites === 1) {
        // Someone else appends entry 4 between our read and our commit.
        await world.app.admin.recordEvents(
          { accountId: 'acc-other', product: 'jira', moduleKey: 'm', moduleType: 'jira:adminPage', space: null, locale: null },
          { changes: [plan('confluence', 'standard', '2026-02-01')] },
        );
      }
      return original(ops);
    });
    const result = await admin('recordEvents', { changes: [plan('confluence', 'premium', '2026-03-01')] });
    expect(result.data.headSeq).toBe(5);
    expect(headWrites).toBe(3); // ours (lost), the other writer's, ours again
    expect((await admin('verifyHistory', {})).data).toMatchObject({ intact: true, entries: 5 });
    expect((await admin('getOverview', {})).data.profile.eventCount).toBe(4);
  });
});

describe('stored document versions', () => {
  test('a newer status document is a clear error, not a misread', async () => {
    const status = (await world.store.get(KEYS.status)) as Record<string, unknown>;
    world.store.rawSet(KEYS.status, { ...status, schemaVersion: 2 });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await admin('getOverview', {});
    spy.mockRestore();
    expect(result.error.code).toBe('INTERNAL');
    expect(result.error.message).toMatch(/schemaVersion 2, newer than this app version reads \(1\)/);
  });

  test('notice settings of version 1 are migrated on read', async () => {
    world.store.rawSet(KEYS.noticeSettings, {
      schemaVersion: 1,
      mode: 'contributed-only',
      text: 'Be aware',
      updatedAt: '2026-10-01T00:00:00.000Z',
      updatedBy: 'acc-x',
    });
    expect((await admin('getNoticeSettings', {})).data).toEqual({
      settings: { notice: 'contributed-only', banner: 'off', text: { default: 'Be aware' } },
      updatedAt: '2026-10-01T00:00:00.000Z',
      updatedBy: 'acc-x',
    });
    expect(readVersioned(NOTICE_SETTINGS, { schemaVersion: 1, mode: 'shout', updatedAt: '2026-10-01T00:00:00Z', updatedBy: 'a' }).settings.notice).toBe('off');
  });

  test('a migration chain runs step by step and a missing step is an error', () => {
    const schema = z.strictObject({ schemaVersion: z.literal(3), total: z.number() });
    const doc: VersionedDoc<{ schemaVersion: 3; total: number }> = {
      name: 'counter',
      current: 3,
      check: (input) => {
        const parsed = schema.safeParse(input);
        return parsed.success
          ? { ok: true, value: parsed.data }
          : { ok: false, issues: [{ path: String(parsed.error.issues[0]?.path.join('.')), message: 'invalid' }] };
      },
      migrations: { 1: (d) => ({ count: Number(d.n) }), 2: (d) => ({ total: Number(d.count) * 10 }) },
    };
    expect(readVersioned(doc, { schemaVersion: 1, n: 4 })).toEqual({ schemaVersion: 3, total: 40 });
    expect(() => readVersioned({ ...doc, migrations: { 2: doc.migrations[2]! } }, { schemaVersion: 1, n: 4 })).toThrow(
      /no migration for counter from version 1/,
    );
    expect(() => readVersioned(doc, { schemaVersion: 3, total: 'x' })).toThrow(StoredDataError);
    expect(() => readVersioned(doc, { total: 1 })).toThrow(/no valid schemaVersion/);
    expect(() => readVersioned(STATUS, 'nope')).toThrow(/not an object/);
  });
});
