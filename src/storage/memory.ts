/**
 * In-memory storage that behaves like Forge KVS, including its limits: it is
 * the store of the unit tests and the engine of the file-backed preview store,
 * so a design that breaks a platform limit fails here first.
 */
import { entitySchema, type EntitySchema } from './entities';
import { assertValidKey, assertValidPageSize, assertValidTransaction, assertValidValue } from './limits';
import {
  ConditionFailedError,
  RateLimitedError,
  StorageLimitError,
  type AttributeCondition,
  type EntityQuery,
  type KvsPort,
  type QueryPage,
  type RangeCondition,
  type ScalarValue,
  type TxOp,
} from './port';

export interface MemorySnapshot {
  keys: Record<string, unknown>;
  entities: Record<string, Record<string, unknown>>;
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function matches(value: unknown, condition: string, values: readonly unknown[]): boolean {
  const [a, b] = values;
  switch (condition) {
    case 'EXISTS':
      return value !== undefined;
    case 'NOT_EXISTS':
      return value === undefined;
  }
  if (value === undefined) return false;
  switch (condition) {
    case 'EQUAL_TO':
      return value === a;
    case 'NOT_EQUAL_TO':
      return value !== a;
    case 'GREATER_THAN':
      return compare(value, a) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return compare(value, a) >= 0;
    case 'LESS_THAN':
      return compare(value, a) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return compare(value, a) <= 0;
    case 'BETWEEN':
      return compare(value, a) >= 0 && compare(value, b) <= 0;
    case 'BEGINS_WITH':
      return typeof value === 'string' && value.startsWith(String(a));
    default:
      throw new StorageLimitError(`unknown condition ${condition}`);
  }
}

export class MemoryKvs implements KvsPort {
  private keys = new Map<string, unknown>();
  private entities = new Map<string, Map<string, Record<string, unknown>>>();
  private pendingRateLimits = 0;
  /** Counts of calls, for tests that assert read/write budgets. */
  readonly calls = { get: 0, getEntity: 0, transact: 0, query: 0, create: 0 };

  constructor(snapshot?: MemorySnapshot) {
    if (snapshot) this.restore(snapshot);
  }

  /** The next `count` calls fail with HTTP 429, as the platform does under load. */
  injectRateLimits(count: number): void {
    this.pendingRateLimits = count;
  }

  snapshot(): MemorySnapshot {
    const entities: MemorySnapshot['entities'] = {};
    for (const [name, items] of this.entities) entities[name] = Object.fromEntries(clone([...items]));
    return { keys: Object.fromEntries(clone([...this.keys])), entities };
  }

  restore(snapshot: MemorySnapshot): void {
    this.keys = new Map(Object.entries(clone(snapshot.keys)));
    this.entities = new Map(
      Object.entries(snapshot.entities).map(([name, items]) => [name, new Map(Object.entries(clone(items)) as [string, Record<string, unknown>][])]),
    );
  }

  /** Raw access for tests that tamper with stored data. */
  rawEntity(entity: string, key: string): Record<string, unknown> | undefined {
    return this.entities.get(entity)?.get(key);
  }
  rawSetEntity(entity: string, key: string, value: Record<string, unknown> | undefined): void {
    const items = this.entityItems(entity);
    if (value === undefined) items.delete(key);
    else items.set(key, clone(value));
  }
  rawSet(key: string, value: unknown): void {
    if (value === undefined) this.keys.delete(key);
    else this.keys.set(key, clone(value));
  }

  private throttle(): void {
    if (this.pendingRateLimits > 0) {
      this.pendingRateLimits--;
      throw new RateLimitedError('429 TOO_MANY_REQUESTS (simulated)');
    }
  }

  private schema(entity: string): EntitySchema {
    const schema = entitySchema(entity);
    if (!schema) throw new StorageLimitError(`entity "${entity}" is not declared in the manifest`);
    return schema;
  }

  private entityItems(entity: string): Map<string, Record<string, unknown>> {
    let items = this.entities.get(entity);
    if (!items) {
      items = new Map();
      this.entities.set(entity, items);
    }
    return items;
  }

  private assertEntityValue(entity: string, key: string, value: unknown): asserts value is Record<string, unknown> {
    const schema = this.schema(entity);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new StorageLimitError(`entity "${entity}" value for "${key}" must be an object`);
    }
    for (const [attr, v] of Object.entries(value)) {
      const type = schema.attributes[attr];
      if (!type) throw new StorageLimitError(`entity "${entity}" has no attribute "${attr}"`);
      const ok =
        type === 'any' ||
        (type === 'string' && typeof v === 'string') ||
        (type === 'integer' && Number.isInteger(v)) ||
        (type === 'float' && typeof v === 'number') ||
        (type === 'boolean' && typeof v === 'boolean');
      if (!ok) throw new StorageLimitError(`entity "${entity}" attribute "${attr}" must be ${type}`);
    }
  }

