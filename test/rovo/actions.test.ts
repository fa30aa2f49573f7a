/**
 * The Rovo actions against the example organization (recorded through the real resolvers): answers,
 * input validation naming the field, authorization per role, and one storage read per read-only action.
 */
import { SOURCES } from '../../src/policy/sources';
import { createRovoActions } from '../../src/rovo/actions';
import type { OrgStatusAnswer, RovoError, StatusHereAnswer, TimelineAnswer } from '../../src/rovo/answers';
import type { WhatIfAnswer } from '../../src/rovo/what-if';
import { call, PEOPLE } from '../backend/support/world';
import { asPerson, makeRovoWorld, ROVO_CONTEXT, seedExample, type RovoWorld } from './support';

let world: RovoWorld;
beforeEach(async () => {
  world = makeRovoWorld();
  await seedExample(world);
  world.kvs.reset();
});

const ok = <T>(answer: T | RovoError): T => {
  if (!(answer as RovoError).ok) throw new Error(`expected an answer, got ${JSON.stringify(answer)}`);
  return answer as T;
};
const err = (answer: unknown): RovoError => {
  expect((answer as RovoError).ok).toBe(false);
  return answer as RovoError;
};

/** The same space as the space page would show it, through the public resolver (the reference answer). */
async function spacePage(space: { key: string; id: string }, product: 'confluence' | 'jira') {
  const module = product === 'confluence' ? { type: 'confluence:spacePage', space } : { type: 'jira:projectPage', project: { ...space, type: 'software' } };
  const res = (await world.publicHandler(
    { call: { functionKey: 'getSpaceStatus', payload: {} }, context: { cloudId: 'cloud-1', moduleKey: 'm', extension: module } },
    { principal: { accountId: PEOPLE.user }, installContext: 'ari:cloud:jira::site/cloud-1' },
  )) as { ok: boolean; data?: unknown };
  expect(res.ok).toBe(true);
  return (res as { data: { inAppData: string; code: string; since: string | null; inAppRemovalBy: string | null } }).data;
}

