/**
 * The admin side's generated checks (generated/admin-validators.cjs) against the zod schemas they are made from,
 * for every schema family the Forge functions check at run time: every admin payload, the org profile and its
 * events, every stored document. Both sides accept and refuse the same inputs, give equal values, and report the
 * same first issue (path and words) — on valid values, on valid values with one thing changed, and on the
 * refinements JSON Schema cannot express. Also: the generator refuses a refinement or transform it cannot translate.
 */
import fc from 'fast-check';
import { ADMIN_SCHEMAS, assertTranslatable, jsonSchemaOf } from '../../scripts/generate-validators';
import { LATEST_INPUT_DATE } from '../../src/policy/constants';
import { addDays } from '../../src/policy/dates';
import { orgProfile, profileEvent } from '../../src/policy/profile-schema';
import { adminValidators } from '../../src/shared/admin-validators';
import { ADMIN_KEYS, LIMITS, type AdminKey } from '../../src/shared/contract';
import { adminPayloads, plainText } from '../../src/shared/schemas';
import type { Check } from '../../src/shared/validators';
import { z } from '../../src/shared/zod';
import { issuesFromZod } from '../../src/policy/profile-schema';
import { ENTITY } from '../../src/storage/entities';
import { KEYS } from '../../src/storage/public-repository';
import { arbAnyProfile, arbAt } from '../policy/arbitraries';
import { copy, mutated } from '../support/mutations';
import { call, makeWorld, PEOPLE } from './support/world';

// ---------------------------------------------------------------------------------------------------------
// Agreement

/** Replacements: wrong types, numbers out of range or not whole, unsafe or over-long text, dates that do not exist or are too late. */
const replacement: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '  padded  ',
    'a\u0000b',
    'bidi\u202e',
    'zero\u200bwidth',
    'x'.repeat(2_001),
    '2026-02-29',
    '2026-13-01',
    '2028-02-29',
    '9999-12-31',
    LATEST_INPUT_DATE,
    '1970-01-01',
    'jira',
    'free',
    'enterprise',
    'plan',
    'trial',
    'profile-info',
    'on',
    'off',
    'include',
    'nope',
  ),
  fc.constantFrom(null, true, 0, -1, 1.5, 201, 5_001, 2 ** 53, Number.NaN, [], {}, ['x']),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -3, max: 300 }),
);

function agree(schema: z.ZodType, check: Check, input: unknown): void {
  const byZod = schema.safeParse(copy(input));
  const byGenerated = check(copy(input));
  const zodSide = byZod.success ? { ok: true, value: byZod.data } : { ok: false, first: issuesFromZod(byZod.error)[0] };
  const generatedSide = byGenerated.ok ? { ok: true, value: byGenerated.value } : { ok: false, first: byGenerated.issues[0] };
  expect({ input, ...generatedSide }).toEqual({ input, ...zodSide });
}

const arbEvent = arbAnyProfile.filter((p) => p.events.length > 0).chain((p) => fc.constantFrom(...p.events));
const arbChanges = fc.array(
  fc.oneof(
    arbEvent,
    fc.record(
      {
        type: fc.constant('profile-info'),
        organization: fc.option(fc.constantFrom('Acme', ' Globex  '), { nil: null }),
        sector: fc.constantFrom('education', 'other'),
      },
      { requiredKeys: ['type'] },
    ),
  ),
  { minLength: 1, maxLength: 3 },
);
const arbRequestId = fc.stringMatching(/^[A-Za-z0-9_-]{8,20}$/);

