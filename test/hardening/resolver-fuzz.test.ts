/**
 * Fuzzing every resolver through the real Forge handlers, as every role, with
 * valid and hostile payloads. Whatever comes in, the answer is an envelope
 * (`{ok:true,data}` or `{ok:false,error:{code,message}}`), never a throw; a
 * role never gets what it may not have; and everything stored still parses
 * with the backend's schemas and the history chain verifies.
 */
import fc from 'fast-check';
import { ADMIN_KEYS, ERROR_CODES, PUBLIC_KEYS, type AdminKey, type PublicKey } from '../../src/shared/contract';
import { arbDate, arbEvent } from '../policy/arbitraries';
import { checkStore } from './support/store-check';
import { ADMIN_MODULES, PUBLIC_MODULES, ROLE_NAMES, createWorld, type ModuleType, type Role, type World } from './support/world';

// ---------------------------------------------------------------------------
// Hostile values

const HUGE = 'x'.repeat(600_000);
const LONG = 'é'.repeat(5_000);
const DEEP_ARRAY = JSON.parse(`${'['.repeat(3_000)}${']'.repeat(3_000)}`) as unknown;
const DEEP_OBJECT = JSON.parse(`${'{"a":'.repeat(1_500)}1${'}'.repeat(1_500)}`) as unknown;
const PROTO = JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}') as unknown;

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    1e308,
    '',
    ' ',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '2026-1-1',
    ' 2026-09-01',
    '2026-09-01T00:00:00Z',
    '99999-01-01',
    '__proto__',
    'constructor',
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil.example","click")',
    '\u0000\u0007',
    '\ud800',
    '../../etc/passwd',
    LONG,
    HUGE,
    [],
    {},
  ),
  fc.constant(DEEP_ARRAY),
  fc.constant(DEEP_OBJECT),
  fc.constant(PROTO),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.jsonValue({ maxDepth: 3 }),
);

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'extra', '', 'accountId', 'then');

type Json = unknown;

function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.slice(0, 20).forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function replaceAt(value: Json, path: (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...(value as Json[])];
    copy[head as number] = replaceAt(copy[head as number], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  // defineProperty: assigning to an own "__proto__" key would change the prototype instead.
  Object.defineProperty(copy, head as string, {
    value: replaceAt(copy[head as string], rest, replacement),
    enumerable: true,
    configurable: true,
    writable: true,
  });
  return copy;
}

function addKeyAt(value: Json, path: (string | number)[], key: string, extra: Json): Json {
  const target = path.reduce<Json>((v, p) => (v as Record<string | number, Json>)[p], value);
  if (!target || typeof target !== 'object' || Array.isArray(target)) return value;
  // defineProperty: a plain assignment to "__proto__" would set the prototype instead of a key.
  const withKey = { ...(target as Record<string, Json>) };
  Object.defineProperty(withKey, key, { value: extra, enumerable: true, configurable: true, writable: true });
  return replaceAt(value, path, withKey);
}

/** A valid payload with one node replaced by a hostile value, or one hostile key added. */
function mutated(valid: fc.Arbitrary<Json>): fc.Arbitrary<Json> {
  return fc.tuple(valid, fc.nat(), hostile, hostileKey, fc.boolean()).map(([payload, pick, bad, key, addKey]) => {
    const all = paths(payload);
    const path = all[pick % all.length]!;
    return addKey ? addKeyAt(payload, path, key, bad) : replaceAt(payload, path, bad);
  });
}

// ---------------------------------------------------------------------------
// Valid payloads per operation

const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0 && !/[\u0000-\u001f\u007f]/.test(s));
const changes = (min: number, max: number) =>
  fc.array(
    fc.oneof(
      { weight: 5, arbitrary: arbEvent() },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('profile-info'), organization: fc.option(text(50), { nil: null }) }) },
    ),
    { minLength: min, maxLength: max },
  );
const concernId = fc.constantFrom('concern-1', 'concern-2', 'concern-3', 'concern-99');

