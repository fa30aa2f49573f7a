/** Forge KVS / Custom Entity Store limits (https://developer.atlassian.com/platform/forge/platform-quotas-and-limits/), enforced before writing. */
import { StorageLimitError, type TxOp } from './port';

export const KVS_LIMITS = {
  valueBytes: 240 * 1024,
  keyLength: 500,
  opsPerTransaction: 25,
  queryPageSize: 100,
  /** The limits page says 31, the error page 32: enforce the stricter. */
  objectDepth: 31,
} as const;

const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;

export function assertValidKey(key: string): void {
  if (key.length === 0 || key.length > KVS_LIMITS.keyLength) {
    throw new StorageLimitError(`key length ${key.length} is outside 1–${KVS_LIMITS.keyLength}`);
  }
  if (!KEY_PATTERN.test(key)) throw new StorageLimitError(`key "${key.slice(0, 60)}" does not match the allowed pattern`);
}

function depthOf(value: unknown, depth = 0): number {
  if (value === null || typeof value !== 'object') return depth;
  let max = depth + 1;
  for (const child of Object.values(value as Record<string, unknown>)) {
    max = Math.max(max, depthOf(child, depth + 1));
    if (max > KVS_LIMITS.objectDepth + 1) break;
  }
  return max;
}

export function serialisedBytes(value: unknown): number {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined for undefined or a function, whatever its declared type says
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export function assertValidValue(key: string, value: unknown): void {
  if (value === undefined) throw new StorageLimitError(`value for "${key}" is undefined`);
  const bytes = serialisedBytes(value);
  if (bytes > KVS_LIMITS.valueBytes) {
    throw new StorageLimitError(`value for "${key}" is ${bytes} bytes; the limit is ${KVS_LIMITS.valueBytes}`);
  }
  const depth = depthOf(value);
  if (depth > KVS_LIMITS.objectDepth) throw new StorageLimitError(`value for "${key}" is nested ${depth} deep; the limit is ${KVS_LIMITS.objectDepth}`);
}

export function assertValidTransaction(ops: readonly TxOp[]): void {
  if (ops.length === 0) throw new StorageLimitError('transaction has no operations');
  if (ops.length > KVS_LIMITS.opsPerTransaction) {
    throw new StorageLimitError(`transaction has ${ops.length} operations; the limit is ${KVS_LIMITS.opsPerTransaction}`);
  }
  const seen = new Set<string>();
  for (const op of ops) {
    assertValidKey(op.key);
    const id = `${op.entity ?? ''}\u0000${op.key}`;
    if (seen.has(id)) throw new StorageLimitError(`transaction uses key "${op.key}" twice`);
    seen.add(id);
    if (op.op === 'set') assertValidValue(op.key, op.value);
  }
}

export function assertValidPageSize(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > KVS_LIMITS.queryPageSize) {
    throw new StorageLimitError(`query limit ${limit} is outside 1–${KVS_LIMITS.queryPageSize}`);
  }
}
