/**
 * `npm run generate:validators`: plain validators for the page-view function, generated from the zod contract
 * (zod's JSON Schema → ajv's standalone code), so that function carries neither zod nor ajv, only the generated
 * checks. Also the empty-profile notice summaries (what a notice shows before anything is stored), computed by
 * the policy engine, so that function carries no engine either.
 *
 * Not representable in JSON Schema, and so annotated in the zod schemas and compiled to calls of the one shared
 * implementation (src/shared/checks.ts): `x-check` (a real calendar day; plain text measured after trimming)
 * and `x-trim` (the value is trimmed, as zod's `.trim()` does). test/backend/generated-validators.test.ts fails
 * when the committed files differ from what this script writes, and holds both sides to the same answers.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { _, type KeywordCxt } from 'ajv';
import { stringify } from 'ajv/dist/compile/codegen';
import standaloneCode from 'ajv/dist/standalone';
import { transformSync } from 'esbuild';
import { DEFAULT_NOTICE_SETTINGS, shardSchema, type NoticeSummary } from '../src/storage/documents';
import { resolverContext } from '../src/auth/context-schema';
import { evaluate } from '../src/policy/engine';
import type { OrgProfile } from '../src/policy/profile';
import { publicPayloads, type PublicKey } from '../src/shared/contract';
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
export const EMPTY_ORG_FILE = path.join(ROOT, 'src', 'shared', 'generated', 'empty-org.ts');

/** Every schema the page-view function checks, by the name src/shared/validators.ts exports it under. */
export const LEAN_SCHEMAS = {
  ...(Object.fromEntries(Object.entries(publicPayloads).map(([key, schema]) => [`payload_${key}`, schema])) as unknown as Record<`payload_${PublicKey}`, z.ZodType>),
  resolverContext,
  noticeShard: shardSchema,
} satisfies Record<string, z.ZodType>;

/** The JSON Schema of what is accepted (zod's input side: before defaults, trimming and transforms). */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'throw' }) as Record<string, unknown>;
  delete json.$schema;
  return enumsInline(nullableFolded(lengthsInCodeUnits(json))) as Record<string, unknown>;
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
  for (const [key, value] of Object.entries(node)) if (key !== 'minLength' && key !== 'maxLength') out[key] = lengthsInCodeUnits(value);
  const { minLength, maxLength } = node as { minLength?: number; maxLength?: number };
  if (minLength !== undefined || maxLength !== undefined) out['x-length'] = { ...(minLength !== undefined ? { min: minLength } : {}), ...(maxLength !== undefined ? { max: maxLength } : {}) };
  return out;
}

function leanAjv(): Ajv {
  // Regexes without the u flag, as zod matches them; defaults filled in as zod does.
  // No messages: src/shared/validators.ts words each issue from its keyword and params, as zod would.
  const ajv = new Ajv({ code: { source: true, esm: false, lines: true }, strict: true, allowUnionTypes: true, useDefaults: true, unicodeRegExp: false, allErrors: false, messages: false });
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
    keyword: 'x-check',
    schemaType: 'object',
    error: { message: ({ params }) => _`${params.message}`, params: ({ params }) => _`{message: ${params.message}}` },
    code(cxt: KeywordCxt) {
      const { gen, data } = cxt;
      const check = gen.scopeValue('func', { ref: () => null, code: _`runCheck` });
      const message = gen.const('message', _`${check}(${stringify(cxt.schema)}, ${data})`);
      cxt.setParams({ message });
      cxt.fail(_`${message} !== null`);
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

function validatorsSource(): string {
  const ajv = leanAjv();
  for (const [name, schema] of Object.entries(LEAN_SCHEMAS)) ajv.addSchema(jsonSchemaOf(schema), name);
  const code = standaloneCode(ajv, Object.fromEntries(Object.keys(LEAN_SCHEMAS).map((name) => [name, name])));
  // No ajv runtime module: the generated code must stand alone.
  if (/require\(/.test(code)) throw new Error(`the generated validators require a runtime module: ${code.match(/require\([^)]*\)/g)?.join(', ')}`);
  // ajv keeps a copy of each root schema for its own errors; with x-enum and x-check inline nothing reads them.
  const unused = (name: string) => code.split(new RegExp(`\\b${name}\\b`)).length === 2;
  const lean = code
    .split('\n')
    .filter((line) => !/^const (schema\d+) = .*;$/.test(line) || !unused(/^const (schema\d+)/.exec(line)![1]!))
    .join('\n');
  // One small function for ajv's many "record this error and stop" statements (allErrors is off, so each is final).
  const failing = lean.replace(/^(validate\d+)\.errors = \[\{instancePath:(.+?),keyword:("[^"]+"),params:(\{.*\})\}\];\nreturn false;$/gm, 'return fail($1, $2, $3, $4);');
  const body = [
    '"use strict";',
    "const { codePointLength, runCheck } = require('../src/shared/checks');",
    'function fail(validate, instancePath, keyword, params) { validate.errors = [{ instancePath, keyword, params }]; return false; }',
    // schemaPath is never read (issues are worded from keyword, params and instancePath): leaving it out halves the code.
    failing.replace(/^"use strict";\n?/, '').replace(/schemaPath:"(?:[^"\\]|\\.)*",/g, ''),
  ].join('\n');
  // Minified: it ships in the page-view bundle as written (the readable form is this script's ajv output).
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
  return orgSummary(evaluation, day, structuredClone(DEFAULT_NOTICE_SETTINGS), { accessBlocked: null, accessUnchecked: [], nextChangeOn: nextChangeAfter(evaluation, profile, day), attestedAt: null });
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

function validatorTypesSource(): string {
  return [
    '/* Generated by `npm run generate:validators` (scripts/generate-validators.ts); do not edit. */',
    'interface GeneratedValidator {',
    '  (data: unknown): boolean;',
    '  errors?: { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }[] | null;',
    '}',
    ...Object.keys(LEAN_SCHEMAS).map((name) => `export declare const ${name}: GeneratedValidator;`),
    '',
  ].join('\n');
}

function emptyOrgSource(): string {
  return [
    '/* Generated by `npm run generate:validators` (scripts/generate-validators.ts) with the policy engine; do not edit. */',
    "import type { NoticeSummary } from '../../storage/documents';",
    '',
    '/** The empty profile\'s notice summary from each day on which it changes (src/app/empty-org.ts reads it). */',
    `export const EMPTY_ORG_SEGMENTS: readonly { from: string; summary: Omit<NoticeSummary, 'day'> }[] = ${JSON.stringify(emptyOrgSegments(), null, 2)};`,
    '',
  ].join('\n');
}

/** The generated files, by path. */
export function generatedFiles(): Record<string, string> {
  return { [VALIDATORS_FILE]: validatorsSource(), [VALIDATORS_TYPES_FILE]: validatorTypesSource(), [EMPTY_ORG_FILE]: emptyOrgSource() };
}

if (require.main === module) {
  const write = (file: string, content: string) => {
    writeFileSync(file, content);
    console.log(`wrote ${path.relative(ROOT, file)} (${(Buffer.byteLength(content) / 1024).toFixed(1)} KB)`);
  };
  // The validators first: the empty-profile table loads code that reads them.
  write(VALIDATORS_FILE, validatorsSource());
  write(VALIDATORS_TYPES_FILE, validatorTypesSource());
  write(EMPTY_ORG_FILE, emptyOrgSource());
}