const VALID: Record<AdminKey | PublicKey, fc.Arbitrary<Json>> = {
  getOverview: fc.constant({}),
  previewEvents: fc.record({ changes: changes(1, 4) }),
  recordEvents: fc.record({ changes: changes(1, 4), expectedHeadSeq: fc.option(fc.nat(6), { nil: undefined }) }, { requiredKeys: ['changes'] }),
  simulate: fc.record({ changes: changes(0, 3), at: arbDate }, { requiredKeys: ['changes'] }),
  listHistory: fc.record(
    {
      cursor: fc.constantFrom('3.0', '1.2', 'abc'),
      limit: fc.integer({ min: 1, max: 200 }),
      filter: fc.record(
        {
          type: fc.constantFrom('event', 'scope', 'attestation'),
          origin: fc.constantFrom('admin-page', 'import'),
          from: arbDate,
          to: fc.constant('2027-12-31'),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
  verifyHistory: fc.constant({}),
  repairDerived: fc.constant({}),
  checkAnchor: fc.record({ anchor: fc.oneof(fc.constant(`contribution-lens-anchor v1 site=cloud-1 entry=1 head=${'a'.repeat(64)}`), text(120)) }),
  exportEvidence: fc.record({ format: fc.constantFrom('profile-json', 'bundle-json', 'history-csv', 'spaces-csv') }),
  attest: fc.record({ note: text(100) }, { requiredKeys: [] }),
  getNoticeSettings: fc.constant({}),
  saveNoticeSettings: fc.record({
    settings: fc.record({
      notice: fc.constantFrom('off', 'contributed-only', 'everywhere'),
      banner: fc.constantFrom('off', 'contributed-only', 'everywhere'),
      text: fc.dictionary(fc.constantFrom('default', 'en', 'de-DE', 'fr'), text(80), { maxKeys: 3 }),
    }),
  }),
  listConcerns: fc.record({ state: fc.constantFrom('open', 'answered', 'resolved'), limit: fc.integer({ min: 1, max: 100 }) }, { requiredKeys: [] }),
  answerConcern: fc.record({ id: concernId, answer: text(100) }),
  resolveConcern: fc.record({ id: concernId, note: text(100) }, { requiredKeys: ['id'] }),
  listSpaces: fc.record(
    {
      product: fc.constantFrom('jira', 'confluence'),
      search: text(10),
      status: fc.constantFrom('contributing', 'not-contributing', 'pending'),
      limit: fc.integer({ min: 1, max: 100 }),
    },
    { requiredKeys: [] },
  ),
  importProfile: fc.record(
    {
      profile: fc.record(
        { schemaVersion: fc.constant(1), organization: text(40), events: fc.array(arbEvent(), { maxLength: 6 }) },
        { requiredKeys: ['schemaVersion', 'events'] },
      ),
      dryRun: fc.boolean(),
    },
    { requiredKeys: ['profile'] },
  ),
  getSpaceStatus: fc.constant({}),
  getNotice: fc.constant({}),
  raiseConcern: fc.record({ message: text(200) }),
  getMyConcerns: fc.constant({}),
};

const payloadFor = (key: AdminKey | PublicKey): fc.Arbitrary<Json> =>
  fc.oneof({ weight: 3, arbitrary: VALID[key] }, { weight: 4, arbitrary: mutated(VALID[key]) }, { weight: 2, arbitrary: hostile }).map(
    // The bridge sends JSON: what cannot travel as JSON never arrives.
    (p) => (p === undefined ? p : (JSON.parse(JSON.stringify(p)) as Json)),
  );

// ---------------------------------------------------------------------------
// What each role may get

const ORG_ADMINS: ReadonlySet<Role> = new Set(['orgAdmin', 'otherOrgAdmin']);

function mayAdmin(role: Role, moduleType: ModuleType): boolean {
  return ORG_ADMINS.has(role) && (ADMIN_MODULES as readonly string[]).includes(moduleType);
}

function mayPublic(key: PublicKey, role: Role, moduleType: ModuleType, ownSpace: boolean): boolean {
  if (!(PUBLIC_MODULES as readonly string[]).includes(moduleType)) return false;
  switch (key) {
    case 'getNotice':
    case 'getSpaceStatus':
      return true;
    case 'getMyConcerns':
      return role !== 'anonymous';
    case 'raiseConcern':
      return ORG_ADMINS.has(role) || (role === 'spaceAdmin' && ownSpace);
  }
}

function assertEnvelope(answer: unknown, where: string): asserts answer is { ok: boolean; error?: { code: string; message: string } } {
  const a = answer as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } };
  if (typeof a !== 'object' || a === null || typeof a.ok !== 'boolean')
    throw new Error(`${where}: answer is not an envelope: ${JSON.stringify(answer)?.slice(0, 200)}`);
  if (a.ok) {
    if (!('data' in a)) throw new Error(`${where}: ok answer without data`);
    return;
  }
  if (!a.error || !(ERROR_CODES as readonly unknown[]).includes(a.error.code))
    throw new Error(`${where}: error without a known code: ${JSON.stringify(a.error)}`);
  if (typeof a.error.message !== 'string' || a.error.message.length === 0) throw new Error(`${where}: error without a message`);
  if (/at .+\.(ts|js):\d+/.test(a.error.message)) throw new Error(`${where}: error message leaks a stack trace: ${a.error.message}`);
}

async function seedConcerns(world: World): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const answer = (await world.call('public', 'raiseConcern', { message: `Why is this space included? (${i})` }, 'spaceAdmin', 'confluence:spacePage')) as {
      ok: boolean;
    };
    expect(answer.ok).toBe(true);
  }
  const recorded = (await world.call(
    'admin',
    'recordEvents',
    { changes: [{ type: 'plan', on: '2026-06-01', product: 'confluence', plan: 'standard' }] },
    'orgAdmin',
    'jira:adminPage',
  )) as { ok: boolean };
  expect(recorded.ok).toBe(true);
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 160);
const counts = { calls: 0, ok: 0, errors: {} as Record<string, number> };