describe('status here (page, work item, space)', () => {
  test('a Confluence page in an included space: contributing, with the rule, its confidence and Atlassian source', async () => {
    const answer = ok<StatusHereAnswer>(await world.rovo.statusHere({ context: ROVO_CONTEXT.confluencePage('DOCS') }, asPerson(PEOPLE.user)));
    const reference = await spacePage({ key: 'DOCS', id: '2001' }, 'confluence');
    expect(answer).toMatchObject({ ok: true, available: true, restricted: false, inAppData: reference.inAppData, since: reference.since });
    expect(answer.scope).toEqual({ product: 'confluence', spaceKey: 'DOCS', item: { kind: 'page', id: '44662787' }, from: 'context' });
    expect(answer.inAppData).toBe('contributing');
    expect(answer.reasons.map((r) => [r.code, r.rule, r.confidence, r.source])).toContainEqual(['SPACE_INCLUDED', 'R17', 'documented', SOURCES.INCLEXCL.url]);
    for (const r of answer.reasons) expect(r.source ?? r.confidence).toBeTruthy();
    expect(answer.summary).toMatch(/^This page \(Confluence space DOCS\): Yes/);
    expect(answer.summary).toContain(SOURCES.INCLEXCL.url);
    expect(answer.summary).toContain('https://admin.atlassian.com');
    expect(answer.authoritative.url).toBe('https://admin.atlassian.com');
    // The example's admin message, in English for a reader without a German locale.
    expect(answer.adminMessage).toBe('Questions about AI and your content? Ask in #ai-governance.');
  });

  test('a Jira work item follows Jira, which is off: not contributing, with the removal deadline the space page shows', async () => {
    const answer = ok<StatusHereAnswer>(await world.rovo.statusHere({ context: ROVO_CONTEXT.jiraWorkItem('ENG-7') }, asPerson(PEOPLE.user)));
    const reference = await spacePage({ key: 'ENG', id: '10001' }, 'jira');
    expect(answer.inAppData).toBe('not-contributing');
    expect(answer.inAppData).toBe(reference.inAppData);
    expect(answer.inAppRemovalBy).toBe(reference.inAppRemovalBy);
    expect(answer.scope).toEqual({ product: 'jira', spaceKey: 'ENG', item: { kind: 'work-item', key: 'ENG-7' }, from: 'context' });
    // The Premium trial kept in-app data off from the effective date, so nothing was contributed and nothing is to be removed.
    expect(answer.reasons.map((r) => r.code)).toEqual([reference.code]);
    expect(reference.code).toBe('FOLLOWS_APP');
    expect(answer.reasons[0]).toMatchObject({ rule: 'R17', confidence: 'documented', source: SOURCES.INCLEXCL.url });
    expect(answer.summary).toMatch(/^This work item \(Jira space ENG\): No/);
    expect(answer.notes.join(' ')).toMatch(/Jira Service Management/);
  });

  test('says how long ago the profile was confirmed, and "not confirmed in N days" once it is stale', async () => {
    const fresh = ok<StatusHereAnswer>(await world.rovo.statusHere({ context: ROVO_CONTEXT.confluencePage('DOCS') }, asPerson(PEOPLE.user)));
    // Attested on 2026-09-15 (preview/example-org.ts); the test clock stands on 2026-11-23.
    expect(fresh.profileConfirmed).toEqual({ known: true, at: '2026-09-15T11:20:00.000Z', daysAgo: 69, stale: false, maxAgeDays: 90 });
    expect(fresh.summary).toContain('69 day(s) ago (2026-09-15)');
    world.clock.set('2026-12-20T09:00:00Z');
    const stale = ok<StatusHereAnswer>(await world.rovo.statusHere({ context: ROVO_CONTEXT.confluencePage('DOCS') }, asPerson(PEOPLE.user)));
    expect(stale.profileConfirmed).toMatchObject({ daysAgo: 96, stale: true });
    expect(stale.summary).toContain('Not confirmed in 96 days');
  });

  test('an organization that never confirmed its profile is told so', async () => {
    const empty = makeRovoWorld();
    const answer = ok<StatusHereAnswer>(await empty.rovo.statusHere({ context: ROVO_CONTEXT.confluencePage('DOCS') }, asPerson(PEOPLE.user)));
    expect(answer.profileConfirmed).toMatchObject({ at: null, stale: true });
    expect(answer.summary).toContain('No admin has confirmed');
  });

  test('a notice shard stored before confirmation dates were kept: "not known", never "never confirmed"', async () => {
    const notice = await world.app.public.getNotice(
      {
        accountId: PEOPLE.user,
        product: 'confluence',
        moduleKey: 'm',
        moduleType: 'rovo:action',
        space: { key: 'DOCS', id: '1', app: 'confluence' },
        locale: null,
      },
      {},
    );
    const { attestedAt: _dropped, ...older } = notice;
    const actions = createRovoActions({ public: { getNotice: async () => older }, status: { read: async () => undefined }, clock: world.clock });
    const answer = ok<StatusHereAnswer>(await actions.statusHere({ context: ROVO_CONTEXT.confluencePage('DOCS') }, asPerson(PEOPLE.user)));
    expect(answer.profileConfirmed).toMatchObject({ known: false, at: null, stale: false });
    expect(answer.summary).toContain('is not known here yet');
  });

  test('German when the context carries a German locale', async () => {
    const answer = ok<StatusHereAnswer>(
      await world.rovo.statusHere({ context: { ...ROVO_CONTEXT.confluencePage('DOCS'), locale: 'de-DE' } }, asPerson(PEOPLE.user)),
    );
    expect(answer.language).toBe('de');
    expect(answer.summary).toMatch(/^Diese Seite \(Confluence-Bereich DOCS\): Ja/);
    expect(answer.summary).toContain('von Atlassian dokumentiert');
    expect(answer.adminMessage).toBe('Fragen zu KI und Ihren Inhalten? Schreiben Sie in #ai-governance.');
  });

  test('without a space in Rovo’s context, a named work item key gives its space (ABC-123 → ABC)', async () => {
    const answer = ok<StatusHereAnswer>(await world.rovo.statusHere({ workItemKey: ' eng-42 ', context: ROVO_CONTEXT.none() }, asPerson(PEOPLE.user)));
    expect(answer.scope).toMatchObject({ product: 'jira', spaceKey: 'ENG', from: 'named' });
    expect(answer.notes[0]).toMatch(/as you named it/);
    const space = ok<StatusHereAnswer>(
      await world.rovo.statusHere({ spaceKey: 'DOCS', product: 'confluence', context: ROVO_CONTEXT.none() }, asPerson(PEOPLE.user)),
    );
    expect(space).toMatchObject({ inAppData: 'contributing', scope: { product: 'confluence', spaceKey: 'DOCS', from: 'named' } });
  });

  test('Rovo’s context wins over a space the model extracted from the chat, and the answer says so', async () => {
    const answer = ok<StatusHereAnswer>(await world.rovo.statusHere({ spaceKey: 'HR', context: ROVO_CONTEXT.confluencePage('DOCS') }, asPerson(PEOPLE.user)));
    expect(answer.scope.spaceKey).toBe('DOCS');
    expect(answer.notes.join(' ')).toMatch(/spaceKey you named was not used/);
  });

  test('with no space at all it answers for the site, from shard 0', async () => {
    const answer = ok<StatusHereAnswer>(await world.rovo.statusHere({ context: ROVO_CONTEXT.none() }, asPerson(PEOPLE.user)));
    expect(answer.scope).toEqual({ product: 'jira', spaceKey: null, item: null, from: 'none' });
    expect(answer.summary).toMatch(/^This site:/);
  });
});

