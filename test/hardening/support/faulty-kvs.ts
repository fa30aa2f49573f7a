/**
 * A storage adapter that fails a share of calls the way Forge storage does
 * under load: HTTP 429 rate limiting, 5xx server errors and timeouts. A timeout
 * on a write may come before the write reached the store or after it was
 * committed (the caller cannot tell), which is the case that tempts apps into
 * double writes. Every failure is all-or-nothing: the inner store is either
 * called in full or not at all.
 */
import { RateLimitedError, type EntityQuery, type KvsPort, type QueryPage, type TxOp } from '../../../src/storage/port';
import { seededRandom } from '../../../fixtures/random';

export type FaultKind = 'rate-limited' | 'server-error' | 'timeout-before' | 'timeout-after';

/** Shaped like the errors @forge/kvs throws (`code` + `responseDetails.status`). */
export class StorageServerError extends Error {
  override readonly name = 'StorageServerError';
  constructor(
    message: string,
    readonly code: string,
    readonly responseDetails: { status: number },
  ) {
    super(message);
  }
}

export class StorageTimeoutError extends Error {
  override readonly name = 'StorageTimeoutError';
  readonly code = 'TIMEOUT';
}

export interface FaultLog {
  calls: number;
  faults: Record<FaultKind, number>;
}

export class FaultyKvs implements KvsPort {
  readonly log: FaultLog = { calls: 0, faults: { 'rate-limited': 0, 'server-error': 0, 'timeout-before': 0, 'timeout-after': 0 } };
  private readonly random: () => number;
  enabled = true;

  constructor(
    private readonly inner: KvsPort,
    private readonly failureRate = 0.1,
    seed = 42,
  ) {
    this.random = seededRandom(seed);
  }

  private pickFault(isWrite: boolean): FaultKind | null {
    this.log.calls++;
    if (!this.enabled || this.random() >= this.failureRate) return null;
    const r = this.random();
    // A write that times out has usually reached the store: that ambiguous case gets the largest share.
    const kind: FaultKind = isWrite
      ? r < 0.3
        ? 'rate-limited'
        : r < 0.5
          ? 'server-error'
          : r < 0.6
            ? 'timeout-before'
            : 'timeout-after'
      : r < 0.4
        ? 'rate-limited'
        : r < 0.7
          ? 'server-error'
          : 'timeout-before';
    this.log.faults[kind]++;
    return kind;
  }

  private fail(kind: Exclude<FaultKind, 'timeout-after'>): never {
    if (kind === 'rate-limited') throw new RateLimitedError('429 TOO_MANY_REQUESTS (injected)');
    if (kind === 'server-error') throw new StorageServerError('500 INTERNAL_SERVER_ERROR (injected)', 'INTERNAL_SERVER_ERROR', { status: 500 });
    throw new StorageTimeoutError('storage request timed out (injected)');
  }

  private async call<T>(isWrite: boolean, run: () => Promise<T>): Promise<T> {
    const fault = this.pickFault(isWrite);
    if (fault === null) return run();
    if (fault !== 'timeout-after') this.fail(fault);
    await run();
    throw new StorageTimeoutError('storage request timed out after it was sent (injected)');
  }

  get(key: string): Promise<unknown> {
    return this.call(false, () => this.inner.get(key));
  }
  getEntity(entity: string, key: string): Promise<unknown> {
    return this.call(false, () => this.inner.getEntity(entity, key));
  }
  createEntityIfAbsent(entity: string, key: string, value: Record<string, unknown>): Promise<boolean> {
    return this.call(true, () => this.inner.createEntityIfAbsent(entity, key, value));
  }
  transact(ops: TxOp[]): Promise<void> {
    return this.call(true, () => this.inner.transact(ops));
  }
  queryEntity(query: EntityQuery): Promise<QueryPage<unknown>> {
    return this.call(false, () => this.inner.queryEntity(query));
  }
}
