/**
 * The app's Forge adapters over the REAL @forge/kvs and @forge/api (no mocks),
 * talking to the local runtime stand-in through `__forge_fetch__`.
 */
import { ForgeRuntime, ACCOUNTS, RuntimeNetworkError, storageReads, type RequestRecord } from './forge-runtime';
import { ConditionFailedError, RateLimitedError, StorageLimitError, type KvsPort, type TxOp } from '../../src/storage/port';
import type { Caller } from '../../src/app/ports';

// The runtime's globals must exist before the SDKs load: @forge/kvs chooses its transport on load.
const runtime = new ForgeRuntime().install();
const kvsModule = require('@forge/kvs') as typeof import('@forge/kvs');
const apiModule = require('@forge/api') as typeof import('@forge/api');
const { ForgeKvsAdapter } = require('../../src/platform/forge/kvs-adapter') as typeof import('../../src/platform/forge/kvs-adapter');
const { ForgeProductPort } = require('../../src/platform/forge/product') as typeof import('../../src/platform/forge/product');
const { RetryingKvs, isTransientStorageError } = require('../../src/storage/retry') as typeof import('../../src/storage/retry');

const { kvs, ForgeKvsAPIError, WhereConditions, Filter, FilterConditions } = kvsModule;

const sleeps: number[] = [];
const fastRetry = { retries: 5, baseDelayMs: 1, maxDelayMs: 4, maxTotalDelayMs: 1_000, sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5 };
const adapter = new ForgeKvsAdapter(kvs);
const store: KvsPort = new RetryingKvs(adapter, fastRetry);

const since = (mark: number): RequestRecord[] => runtime.log.slice(mark);
const entry = (seq: number, recordedBy: string, origin = 'admin-page') => ({
  schemaVersion: 1,
  seq,
  recordedAt: `2026-11-${String(seq).padStart(2, '0')}T10:00:00.000Z`,
  recordedBy,
  origin,
  records: [{ kind: 'event', n: seq }],
  prevHash: 'x'.repeat(64),
  hash: String(seq).repeat(64).slice(0, 64),
});
const head = (seq: number) => ({ schemaVersion: 1, seq, hash: 'h'.repeat(64), updatedAt: '2026-11-29T00:00:00.000Z' });
const headGuard = (seq: number): TxOp => ({
  op: 'check',
  key: 'head',
  entity: 'history-head',
  conditions: [{ property: 'seq', condition: 'EQUAL_TO', values: [seq] }],
});

afterAll(() => runtime.uninstall());
beforeEach(() => {
  runtime.reset();
  sleeps.length = 0;
});

