/**
 * Retries storage calls that failed for a passing reason, with exponential
 * backoff and jitter, bounded in attempts and in total waiting time so a call
 * always answers well inside the 25 s Forge invocation limit.
 *
 * Reads are retried on every passing failure (HTTP 429, 5xx, timeouts): they
 * change nothing, so repeating them is always safe. Writes are retried here on
 * 429 only: the platform refuses a rate-limited request before running it,
 * while after a 5xx or a timeout the write may have been committed. Those are
 * retried where it is known to be safe: `createEntityIfAbsent` (a repeat of a
 * committed create just answers false) and the head-guarded history commit
 * (src/app/writer.ts recognises its own committed entry).
 */
import { RateLimitedError, type EntityQuery, type KvsPort, type TxOp } from './port';

export interface RetryOptions {
  /** Retries after the first attempt. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Total backoff one call may spend waiting; the last attempt's error surfaces once it is used up. */
  maxTotalDelayMs?: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const DEFAULT_RETRY: RetryOptions = {
  retries: 5,
  baseDelayMs: 100,
  maxDelayMs: 2_000,
  // Six attempts would wait up to 100+200+400+800+1600 = 3.1 s; no call waits more than 3 s in all.
  maxTotalDelayMs: 3_000,
  sleep: realSleep,
  random: Math.random,
};

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  status?: unknown;
  responseDetails?: { status?: unknown };
  cause?: unknown;
}

/**
 * HTTP 429, 408, any 5xx, or a timeout / dropped connection: the platform
 * may answer differently next time. Shapes follow @forge/kvs (`code`,
 * `responseDetails.status`) and Node's fetch/socket errors: undici's own
 * (`UND_ERR_SOCKET` and the timeouts, which the Forge runtime's fetch throws
 * as they are) and fetch's `TypeError: fetch failed` carrying one as `cause`.
 */
export function isTransientStorageError(error: unknown, depth = 0): boolean {
  if (error instanceof RateLimitedError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const e = error as ErrorLike;
  const status = typeof e.responseDetails?.status === 'number' ? e.responseDetails.status : typeof e.status === 'number' ? e.status : undefined;
  if (status !== undefined && (status === 408 || status === 429 || (status >= 500 && status <= 599))) return true;
  const word = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const text = `${word(e.name)} ${word(e.code)}`;
  if (
    /TIMEOUT|TIMED_OUT|ETIMEDOUT|ECONNRESET|ECONNREFUSED|EPIPE|EAI_AGAIN|UND_ERR_SOCKET|UND_ERR_CLOSED|AbortError|Timeout|RATE_LIMIT|TOO_MANY_REQUESTS|SERVICE_UNAVAILABLE|INTERNAL_SERVER_ERROR|BAD_GATEWAY/.test(
      text,
    )
  )
    return true;
  return depth < 2 && e.cause !== undefined && isTransientStorageError(e.cause, depth + 1);
}

/** Exponential backoff with "equal jitter": half the ceiling fixed, half random, so retries spread out but still back off. */
export function backoffDelay(attempt: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (options.random() * ceiling) / 2);
}

export async function withRetry<T>(fn: () => Promise<T>, shouldRetry: (error: unknown) => boolean, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!shouldRetry(error) || attempt >= options.retries) throw error;
      const delay = backoffDelay(attempt, options);
      if (options.maxTotalDelayMs !== undefined && waited + delay > options.maxTotalDelayMs) throw error;
      waited += delay;
      await options.sleep(delay);
    }
  }
}

export function withRateLimitRetry<T>(fn: () => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  return withRetry(fn, (error) => error instanceof RateLimitedError, options);
}

export function withTransientRetry<T>(fn: () => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  return withRetry(fn, isTransientStorageError, options);
}

/** Wraps any store: reads and creates retried on every passing failure, transactions on 429 only. */
export class RetryingKvs implements KvsPort {
  constructor(
    private readonly inner: KvsPort,
    private readonly options: RetryOptions = DEFAULT_RETRY,
  ) {}
  get(key: string) {
    return withTransientRetry(() => this.inner.get(key), this.options);
  }
  getEntity(entity: string, key: string) {
    return withTransientRetry(() => this.inner.getEntity(entity, key), this.options);
  }
  /** Safe to repeat: a create that was committed before its answer was lost makes the repeat answer false. */
  createEntityIfAbsent(entity: string, key: string, value: Record<string, unknown>) {
    return withTransientRetry(() => this.inner.createEntityIfAbsent(entity, key, value), this.options);
  }
  /** 429 only: after a 5xx or timeout the transaction may have committed, and only the caller knows whether repeating it is safe. */
  transact(ops: TxOp[]) {
    return withRateLimitRetry(() => this.inner.transact(ops), this.options);
  }
  queryEntity(query: EntityQuery) {
    return withTransientRetry(() => this.inner.queryEntity(query), this.options);
  }
}

/**
 * Pacing of the history writer (src/app/writer.ts) when a commit loses a race
 * or fails for a passing reason: full-jitter exponential backoff, so writers
 * that collided spread out instead of colliding again, bounded by attempts and
 * by elapsed time (measured with `now`, which tests replace with a virtual clock).
 */
export interface CommitRetryOptions {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** No new attempt starts once this much time has passed since the first. */
  deadlineMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
}

export const DEFAULT_COMMIT_RETRY: CommitRetryOptions = {
  maxAttempts: 16,
  baseDelayMs: 25,
  maxDelayMs: 1_000,
  /*
   * No attempt starts after 10 s. The last one then reads (head, then the rest in
   * parallel) and commits: three sequential calls, each waiting at most 3 s under
   * DEFAULT_RETRY, so the whole write ends well inside the 25 s invocation limit.
   */
  deadlineMs: 10_000,
  sleep: realSleep,
  random: Math.random,
  now: Date.now,
};

/** Full jitter: anywhere between 0 and the exponential ceiling. */
export function fullJitterDelay(attempt: number, options: Pick<CommitRetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  return Math.round(options.random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt));
}
