/**
 * The runtime rehearsal's end-to-end flow, over whatever module exports the
 * app's Forge handlers: `src/index.ts` today, the bundles `@forge/bundler`
 * writes (one `.cjs` per handler file) later. `loadHandlers` is called only
 * after the runtime stand-in is installed, because the SDKs read its globals
 * when they load.
 *
 * Everything runs through the real SDKs: the admin and public resolver functions
 * are invoked with events in Forge's shape, storage and product calls go through
 * `__forge_fetch__`, and every request is metered.
 */
import { EXAMPLE_ATTESTATION_AT, EXAMPLE_BATCHES, EXAMPLE_NOTICE_SETTINGS } from '../../preview/example-org';
import { evaluate } from '../../src/policy/engine';
import { parseProfile } from '../../src/policy/profile';
import {
  ACCOUNTS,
  ForgeRuntime,
  storageReads,
  storageWrites,
  type Handler,
  type Invocation,
  type ModuleContextInput,
  type RuntimeOptions,
} from './forge-runtime';

export interface Handlers {
  adminHandler: Handler;
  /** The space/project pages' function (`space-resolver`), from the admin entry. */
  spaceHandler: Handler;
  publicHandler: Handler;
  dailyCheck: Handler;
}

/**
 * Loads the handlers lazily: the admin function and the daily check from `adminPath` (`src/index.ts` or the
 * bundle `index.cjs`), the public resolver from `publicPath` (`src/page-view.ts` or `page-view.cjs`), as the
 * manifest attaches them.
 */
export function handlersAt(adminPath: string, publicPath: string = adminPath): () => Handlers {
  return () => {
    const admin = require(adminPath) as Partial<Handlers>;
    const pub = require(publicPath) as Partial<Handlers>;
    const loaded = { adminHandler: admin.adminHandler, spaceHandler: admin.spaceHandler, dailyCheck: admin.dailyCheck, publicHandler: pub.publicHandler };
    for (const [name, from] of [
      ['adminHandler', adminPath],
      ['spaceHandler', adminPath],
      ['dailyCheck', adminPath],
      ['publicHandler', publicPath],
    ] as const) {
      if (typeof loaded[name] !== 'function') throw new Error(`${from} does not export a function ${name}`);
    }
    return loaded as Handlers;
  };
}

export interface FlowOptions {
  /** Names the describe block, e.g. "bundled". */
  label?: string;
  runtime?: RuntimeOptions;
}

type Envelope = { ok: true; data: Record<string, unknown> } | { ok: false; error: { code: string; message: string } };

const ADMIN: ModuleContextInput = { accountId: ACCOUNTS.orgAdmin, moduleType: 'jira:adminPage' };
const byline = (space: string, accountId: string | null = null, locale = 'en-US'): ModuleContextInput => ({
  accountId,
  moduleType: 'confluence:contentBylineItem',
  space,
  contentId: '98305',
  locale,
});
const today = () => new Date().toISOString().slice(0, 10);

function data(invocation: Invocation<Envelope>): Record<string, unknown> {
  const envelope = invocation.result;
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data;
}

