/**
 * Tampering with the stored history (through storage access outside the app,
 * e.g. a compromised admin script or a restore gone wrong) must be reported by
 * the integrity check, naming the entry: any entry changed, deleted or moved.
 */
import { ENTITY } from '../../src/storage/entities';
import { entryHash } from '../../src/storage/hash-chain';
import { KEYS } from '../../src/storage/repository';
import type { HistoryEntry } from '../../src/storage/documents';
import type { VerifyData } from '../../src/shared/contract';
import { checkStore } from './support/store-check';
import { createWorld, type World } from './support/world';

const ENTRIES = 6;

async function worldWithHistory(): Promise<World> {
  const world = createWorld();
  const batches = [
    [{ type: 'plan', on: '2026-06-01', product: 'jira', plan: 'standard' }],
    [{ type: 'plan', on: '2026-06-01', product: 'confluence', plan: 'premium' }],
    [{ type: 'setting', on: '2026-07-01', setting: 'inAppData', value: 'on' }],
    [{ type: 'scope', on: '2026-07-02', target: { kind: 'space', key: 'HR' }, mode: 'exclude' }],
    [{ type: 'profile-info', organization: 'Acme' }],
    [{ type: 'scope', on: '2026-07-03', target: { kind: 'space', key: 'ENG' }, mode: 'include' }],
  ];
  for (const changes of batches) {
    const answer = (await world.call('admin', 'recordEvents', { changes }, 'orgAdmin', 'jira:adminPage')) as { ok: boolean };
    expect(answer.ok).toBe(true);
  }
  expect(checkStore(world.memory).headSeq).toBe(ENTRIES);
  return world;
}

async function verify(world: World): Promise<VerifyData> {
  const answer = (await world.call('admin', 'verifyHistory', {}, 'orgAdmin', 'confluence:globalSettings')) as { ok: boolean; data: VerifyData };
  expect(answer.ok).toBe(true);
  return answer.data;
}

const entry = (world: World, seq: number) => world.memory.rawEntity(ENTITY.historyEntry, KEYS.entry(seq)) as unknown as HistoryEntry;
const put = (world: World, seq: number, value: HistoryEntry | undefined) => world.memory.rawSetEntity(ENTITY.historyEntry, KEYS.entry(seq), value);

const seqs = Array.from({ length: ENTRIES }, (_, i) => i + 1);

