/**
 * The Forge storage service (Key-Value Store, secrets, Custom Entity Store,
 * transactions, batches) as `@forge/kvs` 1.6.5 reaches it: `POST /api/v1/<op>`
 * with a JSON body, answered with JSON, 204, or an error body `{ code, message }`
 * that the SDK turns into `ForgeKvsAPIError` (status in `responseDetails`).
 *
 * Semantics and limits follow Atlassian's storage reference (keys ≤ 500
 * characters of /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/, values ≤ 240 KiB and
 * nesting ≤ 32, pages of 1–100, ≤ 25 unique keys per transaction or batch,
 * 4 MB per transaction, entity schemas from the manifest), with the error codes
 * its error-handling pages list. Where the platform does not document a code,
 * the choice is marked ASSUMED and can be changed with `KvsServiceOptions`.
 */

export type AttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';

export interface EntityIndex {
  name: string;
  partition: string[];
  range: string[];
}

export interface EntityDefinition {
  name: string;
  attributes: Record<string, AttributeType>;
  indexes: EntityIndex[];
}

export interface KvsAnswer {
  status: number;
  body?: unknown;
}

export interface KvsServiceOptions {
  /** ASSUMED: the answer when a transaction condition does not hold. */
  conflict?: { status: number; code: string };
  /** ASSUMED: the answer when `keyPolicy: 'FAIL_IF_EXISTS'` meets an existing key. */
  keyExists?: { status: number; code: string };
  now?: () => number;
}

interface Item {
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expireAt?: number;
}

interface Condition {
  property: string;
  condition: string;
  values: unknown[];
}

type Conditions = { and?: Condition[]; or?: Condition[] };

export const KVS_LIMITS = {
  keyLength: 500,
  valueBytes: 240 * 1024,
  depth: 32,
  pageMax: 100,
  pageDefault: 10,
  transactionOps: 25,
  transactionBytes: 4 * 1024 * 1024,
  batchItems: 25,
  entityNameMin: 3,
  entityNameMax: 60,
} as const;

const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
const RANGE_CONDITIONS = new Set(['BEGINS_WITH', 'BETWEEN', 'EQUAL_TO', 'GREATER_THAN', 'GREATER_THAN_EQUAL_TO', 'LESS_THAN', 'LESS_THAN_EQUAL_TO']);
const FILTER_CONDITIONS = new Set([...RANGE_CONDITIONS, 'CONTAINS', 'NOT_CONTAINS', 'NOT_EQUAL_TO', 'EXISTS', 'NOT_EXISTS']);

/** An expected refusal: answered as `{ code, message }` with an HTTP status. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const bad = (code: string, message: string) => new Refusal(400, code, message);
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let max = 0;
  for (const child of Object.values(value as Record<string, unknown>)) max = Math.max(max, depthOf(child));
  return max + 1;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function holds(value: unknown, c: Condition): boolean {
  const [a, b] = c.values;
  switch (c.condition) {
    case 'EXISTS':
      return value !== undefined;
    case 'NOT_EXISTS':
      return value === undefined;
  }
  if (value === undefined) return false;
  switch (c.condition) {
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
    case 'CONTAINS':
      return Array.isArray(value) ? value.includes(a) : typeof value === 'string' && value.includes(String(a));
    case 'NOT_CONTAINS':
      return Array.isArray(value) ? !value.includes(a) : typeof value === 'string' && !value.includes(String(a));
    default:
      return false;
  }
}

function validateCondition(c: Condition, allowed: Set<string>): void {
  if (!c || typeof c.condition !== 'string' || !allowed.has(c.condition)) throw bad('INVALID_CONDITION', `unsupported condition ${String(c?.condition)}`);
  if (!Array.isArray(c.values) || c.values.length === 0) throw bad('INSUFFICIENT_FILTER_VALUES', `${c.condition} needs a value`);
  if (c.condition === 'BETWEEN' && c.values.length < 2) throw bad('INSUFFICIENT_FILTER_VALUES', 'The specified condition needs at least two values.');
}

/** `{ and: [...] }` or `{ or: [...] }`, never both and never empty, as the service requires. */
function conditionList(conditions: Conditions | undefined): { op: 'and' | 'or'; list: Condition[] } | undefined {
  if (conditions === undefined) return undefined;
  if (conditions.and && conditions.or)
    throw bad('INVALID_FILTER_OPERATORS_COMBINATION', 'Filter operators "and" and "or" cannot be present at the same level.');
  const op = conditions.and ? 'and' : 'or';
  const list = conditions.and ?? conditions.or;
  if (!Array.isArray(list) || list.length === 0) throw bad('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.');
  if (list.length > 100) throw bad('TOO_MANY_CONDITIONS', 'A query may have at most 100 conditions.');
  for (const c of list) validateCondition(c, FILTER_CONDITIONS);
  return { op, list };
}

