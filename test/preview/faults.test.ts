/** The preview's storage fault switch: off by default, fails exactly what it is told to, with the errors the Forge adapter produces. */
import { FaultSwitch, faultError, faultRequestSchema, withFaults } from '../../preview/faults';
import { RateLimitedError } from '../../src/storage/port';
import { MemoryKvs } from '../../src/storage/memory';
import { isTransientStorageError, RetryingKvs } from '../../src/storage/retry';

const noWait = { retries: 5, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined, random: () => 0 };

describe('FaultSwitch', () => {
  it('is off by default: every call reaches the store', async () => {
    const store = new MemoryKvs();
    const kvs = withFaults(() => store, new FaultSwitch());
    await kvs.transact([{ op: 'set', key: 'a', value: 1 }]);
    expect(await kvs.get('a')).toBe(1);
  });

  it('fails exactly the next n calls, without touching the store, then answers again', async () => {
    const store = new MemoryKvs();
    const faults = new FaultSwitch();
    const kvs = withFaults(() => store, faults);
    faults.set({ kind: 'server', failNext: 2 });
    await expect(kvs.transact([{ op: 'set', key: 'a', value: 1 }])).rejects.toMatchObject({ responseDetails: { status: 500 } });
    await expect(kvs.get('a')).rejects.toThrow(/simulated fault in get/);
    expect(await kvs.get('a')).toBeUndefined();
    expect(faults.snapshot()).toMatchObject({ kind: 'server', remaining: 0, failed: 2 });
  });

  it('fails every call until turned off when no count or rate is given', async () => {
    const faults = new FaultSwitch();
    const kvs = withFaults(() => new MemoryKvs(), faults);
    faults.set({ kind: 'rate-limit' });
    for (let i = 0; i < 5; i++) await expect(kvs.get('x')).rejects.toBeInstanceOf(RateLimitedError);
    expect(faults.set({ kind: 'off' })).toBeNull();
    expect(await kvs.get('x')).toBeUndefined();
  });

  it('fails the given share of calls at random', async () => {
    const draws = [0.05, 0.5, 0.09, 0.95];
    const faults = new FaultSwitch(() => draws.shift()!);
    const kvs = withFaults(() => new MemoryKvs(), faults);
    faults.set({ kind: 'timeout', rate: 0.1 });
    const outcomes = await Promise.all(
      [1, 2, 3, 4].map(() =>
        kvs.get('k').then(
          () => 'ok',
          () => 'failed',
        ),
      ),
    );
    expect(outcomes).toEqual(['failed', 'ok', 'failed', 'ok']);
  });

  it('with writesOnly lets reads through and fails writes', async () => {
    const faults = new FaultSwitch();
    const kvs = withFaults(() => new MemoryKvs(), faults);
    faults.set({ kind: 'timeout', writesOnly: true });
    expect(await kvs.get('k')).toBeUndefined();
    await expect(kvs.transact([{ op: 'set', key: 'k', value: 1 }])).rejects.toMatchObject({ code: 'ETIMEDOUT' });
  });
});

describe('injected errors meet the app’s retries as platform errors do', () => {
  it('every kind is a passing failure; only a 429 is the adapter’s RateLimitedError', () => {
    for (const kind of ['rate-limit', 'server', 'timeout'] as const) expect(isTransientStorageError(faultError(kind, 'get'))).toBe(true);
    expect(faultError('rate-limit', 'get')).toBeInstanceOf(RateLimitedError);
    expect(faultError('server', 'get')).not.toBeInstanceOf(RateLimitedError);
  });

  it('a read retried past a few faults succeeds; a transaction is not repeated after a 5xx', async () => {
    const store = new MemoryKvs();
    const faults = new FaultSwitch();
    const kvs = new RetryingKvs(
      withFaults(() => store, faults),
      noWait,
    );
    faults.set({ kind: 'server', failNext: 3 });
    expect(await kvs.get('k')).toBeUndefined();
    faults.set({ kind: 'server', failNext: 1 });
    await expect(kvs.transact([{ op: 'set', key: 'k', value: 1 }])).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(faults.snapshot()?.failed).toBe(1);
    expect(await kvs.get('k')).toBeUndefined();
  });
});

describe('faultRequestSchema', () => {
  it('names the field that is wrong', () => {
    const issues = (body: unknown) => faultRequestSchema.safeParse(body).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ kind: 'meteor' })?.[0]).toMatch(/^kind: /);
    expect(issues({ kind: 'server', failNext: 0 })?.[0]).toMatch(/^failNext: /);
    expect(issues({ kind: 'server', failNext: 2, rate: 0.1 })).toEqual(['rate: give failNext or rate, not both']);
    expect(issues({ kind: 'off', writesOnly: true })).toEqual(['kind: turning faults off takes no other field']);
    expect(issues({ kind: 'server', extra: 1 })?.[0]).toMatch(/extra|Unrecognized/);
    expect(faultRequestSchema.safeParse({ kind: 'rate-limit', rate: 0.1 }).success).toBe(true);
  });
});
