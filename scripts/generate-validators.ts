/**
 * `npm run generate:validators`: plain validators for every schema the Forge functions check at run time,
 * generated from the zod schemas (zod's JSON Schema → ajv's standalone code), so no function carries zod or ajv:
 * generated/validators.cjs for the page-view function, generated/admin-validators.cjs for the others (admin
 * payloads, the org profile, every stored document). Also the empty-profile notice summaries (what a notice shows
 * before anything is stored), computed by the policy engine, so the page-view function carries no engine either.
 *
 * Not representable in JSON Schema, and so annotated in the zod schemas and compiled to calls of the one shared
 * implementation (src/shared/checks.ts): `x-check` (a zod refinement: a real calendar day, plain text measured
 * after trimming, two dates in order, a key count) and `x-trim` (the value is trimmed, as zod's `.trim()` does).
 * A refinement or transform without its annotation makes this script fail (assertTranslatable): zod's JSON
 * Schema would drop it without a word. Custom messages of zod checks are copied into the generated errors.
 * test/backend/generated-validators*.test.ts fail when the committed files differ from what this script writes,
 * and hold both sides to the same answers.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { _, type KeywordCxt } from 'ajv';
import { stringify } from 'ajv/dist/compile/codegen';
import standaloneCode from 'ajv/dist/standalone';
import { transformSync } from 'esbuild';
import { DEFAULT_NOTICE_SETTINGS, type NoticeSummary } from '../src/storage/documents';
import * as docs from '../src/storage/document-schemas';
import { resolverContext } from '../src/auth/context-schema';
import { evaluate } from '../src/policy/engine';
import type { OrgProfile } from '../src/policy/profile';
import { orgProfile, profileEvent } from '../src/policy/profile-schema';
import type { AdminKey, PublicKey } from '../src/shared/contract';
import { REFINEMENTS_PER_CHECK, type CheckSpec } from '../src/shared/checks';
import { adminPayloads, publicPayloads } from '../src/shared/schemas';
import { z } from '../src/shared/zod';
import type { CalendarDate } from '../src/policy/dates';

const ROOT = path.resolve(__dirname, '..');
/**
 * CommonJS, not TypeScript: @forge/bundler passes `.cjs` through as written, where ts-loader would re-indent
 * the deeply nested checks to several times their size. Outside src/ because forge lint parses every script
 * under src/ as TypeScript of tsconfig.json; it makes no product call, so lint has nothing to check in it.
 * Its types are in validators.d.cts.
 */
export const VALIDATORS_FILE = path.join(ROOT, 'generated', 'validators.cjs');
export const VALIDATORS_TYPES_FILE = path.join(ROOT, 'generated', 'validators.d.cts');
export const ADMIN_VALIDATORS_FILE = path.join(ROOT, 'generated', 'admin-validators.cjs');
export const ADMIN_VALIDATORS_TYPES_FILE = path.join(ROOT, 'generated', 'admin-validators.d.cts');
export const EMPTY_ORG_FILE = path.join(ROOT, 'src', 'shared', 'generated', 'empty-org.ts');

/** Every schema the page-view function checks, by the name src/shared/validators.ts exports it under. */
export const LEAN_SCHEMAS = {
  ...(Object.fromEntries(Object.entries(publicPayloads).map(([key, schema]) => [`payload_${key}`, schema])) as unknown as Record<
    `payload_${PublicKey}`,
    z.ZodType
  >),
  resolverContext,
  noticeShard: docs.shardSchema,
} satisfies Record<string, z.ZodType>;

/**
 * Every other schema the Forge functions check (src/shared/admin-validators.ts exports them): admin payloads,
 * the org profile (parseProfile) and every stored document but the notice shard (which the page-view set has).
 */
export const ADMIN_SCHEMAS = {
  ...(Object.fromEntries(Object.entries(adminPayloads).map(([key, schema]) => [`payload_${key}`, schema])) as unknown as Record<
    `payload_${AdminKey}`,
    z.ZodType
  >),
  orgProfile,
  profileEvent,
  doc_historyEntry: docs.historyEntrySchema,
  doc_head: docs.headSchema,
  doc_status: docs.statusSchema,
  doc_noticeSettings: docs.noticeSettingsSchema,
  doc_concern: docs.concernSchema,
  doc_bannerSync: docs.bannerSyncSchema,
  doc_profileCache: docs.profileCacheSchema,
  doc_profileCachePart: docs.profileCachePartSchema,
  doc_cachedCompiled: docs.cachedCompiled,
  doc_people: docs.peopleSchema,
  doc_privacyReport: docs.privacyReportSchema,
  doc_request: docs.requestSchema,
} satisfies Record<string, z.ZodType>;