function satisfies(value: Record<string, unknown>, conditions: { op: 'and' | 'or'; list: Condition[] }): boolean {
  const test = (c: Condition) => holds(value[c.property], c);
  return conditions.op === 'and' ? conditions.list.every(test) : conditions.list.some(test);
}

const encodeCursor = (position: unknown[]): string => Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');

function decodeCursor(cursor: unknown): unknown[] {
  if (typeof cursor !== 'string') throw bad('INVALID_CURSOR', 'cursor must be a string');
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(position)) return position;
  } catch {
    // fall through
  }
  throw bad('INVALID_CURSOR', 'The cursor is not valid.');
}

function pageLimit(limit: unknown): number {
  if (limit === undefined || limit === null) return KVS_LIMITS.pageDefault;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > KVS_LIMITS.pageMax) {
    throw bad('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', 'The page limit must be set between 1 and 100.');
  }
  return limit;
}

const TTL_MS: Record<string, number> = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 };

export class KvsService {
  private readonly keys = new Map<string, Item>();
  private readonly secrets = new Map<string, Item>();
  private readonly entityItems = new Map<string, Map<string, Item>>();
  private readonly entities: Map<string, EntityDefinition>;
  private conflict: { status: number; code: string };
  private keyExists: { status: number; code: string };
  private readonly now: () => number;

  constructor(entities: readonly EntityDefinition[], options: KvsServiceOptions = {}) {
    this.entities = new Map(entities.map((e) => [e.name, e]));
    this.conflict = options.conflict ?? { status: 409, code: 'CONDITION_CHECK_FAILED' };
    this.keyExists = options.keyExists ?? { status: 409, code: 'KEY_ALREADY_EXISTS' };
    this.now = options.now ?? Date.now;
  }

  /** Changes the answers whose codes the platform does not document (see ASSUMED). */
  configure(options: Pick<KvsServiceOptions, 'conflict' | 'keyExists'>): void {
    if (options.conflict) this.conflict = options.conflict;
    if (options.keyExists) this.keyExists = options.keyExists;
  }

  /** Whether a path changes stored data (fault injection may target writes only). */
  static isWrite(path: string): boolean {
    return /\/(set|delete|transaction)$/.test(path);
  }

  clear(): void {
    this.keys.clear();
    this.secrets.clear();
    this.entityItems.clear();
  }

  /** Direct reads for assertions; no metering, no faults. */
  peek(key: string, entityName?: string): unknown {
    const item = this.live(entityName ? this.entityItems.get(entityName) : this.keys, key);
    return item ? copy(item.value) : undefined;
  }

  /** Direct write, as another installation of the app would make it. */
  poke(key: string, value: unknown, entityName?: string): void {
    const at = this.now();
    const target = entityName ? this.itemsOf(entityName) : this.keys;
    if (value === undefined) target.delete(key);
    else target.set(key, { value: copy(value), createdAt: target.get(key)?.createdAt ?? at, updatedAt: at });
  }

  handle(path: string, body: unknown): KvsAnswer {
    try {
      return this.route(path.replace(/^\/+/, '/'), (body ?? {}) as Record<string, unknown>);
    } catch (error) {
      if (error instanceof Refusal) return { status: error.status, body: { code: error.code, message: error.message } };
      throw error;
    }
  }

