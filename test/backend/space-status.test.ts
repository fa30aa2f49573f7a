/**
 * What the space page and notices are told about one space: its own dates
 * (computed on the server with the engine's spaceDeadlines), app access, the
 * day the status is vouched for, and concern kinds with their migration.
 */
import { evaluate } from '../../src/policy/engine';
import { parseProfile } from '../../src/policy/profile';
import { spaceDeadlines, spaceInAppStatus } from '../../src/policy/space';
import { ENTITY } from '../../src/storage/entities';
import { KEYS, shardOf } from '../../src/storage/repository';
import { call, makeWorld, PEOPLE, type ModuleName, type World } from './support/world';

const jiraStandard = { type: 'plan', on: '2026-01-10', product: 'jira', plan: 'standard' } as const;
const confluenceStandard = { type: 'plan', on: '2026-01-10', product: 'confluence', plan: 'standard' } as const;

let world: World;
beforeEach(() => {
  world = makeWorld();
});

const admin = (fn: string, payload: unknown) => call(world.adminHandler, 'jiraAdmin', fn, payload, PEOPLE.orgAdmin);
const pub = (module: ModuleName, fn: string, payload: unknown, accountId: string | null = PEOPLE.user) =>
  call(world.publicHandler, module, fn, payload, accountId);
/** The `banner` module renders in Confluence space HR, `spacePage` in DOCS, `projectPage` in Jira space ENG. */
const statusOf = async (module: ModuleName) => {
  const result = await pub(module, 'getSpaceStatus', {});
  expect(result.ok).toBe(true);
  return result.data;
};

/** The engine's own answer for one space, from a full evaluation of the profile. */
function engineDates(changes: unknown[], at: string, space: { key: string; app: string }) {
  const parsed = parseProfile({ schemaVersion: 1, events: changes });
  if (!parsed.ok) throw new Error('bad profile');
  const evaluation = evaluate(parsed.value, { at });
  const exception = evaluation.inAppData.exceptions.find((e) => e.kind === 'space' && e.key === space.key) ?? null;
  return spaceDeadlines(evaluation, spaceInAppStatus(evaluation, space, exception), exception);
}

describe('space dates come from the server, per space', () => {
  const excludeHr = { type: 'scope', on: '2026-10-01', target: { kind: 'space', key: 'HR' }, mode: 'exclude' } as const;

  test('a space excluded while the org contributes stopped on its own day, with its own deadlines', async () => {
    const changes = [jiraStandard, confluenceStandard, excludeHr];
    await admin('recordEvents', { changes });
    const hr = await statusOf('banner');
    const docs = await statusOf('spacePage');
    expect(hr).toMatchObject({ inAppData: 'not-contributing', mode: 'exclude', ...engineDates(changes, '2026-11-23', { key: 'HR', app: 'confluence' }) });
    expect(hr.since).toBe('2026-10-01');
    expect(hr.inAppRemovalBy).toBe('2026-10-31');
    expect(hr.modelsRetrainedBy).toBe('2026-12-30');
    // DOCS follows the contributing org: the org's start, no deadlines (the org's own deadlines are not its).
    expect(docs).toMatchObject({
      inAppData: 'contributing',
      ...engineDates(changes, '2026-11-23', { key: 'DOCS', app: 'confluence' }),
      inAppRemovalBy: null,
      modelsRetrainedBy: null,
    });
  });

  test('when the org stops, a space that follows it gets the org deadlines, retraining included', async () => {
    const changes = [jiraStandard, confluenceStandard, excludeHr, { type: 'setting', on: '2026-11-01', setting: 'inAppData', value: 'off' }];
    await admin('recordEvents', { changes });
    const docs = await statusOf('spacePage');
    const expected = engineDates(changes, '2026-11-23', { key: 'DOCS', app: 'confluence' });
    expect(expected.modelsRetrainedBy).not.toBeNull();
    expect(docs).toMatchObject({ inAppData: 'not-contributing', ...expected });
    // HR stopped earlier on its own: its deadlines stay its own.
    expect(await statusOf('banner')).toMatchObject(engineDates(changes, '2026-11-23', { key: 'HR', app: 'confluence' }));
  });

  test('the notice dates the space the same way', async () => {
    await admin('recordEvents', { changes: [jiraStandard, confluenceStandard, excludeHr] });
    const notice = (await pub('banner', 'getNotice', {})).data;
    expect(notice).toMatchObject({ since: '2026-10-01', inAppRemovalBy: '2026-10-31' });
  });

  test('app access blocked per Atlassian app: unknown before the daily check reads it', async () => {
    await admin('recordEvents', { changes: [jiraStandard, confluenceStandard] });
    expect((await statusOf('spacePage')).appAccessBlocked).toBeNull();
    world.product.access = { blocked: ['confluence'], unchecked: [] };
    world.clock.set('2026-11-24T06:00:00Z');
    await world.app.dailyCheck();
    expect((await statusOf('spacePage')).appAccessBlocked).toBe(true);
    expect((await statusOf('projectPage')).appAccessBlocked).toBe(false);
  });

  test('app access that could not be checked stays unknown, never "not blocked"', async () => {
    await admin('recordEvents', { changes: [jiraStandard, confluenceStandard] });
    world.product.access = { blocked: [], unchecked: [{ product: 'confluence', reason: 'HTTP 403' }] };
    world.clock.set('2026-11-24T06:00:00Z');
    await world.app.dailyCheck();
    expect((await statusOf('spacePage')).appAccessBlocked).toBeNull();
    expect((await statusOf('projectPage')).appAccessBlocked).toBe(false);
    const alert = (await admin('getOverview', {})).data.alerts.find((a: { code: string }) => a.code === 'APP_ACCESS_UNCHECKED');
    expect(alert).toMatchObject({ severity: 'warning', params: { product: 'confluence', reason: 'HTTP 403' } });
  });
});