type ZodInternals = {
  _zod: {
    def: { type: string; checks?: { _zod: { def: { check: string; format?: string; error?: (issue?: unknown) => unknown } } }[] } & Record<string, unknown>;
  };
};

/** A schema's own x-check/x-trim annotations (zod's registry also answers with a parent's, which must not count). */
function ownMeta(schema: z.ZodType): Record<string, unknown> {
  const meta = (z.globalRegistry.get(schema) ?? {}) as Record<string, unknown>;
  const parent = (schema as unknown as { _zod: { parent?: z.ZodType } })._zod.parent;
  if (!parent) return meta;
  const inherited = (z.globalRegistry.get(parent) ?? {}) as Record<string, unknown>;
  // A refined clone inherits its parent's annotation: only a different object here is this schema's own.
  return Object.fromEntries(Object.entries(meta).filter(([key, value]) => inherited[key] !== value));
}

/**
 * Throws when a schema carries something zod's JSON Schema drops without a word and no annotation translates:
 * a refinement (refine/superRefine) not covered by its own `x-check`, a `.trim()` (or other overwrite) without
 * `x-trim`, a transform, preprocess or catch. Walks every schema reachable from `schema`.
 */
export function assertTranslatable(schema: z.ZodType, name: string): void {
  const seen = new Set<unknown>();
  const walk = (node: z.ZodType, at: string): void => {
    if (seen.has(node)) return;
    seen.add(node);
    const def = (node as unknown as ZodInternals)._zod.def;
    if (def.type === 'transform' || def.type === 'catch' || def.type === 'custom' || def.type === 'lazy' || def.type === 'promise') {
      throw new Error(`${name}: ${at} is a zod ${def.type}, which the generated validators cannot reproduce`);
    }
    const meta = ownMeta(node);
    const checks = (def.checks ?? []).map((c) => c._zod.def);
    const refinements = checks.filter((c) => c.check === 'custom').length;
    const spec = meta['x-check'] as CheckSpec | undefined;
    const covered = spec ? (REFINEMENTS_PER_CHECK[spec.fn] ?? 0) : 0;
    if (refinements !== covered) {
      throw new Error(
        `${name}: ${at} has ${refinements} refinement(s) but ${spec ? `x-check ${spec.fn} implements ${covered}` : 'no x-check of its own'}: annotate it with the check (src/shared/checks.ts) that implements them`,
      );
    }
    if (checks.some((c) => c.check === 'overwrite') !== (meta['x-trim'] === true)) {
      throw new Error(`${name}: ${at} ${meta['x-trim'] === true ? 'has x-trim but does not trim' : 'rewrites its value (e.g. .trim()) without x-trim'}`);
    }
    for (const [key, value] of Object.entries(def)) {
      if (key === 'checks') continue; // counted above
      const children: [string, unknown][] =
        key === 'shape' && value && typeof value === 'object'
          ? Object.entries(value)
          : Array.isArray(value)
            ? value.map((v, i) => [`${key}[${i}]`, v])
            : [[key, value]];
      for (const [label, child] of children) if (child && typeof child === 'object' && '_zod' in child) walk(child as z.ZodType, `${at}.${label}`);
    }
  };
  walk(schema, '(root)');
}

/** The JSON Schema of what is accepted (zod's input side: before defaults, trimming and transforms). */
export function jsonSchemaOf(schema: z.ZodType, name = 'schema'): Record<string, unknown> {
  assertTranslatable(schema, name);
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'throw', override: customMessages }) as Record<string, unknown>;
  delete json.$schema;
  return strictObjects(recordKeys(discriminated(integers(enumsInline(unions(nullableFolded(lengthsInCodeUnits(json)))))))) as Record<string, unknown>;
}

