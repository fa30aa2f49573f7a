/** The storage port contract, run against every adapter; the fake enforces Forge KVS limits. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ForgeKvsAdapter } from '../../src/platform/forge/kvs-adapter';
import { ENTITY } from '../../src/storage/entities';
import { FileKvs } from '../../src/storage/file';
import { MemoryKvs } from '../../src/storage/memory';
import { ConditionFailedError, RateLimitedError, StorageLimitError, StoredDataError, type KvsPort } from '../../src/storage/port';
import { DEFAULT_RETRY, RetryingKvs, isTransientStorageError, withRateLimitRetry } from '../../src/storage/retry';
import { fakeForgeKvs } from './support/fake-forge-kvs';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'cl-store-')), 'store.json');

const adapters: [string, () => KvsPort][] = [
  ['memory', () => new MemoryKvs()],
  ['file', () => new FileKvs(tempPath())],
  ['forge adapter over the fake @forge/kvs', () => new ForgeKvsAdapter(fakeForgeKvs().kvs)],
];

const head = (seq: number) => ({ schemaVersion: 1, seq, hash: 'a'.repeat(64), updatedAt: '2026-11-23T00:00:00.000Z' });
const entry = (seq: number, recordedBy = 'acc-1', origin = 'admin-page') => ({
  schemaVersion: 1,
  seq,
  recordedAt: '2026-11-23T00:00:00.000Z',
  recordedBy,
  origin,
  records: [],
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
});

describe.each(adapters)('storage port: %s', (_name, make) => {
  let kvs: KvsPort;
  beforeEach(() => {
    kvs = make();
  });

  test('reads back plain keys and entities written in one transaction', async () => {
    await kvs.transact([
      { op: 'set', key: 'status', value: { schemaVersion: 1, day: '2026-11-23' } },
      { op: 'set', key: 'head', value: head(0), entity: ENTITY.historyHead },
    ]);
    expect(await kvs.get('status')).toEqual({ schemaVersion: 1, day: '2026-11-23' });
    expect(await kvs.getEntity(ENTITY.historyHead, 'head')).toEqual(head(0));
    expect(await kvs.get('missing')).toBeUndefined();
  });

  test('createEntityIfAbsent writes once only', async () => {
    expect(await kvs.createEntityIfAbsent(ENTITY.historyHead, 'head', head(0))).toBe(true);
    expect(await kvs.createEntityIfAbsent(ENTITY.historyHead, 'head', head(5))).toBe(false);
    expect(await kvs.getEntity(ENTITY.historyHead, 'head')).toEqual(head(0));
  });

  test('a failed condition rolls back the whole transaction', async () => {
    await kvs.createEntityIfAbsent(ENTITY.historyHead, 'head', head(1));
    await expect(
      kvs.transact([
        { op: 'set', key: 'status', value: { schemaVersion: 1 } },
        { op: 'set', key: 'head', value: head(2), entity: ENTITY.historyHead, conditions: [{ property: 'seq', condition: 'EQUAL_TO', values: [0] }] },
      ]),
    ).rejects.toBeInstanceOf(ConditionFailedError);
    expect(await kvs.get('status')).toBeUndefined();
    expect(await kvs.getEntity(ENTITY.historyHead, 'head')).toEqual(head(1));
    await kvs.transact([
      { op: 'set', key: 'status', value: { schemaVersion: 1 } },
      { op: 'check', key: 'head', entity: ENTITY.historyHead, conditions: [{ property: 'seq', condition: 'EQUAL_TO', values: [1] }] },
    ]);
    expect(await kvs.get('status')).toEqual({ schemaVersion: 1 });
  });

  test('entity queries page through an index with partition, range, sort and cursor', async () => {
    for (let batch = 0; batch < 10; batch++) {
      await kvs.transact(
        Array.from({ length: 25 }, (_, i) => {
          const seq = batch * 25 + i + 1;
          return { op: 'set' as const, key: `entry-${seq}`, value: entry(seq, seq % 2 ? 'acc-odd' : 'acc-even'), entity: ENTITY.historyEntry };
        }),
      );
    }
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await kvs.queryEntity({ entity: ENTITY.historyEntry, index: 'by-seq', sort: 'DESC', limit: 100, ...(cursor ? { cursor } : {}) });
      expect(page.results.length).toBeLessThanOrEqual(100);
      seen.push(...page.results.map((r) => (r.value as { seq: number }).seq));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => 250 - i));

    const odd = await kvs.queryEntity({
      entity: ENTITY.historyEntry,
      index: 'by-actor',
      partition: ['acc-odd'],
      range: { condition: 'LESS_THAN_EQUAL_TO', values: [9] },
      sort: 'ASC',
      limit: 100,
    });
    expect(odd.results.map((r) => (r.value as { seq: number }).seq)).toEqual([1, 3, 5, 7, 9]);
  });

  test('the platform limits are enforced', async () => {
    const tooBig = { blob: 'x'.repeat(240 * 1024) };
    await expect(kvs.transact([{ op: 'set', key: 'big', value: tooBig }])).rejects.toThrow(StorageLimitError);
    await expect(kvs.transact([{ op: 'set', key: 'ok', value: { blob: 'x'.repeat(200 * 1024) } }])).resolves.toBeUndefined();
    const ops = Array.from({ length: 26 }, (_, i) => ({ op: 'set' as const, key: `k${i}`, value: i }));
    await expect(kvs.transact(ops)).rejects.toThrow(/26 operations/);
    await expect(
      kvs.transact([
        { op: 'set', key: 'dup', value: 1 },
        { op: 'set', key: 'dup', value: 2 },
      ]),
    ).rejects.toThrow(/twice/);
    await expect(kvs.transact([{ op: 'set', key: 'bad/key', value: 1 }])).rejects.toThrow(/pattern/);
    await expect(kvs.transact([{ op: 'set', key: '   ', value: 1 }])).rejects.toThrow(/pattern/);
    await expect(kvs.transact([{ op: 'set', key: 'k'.repeat(501), value: 1 }])).rejects.toThrow(/length/);
    await expect(kvs.get('k'.repeat(500))).resolves.toBeUndefined();
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 31; i++) deep = deep.child = {};
    await expect(kvs.transact([{ op: 'set', key: 'deep', value: root }])).rejects.toThrow(/nested/);
    await expect(kvs.queryEntity({ entity: ENTITY.historyEntry, index: 'by-seq', limit: 101 })).rejects.toThrow(/limit/);
    await expect(kvs.transact([{ op: 'set', key: 'x', value: { nope: 1 }, entity: ENTITY.historyHead }])).rejects.toThrow(/no attribute/);
    // None of the refused writes left anything behind.
    expect(await kvs.get('k0')).toBeUndefined();
    expect(await kvs.get('dup')).toBeUndefined();
  });
});

describe('rate limiting', () => {
  test('the Forge adapter maps HTTP 429 and the retrying store backs off until it succeeds', async () => {
    const { kvs, store } = fakeForgeKvs();
    const adapter = new ForgeKvsAdapter(kvs);
    store.injectRateLimits(1);
    await expect(adapter.get('a')).rejects.toBeInstanceOf(RateLimitedError);
    const delays: number[] = [];
    const retrying = new RetryingKvs(adapter, { retries: 5, baseDelayMs: 100, maxDelayMs: 3_000, sleep: async (ms) => void delays.push(ms), random: () => 1 });
    store.injectRateLimits(3);
    await retrying.transact([{ op: 'set', key: 'a', value: 1 }]);
    expect(await retrying.get('a')).toBe(1);
    expect(delays).toEqual([100, 200, 400]);
  });

  test('gives up after the configured retries and does not retry other errors', async () => {
    let calls = 0;
    const options = { retries: 2, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined, random: () => 0 };
    await expect(
      withRateLimitRetry(async () => {
        calls++;
        throw new RateLimitedError('429');
      }, options),
    ).rejects.toBeInstanceOf(RateLimitedError);
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      withRateLimitRetry(async () => {
        calls++;
        throw new ConditionFailedError('lost');
      }, options),
    ).rejects.toBeInstanceOf(ConditionFailedError);
    expect(calls).toBe(1);
  });
});

describe('retrying passing failures', () => {
  const serverError = () => Object.assign(new Error('500 INTERNAL_SERVER_ERROR'), { code: 'INTERNAL_SERVER_ERROR', responseDetails: { status: 500 } });
  const timeout = () => Object.assign(new Error('timed out'), { code: 'TIMEOUT' });
  /** Fails the first `failures` calls of each method with the given errors, then answers from memory. */
  function flaky(errors: Array<() => Error>) {
    const memory = new MemoryKvs();
    const calls = { get: 0, getEntity: 0, queryEntity: 0, transact: 0, createEntityIfAbsent: 0 };
    const port: KvsPort = {
      get: async (key) => (calls.get++ < errors.length ? Promise.reject(errors[calls.get - 1]!()) : memory.get(key)),
      getEntity: async (e, key) => (calls.getEntity++ < errors.length ? Promise.reject(errors[calls.getEntity - 1]!()) : memory.getEntity(e, key)),
      queryEntity: async (q) => (calls.queryEntity++ < errors.length ? Promise.reject(errors[calls.queryEntity - 1]!()) : memory.queryEntity(q)),
      transact: async (ops) => (calls.transact++ < errors.length ? Promise.reject(errors[calls.transact - 1]!()) : memory.transact(ops)),
      createEntityIfAbsent: async (e, k, v) =>
        calls.createEntityIfAbsent++ < errors.length ? Promise.reject(errors[calls.createEntityIfAbsent - 1]!()) : memory.createEntityIfAbsent(e, k, v),
    };
    const delays: number[] = [];
    return { memory, calls, delays, kvs: new RetryingKvs(port, { ...DEFAULT_RETRY, sleep: async (ms) => void delays.push(ms), random: () => 1 }) };
  }

  test('reads and creates are retried on 429, 5xx and timeouts', async () => {
    const { kvs, calls, delays } = flaky([() => new RateLimitedError('429'), serverError, timeout]);
    expect(await kvs.get('a')).toBeUndefined();
    expect(await kvs.getEntity(ENTITY.historyHead, 'head')).toBeUndefined();
    expect((await kvs.queryEntity({ entity: ENTITY.historyEntry, index: 'by-seq', limit: 10 })).results).toEqual([]);
    expect(await kvs.createEntityIfAbsent(ENTITY.historyHead, 'head', head(0))).toBe(true);
    expect(calls).toMatchObject({ get: 4, getEntity: 4, queryEntity: 4, createEntityIfAbsent: 4 });
    expect(delays.slice(0, 3)).toEqual([100, 200, 400]);
  });

  test('a transaction is retried on 429 only: after a 5xx or a timeout it may have committed', async () => {
    const limited = flaky([() => new RateLimitedError('429')]);
    await limited.kvs.transact([{ op: 'set', key: 'a', value: 1 }]);
    expect(limited.calls.transact).toBe(2);
    for (const error of [serverError, timeout]) {
      const failing = flaky([error]);
      await expect(failing.kvs.transact([{ op: 'set', key: 'a', value: 1 }])).rejects.toThrow();
      expect(failing.calls.transact).toBe(1);
    }
  });

  test('attempts and total waiting are bounded', async () => {
    const always = flaky(Array.from({ length: 50 }, () => serverError));
    await expect(always.kvs.get('a')).rejects.toThrow('500');
    expect(always.calls.get).toBeLessThanOrEqual(DEFAULT_RETRY.retries + 1);
    expect(always.delays.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(DEFAULT_RETRY.maxTotalDelayMs!);
  });

  test('classifies what is passing and what is not', () => {
    expect(isTransientStorageError(new RateLimitedError('429'))).toBe(true);
    expect(isTransientStorageError(serverError())).toBe(true);
    expect(isTransientStorageError(timeout())).toBe(true);
    expect(isTransientStorageError(Object.assign(new Error('x'), { responseDetails: { status: 503 } }))).toBe(true);
    expect(isTransientStorageError(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isTransientStorageError(new ConditionFailedError('lost'))).toBe(false);
    expect(isTransientStorageError(new StorageLimitError('too big'))).toBe(false);
    expect(isTransientStorageError(Object.assign(new Error('x'), { responseDetails: { status: 400 } }))).toBe(false);
    expect(isTransientStorageError('boom')).toBe(false);
  });
});