  private route(path: string, body: Record<string, unknown>): KvsAnswer {
    switch (path) {
      case '/api/v1/get':
        return this.get(this.keys, this.key(body.key), body.options);
      case '/api/v1/set':
        return this.set(this.keys, this.key(body.key), body.value, body.options);
      case '/api/v1/delete':
        return this.delete(this.keys, this.key(body.key));
      case '/api/v1/query':
        return this.queryKeys(body);
      case '/api/v1/secret/get':
        return this.get(this.secrets, this.key(body.key), body.options);
      case '/api/v1/secret/set':
        return this.set(this.secrets, this.key(body.key), body.value, body.options);
      case '/api/v1/secret/delete':
        return this.delete(this.secrets, this.key(body.key));
      case '/api/v1/entity/get':
        return this.get(this.itemsOf(this.entity(body.entityName).name), this.key(body.key, true), body.options);
      case '/api/v1/entity/set': {
        const entity = this.entity(body.entityName);
        const key = this.key(body.key, true);
        this.checkEntityValue(entity, body.value);
        return this.set(this.itemsOf(entity.name), key, body.value, body.options);
      }
      case '/api/v1/entity/delete':
        return this.delete(this.itemsOf(this.entity(body.entityName).name), this.key(body.key, true));
      case '/api/v1/entity/query':
        return this.queryEntity(body);
      case '/api/v1/transaction':
        return this.transaction(body);
      case '/api/v1/batch/get':
        return this.batch(body, 'get');
      case '/api/v1/batch/set':
        return this.batch(body, 'set');
      case '/api/v1/batch/delete':
        return this.batch(body, 'delete');
      default:
        return { status: 404, body: { code: 'NOT_FOUND', message: `No such storage operation: ${path}` } };
    }
  }

  private key(key: unknown, entity = false): string {
    if (typeof key !== 'string' || key.length === 0) throw bad(entity ? 'EMPTY_KEY' : 'KEY_TOO_SHORT', 'The provided key needs to be at least one character.');
    if (key.length > KVS_LIMITS.keyLength) throw bad('KEY_TOO_LONG', 'The provided key has exceeded the maximum 500 characters.');
    if (!KEY_PATTERN.test(key)) throw bad('INVALID_KEY', 'The provided key does not match the regex: /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/');
    return key;
  }

  private value(value: unknown): void {
    if (value === undefined) throw bad('BAD_REQUEST', 'Provided request body is invalid');
    if (Buffer.byteLength(JSON.stringify(value), 'utf8') > KVS_LIMITS.valueBytes)
      throw bad('MAX_SIZE', 'The provided value has exceeded the maximum size limit.');
    if (depthOf(value) > KVS_LIMITS.depth) throw bad('MAX_DEPTH', 'The provided value has exceeded the maximum object depth (32) limit.');
  }

  private entity(name: unknown): EntityDefinition {
    if (typeof name !== 'string' || name.length < KVS_LIMITS.entityNameMin) throw bad('ENTITY_TYPE_TOO_SHORT', 'The entity name needs at least 3 characters.');
    if (name.length > KVS_LIMITS.entityNameMax) throw bad('ENTITY_TYPE_TOO_LARGE', 'The entity name has exceeded the maximum 60 characters.');
    const entity = this.entities.get(name);
    if (!entity) throw bad('INVALID_ENTITY_TYPE', `Entity "${name}" is not declared in the manifest.`);
    return entity;
  }

  private checkEntityValue(entity: EntityDefinition, value: unknown): void {
    this.value(value);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('INVALID_ENTITY_VALUE', 'Entity values must be objects.');
    for (const [attribute, v] of Object.entries(value)) {
      const type = entity.attributes[attribute];
      const ok =
        type === 'any' ||
        (type === 'string' && typeof v === 'string') ||
        (type === 'integer' && Number.isInteger(v)) ||
        (type === 'float' && typeof v === 'number') ||
        (type === 'boolean' && typeof v === 'boolean');
      if (!ok)
        throw bad(
          'INVALID_ENTITY_VALUE',
          `Attribute "${attribute}" of "${entity.name}" must match its declared type${type ? ` ${type}` : ' (it is not declared)'}.`,
        );
    }
  }

  private itemsOf(entityName: string): Map<string, Item> {
    let items = this.entityItems.get(entityName);
    if (!items) {
      items = new Map();
      this.entityItems.set(entityName, items);
    }
    return items;
  }