/** The JSON Schema keyword each zod check becomes (lengths are on strings or arrays). */
function keywordOfCheck(check: string, jsonType: unknown, format?: string): string | null {
  const array = jsonType === 'array';
  switch (check) {
    case 'min_length':
      return array ? 'minItems' : 'x-length:min';
    case 'max_length':
      return array ? 'maxItems' : 'x-length:max';
    case 'greater_than':
      return 'minimum';
    case 'less_than':
      return 'maximum';
    case 'number_format':
      return 'x-int';
    case 'string_format':
      return format === 'regex' ? 'x-pattern' : null;
    default:
      return null;
  }
}

/** zod checks given their own message (`.max(n, 'must be ...')`) keep it: `x-messages` by keyword, copied into the errors. */
function customMessages(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const def = (ctx.zodSchema as ZodInternals)._zod.def;
  const messages: Record<string, string> = {};
  for (const check of def.checks ?? []) {
    const { check: kind, format, error } = check._zod.def;
    if (!error || kind === 'custom') continue; // refinements word their own issues (x-check)
    const keyword = keywordOfCheck(kind, ctx.jsonSchema.type, format);
    const message = error({});
    if (keyword && typeof message === 'string') messages[keyword] = message;
  }
  const withRequired: Record<string, unknown> = { ...messages };
  // zod names a record "record" where JSON Schema has an object (issueOf fills in what was received).
  if (def.type === 'record') withRequired.type = 'Invalid input: expected record, received {received}';
  // A missing property: zod runs the property's schema on undefined, so its words are that schema's (by name).
  if (def.type === 'object') {
    const shape = def.shape as Record<string, z.ZodType>;
    const missing: Record<string, string> = {};
    for (const [key, schema] of Object.entries(shape)) {
      const parsed = schema.safeParse(undefined);
      if (!parsed.success && parsed.error.issues[0]) missing[key] = parsed.error.issues[0].message;
      // A required z.unknown() accepts undefined itself; the object refuses a missing key in these words.
      else if (parsed.success && ((ctx.jsonSchema.required ?? []) as string[]).includes(key))
        missing[key] = 'Invalid input: expected nonoptional, received undefined';
    }
    if (Object.keys(missing).length > 0) withRequired.required = missing;
  }
  if (Object.keys(withRequired).length > 0) ctx.jsonSchema['x-messages'] = withRequired;
}

/**
 * A record's key schema (`propertyNames`) as `x-keys` (the key pattern, if any): object keys are strings, and zod
 * reports a bad key as one issue at that key ("Invalid key in record"), not ajv's pair of errors.
 */
function recordKeys(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(recordKeys);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) if (key !== 'propertyNames') out[key] = recordKeys(value);
  const names = (node as { propertyNames?: Record<string, unknown> }).propertyNames;
  if (names) {
    // zod words a bad key "Invalid key in record" whatever the key schema's own message.
    const { type, 'x-pattern': pattern, 'x-messages': _messages, ...rest } = names;
    if (type !== 'string' || Object.keys(rest).length > 0) throw new Error(`record keys other than (patterned) strings: ${JSON.stringify(names)}`);
    if (pattern !== undefined) out['x-keys'] = pattern;
  }
  return out;
}

/** `additionalProperties: false` as `x-strict` (the known keys), which names every unknown key in one issue, as zod does. */
function strictObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictObjects);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = strictObjects(value);
  if (out.additionalProperties === false) {
    delete out.additionalProperties;
    out['x-strict'] = Object.keys(out.properties ?? {});
  }
  return out;
}

/** What zod says when no option of a union (other than a nullable) fits: "Invalid input", at the union. */
function unions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(unions);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = unions(value);
  const messages = out['x-messages'] as Record<string, string> | undefined;
  if (Array.isArray(out.anyOf)) out['x-messages'] = { ...messages, anyOf: 'Invalid input' };
  if (Array.isArray(out.type) && !out.type.includes('null')) out['x-messages'] = { ...messages, type: 'Invalid input' };
  return out;
}

/** `integer` as `number` plus `x-int`, whose error can carry the zod check's own message ("must be a whole number"). */
function integers(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(integers);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = integers(value);
  if (out.type === 'integer') {
    out.type = 'number';
    out['x-int'] = true;
    // zod's safe-integer range is x-int's to check, as zod does (the bounds are not the schema's own).
    if (out.minimum === Number.MIN_SAFE_INTEGER) delete out.minimum;
    if (out.maximum === Number.MAX_SAFE_INTEGER) delete out.maximum;
  }
  return out;
}

