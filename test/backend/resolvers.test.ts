/** Resolvers through the REAL getDefinitions() handlers: envelopes, validation, authorization. */
import { ADMIN_KEYS, PUBLIC_KEYS } from '../../src/shared/contract';
import { call, makeWorld, PEOPLE, type ModuleName, type World } from './support/world';

const jiraPremium = { type: 'plan', on: '2026-01-10', product: 'jira', plan: 'premium' } as const;
const confluenceStandard = { type: 'plan', on: '2026-01-10', product: 'confluence', plan: 'standard' } as const;
const jiraStandard = { type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' } as const;

/** A valid payload for every admin write, so the matrix tests authorization and nothing else. */
const ADMIN_WRITES: Record<string, unknown> = {
  recordEvents: { changes: [jiraPremium] },
  attest: { note: 'Checked against admin.atlassian.com' },
  saveNoticeSettings: { settings: { notice: 'contributed-only', banner: 'off', text: { default: 'Data from this space may improve Atlassian AI.' } } },
  answerConcern: { id: 'c1', answer: 'Thanks, this space is excluded from next week.' },
  resolveConcern: { id: 'c1' },
  importProfile: { profile: { schemaVersion: 1, events: [confluenceStandard] } },
};

let world: World;
beforeEach(() => {
  world = makeWorld();
});

const admin = (fn: string, payload: unknown, accountId: string | null = PEOPLE.orgAdmin, module: ModuleName = 'jiraAdmin') =>
  call(world.adminHandler, module, fn, payload, accountId);
const pub = (module: ModuleName, fn: string, payload: unknown, accountId: string | null) => call(world.publicHandler, module, fn, payload, accountId);

describe('authorization matrix', () => {
  const actors: [string, string | null][] = [
    ['org admin', PEOPLE.orgAdmin],
    ['space admin', PEOPLE.spaceAdmin],
    ['plain user', PEOPLE.user],
    ['anonymous', null],
  ];

  test.each(Object.keys(ADMIN_WRITES).flatMap((op) => actors.map(([who, id]) => [op, who, id] as const)))('%s as %s', async (op, who, accountId) => {
    // A concern to answer/resolve exists in every case.
    await pub('spacePage', 'raiseConcern', { message: 'Why is this space contributing?' }, PEOPLE.spaceAdmin);
    const before = world.store.snapshot();
    const result = await admin(op, ADMIN_WRITES[op], accountId);
    if (who === 'org admin') {
      expect(result).toMatchObject({ ok: true });
    } else {
      expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
      expect(world.store.snapshot()).toEqual(before);
    }
  });

  test.each(actors)('raiseConcern as %s', async (who, accountId) => {
    const result = await pub('spacePage', 'raiseConcern', { message: 'Please exclude this space.' }, accountId);
    expect(result.ok).toBe(who === 'org admin' || who === 'space admin');
    if (!result.ok) expect(result.error.code).toBe('FORBIDDEN');
  });

  test('a space admin of another space cannot raise a concern here', async () => {
    // PEOPLE.spaceAdmin administers ENG and DOCS, not HR (the banner module's space).
    world.product.spaceAdmins.set('acc-other', new Set(['HR']));
    expect((await pub('spacePage', 'raiseConcern', { message: 'x' }, 'acc-other')).error.code).toBe('FORBIDDEN');
    expect((await pub('projectPage', 'raiseConcern', { message: 'x' }, PEOPLE.spaceAdmin)).ok).toBe(true);
  });

  test('the Confluence admin page checks Confluence admin rights the same way', async () => {
    expect((await admin('getOverview', {}, PEOPLE.orgAdmin, 'confluenceAdmin')).ok).toBe(true);
    expect((await admin('getOverview', {}, PEOPLE.user, 'confluenceAdmin')).error.code).toBe('FORBIDDEN');
  });

  test('admin reads are admin-only too', async () => {
    for (const op of ['getOverview', 'listHistory', 'verifyHistory', 'listConcerns', 'getNoticeSettings'] as const) {
      expect((await admin(op, {}, PEOPLE.user)).error.code).toBe('FORBIDDEN');
      expect((await admin(op, {}, PEOPLE.orgAdmin)).ok).toBe(true);
    }
  });

  test('fails closed when the permission check itself fails', async () => {
    world.product.failPermissionChecks = true;
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await admin('recordEvents', ADMIN_WRITES.recordEvents)).error.code).toBe('FORBIDDEN');
    spy.mockRestore();
  });

  test('admin operations are not defined on the public function at all', async () => {
    for (const key of ADMIN_KEYS) expect(await pub('spacePage', key, {}, PEOPLE.orgAdmin)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    for (const key of PUBLIC_KEYS) expect(await admin(key, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  test('the admin function refuses calls from non-admin modules, even for an org admin', async () => {
    const result = await call(world.adminHandler, 'byline', 'getOverview', {}, PEOPLE.orgAdmin);
    expect(result.error.code).toBe('FORBIDDEN');
  });

  test('identity comes from the platform principal, never from the payload or forged context', async () => {
    const result = await admin('recordEvents', { changes: [jiraPremium], accountId: PEOPLE.orgAdmin }, PEOPLE.user);
    expect(result.error.code).toBe('INVALID'); // unknown key refused before anything else
    const forged = await admin('recordEvents', { changes: [jiraPremium] }, null);
    expect(forged.error.code).toBe('FORBIDDEN');
  });
});

describe('validation', () => {
  test('bad payloads return INVALID naming the field; nothing is written', async () => {
    const before = world.store.snapshot();
    const result = await admin('recordEvents', { changes: [{ type: 'plan', on: '2026-02-30', product: 'jira', plan: 'premium' }] });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID',
        message: expect.stringContaining('changes[0].on'),
        issues: [{ path: 'changes[0].on', message: expect.stringContaining('calendar date') }],
      },
    });
    expect(world.store.snapshot()).toEqual(before);
  });

  test('size limits apply', async () => {
    const tooMany = Array.from({ length: 5_001 }, () => jiraPremium);
    expect((await admin('recordEvents', { changes: tooMany })).error.issues[0].path).toBe('changes');
    expect((await pub('spacePage', 'raiseConcern', { message: 'x'.repeat(2_001) }, PEOPLE.spaceAdmin)).error.issues[0].path).toBe('message');
    expect((await admin('listHistory', { limit: 1_000 })).error.issues[0].path).toBe('limit');
    expect((await admin('saveNoticeSettings', { settings: { notice: 'loud', banner: 'off', text: {} } })).error.issues[0].path).toBe('settings.notice');
  });

  test('a missing payload is treated as empty, not a crash', async () => {
    expect((await admin('getOverview', undefined)).ok).toBe(true);
    expect((await admin('recordEvents', undefined)).error.code).toBe('INVALID');
  });

  test('import reports profile issues with their path', async () => {
    const result = await admin('importProfile', { profile: { schemaVersion: 1, events: [{ type: 'plan', on: 'soon', product: 'jira', plan: 'premium' }] } });
    expect(result.error.code).toBe('INVALID');
    expect(result.error.issues).toEqual([{ path: 'profile.events[0].on', message: expect.any(String) }]);
    const newer = await admin('importProfile', { profile: { schemaVersion: 9, events: [] } });
    expect(newer.error.issues[0]).toEqual({ path: 'profile.schemaVersion', message: expect.stringContaining('newer') });
  });

  test('unexpected failures become INTERNAL and are logged', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    jest.spyOn(world.store, 'get').mockRejectedValueOnce(new Error('disk on fire'));
    const result = await pub('byline', 'getNotice', {}, PEOPLE.user);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.not.stringContaining('disk') } });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('admin flow end to end', () => {
  test('record → overview → notice → history → verify', async () => {
    const recorded = await admin('recordEvents', {
      changes: [
        jiraPremium,
        { type: 'setting', on: '2026-09-01', setting: 'inAppData', value: 'on' },
        { type: 'scope', on: '2026-09-02', target: { kind: 'space', key: 'ENG' }, mode: 'exclude' },
        { type: 'profile-info', organization: 'Acme' },
      ],
    });
    expect(recorded.ok).toBe(true);
    expect(recorded.data).toMatchObject({ headSeq: 1, recorded: 4, entries: 1 });

    const overview = await admin('getOverview', {});
    expect(overview.data.profile).toMatchObject({ organization: 'Acme', eventCount: 3, headSeq: 1, lastRecordedBy: PEOPLE.orgAdmin });
    expect(overview.data.status.evaluation.inAppData.status).toBe('contributing');
    expect(overview.data.status.exceptionCounts).toEqual({ include: 0, exclude: 1 });

    const engNotice = await pub('issueContext', 'getNotice', {}, null);
    expect(engNotice.data).toMatchObject({ show: true, spaceKey: 'ENG', inAppData: 'not-contributing', code: 'SPACE_EXCLUDED' });
    const docsNotice = await pub('byline', 'getNotice', {}, null);
    expect(docsNotice.data).toMatchObject({ spaceKey: 'DOCS', inAppData: 'not-contributing', code: 'APP_NOT_ACTIVE' });

    const history = await admin('listHistory', { limit: 2 });
    expect(history.data.rows.map((r: { index: number }) => r.index)).toEqual([3, 2]);
    const next = await admin('listHistory', { limit: 10, cursor: history.data.nextCursor });
    expect(next.data.rows.map((r: { index: number }) => r.index)).toEqual([1, 0]);
    expect(next.data.nextCursor).toBeNull();

    expect((await admin('verifyHistory', {})).data).toMatchObject({ intact: true, entries: 1, records: 4, headSeq: 1 });
  });

  test('preview and simulate never write', async () => {
    await admin('recordEvents', { changes: [jiraPremium] });
    const before = world.store.snapshot();
    const preview = await admin('previewEvents', { changes: [{ type: 'setting', on: '2026-10-01', setting: 'inAppData', value: 'on' }, jiraPremium] });
    expect(preview.data.before.inAppData.status).toBe('not-contributing');
    expect(preview.data.after.inAppData.status).toBe('contributing');
    expect(preview.data.differences).toContain('In-app data: not contributing → contributing.');
    expect(preview.data.redundant).toBe(1);
    const sim = await admin('simulate', { changes: [{ type: 'plan', on: '2026-11-01', product: 'jira', plan: 'standard' }], at: '2026-12-31' });
    expect(sim.data.current.highestPlan).toBe('premium');
    expect(sim.data.simulated.highestPlan).toBe('standard');
    expect(world.store.snapshot()).toEqual(before);
  });

  test('recordEvents with a stale expectedHeadSeq is a CONFLICT and writes nothing', async () => {
    await admin('recordEvents', { changes: [jiraPremium] });
    const before = world.store.snapshot();
    const result = await admin('recordEvents', { changes: [confluenceStandard], expectedHeadSeq: 0 });
    expect(result.error.code).toBe('CONFLICT');
    expect(world.store.snapshot()).toEqual(before);
  });

  test('the same setting twice on one day: the later record wins', async () => {
    await admin('recordEvents', { changes: [jiraPremium, { type: 'setting', on: '2026-09-01', setting: 'inAppData', value: 'on' }] });
    await admin('recordEvents', { changes: [{ type: 'setting', on: '2026-09-01', setting: 'inAppData', value: 'off' }] });
    expect((await admin('getOverview', {})).data.status.evaluation.inAppData.status).toBe('not-contributing');
    await admin('recordEvents', { changes: [{ type: 'setting', on: '2026-09-01', setting: 'inAppData', value: 'on' }] });
    expect((await admin('getOverview', {})).data.status.evaluation.inAppData.status).toBe('contributing');
  });

  test('a 5,000-event batch is stored in one atomic write of several entries', async () => {
    const changes = [
      jiraPremium,
      ...Array.from({ length: 4_999 }, (_, i) => ({ type: 'scope', on: '2026-09-02', target: { kind: 'space', key: `SPACE-${i}` }, mode: 'exclude' })),
    ];
    await admin('recordEvents', { changes: [{ type: 'setting', on: '2026-09-01', setting: 'inAppData', value: 'on' }] });
    const transactsBefore = world.store.calls.transact;
    const result = await admin('recordEvents', { changes });
    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({ recorded: 5_000, entries: 10, headSeq: 11 });
    expect(world.store.calls.transact - transactsBefore).toBe(1);
    expect(result.data.status.exceptionCounts.exclude).toBe(4_999);
    const verify = await admin('verifyHistory', {});
    expect(verify.data).toMatchObject({ intact: true, entries: 11, records: 5_001 });
  });
});

describe('public surfaces', () => {
  test('getNotice reads exactly one storage document and makes no product calls', async () => {
    await admin('recordEvents', { changes: [jiraPremium] });
    const reads = { ...world.store.calls };
    const checks = world.product.permissionChecks;
    const result = await pub('byline', 'getNotice', {}, null);
    expect(result.ok).toBe(true);
    expect(world.store.calls.get - reads.get).toBe(1);
    expect(world.store.calls.getEntity - reads.getEntity + world.store.calls.query - reads.query).toBe(0);
    expect(world.product.permissionChecks).toBe(checks);
  });

  test('notice settings decide whether the notice shows, per module kind', async () => {
    await admin('recordEvents', {
      changes: [jiraStandard, confluenceStandard, { type: 'scope', on: '2026-09-02', target: { kind: 'space', key: 'HR' }, mode: 'exclude' }],
    });
    await admin('saveNoticeSettings', { settings: { notice: 'contributed-only', banner: 'everywhere', text: { default: 'Hello', de: 'Hallo' } } });
    const docs = await pub('byline', 'getNotice', {}, null);
    expect(docs.data).toMatchObject({ show: true, inAppData: 'contributing', text: 'Hello' });
    const hrBanner = await pub('banner', 'getNotice', {}, null);
    expect(hrBanner.data).toMatchObject({ show: true, inAppData: 'not-contributing' });
    await admin('saveNoticeSettings', { settings: { notice: 'contributed-only', banner: 'contributed-only', text: {} } });
    expect((await pub('banner', 'getNotice', {}, null)).data.show).toBe(false);
    await admin('saveNoticeSettings', { settings: { notice: 'off', banner: 'off', text: {} } });
    expect((await pub('byline', 'getNotice', {}, null)).data.show).toBe(false);
  });

  test('getSpaceStatus tells whether the caller may raise a concern', async () => {
    expect((await pub('spacePage', 'getSpaceStatus', {}, PEOPLE.spaceAdmin)).data).toMatchObject({ space: { key: 'DOCS' }, canRaiseConcern: true });
    expect((await pub('spacePage', 'getSpaceStatus', {}, PEOPLE.user)).data.canRaiseConcern).toBe(false);
    expect((await pub('spacePage', 'getSpaceStatus', {}, null)).data.canRaiseConcern).toBe(false);
  });

  test('concerns: raise, see my own, answer, resolve', async () => {
    const raised = await pub('projectPage', 'raiseConcern', { message: 'Our customers’ tickets live here.' }, PEOPLE.spaceAdmin);
    expect(raised.data).toMatchObject({ id: 'c1', product: 'jira', spaceKey: 'ENG', raisedBy: PEOPLE.spaceAdmin, state: 'open' });
    expect((await pub('projectPage', 'getMyConcerns', {}, PEOPLE.spaceAdmin)).data.concerns).toHaveLength(1);
    expect((await pub('spacePage', 'getMyConcerns', {}, PEOPLE.spaceAdmin)).data.concerns).toHaveLength(0);
    expect((await pub('projectPage', 'getMyConcerns', {}, PEOPLE.user)).data.concerns).toHaveLength(0);
    expect((await admin('listConcerns', {})).data.concerns.map((c: { id: string }) => c.id)).toEqual(['c1']);
    expect((await admin('listSpaces', { hasConcern: true })).data.spaces.map((s: { key: string }) => s.key)).toEqual(['ENG']);
    expect((await admin('answerConcern', { id: 'c1', answer: 'We will exclude it.' })).data).toMatchObject({ state: 'answered', answeredBy: PEOPLE.orgAdmin });
    expect((await admin('resolveConcern', { id: 'c1', note: 'Excluded.' })).data).toMatchObject({ state: 'resolved', resolutionNote: 'Excluded.' });
    expect((await admin('resolveConcern', { id: 'c1' })).error.code).toBe('CONFLICT');
    expect((await admin('answerConcern', { id: 'nope', answer: 'x' })).error.code).toBe('NOT_FOUND');
    expect((await admin('listConcerns', { state: 'resolved' })).data.concerns).toHaveLength(1);
  });
});

describe('spaces and import', () => {
  test('listSpaces filters by status, mode and search, across both apps', async () => {
    await admin('recordEvents', {
      changes: [jiraStandard, confluenceStandard, { type: 'scope', on: '2026-09-02', target: { kind: 'space', key: 'HR' }, mode: 'exclude' }],
    });
    const all = await admin('listSpaces', {});
    expect(all.data.spaces.map((s: { key: string; status: string }) => `${s.key}:${s.status}`)).toEqual([
      'ENG:contributing',
      'HELP:not-contributing', // Jira Service Management is not part of this org
      'DOCS:contributing',
      'HR:not-contributing',
    ]);
    expect((await admin('listSpaces', { mode: 'exclude' })).data.spaces.map((s: { key: string }) => s.key)).toEqual(['HR']);
    expect((await admin('listSpaces', { status: 'contributing' })).data.spaces.map((s: { key: string }) => s.key)).toEqual(['ENG', 'DOCS']);
    expect((await admin('listSpaces', { search: 'people' })).data.spaces.map((s: { key: string }) => s.key)).toEqual(['HR']);
    const page1 = await admin('listSpaces', { product: 'jira', limit: 1 });
    expect(page1.data.spaces).toHaveLength(1);
  });

  test('import records only what is new, and a dry run writes nothing', async () => {
    await admin('recordEvents', { changes: [jiraPremium] });
    const profile = { schemaVersion: 1, organization: 'Acme EU', events: [jiraPremium, confluenceStandard] };
    const before = world.store.snapshot();
    const dry = await admin('importProfile', { profile, dryRun: true });
    expect(dry.data).toEqual({ dryRun: true, newEvents: 1, alreadyDeclared: 1, profileInfoChanged: true, headSeq: 1 });
    expect(world.store.snapshot()).toEqual(before);
    const real = await admin('importProfile', { profile });
    expect(real.data).toMatchObject({ dryRun: false, newEvents: 1, headSeq: 2 });
    const again = await admin('importProfile', { profile });
    expect(again.data).toMatchObject({ newEvents: 0, alreadyDeclared: 2, profileInfoChanged: false, headSeq: 2 });
    const history = await admin('listHistory', { filter: { origin: 'import' } });
    expect(history.data.rows.map((r: { record: { kind: string } }) => r.record.kind)).toEqual(['event', 'profile-info']);
  });
});

describe('history paging and filters', () => {
  beforeEach(async () => {
    world.clock.set('2026-10-01T10:00:00Z');
    await admin('recordEvents', { changes: [jiraStandard, { type: 'setting', on: '2026-10-01', setting: 'inAppData', value: 'off' }] });
    world.clock.set('2026-10-15T10:00:00Z');
    world.product.orgAdmins.add('acc-second-admin');
    await call(world.adminHandler, 'confluenceAdmin', 'attest', { note: 'second admin' }, 'acc-second-admin');
    world.clock.set('2026-11-01T10:00:00Z');
    await admin('recordEvents', { changes: [{ type: 'scope', on: '2026-11-01', target: { kind: 'space', key: 'ENG' }, mode: 'include' }] });
  });
  const rowsOf = (r: { data: { rows: { seq: number; index: number }[] } }) => r.data.rows.map((x) => `${x.seq}.${x.index}`);

  test('pages newest first with a stable cursor', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await admin('listHistory', { limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...rowsOf(page));
      cursor = page.data.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['3.0', '2.0', '1.1', '1.0']);
  });

  test('filters by type, actor, origin and date range', async () => {
    expect(rowsOf(await admin('listHistory', { filter: { type: 'setting' } }))).toEqual(['1.1']);
    expect(rowsOf(await admin('listHistory', { filter: { type: 'event' } }))).toEqual(['3.0', '1.1', '1.0']);
    expect(rowsOf(await admin('listHistory', { filter: { type: 'attestation' } }))).toEqual(['2.0']);
    expect(rowsOf(await admin('listHistory', { filter: { actor: 'acc-second-admin' } }))).toEqual(['2.0']);
    expect(rowsOf(await admin('listHistory', { filter: { origin: 'admin-page', from: '2026-10-10', to: '2026-10-31' } }))).toEqual(['2.0']);
    expect(rowsOf(await admin('listHistory', { filter: { from: '2026-10-02' } }))).toEqual(['3.0', '2.0']);
    expect(rowsOf(await admin('listHistory', { filter: { origin: 'import' } }))).toEqual([]);
    expect((await admin('listHistory', { cursor: 'not-a-cursor' })).error).toMatchObject({ code: 'INVALID', issues: [{ path: 'cursor' }] });
  });
});

