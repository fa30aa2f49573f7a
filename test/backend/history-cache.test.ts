/**
 * The writer: the compiled-profile cache (written with the head, used only when
 * it matches the head, else the full history), recognising its own commit after
 * a lost answer, and bounded, jittered backoff between attempts.
 */
import fc from 'fast-check';
import { CountingKvs } from '../../fixtures/counting-kvs';
import { compile } from '../../src/app/compile';
import { buildEntries, commitCompiledWithRetry, commitWithRetry, extendCompiled, loadSnapshot, loadWriteSnapshot, type EntryMeta } from '../../src/app/writer';
import type { HistoryRecord } from '../../src/shared/contract';
import type { HistoryEntry } from '../../src/storage/documents';
import { ENTITY } from '../../src/storage/entities';
import { KVS_LIMITS, serialisedBytes } from '../../src/storage/limits';
import { MemoryKvs } from '../../src/storage/memory';
import { ConditionFailedError, type KvsPort, type TxOp } from '../../src/storage/port';
import { CACHE_PART_CHARS, profileCacheWrite } from '../../src/storage/profile-cache';
import { KEYS, Repository } from '../../src/storage/repository';
import { DEFAULT_COMMIT_RETRY, type CommitRetryOptions } from '../../src/storage/retry';

const meta = (by = 'acc-1', at = '2026-11-23T10:00:00.000Z'): EntryMeta => ({ recordedAt: at, recordedBy: by, origin: 'admin-page' });
const scope = (key: string, mode: 'include' | 'exclude' = 'exclude', on = '2026-07-01'): HistoryRecord => ({
  kind: 'event',
  event: { type: 'scope', on, target: { kind: 'space', key }, mode },
});

/** No real waiting: sleeps advance a virtual clock and are recorded. */
function virtualPacing(overrides: Partial<CommitRetryOptions> = {}): CommitRetryOptions & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    ...DEFAULT_COMMIT_RETRY,
    random: () => 0.5,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    ...overrides,
    slept,
  };
}

/** Appends `records` through the writer, as every service write does. */
function append(repo: Repository, records: HistoryRecord[], m: EntryMeta = meta()) {
  return commitWithRetry(repo, (snapshot) => {
    const { entries, newHead } = buildEntries(snapshot.head, records, m);
    return { plan: { head: snapshot.head, entries, newHead }, result: newHead };
  });
}

async function repoWithEntries(count: number, store: KvsPort = new MemoryKvs()): Promise<Repository> {
  const repo = new Repository(store);
  repo.commitRetry = virtualPacing();
  for (let i = 0; i < count; i++)
    await append(
      repo,
      [scope(`S${i % 40}`, i % 3 ? 'include' : 'exclude'), ...(i % 7 === 0 ? [{ kind: 'attestation' as const, note: `n${i}` }] : [])],
      meta(`acc-${i % 3}`, `2026-11-23T10:00:${String(i % 60).padStart(2, '0')}.000Z`),
    );
  return repo;
}

describe('extendCompiled', () => {
  const record = fc.oneof(
    fc
      .record({ key: fc.constantFrom('A', 'B', 'C'), mode: fc.constantFrom('include', 'exclude'), on: fc.constantFrom('2026-07-01', '2026-08-01') })
      .map(({ key, mode, on }) => scope(key, mode as 'include', on)),
    fc
      .record({
        organization: fc.option(fc.constantFrom('Acme', 'Beta'), { nil: undefined }),
        sector: fc.option(fc.constantFrom('education', 'other'), { nil: undefined }),
      })
      .map((info): HistoryRecord => ({
        kind: 'profile-info',
        ...(info.organization !== undefined ? { organization: info.organization } : {}),
        ...(info.sector !== undefined ? { sector: info.sector as 'other' } : {}),
      })),
    fc.constant<HistoryRecord>({ kind: 'profile-info', organization: null }),
    fc.constant<HistoryRecord>({ kind: 'attestation', note: 'ok' }),
    fc.constant<HistoryRecord>({ kind: 'transition', code: 'X', text: 'moved' }),
  );

  it('equals compiling the whole history, at every split point', () => {
    fc.assert(
      fc.property(fc.array(fc.array(record, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 12 }), fc.nat(), (batches, cut) => {
        let head = { schemaVersion: 1 as const, seq: 0, hash: '0'.repeat(64), updatedAt: '2026-01-01T00:00:00.000Z' };
        const entries: HistoryEntry[] = [];
        batches.forEach((records, i) => {
          const built = buildEntries(head, records, meta(`acc-${i % 2}`, `2026-11-23T10:00:${String(i).padStart(2, '0')}.000Z`));
          entries.push(...built.entries);
          head = built.newHead;
        });
        const at = entries.length === 0 ? 0 : cut % (entries.length + 1);
        expect(extendCompiled(compile(entries.slice(0, at)), entries.slice(at))).toEqual(compile(entries));
      }),
      { numRuns: 300 },
    );
  });
});

