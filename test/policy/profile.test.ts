/** Profile validation: every bad input is refused with the path of the field at fault. */
import Ajv2020 from 'ajv/dist/2020';
import { PROFILE_SCHEMA_VERSION, migrateProfileDocument, parseProfile, type Migration, type ProfileIssue } from '../../src/policy/profile';
import { profileJsonSchema } from '../../src/policy/profile-schema';
import { exampleFiles, loadExample } from './builders';

const plan = { type: 'plan', on: '2025-01-01', product: 'jira', plan: 'standard' };
const doc = (events: unknown[], extra: Record<string, unknown> = {}) => ({ schemaVersion: 1, events, ...extra });

function issuesOf(raw: unknown): ProfileIssue[] {
  const result = parseProfile(raw);
  if (result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
  return result.issues;
}

const paths = (raw: unknown) => issuesOf(raw).map((i) => i.path);

describe('parseProfile', () => {
  it('accepts a minimal valid profile and returns it unchanged', () => {
    const raw = doc([plan], { organization: 'Acme', sector: 'education' });
    expect(parseProfile(raw)).toEqual({ ok: true, value: raw });
  });

  it('accepts every event type', () => {
    const raw = doc([
      plan,
      { type: 'trial', on: '2026-01-01', product: 'confluence', plan: 'premium', endsOn: '2026-02-01', then: 'none', migration: true },
      { type: 'removed', on: '2026-03-01', product: 'confluence' },
      { type: 'setting', on: '2026-06-01', setting: 'inAppData', value: 'off' },
      { type: 'scope', on: '2026-06-01', target: { kind: 'connector', key: 'google-drive' }, mode: 'exclude' },
      { type: 'exclusion', on: '2026-06-01', reason: 'hipaa', active: false },
      { type: 'terminated', on: '2027-01-01' },
    ]);
    expect(parseProfile(raw).ok).toBe(true);
  });

  it('names the event and field of a bad date (events[3].on)', () => {
    const raw = doc([plan, plan, plan, { ...plan, on: '2026-02-30' }]);
    const issues = issuesOf(raw);
    expect(issues).toEqual([{ path: 'events[3].on', message: expect.stringMatching(/YYYY-MM-DD/) }]);
  });

  it.each(['2026-13-01', '2026-00-10', '2025-02-29', '26-01-01', '2026-1-1', '2026-01-01T00:00:00Z', '', '1969-12-31'])('rejects the date %j', (bad) => {
    expect(paths(doc([{ ...plan, on: bad }]))).toEqual(['events[0].on']);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseProfile(doc([{ ...plan, on: '2028-02-29' }])).ok).toBe(true);
  });

  it('rejects a trial that ends on or before it starts, at endsOn', () => {
    const trial = { type: 'trial', on: '2026-05-01', product: 'jira', plan: 'premium', then: 'standard' };
    expect(issuesOf(doc([{ ...trial, endsOn: '2026-04-30' }]))).toEqual([{ path: 'events[0].endsOn', message: expect.stringContaining('after') }]);
    expect(paths(doc([{ ...trial, endsOn: '2026-05-01' }]))).toEqual(['events[0].endsOn']);
  });

  it('rejects an unknown event type at events[i].type, listing the known ones', () => {
    const issues = issuesOf(doc([plan, { type: 'upgrade', on: '2026-01-01' }]));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('events[1].type');
    expect(issues[0]!.message).toContain('trial');
  });

  it('rejects extra fields on events and on the profile, naming the key', () => {
    const onEvent = issuesOf(doc([{ ...plan, seats: 10 }]));
    expect(onEvent).toEqual([{ path: 'events[0]', message: expect.stringContaining('seats') }]);
    const onRoot = issuesOf(doc([plan], { orgId: 'abc' }));
    expect(onRoot).toEqual([{ path: '(root)', message: expect.stringContaining('orgId') }]);
    expect(paths(doc([{ type: 'scope', on: '2026-06-01', target: { kind: 'space', key: 'A', app: 'jira' }, mode: 'include' }]))).toEqual(['events[0].target']);
  });

  it('names nested fields and enum values', () => {
    expect(paths(doc([{ type: 'scope', on: '2026-06-01', target: { kind: 'board', key: 'A' }, mode: 'include' }]))).toEqual(['events[0].target.kind']);
    const emptyKey = issuesOf(doc([{ type: 'scope', on: '2026-06-01', target: { kind: 'space', key: '' }, mode: 'include' }]));
    expect(new Set(emptyKey.map((i) => i.path))).toEqual(new Set(['events[0].target.key']));
    expect(emptyKey.map((i) => i.message)).toContain('must not be empty');
    expect(paths(doc([{ ...plan, plan: 'business' }]))).toEqual(['events[0].plan']);
    expect(paths(doc([{ ...plan, product: 'Jira Software' }]))).toEqual(['events[0].product']);
    expect(paths(doc([{ type: 'setting', on: '2026-06-01', setting: 'metadata', value: true }]))).toEqual(['events[0].value']);
    expect(paths(doc([{ type: 'exclusion', on: '2026-06-01', reason: 'gdpr', active: true }]))).toEqual(['events[0].reason']);
    expect(paths(doc([plan], { sector: 'retail' }))).toEqual(['sector']);
  });

  it('reports every bad field, not just the first', () => {
    expect(paths(doc([{ ...plan, on: 'soon' }, plan, { ...plan, plan: 'gold' }]))).toEqual(['events[0].on', 'events[2].plan']);
  });

  it('reports a missing field by its path', () => {
    const { on: _dropped, ...withoutOn } = plan;
    expect(paths(doc([withoutOn]))).toEqual(['events[0].on']);
    expect(paths({ schemaVersion: 1 })).toEqual(['events']);
  });

  it.each([null, [], 'profile', 42])('rejects a non-object document %j at the root', (raw) => {
    expect(issuesOf(raw)).toEqual([{ path: '(root)', message: expect.stringContaining('object') }]);
  });

  it.each([undefined, '1', 0, 1.5, -1])('rejects schemaVersion %j', (version) => {
    expect(paths({ schemaVersion: version, events: [] })).toEqual(['schemaVersion']);
  });

  it('refuses a newer schemaVersion with a clear message to upgrade', () => {
    const issues = issuesOf({ schemaVersion: PROFILE_SCHEMA_VERSION + 1, events: [] });
    expect(issues).toEqual([{ path: 'schemaVersion', message: expect.stringMatching(/newer.*upgrade/) }]);
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [
      undefined,
      Symbol('x'),
      () => 1,
      { schemaVersion: 1, events: 'none' },
      { schemaVersion: 1, events: [null] },
      { schemaVersion: 1, events: [{ type: 'plan', on: 20260101 }] },
    ];
    for (const raw of weird) expect(parseProfile(raw).ok).toBe(false);
  });
});