describe('input validation names the field', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ['work item key without a number', { workItemKey: 'ENG' }, 'workItemKey', /not a Jira work item key/],
    ['work item key with spaces inside', { workItemKey: 'EN G-1' }, 'workItemKey', /not a Jira work item key/],
    ['work item number zero', { workItemKey: 'ENG-0' }, 'workItemKey', /not a Jira work item key/],
    ['space key that is a number', { spaceKey: 42 }, 'spaceKey', /must be text/],
    ['Jira space key with punctuation', { spaceKey: 'EN$G', product: 'jira' }, 'spaceKey', /not a Jira space key/],
    ['Confluence space key with a slash', { spaceKey: 'DO/CS', product: 'confluence' }, 'spaceKey', /not a Confluence space key/],
    ['space key too long', { spaceKey: 'A'.repeat(256) }, 'spaceKey', /at most 255/],
    ['unknown product', { spaceKey: 'DOCS', product: 'trello' }, 'product', /"jira" or "confluence"/],
    ['work item in Confluence', { workItemKey: 'ENG-1', product: 'confluence' }, 'workItemKey', /Jira work item key/],
    ['space and work item disagree', { workItemKey: 'ENG-1', spaceKey: 'WEB' }, 'spaceKey', /does not match workItemKey/],
  ];
  test.each(cases)('status here: %s', async (_name, inputs, field, message) => {
    const answer = err(await world.rovo.statusHere({ ...inputs, context: ROVO_CONTEXT.none() }, asPerson(PEOPLE.user)));
    expect(answer.error).toMatchObject({ code: 'INVALID', field });
    expect(answer.error.message).toMatch(message);
    expect(answer.summary).toContain(field);
    // Nothing was read for an answer it could not give.
    expect(world.kvs.reads).toBe(0);
  });

  test('a payload that is not an object', async () => {
    expect(err(await world.rovo.statusHere('DOCS', asPerson(PEOPLE.user))).error).toMatchObject({ code: 'INVALID', field: 'payload' });
  });

  test('organization status and timeline: topic must be short text', async () => {
    expect(err(await world.rovo.orgStatus({ topic: ['x'] }, asPerson(PEOPLE.user))).error).toMatchObject({ code: 'INVALID', field: 'topic' });
    expect(err(await world.rovo.timeline({ topic: 'x'.repeat(501) }, asPerson(PEOPLE.user))).error).toMatchObject({ code: 'INVALID', field: 'topic' });
  });

  const whatIfCases: [string, Record<string, unknown>, string][] = [
    ['no change named', {}, 'plan'],
    ['unknown plan', { plan: 'platinum' }, 'plan'],
    ['unknown app', { plan: 'enterprise', app: 'loom' }, 'app'],
    ['bad setting', { inAppData: 'maybe' }, 'inAppData'],
    ['bad date', { plan: 'enterprise', on: '2026-13-45' }, 'on'],
    ['date that is not a date', { plan: 'enterprise', on: 'next week' }, 'on'],
  ];
  test.each(whatIfCases)('what-if: %s', async (_name, inputs, field) => {
    const answer = err(await world.rovo.whatIf({ ...inputs, context: ROVO_CONTEXT.jiraWorkItem('ENG-1') }, asPerson(PEOPLE.orgAdmin)));
    expect(answer.error).toMatchObject({ code: 'INVALID', field });
    expect(answer.summary).toContain(field);
  });
});