describe('file store', () => {
  test('persists across instances and leaves no temp files', async () => {
    const path = tempPath();
    const first = new FileKvs(path);
    await first.transact([{ op: 'set', key: 'status', value: { v: 1 } }]);
    await first.createEntityIfAbsent(ENTITY.historyHead, 'head', head(0));
    const second = new FileKvs(path);
    expect(await second.get('status')).toEqual({ v: 1 });
    expect(await second.getEntity(ENTITY.historyHead, 'head')).toEqual(head(0));
    expect(readdirSync(join(path, '..'))).toEqual(['store.json']);
  });

  test('a refused write leaves the file as it was', async () => {
    const path = tempPath();
    const store = new FileKvs(path);
    await store.transact([{ op: 'set', key: 'status', value: { v: 1 } }]);
    const before = readFileSync(path, 'utf8');
    await expect(
      store.transact([
        { op: 'set', key: 'status', value: { v: 2 } },
        { op: 'set', key: 'big', value: 'x'.repeat(250_000) },
      ]),
    ).rejects.toThrow(StorageLimitError);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  test('a corrupt file is a clear error, not a crash later', () => {
    const path = tempPath();
    writeFileSync(path, '{"keys": ', 'utf8');
    expect(() => new FileKvs(path)).toThrow(StoredDataError);
    writeFileSync(path, '{"other": 1}', 'utf8');
    expect(() => new FileKvs(path)).toThrow(/lacks "keys"/);
  });
});
