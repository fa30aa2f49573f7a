/**
 * Adds a random number of event-loop turns before and after each storage call,
 * as network latency would, so concurrent operations interleave between their
 * reads and their guarded write. Deterministic for a given seed.
 */
import type { EntityQuery, KvsPort, QueryPage, TxOp } from '../../../src/storage/port';
import { seededRandom } from '../../../fixtures/random';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class JitterKvs implements KvsPort {
  private readonly random: () => number;
  constructor(
    private readonly inner: KvsPort,
    seed = 1,
    private readonly maxTurns = 4,
  ) {
    this.random = seededRandom(seed);
  }

  private async hop(): Promise<void> {
    const turns = Math.floor(this.random() * (this.maxTurns + 1));
    for (let i = 0; i < turns; i++) await turn();
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    await this.hop();
    const result = await run();
    await this.hop();
    return result;
  }

  get(key: string): Promise<unknown> {
    return this.call(() => this.inner.get(key));
  }
  getEntity(entity: string, key: string): Promise<unknown> {
    return this.call(() => this.inner.getEntity(entity, key));
  }
  createEntityIfAbsent(entity: string, key: string, value: Record<string, unknown>): Promise<boolean> {
    return this.call(() => this.inner.createEntityIfAbsent(entity, key, value));
  }
  transact(ops: TxOp[]): Promise<void> {
    return this.call(() => this.inner.transact(ops));
  }
  queryEntity(query: EntityQuery): Promise<QueryPage<unknown>> {
    return this.call(() => this.inner.queryEntity(query));
  }
}