  /** The item unless its TTL has passed (expired items read as missing). */
  private live(items: Map<string, Item> | undefined, key: string): Item | undefined {
    const item = items?.get(key);
    if (item?.expireAt !== undefined && item.expireAt <= this.now()) {
      items?.delete(key);
      return undefined;
    }
    return item;
  }

  private withMetadata(key: string, item: Item): Record<string, unknown> {
    return {
      key,
      value: copy(item.value),
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
      ...(item.expireAt !== undefined ? { expireTime: new Date(item.expireAt).toISOString() } : {}),
    };
  }

  private get(items: Map<string, Item>, key: string, _options: unknown): KvsAnswer {
    const item = this.live(items, key);
    if (!item) return { status: 404, body: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' } };
    return { status: 200, body: this.withMetadata(key, item) };
  }

  private write(items: Map<string, Item>, key: string, value: unknown, options: Record<string, unknown> | undefined): { previous?: Item; next: Item } {
    const at = this.now();
    const previous = this.live(items, key);
    const ttl = options?.ttl as { value?: unknown; unit?: unknown } | undefined;
    let expireAt: number | undefined;
    if (ttl !== undefined) {
      const unit = TTL_MS[String(ttl.unit)];
      if (!unit || typeof ttl.value !== 'number' || ttl.value <= 0) throw bad('INVALID_TTL', 'The TTL is not valid.');
      expireAt = at + ttl.value * unit;
    }
    const next: Item = { value: copy(value), createdAt: previous?.createdAt ?? at, updatedAt: at, ...(expireAt !== undefined ? { expireAt } : {}) };
    items.set(key, next);
    return previous ? { previous, next } : { next };
  }

  private set(items: Map<string, Item>, key: string, value: unknown, rawOptions: unknown): KvsAnswer {
    this.value(value);
    const options = rawOptions as Record<string, unknown> | undefined;
    if (options?.keyPolicy === 'FAIL_IF_EXISTS' && this.live(items, key)) {
      throw new Refusal(this.keyExists.status, this.keyExists.code, 'The key already exists.');
    }
    const { previous, next } = this.write(items, key, value, options);
    if (options?.returnValue === 'PREVIOUS') return previous ? { status: 200, body: this.withMetadata(key, previous) } : { status: 204 };
    if (options?.returnValue === 'LATEST') return { status: 200, body: this.withMetadata(key, next) };
    return { status: 204 };
  }

  private delete(items: Map<string, Item>, key: string): KvsAnswer {
    if (!this.live(items, key)) return { status: 404, body: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' } };
    items.delete(key);
    return { status: 204 };
  }

  private queryKeys(body: Record<string, unknown>): KvsAnswer {
    const limit = pageLimit(body.limit);
    const where = (body.where ?? []) as Condition[];
    if (!Array.isArray(where) || where.length > 1) throw bad('INVALID_WHERE', 'A key query takes at most one condition.');
    for (const c of where) {
      if (c.property !== 'key' || c.condition !== 'BEGINS_WITH') throw bad('INVALID_WHERE', 'Key queries support only beginsWith on the key.');
      validateCondition(c, RANGE_CONDITIONS);
    }
    const after = body.after === undefined ? undefined : String(decodeCursor(body.after)[0]);
    const rows = [...this.keys.keys()]
      .filter((k) => this.live(this.keys, k) && where.every((c) => holds(k, c)))
      .sort(compare)
      .filter((k) => after === undefined || k > after);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      status: 200,
      body: {
        data: page.map((k) => this.withMetadata(k, this.keys.get(k) as Item)),
        ...(rows.length > page.length && last !== undefined ? { cursor: encodeCursor([last]) } : {}),
      },
    };
  }

  private queryEntity(body: Record<string, unknown>): KvsAnswer {
    const entity = this.entity(body.entityName);
    const index = entity.indexes.find((i) => i.name === body.indexName);
    if (!index) throw bad('INVALID_ENTITY_INDEX', `Entity "${entity.name}" has no index "${String(body.indexName)}".`);
    const limit = pageLimit(body.limit);
    const partition = (body.partition ?? []) as unknown[];
    if (!Array.isArray(partition) || partition.length !== index.partition.length) {
      throw bad('INVALID_PARTITION', `Index "${index.name}" needs ${index.partition.length} partition value(s).`);
    }
    const range = body.range as Condition | undefined;
    if (range !== undefined) validateCondition(range, RANGE_CONDITIONS);
    const filters = conditionList(body.filters as Conditions | undefined);
    const sort = body.sort ?? 'ASC';
    if (sort !== 'ASC' && sort !== 'DESC') throw bad('INVALID_SORT', 'sort must be ASC or DESC');
    const rangeAttr = index.range[0];
    const items = this.itemsOf(entity.name);
    const position = (key: string, v: Record<string, unknown>): unknown[] => [...index.range.map((a) => v[a]), key];
    const order = (a: unknown[], b: unknown[]) => {
      for (let i = 0; i < a.length; i++) {
        const d = compare(a[i], b[i]);
        if (d !== 0) return d;
      }
      return 0;
    };
    let rows = [...items.keys()]
      .map((key) => ({ key, item: this.live(items, key) }))
      .filter((r): r is { key: string; item: Item } => r.item !== undefined)
      .map(({ key, item }) => ({ key, item, value: item.value as Record<string, unknown> }))
      // Only items that carry every attribute of the index are in it.
      .filter(({ value }) => [...index.partition, ...index.range].every((a) => value[a] !== undefined))
      .filter(({ value }) => index.partition.every((a, i) => value[a] === partition[i]))
      .filter(({ value }) => range === undefined || rangeAttr === undefined || holds(value[rangeAttr], range))
      .sort((a, b) => order(position(a.key, a.value), position(b.key, b.value)));
    if (sort === 'DESC') rows.reverse();
    if (body.cursor !== undefined) {
      // The cursor is the position of the last item returned: the next page starts after it.
      const after = decodeCursor(body.cursor);
      rows = rows.filter((r) => (sort === 'DESC' ? -1 : 1) * order(position(r.key, r.value), after) > 0);
    }
    // ASSUMED: filters apply after the index read (as in DynamoDB-style stores), so a page may hold fewer than `limit` items.
    const read = rows.slice(0, limit);
    const data = read.filter(({ value }) => !filters || satisfies(value, filters)).map(({ key, item }) => this.withMetadata(key, item));
    const last = read[read.length - 1];
    return { status: 200, body: { data, ...(rows.length > read.length && last ? { cursor: encodeCursor(position(last.key, last.value)) } : {}) } };
  }

  private transaction(body: Record<string, unknown>): KvsAnswer {
    const sets = (body.set ?? []) as Record<string, unknown>[];
    const deletes = (body.delete ?? []) as Record<string, unknown>[];
    const checks = (body.check ?? []) as Record<string, unknown>[];
    if (![sets, deletes, checks].every(Array.isArray)) throw bad('BAD_REQUEST', 'Provided request body is invalid');
    const total = sets.length + deletes.length + checks.length;
    if (total === 0) throw bad('BAD_REQUEST', 'A transaction needs at least one operation.');
    // ASSUMED code; the limit (25 operations) is documented.
    if (total > KVS_LIMITS.transactionOps)
      throw bad('TOO_MANY_OPERATIONS', `A transaction may hold at most ${KVS_LIMITS.transactionOps} operations; this one has ${total}.`);
    if (Buffer.byteLength(JSON.stringify(body), 'utf8') > KVS_LIMITS.transactionBytes) throw bad('MAX_SIZE', 'A transaction is limited to a payload of 4MB.');

    type Op = {
      kind: 'set' | 'delete' | 'check';
      key: string;
      entity?: EntityDefinition;
      value?: unknown;
      options?: Record<string, unknown>;
      conditions?: ReturnType<typeof conditionList>;
    };
    const ops: Op[] = [];
    const seen = new Set<string>();
    const add = (kind: Op['kind'], raw: Record<string, unknown>) => {
      const entity = raw.entityName === undefined ? undefined : this.entity(raw.entityName);
      const key = this.key(raw.key, entity !== undefined);
      const id = `${entity?.name ?? ''}\u0000${key}`;
      if (seen.has(id)) throw bad('DUPLICATE_KEYS', `Each key can only be used once in a transaction ("${key}").`);
      seen.add(id);
      const conditions = conditionList(raw.conditions as Conditions | undefined);
      if (conditions && !entity) throw bad('BAD_REQUEST', 'Conditions apply to custom entities only.');
      if (kind === 'check' && (!entity || !conditions)) throw bad('BAD_REQUEST', 'A check needs an entity and conditions.');
      if (kind === 'set') {
        if (entity) this.checkEntityValue(entity, raw.value);
        else this.value(raw.value);
      }
      ops.push({
        kind,
        key,
        ...(entity ? { entity } : {}),
        ...(kind === 'set' ? { value: raw.value } : {}),
        ...(raw.options ? { options: raw.options as Record<string, unknown> } : {}),
        ...(conditions ? { conditions } : {}),
      });
    };
    sets.forEach((s) => add('set', s));
    deletes.forEach((d) => add('delete', d));
    checks.forEach((c) => add('check', c));

    // Every condition is evaluated before anything is applied: all or nothing.
    for (const op of ops) {
      if (!op.conditions || !op.entity) continue;
      const current = this.live(this.itemsOf(op.entity.name), op.key);
      if (!current || !satisfies(current.value as Record<string, unknown>, op.conditions)) {
        throw new Refusal(this.conflict.status, this.conflict.code, `Condition on ${op.entity.name}/${op.key} was not met; the transaction was not applied.`);
      }
    }
    for (const op of ops) {
      const items = op.entity ? this.itemsOf(op.entity.name) : this.keys;
      if (op.kind === 'set') this.write(items, op.key, op.value, op.options);
      else if (op.kind === 'delete') items.delete(op.key);
    }
    return { status: 204 };
  }

  private batch(body: unknown, kind: 'get' | 'set' | 'delete'): KvsAnswer {
    if (!Array.isArray(body) || body.length === 0) throw bad('BAD_REQUEST', 'A batch needs at least one key.');
    if (body.length > KVS_LIMITS.batchItems) throw bad('TOO_MANY_OPERATIONS', `A batch may hold at most ${KVS_LIMITS.batchItems} keys.`);
    const ids = body.map((i: Record<string, unknown>) => `${String(i.entityName ?? '')}\u0000${String(i.key)}`);
    if (new Set(ids).size !== ids.length) throw bad('DUPLICATE_KEYS', 'A batch may use each key once.');
    const successfulKeys: unknown[] = [];
    const failedKeys: unknown[] = [];
    for (const raw of body as Record<string, unknown>[]) {
      const ref = { key: raw.key, ...(raw.entityName !== undefined ? { entityName: raw.entityName } : {}) };
      try {
        const entity = raw.entityName === undefined ? undefined : this.entity(raw.entityName);
        const key = this.key(raw.key, entity !== undefined);
        const items = entity ? this.itemsOf(entity.name) : this.keys;
        if (kind === 'get') {
          const item = this.live(items, key);
          if (!item) throw new Refusal(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
          successfulKeys.push({ ...this.withMetadata(key, item), ...(entity ? { entityName: entity.name } : {}) });
        } else if (kind === 'set') {
          if (entity) this.checkEntityValue(entity, raw.value);
          else this.value(raw.value);
          this.write(items, key, raw.value, raw.options as Record<string, unknown> | undefined);
          successfulKeys.push(ref);
        } else {
          items.delete(key);
          successfulKeys.push(ref);
        }
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        failedKeys.push({ ...ref, error: { code: error.code, message: error.message } });
      }
    }
    return { status: 200, body: { successfulKeys, failedKeys } };
  }
}

/** The entity schemas of a manifest's `app.storage.entities`. */
export function entitiesFromManifest(manifest: unknown): EntityDefinition[] {
  const declared = ((manifest as { app?: { storage?: { entities?: unknown[] } } })?.app?.storage?.entities ?? []) as {
    name: string;
    attributes?: Record<string, { type: AttributeType }>;
    indexes?: ({ name: string; partition?: string[]; range?: string[] } | string)[];
  }[];
  return declared.map((e) => ({
    name: e.name,
    attributes: Object.fromEntries(Object.entries(e.attributes ?? {}).map(([name, a]) => [name, a.type])),
    // A bare index name is an index on that one attribute.
    indexes: (e.indexes ?? []).map((i) =>
      typeof i === 'string' ? { name: i, partition: [], range: [i] } : { name: i.name, partition: i.partition ?? [], range: i.range ?? [] },
    ),
  }));
}