async function fuzz(fn: 'admin' | 'public', key: AdminKey | PublicKey): Promise<void> {
  const world = createWorld();
  await seedConcerns(world);
  const modules =
    fn === 'admin'
      ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ADMIN_MODULES) }, { weight: 1, arbitrary: fc.constantFrom(...PUBLIC_MODULES) })
      : fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PUBLIC_MODULES) }, { weight: 1, arbitrary: fc.constantFrom(...ADMIN_MODULES) });
  await fc.assert(
    fc.asyncProperty(payloadFor(key), fc.constantFrom(...ROLE_NAMES), modules, fc.boolean(), async (payload, role, moduleType, ownSpace) => {
      const where = `${fn}.${key} as ${role} in ${moduleType}${ownSpace ? '' : ' (other space)'}`;
      let answer: unknown;
      try {
        answer = await world.call(fn, key, payload, role, moduleType, { ownSpace });
      } catch (error) {
        throw new Error(`${where} threw instead of answering: ${(error as Error).message}`);
      }
      assertEnvelope(answer, where);
      counts.calls++;
      if (answer.ok) counts.ok++;
      else counts.errors[answer.error!.code] = (counts.errors[answer.error!.code] ?? 0) + 1;
      // Bad input is the caller's mistake, never the server's: no payload may come back as INTERNAL.
      if (!answer.ok && answer.error!.code === 'INTERNAL')
        throw new Error(`${where} answered INTERNAL: ${answer.error!.message} ← ${JSON.stringify(payload)?.slice(0, 160)}`);
      const allowed = fn === 'admin' ? mayAdmin(role, moduleType) : mayPublic(key as PublicKey, role, moduleType, ownSpace);
      if (!allowed && answer.ok) throw new Error(`${where} succeeded although that role may not do this`);
      if (!allowed) expect(['FORBIDDEN', 'INVALID']).toContain(answer.error!.code);
      checkStore(world.memory);
    }),
    { numRuns: RUNS },
  );
}