describe('the day a status is vouched for', () => {
  test('after a daily check on a later, quiet day it is that day, without rewriting the shards', async () => {
    world.clock.set('2026-09-15T09:00:00Z');
    await admin('recordEvents', { changes: [jiraStandard, confluenceStandard] });
    world.clock.set('2026-11-22T06:00:00Z');
    await world.app.dailyCheck();
    expect((await statusOf('spacePage')).day).toBe('2026-11-22');
    const shards = world.store.snapshot().keys;
    world.clock.set('2026-11-23T06:00:00Z');
    const quiet = await world.app.dailyCheck();
    expect(quiet.shardsWritten).toBe(0);
    expect(world.store.snapshot().keys[KEYS.shard(shardOf('DOCS'))]).toEqual(shards[KEYS.shard(shardOf('DOCS'))]);
    expect((await statusOf('spacePage')).day).toBe('2026-11-23');
    expect((await pub('byline', 'getNotice', {})).data.day).toBe('2026-11-23');
  });

  test('a dated change the daily check has not computed yet caps the day before it', async () => {
    world.clock.set('2026-09-15T09:00:00Z');
    await admin('recordEvents', { changes: [jiraStandard, confluenceStandard, { type: 'setting', on: '2026-10-01', setting: 'inAppData', value: 'off' }] });
    // No daily check since 2026-09-15: the setting due on 2026-10-01 is not reflected yet.
    world.clock.set('2026-11-23T09:00:00Z');
    expect((await statusOf('spacePage')).day).toBe('2026-09-30');
    await world.app.dailyCheck();
    expect(await statusOf('spacePage')).toMatchObject({ day: '2026-11-23', inAppData: 'not-contributing' });
  });

  test('a notice shard written by the previous version still reads, vouching only for its own day', async () => {
    await world.store.transact([
      {
        op: 'set',
        key: KEYS.shard(shardOf('DOCS')),
        value: {
          schemaVersion: 1,
          shard: shardOf('DOCS'),
          headSeq: 1,
          org: {
            day: '2026-09-15',
            excluded: false,
            metadata: { status: 'contributing' },
            inAppData: { status: 'contributing', since: '2026-08-17' },
            apps: [{ app: 'confluence', hasSettings: true, active: true, metadata: 'contributing', inAppData: 'contributing' }],
            inAppRemovalBy: null,
            notice: 'everywhere',
            banner: 'off',
            text: {},
          },
          spaces: { DOCS: 'exclude' },
        },
      },
    ]);
    expect(await statusOf('spacePage')).toMatchObject({
      day: '2026-09-15',
      mode: 'exclude',
      inAppData: 'not-contributing',
      code: 'SPACE_EXCLUDED',
      modelsRetrainedBy: null,
      appAccessBlocked: null,
    });
  });
});

describe('concern kinds', () => {
  const raise = (payload: unknown) => pub('spacePage', 'raiseConcern', payload, PEOPLE.spaceAdmin);

  test('a request is stored with its kind and the message stays the admin’s own words', async () => {
    const raised = await raise({ kind: 'exclude-request', message: 'Customer names in ADRs.' });
    expect(raised.data).toMatchObject({ kind: 'exclude-request', message: 'Customer names in ADRs.' });
    expect((await admin('listConcerns', {})).data.concerns[0]).toMatchObject({ kind: 'exclude-request', message: 'Customer names in ADRs.' });
    expect((await raise({ message: 'Why?' })).data.kind).toBe('concern');
  });

  test('an unknown kind is refused naming the field, and nothing is stored', async () => {
    const before = world.store.snapshot();
    const refused = await raise({ kind: 'complaint', message: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID', issues: [expect.objectContaining({ path: 'kind' })] } });
    expect(world.store.snapshot()).toEqual(before);
  });

  test('a concern stored before kinds existed reads as a concern and can be answered', async () => {
    const old = {
      schemaVersion: 1,
      id: 'old-1',
      product: 'confluence',
      spaceKey: 'DOCS',
      raisedBy: PEOPLE.spaceAdmin,
      raisedAt: '2026-10-02T08:30:00Z',
      state: 'open',
      details: { message: 'Request: exclude this space\n\nCustomer names.' },
    };
    await world.store.createEntityIfAbsent(ENTITY.concern, KEYS.concern('old-1'), old);
    expect((await admin('listConcerns', {})).data.concerns).toEqual([expect.objectContaining({ id: 'old-1', kind: 'concern', message: old.details.message })]);
    expect((await pub('spacePage', 'getMyConcerns', {}, PEOPLE.spaceAdmin)).data.concerns[0].kind).toBe('concern');
    const answered = await admin('answerConcern', { id: 'old-1', answer: 'Done next week.' });
    expect(answered.data).toMatchObject({ kind: 'concern', state: 'answered' });
  });
});