describe('profile cache', () => {
  it('is written in the same transaction as the head and describes that head', async () => {
    const memory = new MemoryKvs();
    const repo = new Repository(memory);
    const transactions: TxOp[][] = [];
    const original = memory.transact.bind(memory);
    jest.spyOn(memory, 'transact').mockImplementation(async (ops) => {
      transactions.push(ops);
      return original(ops);
    });
    const head = await append(repo, [scope('ENG')]);
    expect(transactions).toHaveLength(1);
    expect(transactions[0]!.map((op) => op.key)).toEqual([KEYS.entry(1), KEYS.head, KEYS.profileCache]);
    const cache = await repo.profileCache();
    expect(cache).toMatchObject({ headSeq: head.seq, headHash: head.hash });
    expect(JSON.parse(cache!.data)).toEqual(compile(await repo.allEntries()));
  });

  it('makes a write read the head and the cache instead of every entry (reads per write, before → after)', async () => {
    const counting = new CountingKvs(new MemoryKvs());
    const repo = await repoWithEntries(250, counting);
    counting.reset();
    const full = await loadSnapshot(repo);
    const before = counting.reset();
    const cached = await loadWriteSnapshot(repo);
    const after = counting.reset();
    expect(cached.cacheFresh).toBe(true);
    expect(cached.compiled).toEqual(full.compiled);
    // head + 3 pages of 100 entries + status + 8 shards + notice settings + pseudonym map
    expect(before.readRequests + before.queryRequests).toBe(1 + 3 + 1 + 8 + 1 + 1);
    // head + cache + status + 8 shards + notice settings + pseudonym map, whatever the length of the history
    expect(after.readRequests + after.queryRequests).toBe(1 + 1 + 1 + 8 + 1 + 1);
    expect(after.queryRequests).toBe(0);
    expect(after.readBytes).toBeLessThan(before.readBytes / 5);
  });

  it.each([
    ['missing', (m: MemoryKvs) => m.rawSet(KEYS.profileCache, undefined)],
    ['stale (written for an earlier head)', (m: MemoryKvs) => m.rawSet(KEYS.profileCache, { ...(m.snapshot().keys[KEYS.profileCache] as object), headSeq: 3 })],
    [
      'for another head with the same seq',
      (m: MemoryKvs) => m.rawSet(KEYS.profileCache, { ...(m.snapshot().keys[KEYS.profileCache] as object), headHash: 'e'.repeat(64) }),
    ],
    ['of an older schema', (m: MemoryKvs) => m.rawSet(KEYS.profileCache, { ...(m.snapshot().keys[KEYS.profileCache] as object), schemaVersion: 0 })],
    ['of a newer schema', (m: MemoryKvs) => m.rawSet(KEYS.profileCache, { ...(m.snapshot().keys[KEYS.profileCache] as object), schemaVersion: 2 })],
    ['corrupt', (m: MemoryKvs) => m.rawSet(KEYS.profileCache, { ...(m.snapshot().keys[KEYS.profileCache] as object), data: '{"profile": 1}' })],
    ['missing a part', (m: MemoryKvs) => m.rawSet(KEYS.profileCache, { ...(m.snapshot().keys[KEYS.profileCache] as object), parts: 2 })],
  ])('when %s, the writer compiles the full history, and its next commit writes a fresh cache', async (_name, spoil) => {
    const memory = new MemoryKvs();
    const repo = await repoWithEntries(12, memory);
    spoil(memory);
    const snapshot = await loadWriteSnapshot(repo);
    expect(snapshot.cacheFresh).toBe(false);
    expect(snapshot.compiled).toEqual(compile(await repo.allEntries()));
    // A commit that does not move the head (as a settings save) still repairs the cache.
    await commitCompiledWithRetry(repo, (s) => ({ plan: { head: s.head }, result: null }));
    expect((await loadWriteSnapshot(repo)).cacheFresh).toBe(true);
  });

  it('splits a long profile into parts under the value limit and joins them back', async () => {
    const memory = new MemoryKvs();
    const repo = new Repository(memory);
    repo.commitRetry = virtualPacing();
    // About 4,000 events with long, partly non-ASCII keys: several parts.
    for (let b = 0; b < 8; b++)
      await append(
        repo,
        Array.from({ length: 500 }, (_, i) => scope(`SPACE-${b}-${i}-ÄÖÜ-${'x'.repeat(40)}`)),
      );
    const stored = memory.snapshot().keys;
    const cacheDoc = stored[KEYS.profileCache] as { parts: number };
    expect(cacheDoc.parts).toBeGreaterThan(1);
    for (const [key, value] of Object.entries(stored))
      if (key.startsWith(KEYS.profileCache)) expect(serialisedBytes(value)).toBeLessThanOrEqual(KVS_LIMITS.valueBytes);
    const snapshot = await loadWriteSnapshot(repo);
    expect(snapshot.cacheFresh).toBe(true);
    expect(snapshot.compiled).toEqual(compile(await repo.allEntries()));
  });

  it('never splits a character that needs two UTF-16 units', () => {
    const head = { schemaVersion: 1 as const, seq: 1, hash: 'a'.repeat(64), updatedAt: '2026-11-23T00:00:00.000Z' };
    const data = 'a'.repeat(CACHE_PART_CHARS - 1) + '😀'.repeat(10) + 'b';
    const write = profileCacheWrite(head, data);
    expect(write.parts).toHaveLength(1);
    expect(write.doc.data.endsWith('a')).toBe(true);
    expect(write.parts[0]!.data.startsWith('😀')).toBe(true);
    expect([write.doc.data, ...write.parts.map((p) => p.data)].join('')).toBe(data);
  });
});