describe('resolver fuzzing through the real handlers', () => {
  // The wrapper logs unexpected failures; collect them instead of flooding the test output.
  const logged = new Map<string, number>();
  let consoleError: jest.SpyInstance;
  beforeAll(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation((first: unknown, error?: unknown) => {
      const line = `${String(first)} ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 80)}` : ''}`;
      logged.set(line, (logged.get(line) ?? 0) + 1);
    });
  });
  afterAll(() => {
    consoleError.mockRestore();
    if (logged.size) console.log(`logged by the backend during fuzzing:\n${[...logged].map(([l, n]) => `${n}× ${l}`).join('\n')}`);
    // Visible in the test log: how much of the space the fuzzing covered.
    console.log(`resolver fuzz: ${counts.calls} calls, ${counts.ok} ok, errors ${JSON.stringify(counts.errors)}`);
  });

  it.each(ADMIN_KEYS)('admin.%s answers every payload and role with an envelope and keeps storage valid', async (key) => {
    await fuzz('admin', key);
  });

  it.each(PUBLIC_KEYS)('public.%s answers every payload and role with an envelope and keeps storage valid', async (key) => {
    await fuzz('public', key);
  });

  // Its own payloads, not the fuzz runs before it: the test means the same run alone (-t) or after the others.
  it('no payload polluted Object.prototype', async () => {
    const world = createWorld();
    await seedConcerns(world);
    const operations = [...ADMIN_KEYS.map((key) => ['admin', key] as const), ...PUBLIC_KEYS.map((key) => ['public', key] as const)];
    let sent = 0;
    for (const [fn, key] of operations) {
      const [valid] = fc.sample(VALID[key], { numRuns: 1, seed: 15 });
      // Every node of a valid payload replaced by, and every object given, the prototype-polluting keys.
      const payloads = [
        PROTO,
        ...paths(valid).flatMap((path) => [
          replaceAt(valid, path, PROTO),
          ...['__proto__', 'constructor', 'prototype'].map((k) => addKeyAt(valid, path, k, PROTO)),
        ]),
      ];
      for (const payload of payloads) {
        const moduleType = fn === 'admin' ? 'jira:adminPage' : 'confluence:spacePage';
        assertEnvelope(await world.call(fn, key, payload, 'orgAdmin', moduleType), `${fn}.${key}`);
        sent++;
      }
    }
    expect(sent).toBeGreaterThan(operations.length * 2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    checkStore(world.memory);
  });

  it('hostile contexts are refused, not crashed on', async () => {
    const world = createWorld();
    const contexts: unknown[] = [
      {},
      { moduleKey: 'x' },
      { moduleKey: 'x', extension: null },
      { moduleKey: 'x', extension: { type: 'jira:adminPage<script>' } },
      { moduleKey: 'x', extension: { type: 'bitbucket:repoPage' } },
      { moduleKey: 'x'.repeat(10_000), extension: { type: 'jira:adminPage' } },
      { moduleKey: 'x', extension: { type: 'jira:projectPage', project: { id: {}, key: ['J1'] } } },
      { moduleKey: 'x', extension: { type: 'confluence:spacePage', space: '__proto__' } },
    ];
    for (const context of contexts) {
      for (const [fn, key] of [
        ['admin', 'recordEvents'],
        ['public', 'getNotice'],
      ] as const) {
        const answer = await world.handlers[fn](
          { call: { functionKey: key, payload: { changes: [] } }, context: context as Record<string, unknown> },
          { principal: { accountId: 'acc-org-admin' } },
        );
        assertEnvelope(answer, `${fn}.${key} with context ${JSON.stringify(context).slice(0, 60)}`);
        expect((answer as { ok: boolean }).ok).toBe(false);
      }
    }
    checkStore(world.memory);
  });

  it('the identity in a payload is ignored: only the signed principal counts', async () => {
    const world = createWorld();
    const answer = (await world.call(
      'admin',
      'recordEvents',
      { changes: [{ type: 'terminated', on: '2026-09-01' }], accountId: 'acc-org-admin' },
      'user',
      'jira:adminPage',
    )) as { ok: boolean; error?: { code: string } };
    expect(answer.ok).toBe(false);
    const asAnon = (await world.call('admin', 'getOverview', { principal: { accountId: 'acc-org-admin' } }, 'anonymous', 'jira:adminPage')) as { ok: boolean };
    expect(asAnon.ok).toBe(false);
    expect(checkStore(world.memory).headSeq).toBe(0);
  });
});
