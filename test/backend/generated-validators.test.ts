/**
 * The page-view function's validators are generated from the zod contract (`npm run generate:validators`).
 * These tests hold the generated module to its source: the committed files are what the generator writes today,
 * and zod and the generated validator give the same answer (accept or refuse, and the same accepted value) on
 * random payloads and on valid ones with one thing changed. The empty-profile table agrees with the engine.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { LEAN_SCHEMAS, emptyOrgFromEngine, emptyOrgSegments, generatedFiles } from '../../scripts/generate-validators';
import { orgSummary, nextChangeAfter } from '../../src/app/derive';
import { emptyOrg } from '../../src/app/empty-org';
import { callerFromContext } from '../../src/auth/context';
import { resolverContext } from '../../src/auth/context-schema';
import { addDays } from '../../src/policy/dates';
import { evaluate } from '../../src/policy/engine';
import { publicPayloads } from '../../src/shared/schemas';
import { validators, type Check } from '../../src/shared/validators';
import { shardSchema } from '../../src/storage/document-schemas';
import { MemoryKvs } from '../../src/storage/memory';
import { packEntries } from '../../src/storage/space-index';
import { KEYS, PublicRepository } from '../../src/storage/public-repository';
import { arbAnyProfile, arbAt } from '../policy/arbitraries';
import type { z } from 'zod';
import { mutated } from '../support/mutations';

test('the committed generated files are what `npm run generate:validators` writes now', () => {
  for (const [file, content] of Object.entries(generatedFiles())) {
    // A stale file means a zod schema (or the engine, for the empty profile) changed without regenerating.
    expect({ file, content: readFileSync(file, 'utf8') }).toEqual({ file, content });
  }
});

test('every public payload, the resolver context and both documents the page-view function reads are generated', () => {
  expect(Object.keys(validators.payloads).sort()).toEqual(Object.keys(publicPayloads).sort());
  expect(Object.keys(LEAN_SCHEMAS).sort()).toEqual([
    'noticeShard',
    'payload_getMyConcerns',
    'payload_getNotice',
    'payload_getSpaceStatus',
    'payload_raiseConcern',
    'resolverContext',
  ]);
});

// ---------------------------------------------------------------------------------------------------------
// Agreement: zod and the generated validator on the same inputs

/** Strings near the edges of what the schemas accept: whitespace that trims away, control characters, dates that do not exist, surrogate pairs. */
const edgyString = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    ' ',
    '  x  ',
    '\u000b',
    'a\u000bb',
    '\u000bok\u000c',
    'x\u0000',
    'tab\tnew\nline',
    '😀',
    '2026-02-29',
    '2028-02-29',
    '2026-13-01',
    '1969-12-31',
    '2026-08-17',
    'jira:projectPage',
    'confluence:spacePage',
    'jira:',
    'include',
    'exclude',
    'open',
    'concern',
    'jira',
    'confluence',
    'contributing',
    'pending',
    'not-contributing',
    'everywhere',
    'off',
  ),
  fc.integer({ min: 0, max: 300 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 60, max: 70 }).map((n) => '😀'.repeat(n)),
);
const edgyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    edgyString,
    fc.integer({ min: -2, max: 10 }),
    fc.constantFrom(null, true, false, 0.5, -1, 2 ** 53, Number.NaN, Infinity),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'id', 'key', 'mode', 'since', 'constructor', 'extra'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

function agree(schema: z.ZodType, check: Check, input: unknown, sameValue: boolean): void {
  const byZod = schema.safeParse(structuredClone(input));
  const byGenerated = check(input);
  expect({ input, accepted: byGenerated.ok }).toEqual({ input, accepted: byZod.success });
  if (sameValue && byZod.success && byGenerated.ok) expect(byGenerated.value).toEqual(byZod.data);
  if (!byGenerated.ok) expect(byGenerated.issues[0]?.path).toMatch(/^(\(root\)|[A-Za-z_$][\w$-]*|\[\d+\])(\.[^.[\]]+|\[\d+\])*$/);
}

const arbRaiseConcern = fc.record(
  {
    kind: fc.constantFrom('concern', 'exclude-request', 'include-request'),
    message: fc.string({ minLength: 1, maxLength: 40 }).filter((m) => m.trim() !== ''),
  },
  { requiredKeys: ['message'] },
);