describe('history integrity check', () => {
  it('reports an untouched history as intact', async () => {
    const world = await worldWithHistory();
    const result = await verify(world);
    expect(result).toMatchObject({ intact: true, entries: ENTRIES, headSeq: ENTRIES, firstBroken: null });
  });

  it.each(seqs)('names entry %i when one of its records is changed', async (seq) => {
    const world = await worldWithHistory();
    const e = entry(world, seq);
    put(world, seq, { ...e, records: [{ kind: 'attestation', note: 'rewritten' }] });
    const result = await verify(world);
    expect(result.intact).toBe(false);
    expect(result.firstBroken?.seq).toBe(seq);
    expect(result.firstBroken?.reason).toContain(`entry ${seq}`);
  });

  it.each(seqs)('names entry %i when its author or time is changed', async (seq) => {
    const world = await worldWithHistory();
    const e = entry(world, seq);
    put(world, seq, { ...e, recordedBy: 'someone-else', recordedAt: '2020-01-01T00:00:00.000Z' });
    const result = await verify(world);
    expect(result.firstBroken?.seq).toBe(seq);
  });

  it.each(seqs)('names entry %i when it is changed and its own hash recomputed', async (seq) => {
    const world = await worldWithHistory();
    const e = entry(world, seq);
    const forged = { ...e, recordedBy: 'forger' };
    put(world, seq, { ...forged, hash: entryHash(forged) });
    const result = await verify(world);
    expect(result.intact).toBe(false);
    // The next entry (or the head) no longer follows it: the report names the forged entry.
    expect(result.firstBroken?.reason).toMatch(new RegExp(`entry ${seq}\\b`));
  });

  it.each(seqs)('names entry %i when it is deleted', async (seq) => {
    const world = await worldWithHistory();
    put(world, seq, undefined);
    const result = await verify(world);
    expect(result.intact).toBe(false);
    expect(result.firstBroken?.seq).toBe(seq);
    expect(result.firstBroken?.reason).toMatch(/missing/);
  });

  it.each(seqs.slice(0, -1))('names entry %i when it is swapped with the next one', async (seq) => {
    const world = await worldWithHistory();
    const a = entry(world, seq);
    const b = entry(world, seq + 1);
    put(world, seq, b);
    put(world, seq + 1, a);
    const result = await verify(world);
    expect(result.intact).toBe(false);
    expect(result.firstBroken?.seq).toBe(seq);
  });

  it.each(seqs.slice(0, -1))('names entry %i when its seq numbers are swapped with the next one in place', async (seq) => {
    const world = await worldWithHistory();
    const a = entry(world, seq);
    const b = entry(world, seq + 1);
    put(world, seq, { ...a, seq: seq + 1 });
    put(world, seq + 1, { ...b, seq });
    const result = await verify(world);
    expect(result.intact).toBe(false);
    expect(result.firstBroken?.seq).toBe(seq);
  });

  it('reports an entry appended outside the app', async () => {
    const world = await worldWithHistory();
    const last = entry(world, ENTRIES);
    const draft = { ...last, seq: ENTRIES + 1, prevHash: last.hash, records: [{ kind: 'attestation' as const, note: 'forged' }] };
    put(world, ENTRIES + 1, { ...draft, hash: entryHash(draft) });
    const result = await verify(world);
    expect(result.intact).toBe(false);
    expect(result.firstBroken?.seq).toBe(ENTRIES + 1);
    expect(result.firstBroken?.reason).toMatch(/outside the app/);
  });

  it('reports a head moved back to hide the latest entries', async () => {
    const world = await worldWithHistory();
    put(world, ENTRIES, undefined);
    const prev = entry(world, ENTRIES - 1);
    world.memory.rawSetEntity(ENTITY.historyHead, KEYS.head, {
      schemaVersion: 1,
      seq: ENTRIES - 1,
      hash: 'f'.repeat(64),
      updatedAt: '2026-09-15T10:00:00.000Z',
    });
    const result = await verify(world);
    expect(result.intact).toBe(false);
    expect(result.firstBroken?.seq).toBe(ENTRIES - 1);
    expect(prev.hash).not.toBe('f'.repeat(64));
  });

  it('reports an entry made unreadable, naming it, instead of failing', async () => {
    const world = await worldWithHistory();
    put(world, 3, { ...entry(world, 3), records: 'garbage' } as unknown as HistoryEntry);
    const result = await verify(world);
    expect(result.intact).toBe(false);
    expect(result.firstBroken?.seq).toBe(3);
    expect(result.firstBroken?.reason).toMatch(/unreadable/);
  });

  it('the evidence bundle carries the broken verdict too', async () => {
    const world = await worldWithHistory();
    put(world, 2, { ...entry(world, 2), recordedBy: 'someone-else' });
    const answer = (await world.call('admin', 'exportEvidence', { format: 'bundle-json' }, 'orgAdmin', 'jira:adminPage')) as {
      ok: boolean;
      data: { content: string };
    };
    expect(answer.ok).toBe(true);
    const bundle = JSON.parse(answer.data.content) as { history: { intact: boolean; firstBroken: { seq: number } } };
    expect(bundle.history.intact).toBe(false);
    expect(bundle.history.firstBroken.seq).toBe(2);
  });

  describe('truncation: the newest entries deleted and the head moved back to match', () => {
    /** Deletes entries after `keep` and rewrites the head so the remaining chain is internally consistent. */
    const truncate = (world: World, keep: number) => {
      for (let seq = keep + 1; seq <= ENTRIES; seq++) put(world, seq, undefined);
      const last = entry(world, keep);
      world.memory.rawSetEntity(ENTITY.historyHead, KEYS.head, { schemaVersion: 1, seq: keep, hash: last.hash, updatedAt: last.recordedAt });
    };

    it.each([1, 2, 4])('reports the %i deleted entries as missing, naming the range', async (deleted) => {
      const world = await worldWithHistory();
      const keep = ENTRIES - deleted;
      truncate(world, keep);
      const result = await verify(world);
      expect(result.intact).toBe(false);
      expect(result.headSeq).toBe(keep);
      expect(result.entries).toBe(keep);
      expect(result.firstBroken?.seq).toBe(keep + 1);
      expect(result.firstBroken?.reason).toContain(deleted === 1 ? `entry ${ENTRIES} is missing` : `entries ${keep + 1}–${ENTRIES} are missing`);
    });

    it('still reports it when the status document and notice shards are rolled back too (the profile cache knows)', async () => {
      const world = await worldWithHistory();
      truncate(world, 4);
      const snapshot = world.memory.snapshot();
      for (const [key, value] of Object.entries(snapshot.keys)) {
        if (key === KEYS.status || key.startsWith('notice:')) world.memory.rawSet(key, { ...(value as object), headSeq: 4 });
      }
      const result = await verify(world);
      expect(result.firstBroken).toEqual({ seq: 5, reason: expect.stringMatching(/entries 5–6 are missing: the profile cache/) });
    });

    it('reports newest entries replaced by a forged, correctly chained one', async () => {
      const world = await worldWithHistory();
      const prev = entry(world, ENTRIES - 1);
      const draft = { ...entry(world, ENTRIES), recordedBy: 'forger', prevHash: prev.hash };
      const forged = { ...draft, hash: entryHash(draft) };
      put(world, ENTRIES, forged);
      world.memory.rawSetEntity(ENTITY.historyHead, KEYS.head, { schemaVersion: 1, seq: ENTRIES, hash: forged.hash, updatedAt: forged.recordedAt });
      const result = await verify(world);
      expect(result.intact).toBe(false);
      expect(result.firstBroken).toEqual({ seq: ENTRIES, reason: expect.stringContaining(`entry ${ENTRIES} is not the one the app recorded`) });
    });

    it('the evidence bundle carries the truncation verdict', async () => {
      const world = await worldWithHistory();
      truncate(world, 3);
      const answer = (await world.call('admin', 'exportEvidence', { format: 'bundle-json' }, 'orgAdmin', 'jira:adminPage')) as {
        ok: boolean;
        data: { content: string };
      };
      const bundle = JSON.parse(answer.data.content) as { history: { intact: boolean; firstBroken: { seq: number; reason: string } } };
      expect(bundle.history.intact).toBe(false);
      expect(bundle.history.firstBroken.reason).toContain('entries 4–6 are missing');
    });

    it('raises no alarm for writes that leave the head alone, nor for a store without a profile cache', async () => {
      const world = await worldWithHistory();
      const saved = (await world.call(
        'admin',
        'saveNoticeSettings',
        { settings: { notice: 'contributed-only', banner: 'off', text: {} } },
        'orgAdmin',
        'jira:adminPage',
      )) as { ok: boolean };
      expect(saved.ok).toBe(true);
      world.clock.advanceDays(1);
      await world.app.dailyCheck();
      const head = checkStore(world.memory).headSeq;
      expect(await verify(world)).toMatchObject({ intact: true, headSeq: head, firstBroken: null });
      // Data written before the cache existed.
      world.memory.rawSet(KEYS.profileCache, undefined);
      expect(await verify(world)).toMatchObject({ intact: true, firstBroken: null });
    });
  });
});
