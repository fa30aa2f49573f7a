/**
 * The generated validators (generated/validators.cjs at the repository root, made from the zod schemas by `npm run generate:validators`)
 * with the contract's error shape: `{ path, message }` issues with paths such as `events[3].on`. Zod-free: the
 * page-view function checks its payloads, its resolver context and the documents it reads with these.
 */
import type { FieldIssue } from './contract';
import * as generated from '../../generated/validators.cjs';
import { formatPath } from './path';

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };
/** A payload or document check: the accepted value (defaults filled in, text trimmed) or the issues. */
export type Check<T = unknown> = (input: unknown) => Checked<T>;

interface GeneratedError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export type Generated = ((data: unknown) => boolean) & { errors?: GeneratedError[] | null };

function pathOf(pointer: string, extra?: string): string {
  const parts: PropertyKey[] = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^(0|[1-9]\d*)$/.test(p) ? Number(p) : p));
  if (extra !== undefined) parts.push(extra);
  return formatPath(parts);
}

/** The value at a JSON Pointer (`/changes/0/on`) in the checked data. */
function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const part of pointer.split('/').slice(1)) node = (node as Record<string, unknown> | null | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node;
}

/** What zod calls a value's type in "received …". */
function received(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/**
 * One issue per failure, worded as zod words them. A check the zod schema gave its own message carries it in
 * `params.message` (the generator copies it there); the rest are zod's default wordings.
 */
function issueOf(error: GeneratedError, data: unknown): FieldIssue {
  const p = error.params;
  // A discriminated union's missing or unknown tag is an issue at the tag, as zod reports it.
  const at =
    typeof p.at === 'string' ? p.at : error.keyword === 'discriminator' ? String(p.tag) : error.keyword === 'required' ? String(p.missingProperty) : undefined;
  if (typeof p.message === 'string')
    return { path: pathOf(error.instancePath, at), message: p.message.replace('{received}', () => received(valueAt(data, error.instancePath))) };
  switch (error.keyword) {
    case 'required':
      return { path: pathOf(error.instancePath, String(p.missingProperty)), message: 'Invalid input: expected a value, received undefined' };
    case 'x-strict': {
      const keys = (p.keys as string[]).map((k) => JSON.stringify(k));
      return { path: pathOf(error.instancePath), message: keys.length === 1 ? `Unrecognized key: ${keys[0]}` : `Unrecognized keys: ${keys.join(', ')}` };
    }
    case 'additionalProperties':
      return { path: pathOf(error.instancePath), message: `Unrecognized key: ${JSON.stringify(p.additionalProperty)}` };
    case 'enum':
    case 'x-enum': {
      // A nullable enum's null is not among the options zod names; one option reads as a literal.
      const options = (p.allowedValues as unknown[]).filter((v) => v !== null).map((v) => JSON.stringify(v));
      return {
        path: pathOf(error.instancePath),
        message: options.length === 1 ? `Invalid input: expected ${options[0]}` : `Invalid option: expected one of ${options.join('|')}`,
      };
    }
    case 'const':
      return { path: pathOf(error.instancePath), message: `Invalid input: expected ${JSON.stringify(p.allowedValue)}` };
    case 'type':
      return {
        path: pathOf(error.instancePath),
        message: `Invalid input: expected ${String(p.type).split(',')[0]}, received ${received(valueAt(data, error.instancePath))}`,
      };
    case 'x-length':
      return {
        path: pathOf(error.instancePath),
        message:
          p.min !== undefined
            ? `Too small: expected string to have >=${p.min as number} characters`
            : `Too big: expected string to have <=${p.max as number} characters`,
      };
    case 'x-int':
      return {
        path: pathOf(error.instancePath),
        message:
          p.failed === 'big'
            ? `Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}`
            : p.failed === 'small'
              ? `Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}`
              : 'Invalid input: expected int, received number',
      };
    case 'minimum':
      return { path: pathOf(error.instancePath), message: `Too small: expected number to be >=${String(p.limit)}` };
    case 'maximum':
      return { path: pathOf(error.instancePath), message: `Too big: expected number to be <=${String(p.limit)}` };
    case 'exclusiveMinimum':
      return { path: pathOf(error.instancePath), message: `Too small: expected number to be >${String(p.limit)}` };
    case 'exclusiveMaximum':
      return { path: pathOf(error.instancePath), message: `Too big: expected number to be <${String(p.limit)}` };
    case 'minItems':
      return { path: pathOf(error.instancePath), message: `Too small: expected array to have >=${String(p.limit)} items` };
    case 'maxItems':
      return { path: pathOf(error.instancePath), message: `Too big: expected array to have <=${String(p.limit)} items` };
    case 'pattern':
    case 'x-pattern':
      return { path: pathOf(error.instancePath), message: `Invalid string: must match pattern /${String(p.pattern)}/` };
    default:
      return { path: pathOf(error.instancePath), message: `is not valid (${error.keyword})` };
  }
}

/**
 * A check from a generated validator. The validator fills in defaults and trims in place, so payload checks
 * work on a copy: the caller's object stays as sent.
 */
export function checkWith<T>(fn: Generated, options: { copy: boolean }): Check<T> {
  return (input) => {
    let value: unknown = input;
    if (options.copy && typeof input === 'object' && input !== null) {
      try {
        value = structuredClone(input);
      } catch {
        return { ok: false, issues: [{ path: '(root)', message: 'must be plain data' }] };
      }
    }
    if (fn(value)) return { ok: true, value: value as T };
    // The last error is the one that stopped the check: a union's own error follows those of its options.
    const last = fn.errors?.[fn.errors.length - 1];
    return { ok: false, issues: last ? [issueOf(last, value)] : [{ path: '(root)', message: 'is not valid' }] };
  };
}

const g = generated as unknown as Record<string, Generated>;
const payload = (name: string) => checkWith<Record<string, unknown>>(g[`payload_${name}`] as Generated, { copy: true });
const doc = (name: string) => checkWith<Record<string, unknown>>(g[name] as Generated, { copy: false });

export const validators = {
  /** Public resolver payloads, by operation key. */
  payloads: {
    getSpaceStatus: payload('getSpaceStatus'),
    getNotice: payload('getNotice'),
    raiseConcern: payload('raiseConcern'),
    getMyConcerns: payload('getMyConcerns'),
  },
  resolverContext: doc('resolverContext'),
  noticeShard: doc('noticeShard'),
};