describe('authorization per role', () => {
  test('identity comes from the invocation context only: an accountId in the inputs changes nothing', async () => {
    const forged = err(
      await world.rovo.whatIf(
        { plan: 'enterprise', accountId: PEOPLE.orgAdmin, context: { ...ROVO_CONTEXT.jiraWorkItem('ENG-1'), accountId: PEOPLE.orgAdmin } },
        asPerson(PEOPLE.user),
      ),
    );
    expect(forged.error.code).toBe('FORBIDDEN');
    const anonymousWithForgedId = ok<StatusHereAnswer>(
      await world.rovo.statusHere({ accountId: PEOPLE.user, context: ROVO_CONTEXT.confluencePage('DOCS') }, asPerson(null)),
    );
    expect(anonymousWithForgedId.restricted).toBe(true);
  });

  test('anonymous: what the notice would show, nothing more (no confirmation details, no organization answer)', async () => {
    const here = ok<StatusHereAnswer>(await world.rovo.statusHere({ context: ROVO_CONTEXT.confluencePage('DOCS') }, asPerson(null)));
    expect(here).toMatchObject({ available: true, restricted: true, inAppData: 'contributing' });
    expect(here.profileConfirmed).toBeUndefined();
    expect(here.summary).toMatch(/Sign in/);
    const org = ok<StatusHereAnswer | OrgStatusAnswer>(await world.rovo.orgStatus({}, asPerson(null)));
    expect(org.action).toBe('status-here');
    expect((org as StatusHereAnswer).restricted).toBe(true);
    const dates = ok<StatusHereAnswer | TimelineAnswer>(await world.rovo.timeline({}, asPerson(null)));
    expect(dates.action).toBe('status-here');
    expect(err(await world.rovo.whatIf({ plan: 'enterprise' }, asPerson(null))).error.code).toBe('FORBIDDEN');
  });

  test('unlicensed people are treated like anonymous ones', async () => {
    const here = ok<StatusHereAnswer>(
      await world.rovo.statusHere({ context: { ...ROVO_CONTEXT.confluencePage('DOCS'), accountType: 'unlicensed' } }, asPerson(PEOPLE.user)),
    );
    expect(here.restricted).toBe(true);
  });

  test('anonymous, where the admins turned the notice off: nothing to show', async () => {
    const saved = await call(world.adminHandler, 'jiraAdmin', 'saveNoticeSettings', { settings: { notice: 'off', banner: 'off', text: {} } }, PEOPLE.orgAdmin);
    expect(saved.ok).toBe(true);
    const anonymous = ok<StatusHereAnswer>(await world.rovo.statusHere({ context: ROVO_CONTEXT.confluencePage('DOCS') }, asPerson(null)));
    expect(anonymous).toMatchObject({ available: false, restricted: true, reasons: [] });
    expect(anonymous.inAppData).toBeUndefined();
    // A signed-in reader still gets the answer: the space page shows it to them regardless of the notice setting.
    const reader = ok<StatusHereAnswer>(await world.rovo.statusHere({ context: ROVO_CONTEXT.confluencePage('DOCS') }, asPerson(PEOPLE.user)));
    expect(reader).toMatchObject({ available: true, inAppData: 'contributing' });
  });

  test.each([
    ['reader', PEOPLE.user],
    ['space admin', PEOPLE.spaceAdmin],
    ['org admin', PEOPLE.orgAdmin],
  ])('%s: status here, organization status and timeline; what-if only for the org admin', async (_role, accountId) => {
    const here = ok<StatusHereAnswer>(await world.rovo.statusHere({ context: ROVO_CONTEXT.jiraWorkItem('ENG-1') }, asPerson(accountId)));
    expect(here.restricted).toBe(false);
    expect(ok<OrgStatusAnswer>((await world.rovo.orgStatus({}, asPerson(accountId))) as OrgStatusAnswer).action).toBe('org-status');
    expect(ok<TimelineAnswer>((await world.rovo.timeline({}, asPerson(accountId))) as TimelineAnswer).action).toBe('timeline');
    const whatIf = await world.rovo.whatIf({ plan: 'enterprise', context: ROVO_CONTEXT.jiraWorkItem('ENG-1') }, asPerson(accountId));
    expect(whatIf.ok).toBe(accountId === PEOPLE.orgAdmin);
    if (!whatIf.ok) expect(whatIf.error.code).toBe('FORBIDDEN');
  });

  test('what-if fails closed when the admin check fails, and never asks as the app', async () => {
    world.product.failPermissionChecks = true;
    const checks = world.product.permissionChecks;
    const answer = err(await world.rovo.whatIf({ plan: 'enterprise' }, asPerson(PEOPLE.orgAdmin)));
    expect(answer.error.code).toBe('FORBIDDEN');
    expect(world.product.permissionChecks).toBe(checks + 1);
    expect(world.kvs.reads).toBe(0);
  });

  test('the org admin check is Jira’s, also when Rovo is open in Confluence', async () => {
    const seen: string[] = [];
    const original = world.product.isOrgAdmin.bind(world.product);
    world.product.isOrgAdmin = async (caller) => {
      seen.push(`${caller.product}:${caller.accountId}`);
      return original(caller);
    };
    ok<WhatIfAnswer>(await world.rovo.whatIf({ plan: 'enterprise', context: ROVO_CONTEXT.confluencePage('DOCS') }, asPerson(PEOPLE.orgAdmin)));
    expect(seen).toEqual([`jira:${PEOPLE.orgAdmin}`]);
  });
});