/**
 * zod's discriminated union (`oneOf` of objects with one `const` property in common) with ajv's discriminator:
 * only the matching branch is checked, so its first issue is the one zod reports; a missing or unknown tag is
 * zod's "Invalid discriminator value".
 */
function discriminated(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(discriminated);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = discriminated(value);
  const nested = out.oneOf as Record<string, unknown>[] | undefined;
  if (!Array.isArray(nested) || Object.keys(out).length !== 1) return out;
  // A union of unions (zod allows a discriminated union as an option): one flat list of branches.
  const branches = nested.flatMap((b) => (b.discriminator ? (b.oneOf as Record<string, unknown>[]) : [b]));
  const tagOf = (b: Record<string, unknown>) =>
    Object.entries((b.properties ?? {}) as Record<string, { const?: unknown }>)
      .filter(([, p]) => p.const !== undefined)
      .map(([k]) => k);
  const tag = tagOf(branches[0]!).find((k) => branches.every((b) => tagOf(b).includes(k)));
  if (!tag) throw new Error('a oneOf without a common const property: only discriminated unions are generated');
  const options = branches.map((b) => `'${String((b.properties as Record<string, { const: unknown }>)[tag]!.const)}'`).join(' | ');
  return {
    type: 'object',
    discriminator: { propertyName: tag },
    oneOf: branches,
    'x-messages': { discriminator: `Invalid discriminator value. Expected ${options}` },
  };
}

/**
 * `enum` as `x-enum`, which writes its values into the code: ajv's own enum refers to a copy of the whole schema
 * kept in the generated module for its error, several KB the page-view bundle need not carry.
 */
function enumsInline(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(enumsInline);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key === 'enum' ? 'x-enum' : key] = key === 'enum' ? value : enumsInline(value);
  // zod checks an enum's or a literal's value alone ("Invalid option", never "expected string"): no type keyword before it.
  if (Array.isArray(out['x-enum']) || 'const' in out) delete out.type;
  return out;
}

/**
 * `anyOf: [S, {type: 'null'}]` (zod's nullable) as `S` with `null` among its types: the same answers (type-specific
 * keywords such as `properties` or `x-length` ignore null), and far less generated code than an anyOf.
 */
function nullableFolded(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableFolded);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = nullableFolded(value);
  const anyOf = out.anyOf as Record<string, unknown>[] | undefined;
  if (Array.isArray(anyOf) && anyOf.length === 2 && Object.keys(out).length === 1) {
    const nullIndex = anyOf.findIndex((s) => s.type === 'null' && Object.keys(s).length === 1);
    const other = anyOf[1 - nullIndex];
    if (nullIndex >= 0 && other && typeof other.type === 'string' && !('anyOf' in other) && !('const' in other)) {
      return { ...other, type: [other.type, 'null'], ...(Array.isArray(other.enum) ? { enum: [...other.enum, null] } : {}) };
    }
  }
  return out;
}

/** Lengths move to `x-length`, which counts code points with zod's own rule (src/shared/checks.ts) and needs no ajv runtime module. */
function lengthsInCodeUnits(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(lengthsInCodeUnits);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  // `pattern` too, as `x-pattern`: ajv checks its own pattern before any added keyword, zod checks the length first.
  for (const [key, value] of Object.entries(node))
    if (key !== 'minLength' && key !== 'maxLength') out[key === 'pattern' ? 'x-pattern' : key] = key === 'pattern' ? value : lengthsInCodeUnits(value);
  const { minLength, maxLength } = node as { minLength?: number; maxLength?: number };
  if (minLength !== undefined || maxLength !== undefined)
    out['x-length'] = { ...(minLength !== undefined ? { min: minLength } : {}), ...(maxLength !== undefined ? { max: maxLength } : {}) };
  return out;
}

