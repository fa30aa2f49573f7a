/**
 * A storage wrapper that counts what the platform bills and rate-limits: read
 * and write requests, and the same in 10 KB units (Forge counts the
 * per-installation limit of 4,000 reads + 4,000 writes a minute in 10 KB units).
 */
import type { EntityQuery, KvsPort, QueryPage, TxOp } from '../src/storage/port';

export const UNIT_BYTES = 10 * 1024;
export const WRITES_PER_MINUTE_LIMIT = 4_000;
export const READS_PER_MINUTE_LIMIT = 4_000;

export interface StorageTally {
  readRequests: number;
  /** Query pages count as reads. */
  queryRequests: number;
  writeRequests: number;
  /** set/delete operations inside those write requests. */
  writtenItems: number;
  readUnits: number;
  writeUnits: number;
  readBytes: number;
  writtenBytes: number;
  /** Keys (with entity) written, to check that only what changed is written. */
  writtenKeys: string[];
}

const bytesOf = (value: unknown): number => (value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8'));
const units = (bytes: number): number => Math.max(1, Math.ceil(bytes / UNIT_BYTES));

export const emptyTally = (): StorageTally => ({
  readRequests: 0,
  queryRequests: 0,
  writeRequests: 0,
  writtenItems: 0,
  readUnits: 0,
  writeUnits: 0,
  readBytes: 0,
  writtenBytes: 0,
  writtenKeys: [],
});

export class CountingKvs implements KvsPort {
  tally: StorageTally = emptyTally();

  constructor(private readonly inner: KvsPort) {}

  reset(): StorageTally {
    const previous = this.tally;
    this.tally = emptyTally();
    return previous;
  }

  private read(value: unknown): void {
    const bytes = bytesOf(value);
    this.tally.readBytes += bytes;
    this.tally.readUnits += units(bytes);
  }

  async get(key: string): Promise<unknown> {
    this.tally.readRequests++;
    const value = await this.inner.get(key);
    this.read(value);
    return value;
  }

  async getEntity(entity: string, key: string): Promise<unknown> {
    this.tally.readRequests++;
    const value = await this.inner.getEntity(entity, key);
    this.read(value);
    return value;
  }

  async createEntityIfAbsent(entity: string, key: string, value: Record<string, unknown>): Promise<boolean> {
    this.tally.writeRequests++;
    const created = await this.inner.createEntityIfAbsent(entity, key, value);
    if (created) {
      const bytes = bytesOf(value);
      this.tally.writtenItems++;
      this.tally.writtenBytes += bytes;
      this.tally.writeUnits += units(bytes);
      this.tally.writtenKeys.push(`${entity}/${key}`);
    }
    return created;
  }

  async transact(ops: TxOp[]): Promise<void> {
    this.tally.writeRequests++;
    await this.inner.transact(ops);
    for (const op of ops) {
      if (op.op === 'check') continue;
      const bytes = op.op === 'set' ? bytesOf(op.value) : 0;
      this.tally.writtenItems++;
      this.tally.writtenBytes += bytes;
      this.tally.writeUnits += units(bytes);
      this.tally.writtenKeys.push(op.entity ? `${op.entity}/${op.key}` : op.key);
    }
  }

  async queryEntity(query: EntityQuery): Promise<QueryPage<unknown>> {
    this.tally.queryRequests++;
    const page = await this.inner.queryEntity(query);
    this.read(page.results);
    return page;
  }
}
