/**
 * The storage port over the real @forge/kvs. The exact error codes for failed
 * transaction conditions are not documented, so anything that says conflict,
 * condition or precondition (or HTTP 409/412) is treated as a lost race.
 * Any other 400 is the service refusing the request itself (documented codes
 * such as MAX_SIZE, MAX_DEPTH, INVALID_KEY, KEY_TOO_LONG): a storage limit,
 * never worth repeating.
 */
import { Filter, FilterConditions, WhereConditions, Sort, type kvs as KvsInstance } from '@forge/kvs';
import {
  ConditionFailedError,
  RateLimitedError,
  StorageLimitError,
  type AttributeCondition,
  type EntityQuery,
  type KvsPort,
  type QueryPage,
  type RangeCondition,
  type TxOp,
} from '../../storage/port';

type Kvs = typeof KvsInstance;

interface ForgeLikeError {
  code?: string;
  message?: string;
  responseDetails?: { status?: number };
}

function classify(error: unknown): unknown {
  const e = error as ForgeLikeError | null | undefined;
  const status = e?.responseDetails?.status;
  const code = e?.code ?? '';
  if (status === 429 || /RATE_LIMIT|TOO_MANY_REQUESTS/.test(code)) return new RateLimitedError(e?.message ?? 'rate limited');
  if (status === 409 || status === 412 || /CONDITION|CONFLICT|PRECONDITION/.test(code)) {
    return new ConditionFailedError(e?.message ?? 'transaction condition failed');
  }
  if (status === 400 || status === 413 || /TOO_LARGE|LIMIT|MAX_SIZE|MAX_DEPTH/.test(code)) {
    return new StorageLimitError(`${code ? `${code}: ` : ''}${e?.message ?? 'storage limit exceeded'}`);
  }
  return error;
}

async function mapped<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw classify(error);
  }
}

type Clause = Parameters<Filter<Record<string, unknown>>['and']>[1];

function clause(condition: string, values: readonly (string | number | boolean)[]): Clause {
  const [a, b] = values as [string | number, string | number];
  switch (condition) {
    case 'EQUAL_TO':
      return FilterConditions.equalTo(a);
    case 'NOT_EQUAL_TO':
      return FilterConditions.notEqualTo(a);
    case 'GREATER_THAN':
      return FilterConditions.greaterThan(a);
    case 'GREATER_THAN_EQUAL_TO':
      return FilterConditions.greaterThanEqualTo(a);
    case 'LESS_THAN':
      return FilterConditions.lessThan(a);
    case 'LESS_THAN_EQUAL_TO':
      return FilterConditions.lessThanEqualTo(a);
    case 'BETWEEN':
      return FilterConditions.between(a, b);
    case 'BEGINS_WITH':
      return FilterConditions.beginsWith(a);
    case 'EXISTS':
      return FilterConditions.exists();
    case 'NOT_EXISTS':
      return FilterConditions.notExists();
    default:
      throw new StorageLimitError(`unsupported condition ${condition}`);
  }
}

function filterOf(conditions: readonly AttributeCondition[]) {
  const [first, ...rest] = conditions;
  if (!first) throw new StorageLimitError('a condition list must not be empty');
  const filter = new Filter<Record<string, unknown>>().and(first.property, clause(first.condition, first.values));
  for (const c of rest) filter.and(c.property, clause(c.condition, c.values));
  return filter;
}

function whereOf(range: RangeCondition) {
  const [a, b] = range.values as [string | number, string | number];
  switch (range.condition) {
    case 'EQUAL_TO':
      return WhereConditions.equalTo(a);
    case 'GREATER_THAN':
      return WhereConditions.greaterThan(a);
    case 'GREATER_THAN_EQUAL_TO':
      return WhereConditions.greaterThanEqualTo(a);
    case 'LESS_THAN':
      return WhereConditions.lessThan(a);
    case 'LESS_THAN_EQUAL_TO':
      return WhereConditions.lessThanEqualTo(a);
    case 'BETWEEN':
      return WhereConditions.between(a, b);
    case 'BEGINS_WITH':
      return WhereConditions.beginsWith(a);
  }
}

export class ForgeKvsAdapter implements KvsPort {
  constructor(private readonly kvs: Kvs) {}

  get(key: string): Promise<unknown> {
    return mapped(() => this.kvs.get(key));
  }

  getEntity(entity: string, key: string): Promise<unknown> {
    return mapped(() => this.kvs.entity(entity).get(key));
  }

  async createEntityIfAbsent(entity: string, key: string, value: Record<string, unknown>): Promise<boolean> {
    try {
      await this.kvs.entity(entity).set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    } catch (error) {
      const mappedError = classify(error);
      const code = (error as ForgeLikeError | null | undefined)?.code ?? '';
      if (mappedError instanceof ConditionFailedError || /EXISTS/.test(code)) return false;
      throw mappedError;
    }
  }

  transact(ops: TxOp[]): Promise<void> {
    return mapped(async () => {
      let tx = this.kvs.transact();
      for (const op of ops) {
        if (op.op === 'set') {
          // The SDK sends conditions for entities only; a guard on a plain key would be dropped silently.
          if (op.conditions && !op.entity) throw new StorageLimitError(`conditions on plain key "${op.key}" are not supported; use an entity`);
          tx = op.entity
            ? tx.set(op.key, op.value as Record<string, unknown>, { entityName: op.entity, ...(op.conditions ? { conditions: filterOf(op.conditions) } : {}) })
            : tx.set(op.key, op.value);
        } else if (op.op === 'delete') {
          tx = op.entity ? tx.delete(op.key, { entityName: op.entity }) : tx.delete(op.key);
        } else {
          tx = tx.check(op.key, { entityName: op.entity, conditions: filterOf(op.conditions) });
        }
      }
      await tx.execute();
    });
  }

  queryEntity(query: EntityQuery): Promise<QueryPage<unknown>> {
    return mapped(async () => {
      let builder = this.kvs
        .entity<Record<string, unknown>>(query.entity)
        .query()
        .index(query.index, query.partition ? { partition: query.partition } : undefined);
      if (query.range) builder = builder.where(whereOf(query.range));
      builder = builder.sort(query.sort === 'DESC' ? Sort.DESC : Sort.ASC).limit(query.limit);
      if (query.cursor) builder = builder.cursor(query.cursor);
      const page = await builder.getMany();
      return {
        results: page.results.map((r) => ({ key: r.key, value: r.value })),
        ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
      };
    });
  }
}