function leanAjv(): Ajv {
  // Regexes without the u flag, as zod matches them; defaults filled in as zod does.
  // No messages: src/shared/validators.ts words each issue from its keyword and params, as zod would.
  const ajv = new Ajv({
    code: { source: true, esm: false, lines: true },
    strict: true,
    allowUnionTypes: true,
    useDefaults: true,
    unicodeRegExp: false,
    allErrors: false,
    messages: false,
    discriminator: true,
    inlineRefs: false,
  });
  // Read by the generator (copied into the errors), not at validation.
  ajv.addKeyword({ keyword: 'x-messages', schemaType: 'object' });
  ajv.addKeyword({
    keyword: 'x-length',
    schemaType: 'object',
    type: 'string',
    error: { message: 'length', params: ({ params }) => (params.min !== undefined ? _`{min: ${params.min}}` : _`{max: ${params.max}}`) },
    code(cxt: KeywordCxt) {
      const { gen, data, schema } = cxt;
      const { min, max } = schema as { min?: number; max?: number };
      const count = gen.scopeValue('func', { ref: () => 0, code: _`codePointLength` });
      const length = gen.const('length', _`${count}(${data})`);
      // zod's own wording for string length.
      // Worded as zod words it by src/shared/validators.ts from these params.
      if (min !== undefined) {
        cxt.setParams({ min });
        cxt.fail(_`${length} < ${min}`);
      }
      if (max !== undefined) {
        cxt.setParams({ max });
        cxt.fail(_`${length} > ${max}`);
      }
    },
  });
  ajv.addKeyword({
    keyword: 'x-strict',
    schemaType: 'array',
    // After the properties and before any refinement, as zod reports them.
    post: true,
    error: { message: 'strict', params: ({ params }) => _`{keys: ${params.keys}}` },
    code(cxt: KeywordCxt) {
      const { gen, data } = cxt;
      // Post keywords take no type: a nullable object may be null here.
      const keys = gen.const(
        'extra',
        _`${data} !== null && typeof ${data} === "object" ? Object.keys(${data}).filter((k) => !${stringify(cxt.schema)}.includes(k)) : []`,
      );
      cxt.setParams({ keys });
      cxt.fail(_`${keys}.length > 0`);
    },
  });
  ajv.addKeyword({
    keyword: 'x-check',
    schemaType: 'object',
    // A refinement runs after the schema's own checks (an object's after its properties), as in zod.
    post: true,
    error: {
      message: ({ params }) => _`${params.message}`,
      params: ({ params }) => (params.at !== undefined ? _`{message: ${params.message}, at: ${params.at}}` : _`{message: ${params.message}}`),
    },
    code(cxt: KeywordCxt) {
      const { gen, data } = cxt;
      const check = gen.scopeValue('func', { ref: () => null, code: _`runCheck` });
      const message = gen.const('message', _`${check}(${stringify(cxt.schema)}, ${data})`);
      // A check on an object may name one of its fields (zod's refinement `path`).
      const at = (cxt.schema as { at?: string }).at;
      cxt.setParams(at !== undefined ? { message, at: stringify(at) } : { message });
      cxt.fail(_`${message} !== null`);
    },
  });
  ajv.addKeyword({
    keyword: 'x-pattern',
    schemaType: 'string',
    type: 'string',
    error: { message: 'pattern', params: ({ schema }) => _`{pattern: ${stringify(schema)}}` },
    code(cxt: KeywordCxt) {
      const { gen, data } = cxt;
      const source = cxt.schema as string;
      const pattern = gen.scopeValue('pattern', { key: source, ref: new RegExp(source), code: _`new RegExp(${stringify(source)})` });
      cxt.fail(_`!${pattern}.test(${data})`);
    },
  });
  ajv.addKeyword({
    keyword: 'x-keys',
    schemaType: 'string',
    type: 'object',
    // zod checks a record's key before its value.
    before: 'additionalProperties',
    error: { message: 'key', params: ({ params }) => _`{at: ${params.key}, message: "Invalid key in record"}` },
    code(cxt: KeywordCxt) {
      const { gen, data } = cxt;
      const source = cxt.schema as string;
      const pattern = gen.scopeValue('pattern', { key: source, ref: new RegExp(source), code: _`new RegExp(${stringify(source)})` });
      const key = gen.const('key', _`Object.keys(${data}).find((k) => !${pattern}.test(k))`);
      cxt.setParams({ key });
      cxt.fail(_`${key} !== undefined`);
    },
  });
  ajv.addKeyword({
    keyword: 'x-int',
    schemaType: 'boolean',
    type: 'number',
    // zod checks int() before the bounds that follow it.
    before: 'maximum',
    error: { message: 'int', params: ({ params }) => _`{failed: ${params.failed}}` },
    code(cxt: KeywordCxt) {
      const { gen, data } = cxt;
      // zod's int(): a safe integer, checked before any bound (validators.ts words which way it failed).
      const failed = gen.const(
        'failed',
        _`!Number.isInteger(${data}) ? "int" : ${data} > ${Number.MAX_SAFE_INTEGER} ? "big" : ${data} < ${Number.MIN_SAFE_INTEGER} ? "small" : null`,
      );
      cxt.setParams({ failed });
      cxt.fail(_`${failed} !== null`);
    },
  });
  ajv.addKeyword({
    keyword: 'x-enum',
    schemaType: 'array',
    error: { message: 'enum', params: ({ schema }) => _`{allowedValues: ${stringify(schema)}}` },
    code(cxt: KeywordCxt) {
      const values = cxt.schema as unknown[];
      if (values.some((v) => v !== null && typeof v === 'object')) throw new Error('x-enum takes scalar values only');
      cxt.fail(_`!${stringify(values)}.includes(${cxt.data})`);
    },
  });
  ajv.addKeyword({
    keyword: 'x-trim',
    schemaType: 'boolean',
    type: 'string',
    modifying: true,
    code(cxt: KeywordCxt) {
      const { gen, data, it } = cxt;
      if (it.parentData === undefined || it.parentDataProperty === undefined) throw new Error('x-trim needs a property to write back to');
      gen.assign(_`${it.parentData}[${it.parentDataProperty}]`, _`${data}.trim()`);
    },
  });
  return ajv;
}