  async get(key: string): Promise<unknown> {
    this.calls.get++;
    this.throttle();
    assertValidKey(key);
    return clone(this.keys.get(key));
  }

  async getEntity(entity: string, key: string): Promise<unknown> {
    this.calls.getEntity++;
    this.throttle();
    assertValidKey(key);
    this.schema(entity);
    return clone(this.entities.get(entity)?.get(key));
  }

  async createEntityIfAbsent(entity: string, key: string, value: Record<string, unknown>): Promise<boolean> {
    this.calls.create++;
    this.throttle();
    assertValidKey(key);
    assertValidValue(key, value);
    this.assertEntityValue(entity, key, value);
    const items = this.entityItems(entity);
    if (items.has(key)) return false;
    items.set(key, clone(value));
    this.afterCommit();
    return true;
  }

  private conditionsHold(entity: string, key: string, conditions: readonly AttributeCondition[]): boolean {
    const current = this.entities.get(entity)?.get(key);
    // A condition on a missing item does not hold: conditional writes only update what exists.
    if (!current) return false;
    return conditions.every((c) => matches(current[c.property], c.condition, c.values));
  }

  async transact(ops: TxOp[]): Promise<void> {
    this.calls.transact++;
    this.throttle();
    assertValidTransaction(ops);
    const totalBytes = ops.reduce((n, op) => n + (op.op === 'set' ? Buffer.byteLength(JSON.stringify(op.value), 'utf8') : 0), 0);
    if (totalBytes > 4 * 1024 * 1024) throw new StorageLimitError(`transaction writes ${totalBytes} bytes; the limit is 4 MiB`);
    for (const op of ops) {
      if (op.op === 'set' && op.entity) this.assertEntityValue(op.entity, op.key, op.value);
      if (op.op === 'set' && op.conditions && !op.entity) throw new StorageLimitError('conditions need an entity');
      if (op.op === 'check') this.schema(op.entity);
    }
    // Evaluate every condition before applying anything: all or nothing.
    for (const op of ops) {
      const conditions = op.op === 'check' ? op.conditions : op.op === 'set' ? op.conditions : undefined;
      if (conditions && op.entity && !this.conditionsHold(op.entity, op.key, conditions)) {
        throw new ConditionFailedError(`condition on ${op.entity}/${op.key} does not hold`);
      }
    }
    for (const op of ops) {
      if (op.op === 'set') {
        if (op.entity) this.entityItems(op.entity).set(op.key, clone(op.value) as Record<string, unknown>);
        else this.keys.set(op.key, clone(op.value));
      } else if (op.op === 'delete') {
        if (op.entity) this.entities.get(op.entity)?.delete(op.key);
        else this.keys.delete(op.key);
      }
    }
    this.afterCommit();
  }

  async queryEntity(query: EntityQuery): Promise<QueryPage<unknown>> {
    this.calls.query++;
    this.throttle();
    assertValidPageSize(query.limit);
    const schema = this.schema(query.entity);
    const index = schema.indexes.find((i) => i.name === query.index);
    if (!index) throw new StorageLimitError(`entity "${query.entity}" has no index "${query.index}"`);
    const partition = index.partition ?? [];
    if ((query.partition?.length ?? 0) !== partition.length) {
      throw new StorageLimitError(`index "${query.index}" needs ${partition.length} partition value(s)`);
    }
    const range: RangeCondition | undefined = query.range;
    const rows = [...(this.entities.get(query.entity) ?? new Map<string, Record<string, unknown>>())]
      .filter(([, v]) => partition.every((attr, i) => v[attr] === (query.partition as ScalarValue[])[i]))
      .filter(([, v]) => v[index.range] !== undefined)
      .filter(([, v]) => !range || matches(v[index.range], range.condition, range.values))
      .sort(([ka, a], [kb, b]) => compare(a[index.range], b[index.range]) || compare(ka, kb));
    if (query.sort === 'DESC') rows.reverse();
    const start = query.cursor ? Number.parseInt(Buffer.from(query.cursor, 'base64url').toString('utf8'), 10) : 0;
    if (!Number.isInteger(start) || start < 0) throw new StorageLimitError('invalid cursor');
    const page = rows.slice(start, start + query.limit);
    const next = start + page.length;
    return {
      results: page.map(([key, value]) => ({ key, value: clone(value) })),
      ...(next < rows.length ? { nextCursor: Buffer.from(String(next), 'utf8').toString('base64url') } : {}),
    };
  }

  /** Hook for the file-backed store. */
  protected afterCommit(): void {}
}