test('listSpaces pages across Jira and then Confluence without skipping or repeating', async () => {
  world.product.spaces.jira.push(...Array.from({ length: 5 }, (_, i) => ({ key: `J${i}`, name: `Jira ${i}`, app: 'jira' })));
  const keys: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await admin('listSpaces', { limit: 3, ...(cursor ? { cursor } : {}) });
    expect(page.data.spaces.length).toBeLessThanOrEqual(3);
    keys.push(...page.data.spaces.map((s: { product: string; key: string }) => `${s.product}:${s.key}`));
    cursor = page.data.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < 20);
  expect(keys).toEqual(['jira:ENG', 'jira:HELP', 'jira:J0', 'jira:J1', 'jira:J2', 'jira:J3', 'jira:J4', 'confluence:DOCS', 'confluence:HR']);
  expect((await admin('listSpaces', { cursor: '!!' })).error.code).toBe('INVALID');
});

describe('resolver keys the function does not define', () => {
  // @forge/resolver looks handlers up with `in`: inherited names must not reach Object.prototype.
  const keys = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf', 'noSuchOperation', ''];

  test.each(keys)('%p answers NOT_FOUND with the error envelope, on both functions', async (key) => {
    const before = world.store.snapshot();
    for (const result of [await admin(key, {}), await pub('spacePage', key, {}, PEOPLE.user)]) {
      expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/^There is no operation/) } });
      // Nothing of the invocation context comes back.
      expect(JSON.stringify(result)).not.toMatch(/cloudId|moduleKey|accountId|localId/);
    }
    expect(world.store.snapshot()).toEqual(before);
  });

  test('an admin key called on the public function is not found there either', async () => {
    const result = await pub('spacePage', 'recordEvents', { changes: [jiraPremium] }, PEOPLE.orgAdmin);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  test('a malformed invocation without a call answers with the envelope too', async () => {
    const result = await (world.adminHandler as unknown as (event: unknown, backend: unknown) => Promise<unknown>)({ context: {} }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no operation without a name here.' } });
  });
});