const arbContext = fc.record(
  {
    accountId: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
    moduleKey: fc.constantFrom('contribution-lens-byline', 'contribution-lens-project'),
    locale: fc.option(fc.constantFrom('en-US', 'de-DE'), { nil: null }),
    extension: fc.oneof(
      fc.record({
        type: fc.constant('jira:projectPage'),
        project: fc.record({
          id: fc.oneof(fc.integer({ min: 1, max: 99999 }), fc.constantFrom('10000', '7')),
          key: fc.constantFrom('ENG', 'HELP'),
          type: fc.constantFrom('software', 'service_desk'),
        }),
      }),
      fc.record({
        type: fc.constant('confluence:contentBylineItem'),
        space: fc.record({ id: fc.constantFrom('2001', 42), key: fc.constantFrom('DOCS', 'HR') }),
        content: fc.record({ id: fc.constant('98305') }),
      }),
    ),
  },
  { requiredKeys: ['moduleKey', 'extension'] },
);

const arbShard = fc
  .tuple(
    arbAnyProfile,
    arbAt,
    fc.integer({ min: 0, max: 7 }),
    fc.dictionary(
      fc.constantFrom('ENG', 'DOCS', 'HR', 'Ü-1'),
      fc.record({ mode: fc.constantFrom('include', 'exclude'), since: arbAt }, { requiredKeys: ['mode'] }),
      { maxKeys: 3 },
    ),
  )
  .map(([profile, day, shard, spaces]) => {
    const evaluation = evaluate(profile, { at: day });
    const org = orgSummary(
      evaluation,
      day,
      { notice: 'everywhere', banner: 'contributed-only', text: { default: 'Hello' } },
      { accessBlocked: ['confluence'], accessUnchecked: ['jira'], nextChangeOn: nextChangeAfter(evaluation, profile, day) },
    );
    return { schemaVersion: 3, shard, headSeq: 3, headHash: 'a'.repeat(64), org, entries: packEntries(Object.entries(spaces)) };
  });

const cases: { name: string; schema: z.ZodType; check: Check; valid: fc.Arbitrary<unknown>; sameValue: boolean }[] = [
  { name: 'raiseConcern payload', schema: publicPayloads.raiseConcern, check: validators.payloads.raiseConcern, valid: arbRaiseConcern, sameValue: true },
  { name: 'getNotice payload', schema: publicPayloads.getNotice, check: validators.payloads.getNotice, valid: fc.constant({}), sameValue: true },
  // Ids are taken as sent (string or number); callerFromContext makes them strings (tested below).
  { name: 'resolver context', schema: resolverContext, check: validators.resolverContext, valid: arbContext, sameValue: true },
  { name: 'notice shard', schema: shardSchema, check: validators.noticeShard, valid: arbShard, sameValue: true },
];

describe.each(cases)('zod and the generated validator agree: $name', ({ schema, check, valid, sameValue }) => {
  test('on valid values (both accept, with the same value)', () => {
    fc.assert(
      fc.property(valid, (value) => {
        expect(schema.safeParse(structuredClone(value)).success).toBe(true);
        agree(schema, check, value, sameValue);
      }),
      { numRuns: 150 },
    );
  });

  test('on valid values with one thing changed', () => {
    fc.assert(
      fc.property(
        valid,
        fc.nat(),
        edgyValue,
        fc.constantFrom('set', 'delete', 'add') as fc.Arbitrary<'set' | 'delete' | 'add'>,
        (value, pick, replacement, op) => {
          agree(schema, check, mutated(value, pick, replacement, op), sameValue);
        },
      ),
      { numRuns: 600 },
    );
  });

  test('on random values', () => {
    fc.assert(
      fc.property(edgyValue, (value) => agree(schema, check, value, sameValue)),
      { numRuns: 300 },
    );
  });
});

test('the caller from a context has the id zod accepted, as a string', () => {
  fc.assert(
    fc.property(arbContext, (context) => {
      const parsed = resolverContext.parse(structuredClone(context));
      const caller = callerFromContext(context);
      const space = parsed.extension.project ?? parsed.extension.space;
      expect(caller?.space?.id).toBe(space?.id === undefined ? undefined : String(space.id));
      expect(typeof caller?.space?.id).toBe('string');
    }),
    { numRuns: 100 },
  );
});