export function runFlow(loadHandlers: () => Handlers, options: FlowOptions = {}): void {
  describe(`runtime rehearsal${options.label ? ` (${options.label})` : ''}: the real SDKs end to end`, () => {
    let runtime: ForgeRuntime;
    let handlers: Handlers;

    const admin = (functionKey: string, payload: unknown = {}, context: ModuleContextInput = ADMIN) =>
      runtime.invoke<Envelope>(handlers.adminHandler, { functionKey, payload, context });
    const publicCall = (functionKey: string, context: ModuleContextInput, payload: unknown = {}) =>
      runtime.invoke<Envelope>(handlers.publicHandler, { functionKey, payload, context });
    const spaceCall = (functionKey: string, context: ModuleContextInput, payload: unknown = {}) =>
      runtime.invoke<Envelope>(handlers.spaceHandler, { functionKey, payload, context });
    const headSeq = () => (runtime.kvs.peek('head', 'history-head') as { seq: number } | undefined)?.seq ?? 0;
    const change = (key: string) => ({ changes: [{ type: 'scope', on: today(), target: { kind: 'space', key }, mode: 'exclude' }] });
    const exportedProfile = async () => {
      const file = data(await admin('exportEvidence', { format: 'profile-json' })) as { content: string };
      const parsed = parseProfile(JSON.parse(file.content));
      if (!parsed.ok) throw new Error(`exported profile does not parse: ${JSON.stringify(parsed.issues)}`);
      return parsed.value;
    };

    beforeAll(() => {
      runtime = new ForgeRuntime(options.runtime).install();
      handlers = loadHandlers();
    });
    afterAll(() => runtime.uninstall());

    test('an org admin records the organization through the admin function, one guarded transaction per change', async () => {
      for (const [index, batch] of EXAMPLE_BATCHES.entries()) {
        const recorded = await admin('recordEvents', { changes: batch.changes });
        expect(recorded.result).toMatchObject({ ok: true });
        expect(headSeq()).toBe(index + 1);
        // Authorized as the person, not the app.
        expect(recorded.requests.filter((r) => r.type === 'fpp' && r.path.startsWith('/rest/api/3/mypermissions'))).toEqual([
          expect.objectContaining({ as: 'user', accountId: ACCOUNTS.orgAdmin, status: 200 }),
        ]);
        expect(storageWrites(recorded.requests).filter((r) => r.path === '/api/v1/transaction' && r.status === 204)).toHaveLength(1);
      }
      const saved = await admin('saveNoticeSettings', { settings: EXAMPLE_NOTICE_SETTINGS });
      expect(data(saved)).toMatchObject({ settings: EXAMPLE_NOTICE_SETTINGS });
      // The banner's display condition is a Confluence space property the app sets as itself.
      const propertyWrites = saved.requests.filter((r) => r.product === 'confluence' && r.method === 'POST');
      expect(propertyWrites.length).toBeGreaterThan(0);
      expect(propertyWrites.every((r) => r.as === 'app' && r.status === 201)).toBe(true);
      expect(runtime.site.config.spaces.some((s) => runtime.site.spaceProperties(s.id)['contribution-lens-banner'] === 'on')).toBe(true);
      expect(data(await admin('attest', { note: `Checked on ${EXAMPLE_ATTESTATION_AT.slice(0, 10)}.` }))).toBeDefined();
      expect(headSeq()).toBeGreaterThan(EXAMPLE_BATCHES.length);
      expect(data(await admin('verifyHistory'))).toMatchObject({ intact: true, headSeq: headSeq(), entries: headSeq() });
    });

    test('the daily check runs as a scheduled trigger, reads the product as the app, and a second run writes nothing', async () => {
      const first = await runtime.trigger(handlers.dailyCheck);
      const product = first.requests.filter((r) => r.type === 'fpp');
      expect(product.length).toBeGreaterThan(0);
      expect(product.every((r) => r.as === 'app')).toBe(true);
      expect(product.map((r) => r.path)).toEqual(expect.arrayContaining(['/rest/api/3/instance/license', '/rest/api/3/data-policy']));
      expect(runtime.kvs.peek('status')).toMatchObject({ external: { license: expect.anything() } });
      const second = await runtime.trigger(handlers.dailyCheck);
      expect(storageWrites(second.requests)).toEqual([]);
    });

    test('the page-view function answers getNotice from storage in exactly one read, as the engine evaluates the exported profile', async () => {
      const profile = await exportedProfile();
      for (const space of ['DOCS', 'HR', 'ENG']) {
        const notice = await publicCall('getNotice', byline(space));
        expect(storageReads(notice.requests)).toHaveLength(1);
        expect(storageWrites(notice.requests)).toHaveLength(0);
        expect(notice.requests.filter((r) => r.type === 'fpp')).toEqual([]);
        const shown = data(notice);
        const expected = evaluate(profile, { at: today(), space: { key: space, app: 'confluence' } }).space;
        expect(expected?.inAppData).toEqual(expect.any(String));
        expect(shown).toMatchObject({ spaceKey: space, product: 'confluence', inAppData: expected?.inAppData, text: EXAMPLE_NOTICE_SETTINGS.text.default });
        if (expected?.projected) expect(shown.projected).toBe(expected.projected);
      }
      // The example org excludes HR and includes DOCS, so the two notices must not read alike.
      const verdicts = await Promise.all(['DOCS', 'HR'].map(async (space) => data(await publicCall('getNotice', byline(space))).inAppData));
      expect(new Set(verdicts).size).toBe(2);
      const german = await publicCall('getNotice', byline('DOCS', ACCOUNTS.plain, 'de-DE'));
      expect(data(german).text).toBe(EXAMPLE_NOTICE_SETTINGS.text['de-DE']);
      expect(storageReads(german.requests)).toHaveLength(1);
    });

    test('the space page (its own function) reads one document; only a signed-in visitor adds one permission check, as that user', async () => {
      const page = (accountId: string | null): ModuleContextInput => ({ accountId, moduleType: 'confluence:spacePage', space: 'DOCS' });
      const anonymous = await spaceCall('getSpaceStatus', page(null));
      expect(data(anonymous)).toMatchObject({ space: { key: 'DOCS' }, canRaiseConcern: false });
      expect(storageReads(anonymous.requests)).toHaveLength(1);
      expect(anonymous.requests.filter((r) => r.type === 'fpp')).toEqual([]);
      const spaceAdmin = await spaceCall('getSpaceStatus', page(ACCOUNTS.spaceAdmin));
      expect(data(spaceAdmin)).toMatchObject({ canRaiseConcern: true });
      expect(storageReads(spaceAdmin.requests)).toHaveLength(1);
      expect(spaceAdmin.requests.filter((r) => r.type === 'fpp').map((r) => [r.as, r.accountId, r.path])).toEqual([
        ['user', ACCOUNTS.spaceAdmin, `/wiki/api/v2/spaces/${runtime.site.config.spaces.find((s) => s.key === 'DOCS')?.id}/operations`],
      ]);
    });

    test("a space admin raises a concern through the space pages' function: one history entry, and it reads back", async () => {
      const page = (accountId: string | null): ModuleContextInput => ({ accountId, moduleType: 'confluence:spacePage', space: 'DOCS' });
      const before = headSeq();
      const plain = await spaceCall('raiseConcern', page(ACCOUNTS.plain), { kind: 'exclude-request', message: 'Please exclude DOCS' });
      expect(plain.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(headSeq()).toBe(before);
      const raised = await spaceCall('raiseConcern', page(ACCOUNTS.spaceAdmin), { kind: 'exclude-request', message: 'Please exclude DOCS' });
      expect(data(raised)).toMatchObject({ spaceKey: 'DOCS', kind: 'exclude-request', state: 'open' });
      // Raising a concern appends its digest to the hash-chained history, guarded by the head.
      expect(headSeq()).toBe(before + 1);
      const mine = await spaceCall('getMyConcerns', page(ACCOUNTS.spaceAdmin));
      expect((data(mine).concerns as { id: string }[]).map((c) => c.id)).toEqual([(data(raised) as { id: string }).id]);
    });

    test("a plain user's admin call is refused with FORBIDDEN and writes nothing, whatever the browser claims", async () => {
      const before = headSeq();
      const plain = await admin('recordEvents', change('ENG'), { ...ADMIN, accountId: ACCOUNTS.plain });
      expect(plain.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(storageWrites(plain.requests)).toEqual([]);
      // The browser's context claims the admin; the platform's principal is the plain user.
      const forged = await admin('recordEvents', change('ENG'), { ...ADMIN, accountId: ACCOUNTS.plain, client: { accountId: ACCOUNTS.orgAdmin } });
      expect(forged.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(forged.requests.filter((r) => r.type === 'fpp').map((r) => r.accountId)).toEqual([ACCOUNTS.plain]);
      const anonymous = await admin('getOverview', {}, { ...ADMIN, accountId: null });
      expect(anonymous.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(anonymous.requests).toEqual([]);
      // Admin operations do not exist on the public function at all.
      expect((await publicCall('recordEvents', byline('DOCS', ACCOUNTS.orgAdmin))).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      // Inherited names are no operations either: the unknown-key guard answers before @forge/resolver looks them up.
      for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
        const answer = await publicCall(key, byline('DOCS', ACCOUNTS.orgAdmin));
        expect(answer.result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
        expect(answer.requests).toEqual([]);
      }
      // The page-view function only reads: raising a concern (which writes to the chain) is the space pages' function's.
      const write = await publicCall('raiseConcern', byline('DOCS', ACCOUNTS.orgAdmin), { kind: 'concern', message: 'Why?' });
      expect(write.result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(write.requests).toEqual([]);
      // A payload the public contract refuses gets the INVALID envelope, worded field by field, before any permission check.
      const invalid = await publicCall('getNotice', byline('DOCS', ACCOUNTS.orgAdmin), { extra: 1 });
      expect(invalid.result).toMatchObject({
        ok: false,
        error: { code: 'INVALID', message: expect.stringMatching(/^Invalid request: /), issues: [expect.objectContaining({ path: expect.any(String) })] },
      });
      expect(invalid.requests).toEqual([]);
      expect(headSeq()).toBe(before);
    });

    test('a storage conflict surfaces through the real SDK and the write is retried on the new head', async () => {
      const before = headSeq();
      let competitor: Invocation<Envelope> | undefined;
      // Another admin commits between this invocation's read of the head and its commit.
      runtime.beforeNext('/api/v1/transaction', async () => {
        competitor = await admin('recordEvents', change('LEGAL'));
      });
      const mine = await admin('recordEvents', change('API'));
      expect(competitor?.result).toMatchObject({ ok: true });
      expect(mine.result).toMatchObject({ ok: true });
      const commits = mine.requests.filter((r) => r.path === '/api/v1/transaction').map((r) => r.status);
      expect(commits.slice(0, 2)).toEqual([409, 204]);
      expect(headSeq()).toBe(before + 2);
      const scopes = (await exportedProfile()).events
        .filter((e) => e.type === 'scope' && e.on === today())
        .map((e) => (e as { target: { key: string } }).target.key);
      expect(scopes).toEqual(expect.arrayContaining(['API', 'LEGAL']));
    });

    test('rate limits are retried: on the notice read and on an admin commit', async () => {
      runtime.faults({ kind: 'rate-limit', failNext: 2 });
      const notice = await publicCall('getNotice', byline('DOCS'));
      expect(notice.result).toMatchObject({ ok: true });
      expect(storageReads(notice.requests).map((r) => r.status)).toEqual([429, 429, 200]);
      const before = headSeq();
      runtime.faults({ kind: 'rate-limit', failNext: 2, writesOnly: true, paths: ['/api/v1/transaction'] });
      const recorded = await admin('recordEvents', change('ENG'));
      expect(recorded.result).toMatchObject({ ok: true });
      expect(
        recorded.requests
          .filter((r) => r.path === '/api/v1/transaction')
          .map((r) => r.status)
          .slice(0, 3),
      ).toEqual([429, 429, 204]);
      expect(headSeq()).toBe(before + 1);
      runtime.faults(null);
    });

    test('a commit whose answer is lost (5xx after it was applied) is recognised, not written twice', async () => {
      const before = headSeq();
      runtime.faults({ kind: 'server', failNext: 1, writesOnly: true, paths: ['/api/v1/transaction'], afterCommit: true });
      const recorded = await admin('recordEvents', change('DOCS'));
      expect(recorded.result).toMatchObject({ ok: true });
      expect(recorded.requests.some((r) => r.path === '/api/v1/transaction' && r.status === 500)).toBe(true);
      expect(headSeq()).toBe(before + 1);
      expect(data(await admin('verifyHistory'))).toMatchObject({ intact: true, headSeq: before + 1, entries: before + 1 });
    });
  });
}
