/** Properties the engine must hold for every valid profile, not just the examples we thought of. */
import fc from 'fast-check';
import { addDays } from '../../src/policy/dates';
import { evaluate } from '../../src/policy/engine';
import type { OrgProfile } from '../../src/policy/profile';
import { RULES, type Confidence } from '../../src/policy/rules';
import type { Evaluation, Status } from '../../src/policy/types';
import { arbAnyProfile, arbAt, arbDate, arbProfile, arbSomeSpace, arbSpace } from './arbitraries';
import { EFFECTIVE, allReasons } from './builders';

// FC_RUNS=5000 npx jest test/policy/properties.test.ts for a deeper search.
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };
const STRENGTH: Record<Confidence, number> = { interpreted: 0, reported: 1, documented: 2 };

function run(p: OrgProfile, at: string, space?: { key: string; app?: string }): Evaluation {
  return evaluate(p, space ? { at, space } : { at });
}

/** Every status the evaluation reports, with where it came from, for error messages. */
function allStatuses(e: Evaluation): Array<[string, Status | undefined]> {
  return [
    ['metadata.status', e.metadata.status],
    ['metadata.projected', e.metadata.projected],
    ['inAppData.status', e.inAppData.status],
    ['inAppData.projected', e.inAppData.projected],
    ...e.apps.flatMap((a): Array<[string, Status | undefined]> => [
      [`apps.${a.app}.metadata`, a.metadata],
      [`apps.${a.app}.inAppData`, a.inAppData],
      [`apps.${a.app}.projectedMetadata`, a.projectedMetadata],
      [`apps.${a.app}.projectedInAppData`, a.projectedInAppData],
    ]),
    ['space.inAppData', e.space?.inAppData],
    ['space.projected', e.space?.projected],
  ];
}

