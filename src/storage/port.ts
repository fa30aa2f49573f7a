/**
 * The storage port: the small subset of @forge/kvs the app uses, so services
 * run unchanged over Forge KVS, memory (tests) or a file (local preview).
 */

export type ScalarValue = string | number | boolean;

export type FilterCondition =
  | 'EQUAL_TO'
  | 'NOT_EQUAL_TO'
  | 'GREATER_THAN'
  | 'GREATER_THAN_EQUAL_TO'
  | 'LESS_THAN'
  | 'LESS_THAN_EQUAL_TO'
  | 'BEGINS_WITH'
  | 'BETWEEN'
  | 'EXISTS'
  | 'NOT_EXISTS';

export interface AttributeCondition {
  property: string;
  condition: FilterCondition;
  values: ScalarValue[];
}

export type RangeCondition = {
  condition: 'EQUAL_TO' | 'GREATER_THAN' | 'GREATER_THAN_EQUAL_TO' | 'LESS_THAN' | 'LESS_THAN_EQUAL_TO' | 'BETWEEN' | 'BEGINS_WITH';
  values: (string | number)[];
};

/** One operation of an all-or-nothing transaction. `entity` targets a custom entity, otherwise a plain key. */
export type TxOp =
  | { op: 'set'; key: string; value: unknown; entity?: string; conditions?: AttributeCondition[] }
  | { op: 'delete'; key: string; entity?: string }
  | { op: 'check'; key: string; entity: string; conditions: AttributeCondition[] };

export interface EntityQuery {
  entity: string;
  index: string;
  partition?: ScalarValue[];
  range?: RangeCondition;
  sort?: 'ASC' | 'DESC';
  /** 1–100 (platform limit). */
  limit: number;
  /** Opaque cursor from a previous page of the same query; never persisted. */
  cursor?: string;
}

export interface QueryPage<T> {
  results: { key: string; value: T }[];
  nextCursor?: string;
}

export interface KvsPort {
  get(key: string): Promise<unknown>;
  getEntity(entity: string, key: string): Promise<unknown>;
  /** Writes only when the key does not exist yet; returns whether it wrote. */
  createEntityIfAbsent(entity: string, key: string, value: Record<string, unknown>): Promise<boolean>;
  /** All-or-nothing. Throws ConditionFailedError when a check or a conditional set does not hold. */
  transact(ops: TxOp[]): Promise<void>;
  queryEntity(query: EntityQuery): Promise<QueryPage<unknown>>;
}

/** A transaction condition did not hold: someone else wrote first. */
export class ConditionFailedError extends Error {
  override readonly name = 'ConditionFailedError';
}

/** The platform asked us to slow down (HTTP 429). */
export class RateLimitedError extends Error {
  override readonly name = 'RateLimitedError';
}

/** A platform storage limit would be exceeded (value size, key pattern, transaction size...). */
export class StorageLimitError extends Error {
  override readonly name = 'StorageLimitError';
}

/** A stored document is unreadable (corrupt, or written by a newer app version). */
export class StoredDataError extends Error {
  override readonly name = 'StoredDataError';
}

/** A stored document written by a newer app version: never rebuilt over (that would downgrade it). */
export class NewerDocumentError extends StoredDataError {}