// ---------------------------------------------------------------------------------------------------------
// Messages and stored documents

test('issues read as zod words them: paths such as org.apps[1].app, the plain-text and calendar checks', () => {
  expect(validators.payloads.raiseConcern({ message: '   ' })).toEqual({ ok: false, issues: [{ path: 'message', message: 'must not be empty' }] });
  expect(validators.payloads.raiseConcern({ message: 'x'.repeat(2001) })).toEqual({
    ok: false,
    issues: [{ path: 'message', message: 'must be at most 2000 characters' }],
  });
  expect(validators.payloads.raiseConcern({ message: 'a\u0000b' })).toEqual({
    ok: false,
    issues: [{ path: 'message', message: 'must not contain control, bidirectional-override or invisible characters' }],
  });
  // Trimmed and defaulted as zod does, without touching the caller's object.
  const sent = { message: '  Why?  ' };
  expect(validators.payloads.raiseConcern(sent)).toEqual({ ok: true, value: { kind: 'concern', message: 'Why?' } });
  expect(sent).toEqual({ message: '  Why?  ' });
  const shard = fc.sample(arbShard, { numRuns: 20, seed: 7 }).find((s) => s.org.apps.length > 1)!;
  const bad = structuredClone(shard) as typeof shard;
  (bad.org.apps[1] as { app: unknown }).app = 5;
  expect(validators.noticeShard(bad)).toEqual({ ok: false, issues: [{ path: 'org.apps[1].app', message: 'Invalid input: expected string, received number' }] });
  const badDay = { ...structuredClone(shard), org: { ...shard.org, day: '2026-02-30' } };
  expect(validators.noticeShard(badDay)).toEqual({ ok: false, issues: [{ path: 'org.day', message: 'must be a calendar date YYYY-MM-DD (UTC)' }] });
});

test('a stored document the generated check refuses is a StoredDataError naming the path; older versions migrate first', async () => {
  const kvs = new MemoryKvs();
  const repo = new PublicRepository(kvs);
  const [shard] = fc.sample(arbShard, { numRuns: 1, seed: 3 });
  await kvs.transact([{ op: 'set', key: KEYS.shard(0), value: { ...shard, headSeq: -1 } }]);
  await expect(repo.shard(0)).rejects.toMatchObject({
    name: 'StoredDataError',
    message: 'stored notice shard is invalid at headSeq: Too small: expected number to be >=0',
  });
  await kvs.transact([{ op: 'set', key: KEYS.shard(1), value: { ...shard, schemaVersion: 4 } }]);
  await expect(repo.shard(1)).rejects.toMatchObject({ name: 'StoredDataError', message: expect.stringContaining('newer than this app version reads') });
  // Version 1 kept only the mode per space: migrated (to version 3's packed key hashes), then checked.
  const { entries: _entries, headHash: _headHash, ...rest } = shard as Record<string, unknown>;
  const v1 = { ...rest, schemaVersion: 1, spaces: { ENG: 'exclude' } };
  await kvs.transact([{ op: 'set', key: KEYS.shard(2), value: v1 }]);
  expect((await repo.shard(2))?.entries).toEqual(packEntries([['ENG', { mode: 'exclude' }]]));
});

// ---------------------------------------------------------------------------------------------------------
// The empty profile without the engine

test('emptyOrg (generated table) equals the engine on every day, around every change day too', () => {
  const edges = emptyOrgSegments().flatMap((s) => [
    ...(s.from > '1970-01-01' ? [addDays(s.from, -1)] : []),
    s.from,
    ...(s.from < '9999-12-31' ? [addDays(s.from, 1)] : []),
  ]);
  for (const day of edges) expect(emptyOrg(day)).toEqual(emptyOrgFromEngine(day));
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 60_000 }).map((n) => addDays('1970-01-01', n)),
      (day) => {
        expect(emptyOrg(day)).toEqual(emptyOrgFromEngine(day));
      },
    ),
    { numRuns: 300 },
  );
});