/** Fails the first head-guarded commit the way a timeout does: before or after the store committed it. */
class LosesFirstCommit implements KvsPort {
  failed = false;
  constructor(
    readonly inner: MemoryKvs,
    private readonly when: 'before' | 'after',
  ) {}
  get = (key: string) => this.inner.get(key);
  getEntity = (entity: string, key: string) => this.inner.getEntity(entity, key);
  createEntityIfAbsent = (entity: string, key: string, value: Record<string, unknown>) => this.inner.createEntityIfAbsent(entity, key, value);
  queryEntity = (query: Parameters<KvsPort['queryEntity']>[0]) => this.inner.queryEntity(query);
  async transact(ops: TxOp[]): Promise<void> {
    if (!this.failed && ops.some((op) => op.key === KEYS.head)) {
      this.failed = true;
      if (this.when === 'after') await this.inner.transact(ops);
      throw Object.assign(new Error('storage request timed out'), { code: 'TIMEOUT' });
    }
    return this.inner.transact(ops);
  }
}

describe('commit after a lost answer', () => {
  it.each(['before', 'after'] as const)('a commit that timed out %s reaching the store is stored exactly once and reported as done', async (when) => {
    const memory = new MemoryKvs();
    const repo = await repoWithEntries(2, memory);
    const store = new LosesFirstCommit(memory, when);
    const flaky = new Repository(store);
    flaky.commitRetry = virtualPacing();
    const head = await append(flaky, [scope('ONCE')]);
    expect(store.failed).toBe(true);
    const entries = await repo.allEntries();
    expect(entries.filter((e) => e.records.some((r) => r.kind === 'event' && r.event.type === 'scope' && r.event.target.key === 'ONCE'))).toHaveLength(1);
    expect(head.seq).toBe(3);
    expect((await repo.head()).hash).toBe(head.hash);
  });

  it('an error that is neither a lost race nor passing is not retried', async () => {
    const memory = new MemoryKvs();
    const repo = await repoWithEntries(1, memory);
    const calls = jest.spyOn(memory, 'transact').mockRejectedValue(new Error('value too large'));
    await expect(append(repo, [scope('X')])).rejects.toThrow('value too large');
    expect(calls).toHaveBeenCalledTimes(1);
  });
});

