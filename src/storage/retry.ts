/** Retries storage calls the platform rate-limited (HTTP 429), with exponential backoff and jitter. */
import { RateLimitedError, type EntityQuery, type KvsPort, type TxOp } from './port';

export interface RetryOptions {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_RETRY: RetryOptions = {
  retries: 5,
  baseDelayMs: 100,
  maxDelayMs: 3_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export async function withRateLimitRetry<T>(fn: () => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!(error instanceof RateLimitedError) || attempt >= options.retries) throw error;
      const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
      await options.sleep(Math.round(ceiling / 2 + (options.random() * ceiling) / 2));
    }
  }
}

/** Wraps any store so every call is retried on 429. */
export class RetryingKvs implements KvsPort {
  constructor(
    private readonly inner: KvsPort,
    private readonly options: RetryOptions = DEFAULT_RETRY,
  ) {}
  get(key: string) {
    return withRateLimitRetry(() => this.inner.get(key), this.options);
  }
  getEntity(entity: string, key: string) {
    return withRateLimitRetry(() => this.inner.getEntity(entity, key), this.options);
  }
  createEntityIfAbsent(entity: string, key: string, value: Record<string, unknown>) {
    return withRateLimitRetry(() => this.inner.createEntityIfAbsent(entity, key, value), this.options);
  }
  transact(ops: TxOp[]) {
    return withRateLimitRetry(() => this.inner.transact(ops), this.options);
  }
  queryEntity(query: EntityQuery) {
    return withRateLimitRetry(() => this.inner.queryEntity(query), this.options);
  }
}