/**
 * The options of the discriminated unions that several schemas share (a profile event is in the profile, three
 * payloads, the history entry and the profile cache): generated once each, and referred to by name.
 */
function sharedBranches(schemas: Record<string, z.ZodType>): Record<string, Record<string, unknown>> {
  if (!('orgProfile' in schemas)) return {};
  const union = jsonSchemaOf(profileEvent, 'profileEvent') as { oneOf: Record<string, unknown>[] };
  return Object.fromEntries(union.oneOf.map((branch) => [`event_${String((branch.properties as Record<string, { const: string }>).type!.const)}`, branch]));
}

/** `node` with every copy of a shared schema replaced by a reference to it. */
function referencing(node: unknown, shared: Record<string, Record<string, unknown>>): unknown {
  const byJson = new Map(Object.entries(shared).map(([name, json]) => [JSON.stringify(json), name]));
  const walk = (n: unknown): unknown => {
    if (typeof n !== 'object' || n === null) return n;
    const name = byJson.get(JSON.stringify(n));
    if (name) return { $ref: name };
    if (Array.isArray(n)) return n.map(walk);
    return Object.fromEntries(Object.entries(n).map(([key, value]) => [key, walk(value)]));
  };
  return walk(node);
}

function withoutMessages(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutMessages);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'x-messages')
      .map(([key, value]) => [key, withoutMessages(value)]),
  );
}

/** What the JSON Pointer `pointer` (`#/properties/a/x-check`) names in `root`. */
function at(root: unknown, pointer: string): unknown {
  let node = root;
  for (const part of pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p !== ''))
    node = (node as Record<string, unknown>)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node;
}

/** The zod message for the check whose error ajv records at `schemaPath` in `root`, if the schema gave it one. */
function customMessageAt(root: unknown, schemaPath: string, params: string): string | Record<string, string> | undefined {
  const cut = schemaPath.lastIndexOf('/');
  const parent = at(root, schemaPath.slice(0, cut)) as { 'x-messages'?: Record<string, string | Record<string, string>> } | undefined;
  const keyword = schemaPath.slice(cut + 1);
  const messages = parent?.['x-messages'];
  if (!messages) return undefined;
  if (keyword === 'x-length') return messages[params.startsWith('{min') ? 'x-length:min' : 'x-length:max'];
  return messages[keyword];
}