describe('backoff between attempts', () => {
  it('waits a jittered, growing, capped delay after each lost race and gives up with CONFLICT at the attempt limit', async () => {
    const memory = new MemoryKvs();
    const repo = await repoWithEntries(1, memory);
    const pacing = virtualPacing({ maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 1_000, deadlineMs: 60_000, random: () => 1 });
    repo.commitRetry = pacing;
    const transact = jest.spyOn(memory, 'transact').mockRejectedValue(new ConditionFailedError('someone else wrote first'));
    await expect(append(repo, [scope('X')])).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(transact).toHaveBeenCalledTimes(6);
    expect(pacing.slept).toEqual([100, 200, 400, 800, 1_000]);
  });

  it('starts no attempt after the deadline, however many attempts remain', async () => {
    const memory = new MemoryKvs();
    const repo = await repoWithEntries(1, memory);
    const pacing = virtualPacing({ maxAttempts: 1_000, baseDelayMs: 100, maxDelayMs: 1_000, deadlineMs: 5_000, random: () => 1 });
    repo.commitRetry = pacing;
    jest.spyOn(memory, 'transact').mockRejectedValue(new ConditionFailedError('someone else wrote first'));
    await expect(append(repo, [scope('X')])).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(pacing.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5_000);
    expect(pacing.slept.length).toBeLessThan(12);
  });

  it('full jitter: a random draw of 0 retries at once, so colliding writers spread out', async () => {
    const memory = new MemoryKvs();
    const repo = await repoWithEntries(1, memory);
    const draws = [0, 0.5, 0.25];
    const pacing = virtualPacing({ baseDelayMs: 100, maxDelayMs: 1_000, random: () => draws.shift() ?? 0 });
    repo.commitRetry = pacing;
    const original = memory.transact.bind(memory);
    let lost = 0;
    jest.spyOn(memory, 'transact').mockImplementation(async (ops) => {
      if (lost++ < 3) throw new ConditionFailedError('someone else wrote first');
      return original(ops);
    });
    await append(repo, [scope('X')]);
    expect(pacing.slept).toEqual([0, 100, 100]);
    expect(memory.rawEntity(ENTITY.historyHead, KEYS.head)).toMatchObject({ seq: 2 });
  });
});

describe('Repository.verifyHistory', () => {
  it('does not mistake a commit that lands while it reads for tampering', async () => {
    const memory = new MemoryKvs();
    const repo = await repoWithEntries(3, memory);
    const original = memory.queryEntity.bind(memory);
    let landed = false;
    jest.spyOn(memory, 'queryEntity').mockImplementation(async (query) => {
      if (!landed) {
        landed = true;
        await append(new Repository(new MemoryKvsView(memory, original)), [scope('MEANWHILE')]);
      }
      return original(query);
    });
    const check = await repo.verifyHistory();
    expect(landed).toBe(true);
    expect(check).toMatchObject({ intact: true, entries: 4, firstBroken: null, head: { seq: 4 } });
  });

  it('reports a truncation, naming the missing entries', async () => {
    const memory = new MemoryKvs();
    const repo = await repoWithEntries(5, memory);
    memory.rawSetEntity(ENTITY.historyEntry, KEYS.entry(5), undefined);
    memory.rawSetEntity(ENTITY.historyEntry, KEYS.entry(4), undefined);
    const three = memory.rawEntity(ENTITY.historyEntry, KEYS.entry(3)) as unknown as HistoryEntry;
    memory.rawSetEntity(ENTITY.historyHead, KEYS.head, { schemaVersion: 1, seq: 3, hash: three.hash, updatedAt: three.recordedAt });
    const check = await repo.verifyHistory();
    expect(check.intact).toBe(false);
    expect(check.firstBroken).toEqual({
      seq: 4,
      reason: expect.stringContaining('entries 4–5 are missing: the profile cache was written when the history reached entry 5'),
    });
  });
});

/** The same memory store seen by a second writer, whose queries bypass the spy above. */
class MemoryKvsView implements KvsPort {
  constructor(
    private readonly memory: MemoryKvs,
    private readonly query: MemoryKvs['queryEntity'],
  ) {}
  get = (key: string) => this.memory.get(key);
  getEntity = (entity: string, key: string) => this.memory.getEntity(entity, key);
  createEntityIfAbsent = (entity: string, key: string, value: Record<string, unknown>) => this.memory.createEntityIfAbsent(entity, key, value);
  transact = (ops: TxOp[]) => this.memory.transact(ops);
  queryEntity = (q: Parameters<KvsPort['queryEntity']>[0]) => this.query(q);
}