describe('storage wire protocol of the real @forge/kvs', () => {
  test('get/set/delete: POST /api/v1/<op> with a JSON body, bearer token and Host header; a missing key is a 404 the SDK reads as undefined', async () => {
    expect(await store.get('status')).toBeUndefined();
    await kvs.set('status', { day: '2026-11-29', n: 1 });
    expect(await store.get('status')).toEqual({ day: '2026-11-29', n: 1 });
    await kvs.delete('status');
    await kvs.delete('status'); // deleting a missing key is no error
    expect(await kvs.get('status')).toBeUndefined();
    expect(runtime.log.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/api/v1/get', 404],
      ['POST', '/api/v1/set', 204],
      ['POST', '/api/v1/get', 200],
      ['POST', '/api/v1/delete', 204],
      ['POST', '/api/v1/delete', 404],
      ['POST', '/api/v1/get', 404],
    ]);
    expect(runtime.log[1]?.body).toEqual({ key: 'status', value: { day: '2026-11-29', n: 1 } });
    expect(runtime.log[0]?.code).toBe('KEY_NOT_FOUND');
  });

  test('secrets live apart from plain keys', async () => {
    await kvs.setSecret('token', 's3cr3t');
    expect(await kvs.getSecret('token')).toBe('s3cr3t');
    expect(await kvs.get('token')).toBeUndefined();
    await kvs.deleteSecret('token');
    expect(await kvs.getSecret('token')).toBeUndefined();
    expect(runtime.log.map((r) => r.path)).toEqual(['/api/v1/secret/set', '/api/v1/secret/get', '/api/v1/get', '/api/v1/secret/delete', '/api/v1/secret/get']);
  });

  test('key queries: beginsWith on the key, sorted, paged with an opaque cursor (limit at most 100)', async () => {
    for (const k of ['shard:3', 'shard:1', 'other', 'shard:2', 'shard:0']) await kvs.set(k, k.length);
    const first = await kvs.query().where('key', WhereConditions.beginsWith('shard:')).limit(3).getMany();
    expect(first.results.map((r) => r.key)).toEqual(['shard:0', 'shard:1', 'shard:2']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await kvs
      .query()
      .where('key', WhereConditions.beginsWith('shard:'))
      .limit(3)
      .cursor(first.nextCursor as string)
      .getMany();
    expect(second.results.map((r) => r.key)).toEqual(['shard:3']);
    expect(second.nextCursor).toBeUndefined();
    expect(runtime.log.at(-1)?.body).toEqual({ limit: 3, after: first.nextCursor, where: [{ property: 'key', condition: 'BEGINS_WITH', values: ['shard:'] }] });
    await expect(kvs.query().limit(101).getMany()).rejects.toMatchObject({ code: 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', responseDetails: { status: 400 } });
  });

  test('an entity write that breaks the manifest schema is refused by the service', async () => {
    await expect(kvs.entity('history-head').set('head', { seq: 'one' })).rejects.toMatchObject({ code: 'INVALID_ENTITY_VALUE' });
    await expect(kvs.entity('not-declared').set('x', { a: 1 })).rejects.toMatchObject({ code: 'INVALID_ENTITY_TYPE' });
  });
});

describe('ForgeKvsAdapter over the real SDK', () => {
  test('transaction round trip: entities, plain keys and a holding check in one /api/v1/transaction', async () => {
    expect(await store.createEntityIfAbsent('history-head', 'head', head(0))).toBe(true);
    await store.transact([
      { op: 'set', key: 'entry:000001', value: entry(1, 'a'), entity: 'history-entry' },
      { op: 'set', key: 'head', value: head(1), entity: 'history-head', conditions: [{ property: 'seq', condition: 'EQUAL_TO', values: [0] }] },
      { op: 'set', key: 'status', value: { v: 1 } },
      { op: 'delete', key: 'stale' },
    ]);
    expect(await store.getEntity('history-head', 'head')).toEqual(head(1));
    expect(await store.getEntity('history-entry', 'entry:000001')).toEqual(entry(1, 'a'));
    expect(await store.get('status')).toEqual({ v: 1 });
    const tx = runtime.log.find((r) => r.path === '/api/v1/transaction');
    expect(tx?.body).toEqual({
      set: [
        { key: 'entry:000001', value: entry(1, 'a'), entityName: 'history-entry' },
        { key: 'head', value: head(1), entityName: 'history-head', conditions: { and: [{ property: 'seq', condition: 'EQUAL_TO', values: [0] }] } },
        { key: 'status', value: { v: 1 } },
      ],
      delete: [{ key: 'stale' }],
    });
  });

  test('createEntityIfAbsent: the service refuses an existing key (409 through ForgeKvsAPIError), the adapter answers false', async () => {
    expect(await store.createEntityIfAbsent('history-head', 'head', head(0))).toBe(true);
    expect(await store.createEntityIfAbsent('history-head', 'head', head(5))).toBe(false);
    expect(await store.getEntity('history-head', 'head')).toEqual(head(0));
    const raw = await kvs
      .entity('history-head')
      .set('head', head(7), { keyPolicy: 'FAIL_IF_EXISTS' })
      .catch((e: unknown) => e);
    expect(raw).toBeInstanceOf(ForgeKvsAPIError);
    expect(raw).toMatchObject({ responseDetails: { status: 409, httpPath: '/api/v1/entity/set' } });
  });

  test('a failed transaction condition: the real SDK raises ForgeKvsAPIError, the adapter raises ConditionFailedError, nothing is applied', async () => {
    await store.createEntityIfAbsent('history-head', 'head', head(3));
    const ops: TxOp[] = [{ op: 'set', key: 'status', value: { v: 'lost' } }, headGuard(2)];
    const raw = await kvs
      .transact()
      .set('status', { v: 'lost' })
      .check('head', { entityName: 'history-head', conditions: new Filter<{ seq: number }>().and('seq', FilterConditions.equalTo(2)) })
      .execute()
      .catch((e: unknown) => e);
    expect(raw).toBeInstanceOf(ForgeKvsAPIError);
    expect((raw as InstanceType<typeof ForgeKvsAPIError>).responseDetails.status).toBe(409);
    await expect(store.transact(ops)).rejects.toBeInstanceOf(ConditionFailedError);
    expect(await store.get('status')).toBeUndefined();
    // A lost race is not a passing failure: exactly one attempt each.
    expect(runtime.log.filter((r) => r.path === '/api/v1/transaction')).toHaveLength(2);
    await store.transact([{ op: 'set', key: 'status', value: { v: 'won' } }, headGuard(3)]);
    expect(await store.get('status')).toEqual({ v: 'won' });
  });

  test.each([
    { status: 409, code: 'CONFLICT' },
    { status: 412, code: 'PRECONDITION_FAILED' },
    { status: 400, code: 'CONDITIONAL_CHECK_FAILED' },
  ])('a condition failure answered as $status $code still maps to ConditionFailedError', async (shape) => {
    runtime.kvs.configure({ conflict: shape });
    try {
      await store.createEntityIfAbsent('history-head', 'head', head(1));
      await expect(store.transact([headGuard(0)])).rejects.toBeInstanceOf(ConditionFailedError);
    } finally {
      runtime.kvs.configure({ conflict: { status: 409, code: 'CONDITION_CHECK_FAILED' } });
    }
  });

  test('entity queries: index with partition, range condition, sort and cursor paging', async () => {
    const actors = ['alice', 'bob'];
    for (let seq = 1; seq <= 9; seq++) await kvs.entity('history-entry').set(`entry:${String(seq).padStart(6, '0')}`, entry(seq, actors[seq % 2] as string));
    const mark = runtime.log.length;
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.queryEntity({
        entity: 'history-entry',
        index: 'by-actor',
        partition: ['bob'],
        range: { condition: 'GREATER_THAN_EQUAL_TO', values: [3] },
        sort: 'DESC',
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.results.map((r) => (r.value as { seq: number }).seq));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual([9, 7, 5, 3]);
    expect(pages).toBe(2);
    expect(since(mark)[1]?.body).toEqual({
      entityName: 'history-entry',
      indexName: 'by-actor',
      partition: ['bob'],
      range: { condition: 'GREATER_THAN_EQUAL_TO', values: [3] },
      sort: 'DESC',
      limit: 2,
      cursor: expect.any(String),
    });
    const all = await store.queryEntity({ entity: 'history-entry', index: 'by-seq', sort: 'ASC', limit: 100 });
    expect(all.results.map((r) => r.key)).toEqual(Array.from({ length: 9 }, (_, i) => `entry:${String(i + 1).padStart(6, '0')}`));
    expect(all.nextCursor).toBeUndefined();
  });

  test('entity query filters go through the SDK as { and: [...] } and are applied by the service', async () => {
    for (let seq = 1; seq <= 4; seq++) await kvs.entity('history-entry').set(`e${seq}`, entry(seq, 'alice', seq % 2 ? 'import' : 'admin-page'));
    const page = await kvs
      .entity<{ origin: string; seq: number }>('history-entry')
      .query()
      .index('by-seq')
      .filters(new Filter<{ origin: string; seq: number }>().and('origin', FilterConditions.equalTo('import')).and('seq', FilterConditions.greaterThan(1)))
      .getMany();
    expect(page.results.map((r) => r.key)).toEqual(['e3']);
    expect((runtime.log.at(-1)?.body as { filters: unknown }).filters).toEqual({
      and: [
        { property: 'origin', condition: 'EQUAL_TO', values: ['import'] },
        { property: 'seq', condition: 'GREATER_THAN', values: [1] },
      ],
    });
  });

  test('a value over 240 KiB is refused by the service and surfaces as StorageLimitError, without retries', async () => {
    const limit = 240 * 1024;
    const fits = 'x'.repeat(limit - 2); // JSON adds the two quotes
    await store.transact([{ op: 'set', key: 'big', value: fits }]);
    expect(await store.get('big')).toHaveLength(limit - 2);
    const mark = runtime.log.length;
    const error = await store.transact([{ op: 'set', key: 'big', value: `${fits}y` }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageLimitError);
    expect(since(mark).map((r) => [r.status, r.code])).toEqual([[400, 'MAX_SIZE']]);
    await expect(store.createEntityIfAbsent('space-concern', 'c1', { id: 'c1', details: 'y'.repeat(limit) })).rejects.toBeInstanceOf(StorageLimitError);
  });

  test('keys outside the pattern or length, and transactions over 25 operations, are refused as StorageLimitError', async () => {
    await expect(store.get('bad/key')).rejects.toBeInstanceOf(StorageLimitError);
    await expect(store.get('k'.repeat(501))).rejects.toBeInstanceOf(StorageLimitError);
    const ops: TxOp[] = Array.from({ length: 26 }, (_, i) => ({ op: 'set', key: `k${i}`, value: i }));
    await expect(store.transact(ops)).rejects.toBeInstanceOf(StorageLimitError);
    await store.transact(ops.slice(0, 25));
    expect(await store.get('k24')).toBe(24);
    await expect(
      store.transact([
        { op: 'set', key: 'a', value: 1 },
        { op: 'delete', key: 'a' },
      ]),
    ).rejects.toBeInstanceOf(StorageLimitError);
  });

  test('a condition on a plain key cannot be sent through the SDK, so the adapter refuses it instead of dropping the guard', async () => {
    await expect(
      store.transact([{ op: 'set', key: 'status', value: 1, conditions: [{ property: 'seq', condition: 'EQUAL_TO', values: [1] }] }]),
    ).rejects.toBeInstanceOf(StorageLimitError);
    expect(runtime.log.filter((r) => r.path === '/api/v1/transaction')).toHaveLength(0);
  });
});

describe('passing failures, retried as on Forge', () => {
  test('a 429 on a read is retried; the request log shows the refusals', async () => {
    await kvs.set('status', 1);
    runtime.faults({ kind: 'rate-limit', failNext: 2 });
    const mark = runtime.log.length;
    expect(await store.get('status')).toBe(1);
    expect(since(mark).map((r) => r.status)).toEqual([429, 429, 200]);
    expect(sleeps).toHaveLength(2);
  });

  test('the real SDK raises 429 as ForgeKvsAPIError; the adapter maps it to RateLimitedError; transactions are retried on 429', async () => {
    runtime.faults({ kind: 'rate-limit', failNext: 1, writesOnly: true });
    const raw = await kvs.set('x', 1).catch((e: unknown) => e);
    expect(raw).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED', responseDetails: { status: 429 } });
    runtime.faults({ kind: 'rate-limit', failNext: 1 });
    await expect(adapter.get('x')).rejects.toBeInstanceOf(RateLimitedError);
    runtime.faults({ kind: 'rate-limit', failNext: 3, writesOnly: true });
    await store.transact([{ op: 'set', key: 'x', value: 2 }]);
    expect(await store.get('x')).toBe(2);
    expect(runtime.log.filter((r) => r.path === '/api/v1/transaction').map((r) => r.status)).toEqual([429, 429, 429, 204]);
  });

  test('a 5xx and a timeout on reads are retried; on a transaction they surface (it may have committed)', async () => {
    await kvs.set('status', 'ok');
    runtime.faults({ kind: 'server', failNext: 1 });
    expect(await store.get('status')).toBe('ok');
    runtime.faults({ kind: 'timeout', failNext: 1 });
    expect(await store.getEntity('history-head', 'head')).toBeUndefined();
    runtime.faults({ kind: 'server', failNext: 1, writesOnly: true, afterCommit: true });
    const error = await store.transact([{ op: 'set', key: 'status', value: 'new' }]).catch((e: unknown) => e);
    expect(error).toMatchObject({ responseDetails: { status: 500 } });
    // The write went through before the answer was lost: the caller must recognise its own commit.
    expect(runtime.kvs.peek('status')).toBe('new');
    expect(runtime.log.filter((r) => r.path === '/api/v1/transaction')).toHaveLength(1);
    runtime.faults({ kind: 'timeout', failNext: 1, writesOnly: true });
    await expect(store.transact([{ op: 'set', key: 'status', value: 'newer' }])).rejects.toMatchObject({ code: 'UND_ERR_HEADERS_TIMEOUT' });
    expect(runtime.kvs.peek('status')).toBe('new');
  });

  test('a dropped connection (undici SocketError) on a read is retried like a timeout', async () => {
    await kvs.set('status', 'ok');
    runtime.faults({ kind: 'reset', failNext: 2 });
    const mark = runtime.log.length;
    expect(await store.get('status')).toBe('ok');
    expect(since(mark).map((r) => [r.status, r.fault])).toEqual([
      ['timeout', 'reset'],
      ['timeout', 'reset'],
      [200, undefined],
    ]);
    // fetch-style wrapping of the same failure is recognised through its cause.
    const wrapped = new TypeError('fetch failed', { cause: new RuntimeNetworkError('other side closed', 'UND_ERR_SOCKET', 'SocketError') });
    expect(isTransientStorageError(wrapped)).toBe(true);
    expect(isTransientStorageError(new TypeError('fetch failed', { cause: new Error('certificate has expired') }))).toBe(false);
  });

  test('a fault rate fails about that share of writes, reproducibly, and never reads', async () => {
    runtime.faults({ kind: 'server', rate: 0.5, writesOnly: true });
    const outcomes: boolean[] = [];
    for (let i = 0; i < 40; i++)
      outcomes.push(
        await kvs.set(`k${i}`, i).then(
          () => true,
          () => false,
        ),
      );
    const failed = outcomes.filter((ok) => !ok).length;
    expect(failed).toBeGreaterThan(8);
    expect(failed).toBeLessThan(32);
    for (let i = 0; i < 5; i++) await kvs.get(`k${i}`);
    expect(storageReads(runtime.log).every((r) => r.fault === undefined)).toBe(true);
  });
});

describe('ForgeProductPort over the real @forge/api', () => {
  const port = new ForgeProductPort();
  const caller = (accountId: string | null, over: Partial<Caller> = {}): Caller => ({
    accountId,
    product: 'jira',
    moduleKey: 'contribution-lens-admin',
    moduleType: 'jira:adminPage',
    space: null,
    locale: null,
    ...over,
  });
  const as = <T>(accountId: string | null, fn: () => Promise<T>) => runtime.within(accountId, fn);

  test('Jira org admin: GET mypermissions as the user (fpp, provider user, remote jira); anonymous makes no request', async () => {
    const admin = await as(ACCOUNTS.orgAdmin, () => port.isOrgAdmin(caller(ACCOUNTS.orgAdmin)));
    expect(admin.result).toBe(true);
    expect(admin.requests.map((r) => [r.type, r.product, r.as, r.accountId, r.method, r.path])).toEqual([
      ['fpp', 'jira', 'user', ACCOUNTS.orgAdmin, 'GET', '/rest/api/3/mypermissions?permissions=ADMINISTER'],
    ]);
    expect((await as(ACCOUNTS.plain, () => port.isOrgAdmin(caller(ACCOUNTS.plain)))).result).toBe(false);
    const anonymous = await as(null, () => port.isOrgAdmin(caller(null)));
    expect(anonymous.result).toBe(false);
    expect(anonymous.requests).toHaveLength(0);
  });

  test('Confluence org admin: user/current?expand=operations as the user', async () => {
    const c = (id: string) => caller(id, { product: 'confluence', moduleType: 'confluence:globalSettings' });
    expect((await as(ACCOUNTS.orgAdmin, () => port.isOrgAdmin(c(ACCOUNTS.orgAdmin)))).result).toBe(true);
    const plain = await as(ACCOUNTS.plain, () => port.isOrgAdmin(c(ACCOUNTS.plain)));
    expect(plain.result).toBe(false);
    expect(plain.requests[0]).toMatchObject({ product: 'confluence', as: 'user', path: '/wiki/rest/api/user/current?expand=operations' });
  });

  test('space admin: Jira through authorize().onJira (permissions/check as the invoking user), Confluence through space operations', async () => {
    const eng = { key: 'ENG', id: '10000', app: 'jira' };
    const check = await as(ACCOUNTS.spaceAdmin, () => port.isSpaceAdmin(caller(ACCOUNTS.spaceAdmin, { space: eng })));
    expect(check.result).toBe(true);
    expect(check.requests[0]).toMatchObject({ method: 'POST', path: '/rest/api/3/permissions/check', as: 'user', accountId: ACCOUNTS.spaceAdmin });
    expect(check.requests[0]?.body).toEqual({
      accountId: ACCOUNTS.spaceAdmin,
      projectPermissions: [{ permissions: ['ADMINISTER_PROJECTS'], projects: [10000] }],
    });
    expect((await as(ACCOUNTS.plain, () => port.isSpaceAdmin(caller(ACCOUNTS.plain, { space: eng })))).result).toBe(false);
    const ops = { key: 'OPS', id: '10002', app: 'jira' };
    expect((await as(ACCOUNTS.spaceAdmin, () => port.isSpaceAdmin(caller(ACCOUNTS.spaceAdmin, { space: ops })))).result).toBe(false);
    const docs = { key: 'DOCS', id: '65538', app: 'confluence' };
    const conf = (id: string | null) => caller(id, { product: 'confluence', moduleType: 'confluence:spacePage', space: docs });
    const confluence = await as(ACCOUNTS.spaceAdmin, () => port.isSpaceAdmin(conf(ACCOUNTS.spaceAdmin)));
    expect(confluence.result).toBe(true);
    expect(confluence.requests.map((r) => r.path)).toEqual(['/wiki/api/v2/spaces/65538/operations']);
    expect((await as(ACCOUNTS.plain, () => port.isSpaceAdmin(conf(ACCOUNTS.plain)))).result).toBe(false);
    expect((await as(null, () => port.isSpaceAdmin(conf(null)))).result).toBe(false);
  });

  test('asUser for a user who has not granted access raises the real NeedsAuthenticationError', async () => {
    const error = await as(null, () => apiModule.asUser().requestJira(apiModule.route`/rest/api/3/mypermissions?permissions=ADMINISTER`)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(apiModule.NeedsAuthenticationError);
    // asUser(accountId) names the user explicitly, even outside that user's invocation.
    const named = await apiModule.asUser(ACCOUNTS.orgAdmin).requestJira(apiModule.route`/rest/api/3/mypermissions?permissions=ADMINISTER`);
    expect(await named.json()).toMatchObject({ permissions: { ADMINISTER: { havePermission: true } } });
    expect(runtime.log.at(-1)).toMatchObject({ as: 'user', accountId: ACCOUNTS.orgAdmin, invocation: null });
  });

  test('space lists, license and access rules are read as the app', async () => {
    const jira = await as(ACCOUNTS.orgAdmin, () => port.listSpaces('jira', { limit: 2 }));
    expect(jira.result).toEqual({
      spaces: [
        { key: 'ENG', name: 'Engineering', app: 'jira' },
        { key: 'HELP', name: 'Help desk', app: 'jira-service-management' },
      ],
      nextCursor: '2',
    });
    expect(jira.requests[0]).toMatchObject({ as: 'app', accountId: null, path: '/rest/api/3/project/search?startAt=0&maxResults=2&query=' });
    const rest = await port.listSpaces('jira', { limit: 2, cursor: '2' });
    expect(rest).toEqual({ spaces: [{ key: 'OPS', name: 'Operations', app: 'jira' }] });
    const confluence = await port.listSpaces('confluence', { limit: 3 });
    expect(confluence.spaces.map((s) => s.key)).toEqual(['DOCS', 'ENG', 'HR']);
    const more = await port.listSpaces('confluence', { limit: 3, cursor: confluence.nextCursor });
    expect(more).toEqual({
      spaces: [
        { key: 'LEGAL', name: 'Legal', app: 'confluence', id: '65541' },
        { key: 'API', name: 'API reference', app: 'confluence', id: '65542' },
      ],
    });
    expect(await port.jiraLicense()).toEqual([
      { app: 'jira-software', plan: 'PAID' },
      { app: 'jira-servicedesk', plan: 'PAID' },
    ]);
    expect(await port.products()).toEqual(['jira', 'confluence']);
    expect(await port.accessBlocked()).toEqual({ blocked: [], unchecked: [] });
    expect(runtime.log.every((r) => r.as === 'app' || !r.path.includes('project/search'))).toBe(true);
  });

  test('space properties: created, updated with the next version, removed; a missing space is no error when removing', async () => {
    await port.setSpaceProperty('65538', 'contribution-lens-banner', 'on');
    expect(runtime.site.spaceProperties('65538')).toEqual({ 'contribution-lens-banner': 'on' });
    await port.setSpaceProperty('65538', 'contribution-lens-banner', 'off');
    expect(runtime.site.spaceProperties('65538')).toEqual({ 'contribution-lens-banner': 'off' });
    await port.setSpaceProperty('65538', 'contribution-lens-banner', null);
    expect(runtime.site.spaceProperties('65538')).toEqual({});
    await port.setSpaceProperty('99999', 'contribution-lens-banner', null);
    await expect(port.setSpaceProperty('99999', 'contribution-lens-banner', 'on')).rejects.toThrow(/not found/);
    expect(runtime.log.filter((r) => r.method !== 'GET').map((r) => [r.method, r.status])).toEqual([
      ['POST', 201],
      ['PUT', 200],
      ['DELETE', 204],
    ]);
  });

  test('privacy.reportPersonalData posts to /app/report-accounts as the app', async () => {
    const updates = await apiModule.privacy.reportPersonalData([
      { accountId: ACCOUNTS.plain, updatedAt: '2026-11-01T00:00:00.000Z' },
      { accountId: 'gone-account', updatedAt: '2026-11-01T00:00:00.000Z' },
    ]);
    expect(updates).toEqual([{ accountId: 'gone-account', status: 'closed' }]);
    expect(runtime.log[0]).toMatchObject({ product: 'stargate', as: 'app', method: 'POST', path: '/app/report-accounts' });
  });
});

describe('the configurable site', () => {
  const port = new ForgeProductPort();
  const config = runtime.site.config;
  const saved = { license: config.license, confluence: config.confluence, blocked: config.blocked };
  afterEach(() => Object.assign(config, saved));

  test('license plan, Confluence absent and app access rules answer as configured; data policies on both the v1 and the v2 path', async () => {
    Object.assign(config, { license: [{ id: 'jira-software', plan: 'FREE' }], blocked: { jira: true, confluence: true } });
    expect(await port.jiraLicense()).toEqual([{ app: 'jira-software', plan: 'FREE' }]);
    expect(await port.accessBlocked()).toEqual({ blocked: ['jira', 'confluence'], unchecked: [] });
    // The app reads the documented v2 path.
    expect(runtime.log.some((r) => r.path.startsWith('/wiki/api/v2/data-policies/metadata'))).toBe(true);
    const v2 = await apiModule.asApp().requestConfluence(apiModule.route`/wiki/api/v2/data-policies/metadata`);
    expect(await v2.json()).toEqual({ anyContentBlocked: true });
    Object.assign(config, { confluence: false });
    expect(await port.products()).toEqual(['jira']);
    expect(await port.accessBlocked()).toEqual({ blocked: ['jira'], unchecked: [] });
  });
});

describe('invocation events', () => {
  test("invoke sends Forge's shape: @forge/resolver takes accountId, installContext and installation from the platform's argument, not the browser's context", async () => {
    const { makeResolver } = require('@forge/resolver') as typeof import('@forge/resolver');
    const seen: unknown[] = [];
    const handler = makeResolver({ echo: async (request: { payload: unknown; context: unknown }) => (seen.push(request), { ok: true }) }) as (
      e: unknown,
      c?: unknown,
    ) => Promise<unknown>;
    const call = await runtime.invoke(handler, {
      functionKey: 'echo',
      payload: { q: 1 },
      context: {
        accountId: ACCOUNTS.plain,
        moduleType: 'confluence:contentBylineItem',
        space: 'DOCS',
        contentId: '98305',
        client: { accountId: ACCOUNTS.orgAdmin },
      },
    });
    expect(call.result).toEqual({ ok: true });
    expect(seen[0]).toMatchObject({
      payload: { q: 1 },
      context: {
        accountId: ACCOUNTS.plain,
        cloudId: runtime.site.config.cloudId,
        moduleKey: runtime.moduleKey('confluence:contentBylineItem'),
        localId: expect.any(String),
        installContext: `ari:cloud:confluence::site/${runtime.site.config.cloudId}`,
        installation: { ari: expect.stringMatching(/^ari:cloud:ecosystem::installation\//) },
        extension: { type: 'confluence:contentBylineItem', space: { id: '65538', key: 'DOCS' }, content: { id: '98305', type: 'page' } },
      },
    });
    const anonymous = await runtime.invoke(handler, { functionKey: 'echo', context: { moduleType: 'jira:issueContext', space: 'ENG', issueKey: 'ENG-1' } });
    expect(anonymous.result).toEqual({ ok: true });
    expect((seen[1] as { context: Record<string, unknown> }).context).toMatchObject({
      accountId: undefined,
      extension: { type: 'jira:issueContext', project: { id: '10000', key: 'ENG', type: 'software' }, issue: { key: 'ENG-1' } },
    });
  });
});

describe('the older proxied storage route', () => {
  test('without __forge_runtime__.kvs the SDK sends { type: kvs, provider: app, remote: kvs } and works the same', async () => {
    runtime.uninstall();
    const proxied = new ForgeRuntime({ kvsTransport: 'proxy' }).install();
    try {
      let isolated: typeof import('@forge/kvs') | undefined;
      jest.isolateModules(() => {
        isolated = require('@forge/kvs') as typeof import('@forge/kvs');
      });
      const other = new RetryingKvs(new ForgeKvsAdapter((isolated as typeof import('@forge/kvs')).kvs), fastRetry);
      await other.transact([{ op: 'set', key: 'status', value: 'proxied' }]);
      expect(await other.get('status')).toBe('proxied');
      expect(proxied.log.map((r) => r.status)).toEqual([204, 200]);
    } finally {
      proxied.uninstall();
      runtime.install();
    }
  });
});