describe('properties of the policy engine', () => {
  it('R32: an excluded org never contributes, on any date, in any app or space', () => {
    const arbExcluded = fc
      .record({
        p: arbProfile(),
        how: fc.oneof(
          fc.constantFrom('government-cloud', 'isolated-cloud', 'customer-managed-keys', 'hipaa', 'government-entity', 'financial-services'),
          fc.constant('sector-government' as const),
        ),
      })
      .map(({ p, how }): OrgProfile => {
        // Keep only events that cannot lift the exclusion, then declare it before everything else.
        const events = p.events.filter((ev) => ev.type !== 'exclusion');
        if (how === 'sector-government') return { schemaVersion: 1, sector: 'government', events };
        return { ...p, events: [{ type: 'exclusion', on: '2025-01-01', reason: how, active: true }, ...events] };
      });
    fc.assert(
      fc.property(arbExcluded, arbAt, arbSpace, (p, at, space) => {
        const e = run(p, at, space);
        expect(e.excluded).toBe(true);
        expect(e.exclusionReasons.length).toBeGreaterThan(0);
        expect(e.metadata.locked).toBe(true);
        expect(e.inAppData.locked).toBe(true);
        const contributing = allStatuses(e).filter(([, s]) => s === 'contributing');
        expect(contributing).toEqual([]);
        expect(e.timeline.filter((t) => t.kind === 'retention-ends')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('is deterministic and independent of event order, within a day and across the array', () => {
    const arbCase = arbAnyProfile.chain((p) =>
      fc.tuple(fc.constant(p), fc.shuffledSubarray(p.events, { minLength: p.events.length, maxLength: p.events.length }), arbAt, arbSpace),
    );
    fc.assert(
      fc.property(arbCase, ([p, shuffled, at, space]) => {
        const snapshot = structuredClone(p);
        const first = run(p, at, space);
        expect(p).toEqual(snapshot); // the engine must not mutate its input
        expect(run(p, at, space)).toEqual(first);
        expect(run({ ...p, events: shuffled }, at, space)).toEqual(first);
      }),
      RUNS,
    );
  });

  it('is pending only before the effective date, with a projection, and never on or after it', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, arbSpace, (p, at, space) => {
        const e = run(p, at, space);
        if (at < EFFECTIVE) {
          expect(e.metadata.status).toBe('pending');
          expect(e.inAppData.status).toBe('pending');
          expect(['contributing', 'not-contributing']).toContain(e.metadata.projected);
          expect(['contributing', 'not-contributing']).toContain(e.inAppData.projected);
          expect(e.metadata.since).toBeNull();
          expect(e.inAppData.since).toBeNull();
          // Wherever something is pending, the projection says what it becomes.
          for (const app of e.apps) {
            if (app.metadata === 'pending') expect([app.app, app.projectedMetadata]).toEqual([app.app, expect.stringMatching(/contributing$/)]);
            if (app.inAppData === 'pending') expect([app.app, app.projectedInAppData]).toEqual([app.app, expect.stringMatching(/contributing$/)]);
          }
          if (e.space?.inAppData === 'pending') expect(e.space.projected).toMatch(/contributing$/);
        } else {
          expect(allStatuses(e).filter(([, s]) => s === 'pending')).toEqual([]);
          expect(e.metadata.projected).toBeUndefined();
          expect(e.inAppData.projected).toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  it('every reason rests on a catalogued rule, has a source or is interpreted, and is never stronger than its rule', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, arbSpace, (p, at, space) => {
        const e = run(p, at, space);
        for (const reason of allReasons(e)) {
          const entry = RULES[reason.rule];
          expect(entry).toBeDefined();
          expect(reason.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
          expect(reason.text.length).toBeGreaterThan(0);
          if (reason.source === null) expect(reason.confidence).toBe('interpreted');
          else expect(reason.source).toMatch(/^https:\/\//);
          expect(STRENGTH[reason.confidence]).toBeLessThanOrEqual(STRENGTH[entry!.confidence]);
        }
        expect(e.metadata.reasons.length).toBeGreaterThan(0);
        expect(e.inAppData.reasons.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('the timeline is in date order', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, (p, at) => {
        const dates = run(p, at).timeline.map((t) => t.on);
        expect(dates).toEqual([...dates].sort());
      }),
      RUNS,
    );
  });

  it('R40: deadlines follow the most recent stop on or before the evaluation date, never precede a stop', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, (p, at) => {
        const e = run(p, at);
        const stops = e.timeline.filter((t) => t.kind === 'collection-stopped' && t.on <= at).map((t) => t.on);
        const { inAppRemovalBy, modelsRetrainedBy, reviewWindowEndsOn } = e.deadlines;
        if (stops.length === 0) {
          expect(inAppRemovalBy).toBeNull();
          expect(modelsRetrainedBy).toBeNull();
        } else {
          const latest = stops.reduce((a, b) => (a > b ? a : b));
          expect(latest > EFFECTIVE || latest === EFFECTIVE).toBe(true);
          expect(modelsRetrainedBy).toBe(addDays(latest, 90));
          // A stop of metadata alone has no in-app removal deadline; an in-app one comes from one of the stops.
          if (inAppRemovalBy !== null) {
            expect(stops.map((s) => addDays(s, 30))).toContain(inAppRemovalBy);
            expect(inAppRemovalBy >= addDays(EFFECTIVE, 30)).toBe(true);
          }
        }
        if (reviewWindowEndsOn !== null) {
          // The window's end (or its early close by a later plan change) is on the timeline, after a trial end on or before `at`.
          const end = e.timeline.find((t) => t.kind === 'review-window-ends' && t.on === reviewWindowEndsOn);
          expect(end).toBeDefined();
          const trialEnd = String(end!.params!.trialEndedOn);
          expect(trialEnd <= at).toBe(true);
          expect(e.timeline.some((t) => t.kind === 'trial-ended' && t.on === trialEnd)).toBe(true);
          expect(reviewWindowEndsOn <= addDays(trialEnd, 30) && reviewWindowEndsOn > trialEnd).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('R17: with in-app on, an excluded space never contributes', () => {
    const arbCase = fc
      .record({
        p: arbAnyProfile,
        at: arbAt,
        offset: fc.integer({ min: 0, max: 400 }),
        app: fc.option(fc.constantFrom('jira', 'confluence'), { nil: undefined }),
      })
      .map(({ p, at, offset, app }) => {
        const excludedOn = addDays(at, -offset);
        const events = p.events.filter((ev) => !(ev.type === 'scope' && ev.target.kind === 'space' && ev.target.key === 'ENG'));
        events.push({ type: 'scope', on: excludedOn, target: { kind: 'space', key: 'ENG' }, mode: 'exclude' });
        return { p: { ...p, events }, at, space: app ? { key: 'ENG', app } : { key: 'ENG' } };
      });
    fc.assert(
      fc.property(arbCase, ({ p, at, space }) => {
        const e = run(p, at, space);
        if (e.inAppData.status === 'contributing' || e.inAppData.projected === 'contributing') {
          expect(e.space?.inAppData).not.toBe('contributing');
          expect(e.space?.projected).not.toBe('contributing');
        }
      }),
      RUNS,
    );
  });

  it('R17: a space without entries follows the org-level in-app status', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, (p, at) => {
        // "OTHER" never appears in generated scope events.
        const e = run(p, at, { key: 'OTHER' });
        expect(e.space?.inAppData).toBe(e.inAppData.status);
      }),
      RUNS,
    );
  });

  it('R24: apps without settings never contribute', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, (p, at) => {
        for (const app of run(p, at).apps.filter((a) => !a.hasSettings)) {
          expect([app.app, app.metadata, app.inAppData]).toEqual([
            app.app,
            expect.not.stringMatching(/^contributing$/),
            expect.not.stringMatching(/^contributing$/),
          ]);
        }
      }),
      RUNS,
    );
  });

  it('R37: events after the evaluation date do not change a status on or after the effective date', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, (p, at) => {
        fc.pre(at >= EFFECTIVE);
        // Drop events after `at` (a trial that started by `at` keeps its declared end).
        const known = p.events.filter((ev) => ev.on <= at);
        const full = run(p, at);
        const partial = run({ ...p, events: known }, at);
        expect([partial.metadata.status, partial.inAppData.status, partial.highestPlan]).toEqual([
          full.metadata.status,
          full.inAppData.status,
          full.highestPlan,
        ]);
      }),
      RUNS,
    );
  });
  it('R37: the projection before the effective date is what the known events give on the effective date', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, arbSpace, (p, at, space) => {
        fc.pre(at < EFFECTIVE);
        const before = run(p, at, space);
        const onEffective = run({ ...p, events: p.events.filter((ev) => ev.on <= at) }, EFFECTIVE, space);
        expect([before.metadata.projected, before.inAppData.projected, before.space?.projected]).toEqual([
          onEffective.metadata.status,
          onEffective.inAppData.status,
          onEffective.space?.inAppData,
        ]);
      }),
      RUNS,
    );
  });

  it('R20/R18: every active app with settings shows the org metadata status; platform apps show both org statuses', () => {
    const platform = new Set(['rovo', 'home', 'teams', 'projects', 'assets', 'goals', 'analytics', 'administration']);
    fc.assert(
      fc.property(arbAnyProfile, arbAt, (p, at) => {
        const e = run(p, at);
        for (const app of e.apps.filter((a) => a.hasSettings && a.active)) {
          expect([app.app, app.metadata]).toEqual([app.app, e.metadata.status]);
          if (platform.has(app.app)) expect([app.app, app.inAppData]).toEqual([app.app, e.inAppData.status]);
        }
      }),
      RUNS,
    );
  });

  it('R24: a plan on an app without settings never changes the org-level outcome', () => {
    const arbCase = fc.record({
      p: arbAnyProfile,
      at: arbAt,
      extra: fc.record({
        on: arbDate,
        product: fc.constantFrom('loom', 'trello', 'compass'),
        plan: fc.constantFrom('premium' as const, 'enterprise' as const),
      }),
    });
    fc.assert(
      fc.property(arbCase, ({ p, at, extra }) => {
        const without = run(p, at);
        const withExtra = run({ ...p, events: [...p.events, { type: 'plan', ...extra }] }, at);
        const outcome = (e: Evaluation) => [
          e.highestPlan,
          e.metadata.status,
          e.metadata.projected,
          e.metadata.locked,
          e.inAppData.status,
          e.inAppData.projected,
          e.deadlines,
        ];
        expect(outcome(withExtra)).toEqual(outcome(without));
      }),
      RUNS,
    );
  });

  it('R17: a space entry never changes the org-level statuses', () => {
    const arbCase = fc.record({ p: arbAnyProfile, at: arbAt, on: arbDate, mode: fc.constantFrom('include' as const, 'exclude' as const) });
    fc.assert(
      fc.property(arbCase, ({ p, at, on, mode }) => {
        const without = run(p, at);
        const withEntry = run({ ...p, events: [...p.events, { type: 'scope', on, target: { kind: 'space', key: 'NEW' }, mode }] }, at);
        const outcome = (e: Evaluation) => [e.highestPlan, e.metadata.status, e.metadata.projected, e.inAppData.status, e.inAppData.projected];
        expect(outcome(withEntry)).toEqual(outcome(without));
      }),
      RUNS,
    );
  });

  it('`since` is never after the evaluation date and never before the effective date', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, arbSpace, (p, at, space) => {
        fc.pre(at >= EFFECTIVE);
        const e = run(p, at, space);
        for (const since of [e.metadata.since, e.inAppData.since, e.space?.since]) {
          if (since === null || since === undefined) continue;
          expect(since <= at && since >= EFFECTIVE).toBe(true);
        }
      }),
      RUNS,
    );
  });
  // The admin page and a space page must agree on everything org-level.
  it('asking about a space never changes the org-level part of the evaluation', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, arbSomeSpace, (p, at, space) => {
        const { space: _space, ...orgLevel } = run(p, at, space);
        expect(orgLevel).toEqual(run(p, at));
      }),
      { numRuns: RUNS.numRuns * 3 }, // divergences need a space entry for the very space asked about
    );
  });
});