/** Valid payloads for every admin operation. */
const VALID_PAYLOADS: { [K in AdminKey]: fc.Arbitrary<unknown> } = {
  getOverview: fc.constant({}),
  previewEvents: fc.record({ changes: arbChanges }),
  recordEvents: fc.record({ changes: arbChanges, expectedHeadSeq: fc.nat(50), requestId: arbRequestId }, { requiredKeys: ['changes'] }),
  simulate: fc.record({ changes: fc.array(arbEvent, { maxLength: 2 }), at: arbAt }, { requiredKeys: ['changes'] }),
  listHistory: fc.record(
    {
      cursor: fc.stringMatching(/^[A-Za-z0-9:._-]{0,12}$/),
      limit: fc.integer({ min: 1, max: LIMITS.historyPageSize }),
      filter: fc.record(
        {
          type: fc.constantFrom('event', 'scope', 'attestation'),
          actor: fc.constantFrom('acc-1'),
          origin: fc.constantFrom('import', 'daily-check'),
          from: fc.constant('2026-01-01'),
          to: arbAt,
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
  verifyHistory: fc.constant({}),
  exportEvidence: fc.record({ format: fc.constantFrom('profile-json', 'bundle-json', 'history-csv', 'spaces-csv') }),
  attest: fc.record({ note: fc.constantFrom('', ' checked ', 'Reviewed with legal'), requestId: arbRequestId }, { requiredKeys: [] }),
  getNoticeSettings: fc.constant({}),
  saveNoticeSettings: fc.record({
    settings: fc.record({
      notice: fc.constantFrom('off', 'contributed-only', 'everywhere'),
      banner: fc.constantFrom('off', 'everywhere'),
      text: fc.dictionary(fc.constantFrom('default', 'en-US', 'de', 'fr-FR'), fc.constantFrom('Hello', '  Hallo  ', ''), { maxKeys: 3 }),
    }),
  }),
  listConcerns: fc.record(
    { state: fc.constantFrom('open', 'resolved'), cursor: fc.constant('c:1'), limit: fc.integer({ min: 1, max: LIMITS.listPageSize }) },
    { requiredKeys: [] },
  ),
  answerConcern: fc.record({ id: fc.constantFrom('c1', 'r-abcdefgh'), answer: fc.constantFrom('Yes', '  We exclude it.  ') }),
  resolveConcern: fc.record({ id: fc.constantFrom('c1'), note: fc.constantFrom('done', ' ') }, { requiredKeys: ['id'] }),
  listSpaces: fc.record(
    {
      product: fc.constantFrom('jira', 'confluence'),
      search: fc.constantFrom('eng', ' D '),
      status: fc.constantFrom('pending'),
      mode: fc.constantFrom('exclude', 'default'),
      hasConcern: fc.boolean(),
      cursor: fc.constant(''),
      limit: fc.integer({ min: 1, max: 100 }),
    },
    { requiredKeys: [] },
  ),
  repairDerived: fc.constant({}),
  checkAnchor: fc.record({ anchor: fc.constantFrom('12:' + 'a'.repeat(64), '  3:abc  ') }),
  importProfile: fc.record({ profile: fc.oneof(arbAnyProfile, fc.constant(null)), dryRun: fc.boolean() }, { requiredKeys: ['profile'] }),
};

/** Every stored document an admin flow writes, read back raw from storage (filled in beforeAll). */
const storedSamples: Record<string, unknown[]> = {};

beforeAll(async () => {
  const world = makeWorld();
  const admin = (key: string, payload: unknown) => call(world.adminHandler, 'jiraAdmin', key, payload, PEOPLE.orgAdmin);
  for (const changes of [
    [
      { type: 'profile-info', organization: 'Acme', sector: 'other' },
      { type: 'plan', on: '2026-01-01', product: 'jira', plan: 'enterprise' },
      { type: 'trial', on: '2026-02-01', product: 'confluence', plan: 'premium', endsOn: '2026-03-01', then: 'standard' },
    ],
    [
      { type: 'scope', on: '2026-04-01', target: { kind: 'space', key: 'DOCS' }, mode: 'exclude' },
      { type: 'setting', on: '2026-05-01', setting: 'inAppData', value: 'on' },
    ],
  ]) {
    expect((await admin('recordEvents', { changes, requestId: `req-${changes.length}-abcdef` })).ok).toBe(true);
  }
  expect((await admin('attest', { note: 'Reviewed' })).ok).toBe(true);
  expect((await admin('saveNoticeSettings', { settings: { notice: 'everywhere', banner: 'off', text: { default: 'Hi', 'de-DE': 'Hallo' } } })).ok).toBe(true);
  expect((await call(world.publicHandler, 'spacePage', 'raiseConcern', { message: 'Why?' }, PEOPLE.spaceAdmin)).ok).toBe(true);
  await world.app.dailyCheck();
  const kv = async (key: string) => world.store.get(key);
  const entity = async (name: string, key: string) => world.store.getEntity(name, key);
  const put = (name: string, value: unknown) => {
    if (value !== undefined && value !== null) (storedSamples[name] ??= []).push(value);
  };
  for (let seq = 1; seq <= 4; seq++) put('doc_historyEntry', await entity(ENTITY.historyEntry, KEYS.entry(seq)));
  put('doc_head', await entity(ENTITY.historyHead, KEYS.head));
  put('doc_status', await kv(KEYS.status));
  put('doc_noticeSettings', await kv(KEYS.noticeSettings));
  put('doc_concern', await entity(ENTITY.concern, KEYS.concern('c1')));
  put('doc_profileCache', await kv(KEYS.profileCache));
  put('doc_people', await kv(KEYS.people));
  put('doc_request', await kv(KEYS.request('req-3-abcdef')));
  put('doc_bannerSync', {
    schemaVersion: 1,
    on: ['2001'],
    pass: { mode: 'everywhere', cursor: null, startedAt: '2026-11-23T09:00:00.000Z' },
    last: { mode: 'off', day: '2026-11-22', finishedAt: '2026-11-22T09:00:00.000Z', failed: 0 },
  });
  put('doc_profileCachePart', { schemaVersion: 1, headSeq: 3, headHash: 'b'.repeat(64), index: 1, data: '{}' });
  put('doc_privacyReport', { schemaVersion: 1, reportedAt: '2026-11-23T09:00:00.000Z', accounts: 3, closed: 0, updated: 1 });
  const cache = storedSamples.doc_profileCache?.[0] as { data: string; parts: number } | undefined;
  if (cache && cache.parts === 1) put('doc_cachedCompiled', JSON.parse(cache.data));
});

const families: { name: string; schema: z.ZodType; check: Check; valid: () => fc.Arbitrary<unknown> }[] = [
  ...ADMIN_KEYS.map((key) => ({
    name: `payload ${key}`,
    schema: adminPayloads[key] as z.ZodType,
    check: adminValidators.payloads[key],
    valid: () => VALID_PAYLOADS[key],
  })),
  { name: 'org profile', schema: orgProfile, check: adminValidators.orgProfile, valid: () => arbAnyProfile },
  { name: 'profile event', schema: profileEvent, check: adminValidators.profileEvent, valid: () => arbEvent },
  ...Object.entries(adminValidators.documents).map(([name, check]) => {
    const key = `doc_${name}` as keyof typeof ADMIN_SCHEMAS;
    return { name: `stored ${name}`, schema: ADMIN_SCHEMAS[key], check: check, valid: () => fc.constantFrom(...(storedSamples[key] ?? [])) };
  }),
];

test('every family has valid samples (the flow above wrote every stored document)', () => {
  expect(Object.keys(adminValidators.documents).filter((name) => (storedSamples[`doc_${name}`] ?? []).length === 0)).toEqual([]);
});

describe.each(families)('zod and the generated check agree: $name', ({ schema, check, valid }) => {
  test('on valid values: both accept, with equal values', () => {
    fc.assert(
      fc.property(valid(), (value) => {
        expect(schema.safeParse(copy(value)).success).toBe(true);
        agree(schema, check, value);
      }),
      { numRuns: 60 },
    );
  });

  test('on valid values with one thing changed: same answer, value and first issue', () => {
    fc.assert(
      fc.property(valid(), fc.nat(), replacement, fc.constantFrom('set', 'delete', 'add') as fc.Arbitrary<'set' | 'delete' | 'add'>, (value, pick, by, op) => {
        agree(schema, check, mutated(value, pick, by, op));
      }),
      { numRuns: 250 },
    );
  });
});

test('the refinements: too many locales, from after to, a trial ending before it starts, a date past the latest, a bad discriminator', () => {
  const locales = Object.fromEntries(
    Array.from({ length: LIMITS.noticeLocales + 1 }, (_, i) => [`l${String.fromCharCode(97 + (i % 26))}${i >= 26 ? 'x' : ''}`.slice(0, 3), 'Hi']),
  );
  const cases: [AdminKey, unknown, string][] = [
    [
      'saveNoticeSettings',
      {
        settings: {
          notice: 'off',
          banner: 'off',
          text: Object.fromEntries(
            Array.from({ length: LIMITS.noticeLocales + 1 }, (_, i) => [
              `${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 26)]}`,
              'Hi',
            ]),
          ),
        },
      },
      'settings.text',
    ],
    ['saveNoticeSettings', { settings: { notice: 'off', banner: 'off', text: { BAD: 'x' } } }, 'settings.text.BAD'],
    ['listHistory', { filter: { from: '2026-03-02', to: '2026-03-01' } }, 'filter.from'],
    ['simulate', { changes: [{ type: 'trial', on: '2026-03-01', product: 'jira', plan: 'premium', endsOn: '2026-03-01', then: 'none' }] }, 'changes[0].endsOn'],
    ['simulate', { changes: [{ type: 'plan', on: addDays(LATEST_INPUT_DATE, 1), product: 'jira', plan: 'free' }] }, 'changes[0].on'],
    ['previewEvents', { changes: [{ type: 'upgrade', on: '2026-01-01' }] }, 'changes[0].type'],
    ['listHistory', { limit: 2.5 }, 'limit'],
    ['recordEvents', { changes: [], requestId: 'short' }, 'changes'],
  ];
  expect(Object.keys(locales).length).toBeGreaterThan(0);
  for (const [key, payload, path] of cases) {
    const generated = adminValidators.payloads[key](payload);
    expect(generated.ok).toBe(false);
    if (!generated.ok) expect(generated.issues[0]?.path).toBe(path);
    agree(adminPayloads[key] as z.ZodType, adminValidators.payloads[key], payload);
  }
  // zod's own messages, not JSON Schema's.
  expect(adminValidators.payloads.listHistory({ limit: 2.5 })).toEqual({ ok: false, issues: [{ path: 'limit', message: 'must be a whole number' }] });
  expect(adminValidators.payloads.listHistory({ filter: { from: '2026-03-02', to: '2026-03-01' } })).toEqual({
    ok: false,
    issues: [{ path: 'filter.from', message: 'must not be after "to"' }],
  });
});

// ---------------------------------------------------------------------------------------------------------
// The generator's guard: nothing zod's JSON Schema would drop gets through unannotated

describe('the generator refuses what it cannot translate', () => {
  test.each([
    ['a refine', z.strictObject({ a: z.string().refine((s) => s !== 'x') })],
    ['a superRefine on an object', z.strictObject({ a: z.string() }).superRefine(() => undefined)],
    ['a transform', z.strictObject({ a: z.string().transform((s) => s.length) })],
    ['a trim without x-trim', z.strictObject({ a: z.string().trim() })],
    ['a second refine on an annotated schema', z.strictObject({ a: plainText(10).refine((s) => s !== 'x') })],
  ])('%s', (_name, schema) => {
    expect(() => assertTranslatable(schema as z.ZodType, 'probe')).toThrow(/probe: \(root\)\.a|probe: \(root\)/);
    expect(() => jsonSchemaOf(schema as z.ZodType, 'probe')).toThrow();
  });

  test('annotated refinements pass, and every schema the functions check passes', () => {
    expect(() => assertTranslatable(z.strictObject({ a: plainText(10) }), 'probe')).not.toThrow();
    for (const [name, schema] of Object.entries(ADMIN_SCHEMAS)) expect(() => assertTranslatable(schema, name)).not.toThrow();
  });
});

test('array bounds are worded as zod words them: an entry without records, a batch over the limit', () => {
  const entry = storedSamples.doc_historyEntry?.[0] as Record<string, unknown> | undefined;
  expect(entry).toBeDefined();
  const empty = { ...entry, records: [] };
  agree(ADMIN_SCHEMAS.doc_historyEntry, adminValidators.documents.historyEntry, empty);
  expect(adminValidators.documents.historyEntry(empty)).toEqual({
    ok: false,
    issues: [{ path: 'records', message: 'Too small: expected array to have >=1 items' }],
  });
  const change = { type: 'plan', on: '2026-06-01', product: 'confluence', plan: 'standard' };
  const tooMany = { changes: Array.from({ length: LIMITS.changesPerBatch + 1 }, () => change) };
  agree(adminPayloads.recordEvents, adminValidators.payloads.recordEvents, tooMany);
});