describe('migrateProfileDocument', () => {
  it('runs an injected chain of migrations in version order up to the current version', () => {
    const calls: number[] = [];
    const migrations: Record<number, Migration> = {
      1: (d) => {
        calls.push(1);
        return { ...d, events: [...(d.events as unknown[]), 'added-by-1'] };
      },
      2: (d) => {
        calls.push(2);
        const { legacy: _legacy, ...rest } = d;
        return { ...rest, events: [...(rest.events as unknown[]), 'added-by-2'] };
      },
    };
    const result = migrateProfileDocument({ schemaVersion: 1, legacy: true, events: [] }, migrations, 3);
    expect(calls).toEqual([1, 2]);
    expect(result).toEqual({ ok: true, value: { schemaVersion: 3, events: ['added-by-1', 'added-by-2'] } });
  });

  it('starts the chain at the document’s own version', () => {
    const migrations: Record<number, Migration> = { 1: () => ({ wrong: true }), 2: (d) => ({ ...d, upgraded: true }) };
    expect(migrateProfileDocument({ schemaVersion: 2 }, migrations, 3)).toEqual({ ok: true, value: { schemaVersion: 3, upgraded: true } });
  });

  it('fails clearly when a step is missing', () => {
    expect(migrateProfileDocument({ schemaVersion: 1 }, {}, 2)).toEqual({
      ok: false,
      issues: [{ path: 'schemaVersion', message: expect.stringContaining('no migration from version 1') }],
    });
  });

  it('leaves a current document alone and does not mutate the input', () => {
    const input = { schemaVersion: 1, events: [plan] };
    const copy = structuredClone(input);
    expect(migrateProfileDocument(input)).toEqual({ ok: true, value: copy });
    migrateProfileDocument(input, { 1: (d) => ({ ...d, events: [] }) }, 2);
    expect(input).toEqual(copy);
  });
});

describe('profileJsonSchema', () => {
  const schema = profileJsonSchema();

  it('describes all seven event variants with their required fields', () => {
    const properties = schema.properties as Record<string, { items?: { oneOf?: unknown[] } }>;
    const variants = (properties.events?.items?.oneOf ?? []) as Array<{ properties: { type: { const: string } }; required: string[] }>;
    expect(variants.map((v) => v.properties.type.const).sort()).toEqual(['exclusion', 'plan', 'removed', 'scope', 'setting', 'terminated', 'trial']);
    const trial = variants.find((v) => v.properties.type.const === 'trial')!;
    expect(trial.required).toEqual(expect.arrayContaining(['on', 'product', 'plan', 'endsOn', 'then']));
  });

  it('validates every example profile and rejects structurally wrong documents', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    for (const file of exampleFiles()) {
      const ok = validate(loadExample(file));
      expect([file, ok, validate.errors ?? null]).toEqual([file, true, null]);
    }
    expect(validate({ schemaVersion: 1, events: [{ type: 'upgrade', on: '2026-01-01' }] })).toBe(false);
    expect(validate({ schemaVersion: 1, events: [{ ...plan, seats: 3 }] })).toBe(false);
    expect(validate({ schemaVersion: 2, events: [] })).toBe(false);
  });
});

describe('example profiles', () => {
  it('there are at least six, each valid and named', () => {
    const files = exampleFiles();
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) expect(loadExample(file).organization?.length ?? 0).toBeGreaterThan(0);
  });
});