function validatorsSource(schemas: Record<string, z.ZodType>): string {
  const ajv = leanAjv();
  const roots: Record<string, Record<string, unknown>> = {};
  // ajv gets each schema without its x-messages (read here, from `roots`): a discriminated union's code keeps a copy
  // of its schema, which need not carry them.
  const shared = sharedBranches(schemas);
  for (const [name, json] of Object.entries(shared)) ajv.addSchema(withoutMessages((roots[name] = json)) as object, name);
  for (const [name, schema] of Object.entries(schemas))
    ajv.addSchema(withoutMessages((roots[name] = referencing(jsonSchemaOf(schema, name), shared) as Record<string, unknown>)) as object, name);
  const code = standaloneCode(ajv, Object.fromEntries([...Object.keys(shared), ...Object.keys(schemas)].map((name) => [name, name])));
  // No ajv runtime module: the generated code must stand alone.
  if (/require\(/.test(code)) throw new Error(`the generated validators require a runtime module: ${code.match(/require\([^)]*\)/g)?.join(', ')}`);
  // Which root schema each validate function checks (every schema is inlined: one function per root).
  const rootOf = new Map<string, string>();
  for (const [, name, fn] of code.matchAll(/^exports\.(\w+) = (validate\d+);$/gm)) rootOf.set(fn!, name!);
  // ajv keeps a copy of each root schema for its own errors; a nullable's type error reads its types from it.
  // Those reads become the values themselves, so no copy is left to carry.
  const copies = new Map<string, unknown>();
  for (const [, name, json] of code.matchAll(/^const (schema\d+) = (.*);$/gm)) copies.set(name!, JSON.parse(json!));
  const inlined = code.replace(/\b(schema\d+)((?:\.[A-Za-z_$][\w$]*|\[\d+\])+)/g, (read, name: string, path: string) => {
    if (!copies.has(name)) return read;
    let value = copies.get(name);
    for (const [, key, index] of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) value = (value as Record<string, unknown>)[key ?? index!];
    return JSON.stringify(value);
  });
  const unused = (name: string) => inlined.split(new RegExp(`\\b${name}\\b`)).length === 2;
  const lean = inlined
    .split('\n')
    .filter((line) => !/^const (schema\d+) = .*;$/.test(line) || !unused(/^const (schema\d+)/.exec(line)![1]!))
    .join('\n');
  // Errors without their schemaPath (never read: issues are worded from keyword, params and instancePath; leaving
  // it out halves the code), with the zod schema's own message where it gave one.
  let fn: string | undefined;
  const worded = lean
    .split('\n')
    .map((line) => {
      fn = /^function (validate\d+)\(/.exec(line)?.[1] ?? fn;
      return line.replace(
        /\{instancePath(?::(.+?))?,schemaPath:"((?:[^"\\]|\\.)*)",keyword:("[^"]+"),params:(\{.*?\})\}(?=[;\]])/g,
        (_error, instancePath: string | undefined, schemaPath: string, keyword: string, params: string) => {
          const root = fn === undefined ? undefined : rootOf.get(fn);
          if (!root) throw new Error(`${fn} checks no root schema: only inlined schemas are generated`);
          const message = customMessageAt(roots[root], JSON.parse(`"${schemaPath}"`), params);
          // A missing property's words depend on which one is missing (a variable in the code): looked up by it.
          const missing = /missingProperty: ([^,}]+)/.exec(params)?.[1];
          const messageCode =
            message === undefined
              ? undefined
              : typeof message === 'string'
                ? JSON.stringify(message)
                : missing
                  ? `${JSON.stringify(message)}[${missing}]`
                  : undefined;
          const withMessage =
            messageCode === undefined ? params : params === '{}' ? `{message:${messageCode}}` : `${params.slice(0, -1)},message:${messageCode}}`;
          return `{instancePath:${instancePath ?? 'instancePath'},keyword:${keyword},params:${withMessage}}`;
        },
      );
    })
    .join('\n');
  // One small function for ajv's many "record this error and stop" statements (allErrors is off, so each is final).
  const failing = worded.replace(
    /^(validate\d+)\.errors = \[\{instancePath:(.+?),keyword:("[^"]+"),params:(\{.*\})\}\];\nreturn false;$/gm,
    'return fail($1, $2, $3, $4);',
  );
  if (/schemaPath:/.test(failing))
    throw new Error(`an error the generator does not rewrite (its message would be lost): ${/.*schemaPath:.*/.exec(failing)![0]}`);
  const body = [
    '"use strict";',
    "const { codePointLength, runCheck } = require('../src/shared/checks');",
    'function fail(validate, instancePath, keyword, params) { validate.errors = [{ instancePath, keyword, params }]; return false; }',
    failing.replace(/^"use strict";\n?/, ''),
  ].join('\n');
  // Minified: it ships in the function bundles as written (the readable form is this script's ajv output).
  const minified = transformSync(body, { minify: true, format: 'cjs', target: 'es2022', platform: 'node' }).code;
  return `/* Generated by \`npm run generate:validators\` (scripts/generate-validators.ts) from the zod schemas; do not edit. */\n${minified}`;
}

/** What a notice shows when nothing is stored yet: the engine's evaluation of an empty profile on `day`. */
export function emptyOrgFromEngine(day: CalendarDate): NoticeSummary {
  // Loaded here, not at the top: src/app/derive reaches the generated validators (through the repository), which
  // this script must be able to write even when they are missing or broken.
  const { nextChangeAfter, orgSummary } = require('../src/app/derive') as typeof import('../src/app/derive');
  const profile: OrgProfile = { schemaVersion: 1, events: [] };
  const evaluation = evaluate(profile, { at: day });
  return orgSummary(evaluation, day, structuredClone(DEFAULT_NOTICE_SETTINGS), {
    accessBlocked: null,
    accessUnchecked: [],
    nextChangeOn: nextChangeAfter(evaluation, profile, day),
    attestedAt: null,
  });
}

/** The empty-profile summary holds from one change day to the next (that is what nextChangeOn says): one segment each. */
export function emptyOrgSegments(): { from: CalendarDate; summary: Omit<NoticeSummary, 'day'> }[] {
  const segments: { from: CalendarDate; summary: Omit<NoticeSummary, 'day'> }[] = [];
  let from: CalendarDate | null = '1970-01-01';
  while (from !== null) {
    const { day: _day, ...summary } = emptyOrgFromEngine(from);
    segments.push({ from, summary });
    if (summary.nextChangeOn !== null && summary.nextChangeOn <= from) throw new Error(`nextChangeOn ${summary.nextChangeOn} does not move past ${from}`);
    from = summary.nextChangeOn;
    if (segments.length > 100) throw new Error('the empty profile changes more than 100 times');
  }
  return segments;
}

function validatorTypesSource(schemas: Record<string, z.ZodType>): string {
  return [
    '/* Generated by `npm run generate:validators` (scripts/generate-validators.ts); do not edit. */',
    'interface GeneratedValidator {',
    '  (data: unknown): boolean;',
    '  errors?: { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }[] | null;',
    '}',
    ...Object.keys(schemas).map((name) => `export declare const ${name}: GeneratedValidator;`),
    '',
  ].join('\n');
}

function emptyOrgSource(): string {
  return [
    '/* Generated by `npm run generate:validators` (scripts/generate-validators.ts) with the policy engine; do not edit. */',
    "import type { NoticeSummary } from '../../storage/documents';",
    '',
    "/** The empty profile's notice summary from each day on which it changes (src/app/empty-org.ts reads it). */",
    `export const EMPTY_ORG_SEGMENTS: readonly { from: string; summary: Omit<NoticeSummary, 'day'> }[] = ${JSON.stringify(emptyOrgSegments(), null, 2)};`,
    '',
  ].join('\n');
}

/** The generated files, by path. */
export function generatedFiles(): Record<string, string> {
  return {
    [VALIDATORS_FILE]: validatorsSource(LEAN_SCHEMAS),
    [VALIDATORS_TYPES_FILE]: validatorTypesSource(LEAN_SCHEMAS),
    [ADMIN_VALIDATORS_FILE]: validatorsSource(ADMIN_SCHEMAS),
    [ADMIN_VALIDATORS_TYPES_FILE]: validatorTypesSource(ADMIN_SCHEMAS),
    [EMPTY_ORG_FILE]: emptyOrgSource(),
  };
}

if (require.main === module) {
  const write = (file: string, content: string) => {
    writeFileSync(file, content);
    console.log(`wrote ${path.relative(ROOT, file)} (${(Buffer.byteLength(content) / 1024).toFixed(1)} KB)`);
  };
  // The validators first: the empty-profile table loads code that reads them.
  write(VALIDATORS_FILE, validatorsSource(LEAN_SCHEMAS));
  write(VALIDATORS_TYPES_FILE, validatorTypesSource(LEAN_SCHEMAS));
  write(ADMIN_VALIDATORS_FILE, validatorsSource(ADMIN_SCHEMAS));
  write(ADMIN_VALIDATORS_TYPES_FILE, validatorTypesSource(ADMIN_SCHEMAS));
  write(EMPTY_ORG_FILE, emptyOrgSource());
}
