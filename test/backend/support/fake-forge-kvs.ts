/**
 * A stand-in for the `kvs` object of @forge/kvs, implementing the calls the
 * adapter makes on top of the limit-enforcing MemoryKvs, and failing the way
 * the platform does (ForgeKvsAPIError-shaped errors with HTTP status and code).
 */
import type { kvs as RealKvs } from '@forge/kvs';
import { MemoryKvs } from '../../../src/storage/memory';
import {
  ConditionFailedError,
  RateLimitedError,
  type AttributeCondition,
  type FilterCondition,
  type RangeCondition,
  type TxOp,
} from '../../../src/storage/port';

class FakeApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly responseDetails: { status: number },
  ) {
    super(message);
  }
}

function platformError(error: unknown): unknown {
  if (error instanceof RateLimitedError) return new FakeApiError('RATE_LIMIT_EXCEEDED', error.message, { status: 429 });
  if (error instanceof ConditionFailedError) return new FakeApiError('CONDITION_CHECK_FAILED', error.message, { status: 409 });
  return error;
}

async function platform<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw platformError(error);
  }
}

interface FilterLike {
  filters(): { property: string; condition: string; values: unknown[] }[];
}

const toConditions = (filter: FilterLike | undefined): AttributeCondition[] | undefined =>
  filter?.filters().map((f) => ({ property: f.property, condition: f.condition as FilterCondition, values: f.values as (string | number)[] }));

export function fakeForgeKvs(store: MemoryKvs = new MemoryKvs()): { kvs: typeof RealKvs; store: MemoryKvs } {
  const entity = (entityName: string) => ({
    get: (key: string) => platform(() => store.getEntity(entityName, key)),
    set: (key: string, value: Record<string, unknown>, options?: { keyPolicy?: string }) =>
      platform(async () => {
        if (options?.keyPolicy === 'FAIL_IF_EXISTS') {
          const created = await store.createEntityIfAbsent(entityName, key, value);
          if (!created) throw new FakeApiError('KEY_ALREADY_EXISTS', 'key exists', { status: 409 });
          return;
        }
        await store.transact([{ op: 'set', key, value, entity: entityName }]);
      }),
    query: () => ({
      index: (indexName: string, indexOptions?: { partition?: unknown[] }) => {
        const q: { range?: RangeCondition; sort?: 'ASC' | 'DESC'; limit?: number; cursor?: string } = {};
        const builder = {
          where(condition: RangeCondition) {
            q.range = condition;
            return builder;
          },
          sort(sort: 'ASC' | 'DESC') {
            q.sort = sort;
            return builder;
          },
          limit(limit: number) {
            q.limit = limit;
            return builder;
          },
          cursor(cursor: string) {
            q.cursor = cursor;
            return builder;
          },
          getMany: () =>
            platform(async () => {
              const page = await store.queryEntity({
                entity: entityName,
                index: indexName,
                limit: q.limit ?? 10,
                ...(indexOptions?.partition ? { partition: indexOptions.partition as (string | number)[] } : {}),
                ...(q.range ? { range: q.range } : {}),
                ...(q.sort ? { sort: q.sort } : {}),
                ...(q.cursor ? { cursor: q.cursor } : {}),
              });
              return { results: page.results, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
            }),
        };
        return builder;
      },
    }),
  });

  const transact = () => {
    const ops: TxOp[] = [];
    const builder = {
      set(key: string, value: unknown, entityOptions?: { entityName: string; conditions?: FilterLike }) {
        const conditions = toConditions(entityOptions?.conditions);
        ops.push({ op: 'set', key, value, ...(entityOptions ? { entity: entityOptions.entityName } : {}), ...(conditions ? { conditions } : {}) });
        return builder;
      },
      delete(key: string, entityOptions?: { entityName: string }) {
        ops.push({ op: 'delete', key, ...(entityOptions ? { entity: entityOptions.entityName } : {}) });
        return builder;
      },
      check(key: string, entityOptions: { entityName: string; conditions: FilterLike }) {
        ops.push({ op: 'check', key, entity: entityOptions.entityName, conditions: toConditions(entityOptions.conditions) ?? [] });
        return builder;
      },
      execute: () => platform(() => store.transact(ops)),
    };
    return builder;
  };

  const kvs = { get: (key: string) => platform(() => store.get(key)), entity, transact };
  return { kvs: kvs as unknown as typeof RealKvs, store };
}