describe('organization answers for the example org', () => {
  test('organization status: the engine’s reasons with confidence and source, alerts, confirmation', async () => {
    const answer = ok<OrgStatusAnswer>((await world.rovo.orgStatus({}, asPerson(PEOPLE.user))) as OrgStatusAnswer);
    const status = await world.app.repository.status();
    expect(answer.inAppData.status).toBe(status?.evaluation.inAppData.status);
    expect(answer.inAppData.status).toBe('not-contributing');
    expect(answer.highestPlan).toBe(status?.evaluation.highestPlan);
    expect(answer.reasons.length).toBe(
      (status?.evaluation.inAppData.reasons.length ?? 0) + (status?.evaluation.metadata.reasons.length ?? 0) + (status?.evaluation.notes.length ?? 0),
    );
    expect(answer.reasons.length).toBeGreaterThan(0);
    for (const r of answer.reasons) {
      expect(['documented', 'reported', 'interpreted']).toContain(r.confidence);
      if (r.confidence !== 'interpreted') expect(r.source).toMatch(/^https:\/\//);
    }
    expect(answer.profileConfirmed).toMatchObject({ daysAgo: 69, stale: false });
    expect(answer.summary).toMatch(/^In-app data is not contributed by default/);
    expect(answer.summary).toContain('https://admin.atlassian.com');
  });

  test('organization status and timeline in German: the engine’s reasons, alerts and entries worded by the German catalogue', async () => {
    const context = { ...ROVO_CONTEXT.none(), locale: 'de-DE' };
    const en = ok<OrgStatusAnswer>((await world.rovo.orgStatus({}, asPerson(PEOPLE.user))) as OrgStatusAnswer);
    const de = ok<OrgStatusAnswer>((await world.rovo.orgStatus({ context }, asPerson(PEOPLE.user))) as OrgStatusAnswer);
    expect(de.language).toBe('de');
    expect(de.reasons.map((r) => [r.code, r.rule, r.confidence, r.source])).toEqual(en.reasons.map((r) => [r.code, r.rule, r.confidence, r.source]));
    // Every statement is worded anew: none is the stored English, and no placeholder or identifier is left.
    for (const [i, r] of de.reasons.entries()) {
      expect(r.statement).not.toBe(en.reasons[i]!.statement);
      expect(r.statement).not.toMatch(/undefined|NaN|inAppRemovalBy|not-contributing/);
    }
    expect(de.reasons.some((r) => /Tarif|Organisation/.test(r.statement))).toBe(true);
    for (const [i, a] of de.alerts.entries()) expect(a.text).not.toBe(en.alerts[i]!.text);
    const timeline = ok<TimelineAnswer>((await world.rovo.timeline({ context }, asPerson(PEOPLE.user))) as TimelineAnswer);
    const timelineEn = ok<TimelineAnswer>((await world.rovo.timeline({}, asPerson(PEOPLE.user))) as TimelineAnswer);
    expect(timeline.recent.map((t) => t.on)).toEqual(timelineEn.recent.map((t) => t.on));
    for (const [i, t] of timeline.recent.entries()) expect(t.text).not.toBe(timelineEn.recent[i]!.text);
  });

  test('timeline: the engine’s dated entries split at today, each with its rule’s source; no deadlines where nothing was contributed', async () => {
    const answer = ok<TimelineAnswer>((await world.rovo.timeline({}, asPerson(PEOPLE.user))) as TimelineAnswer);
    const status = await world.app.repository.status();
    const timeline = status?.evaluation.timeline ?? [];
    expect(answer.upcoming.map((t) => t.on)).toEqual(
      timeline
        .filter((t) => t.on > '2026-11-23')
        .map((t) => t.on)
        .slice(0, 20),
    );
    expect(answer.recent.map((t) => t.on)).toEqual(
      timeline
        .filter((t) => t.on <= '2026-11-23')
        .map((t) => t.on)
        .slice(-5),
    );
    expect(answer.recent.length).toBeGreaterThan(0);
    for (const t of [...answer.upcoming, ...answer.recent]) expect(t.source).toMatch(/^https:\/\//);
    // The Premium trial's review window ended on 2026-09-30: listed as past, left out of the summary.
    expect(answer.deadlines).toEqual([
      {
        kind: 'reviewWindowEndsOn',
        on: status?.evaluation.deadlines.reviewWindowEndsOn,
        upcoming: false,
        rule: 'R34',
        confidence: 'documented',
        source: SOURCES.FAQ.url,
      },
    ]);
    expect(answer.summary).not.toContain('Review window ends');
    expect(status?.evaluation.deadlines.modelsRetrainedBy).toBeNull();
  });

  test('an opt-out after the effective date: removal and retraining deadlines, in the timeline and on the work item', async () => {
    const fresh = makeRovoWorld();
    const recorded = await call(
      fresh.adminHandler,
      'jiraAdmin',
      'recordEvents',
      {
        changes: [
          { type: 'plan', on: '2024-03-01', product: 'jira', plan: 'standard' },
          { type: 'setting', on: '2026-10-01', setting: 'inAppData', value: 'off' },
        ],
      },
      PEOPLE.orgAdmin,
    );
    expect(recorded.ok).toBe(true);
    const dates = ok<TimelineAnswer>((await fresh.rovo.timeline({}, asPerson(PEOPLE.user))) as TimelineAnswer);
    const status = await fresh.app.repository.status();
    const retrainOn = status?.evaluation.deadlines.modelsRetrainedBy as string;
    expect(retrainOn > '2026-11-23').toBe(true);
    expect(dates.deadlines.find((d) => d.kind === 'modelsRetrainedBy')).toEqual({
      kind: 'modelsRetrainedBy',
      on: retrainOn,
      upcoming: true,
      rule: 'R40',
      confidence: 'reported',
      source: SOURCES.REG.url,
    });
    expect(dates.upcoming.map((t) => t.on)).toContain(retrainOn);
    expect(dates.summary).toContain(`Model retraining deadline: ${retrainOn}`);
    const here = ok<StatusHereAnswer>(await fresh.rovo.statusHere({ context: ROVO_CONTEXT.jiraWorkItem('ENG-1') }, asPerson(PEOPLE.user)));
    expect(here.inAppRemovalBy).toBe(status?.evaluation.deadlines.inAppRemovalBy);
    expect(here.reasons.find((r) => r.code === 'REMOVAL')).toMatchObject({ rule: 'R40', confidence: 'reported', source: SOURCES.REG.url });
    // Never attested: the answer says so.
    expect(here.profileConfirmed).toMatchObject({ at: null, stale: true });
  });

  test('what-if Enterprise for Jira: what the admin page’s simulate says, and nothing is recorded', async () => {
    const before = await world.app.repository.head();
    const answer = ok<WhatIfAnswer>(await world.rovo.whatIf({ plan: 'Enterprise', context: ROVO_CONTEXT.jiraWorkItem('ENG-1') }, asPerson(PEOPLE.orgAdmin)));
    const reference = await world.app.admin.simulate(
      { accountId: PEOPLE.orgAdmin, product: 'jira', moduleKey: 'm', moduleType: 'jira:adminPage', space: null, locale: null },
      { changes: [{ type: 'plan', on: '2026-11-23', product: 'jira', plan: 'enterprise' }], at: '2026-11-23' },
    );
    expect(answer.changes).toEqual([{ type: 'plan', on: '2026-11-23', product: 'jira', plan: 'enterprise' }]);
    expect(answer.differences).toEqual(reference.differences);
    expect(answer.simulated.highestPlan).toBe('enterprise');
    expect(answer.current.highestPlan).not.toBe('enterprise');
    expect(answer.summary).toContain('nothing is recorded');
    expect((await world.app.repository.head()).seq).toBe(before.seq);
  });
});

describe('reads per read-only action', () => {
  test.each([
    ['status here (page)', () => world.rovo.statusHere({ context: ROVO_CONTEXT.confluencePage('DOCS') }, asPerson(PEOPLE.user))],
    ['status here (anonymous)', () => world.rovo.statusHere({ context: ROVO_CONTEXT.confluencePage('DOCS') }, asPerson(null))],
    ['status here (named work item)', () => world.rovo.statusHere({ workItemKey: 'ENG-1' }, asPerson(PEOPLE.user))],
    ['organization status', () => world.rovo.orgStatus({}, asPerson(PEOPLE.user))],
    ['organization status (anonymous)', () => world.rovo.orgStatus({}, asPerson(null))],
    ['timeline', () => world.rovo.timeline({}, asPerson(PEOPLE.user))],
  ])('%s: exactly one storage read, no writes, no product calls', async (_name, run) => {
    const checks = world.product.permissionChecks;
    const answer = await run();
    expect(answer.ok).toBe(true);
    expect(world.kvs.calls).toEqual(['get']);
    expect(world.product.permissionChecks).toBe(checks);
  });
});
