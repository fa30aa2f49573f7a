/**
 * Properties that keep one evaluation telling one story:
 * equivalent recordings agree, the organization view is never less complete
 * than a space view, and reasons, notes, deadlines and timeline never
 * contradict the statuses.
 */
import fc from 'fast-check';
import { EFFECTIVE_DATE } from '../../src/policy/constants';
import { addDays } from '../../src/policy/dates';
import { evaluate } from '../../src/policy/engine';
import { PLANS, type OrgProfile, type Plan, type ProfileEvent } from '../../src/policy/profile';
import type { Evaluation, Status } from '../../src/policy/types';
import { PRODUCTS, arbAnyProfile, arbAt, arbDate } from './arbitraries';
import { allReasons } from './builders';

// FC_RUNS=5000 npx jest test/policy/consistency.test.ts for a deeper search.
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

const run = (p: OrgProfile, at: string, space?: { key: string; app?: string }): Evaluation => evaluate(p, space ? { at, space } : { at });

const isProductEvent = (e: ProfileEvent) => e.type === 'plan' || e.type === 'trial' || e.type === 'removed';

/** Keeps the base profile from touching the product from the trial's start to its end, so only the recording differs. */
function clearWindow(events: ProfileEvent[], product: string, from: string, to: string): ProfileEvent[] {
  return events.filter((e) => !(e.on >= from && e.on <= to && ((isProductEvent(e) && e.product === product) || e.type === 'terminated')));
}

const arbPlan = fc.constantFrom(...PLANS);

describe('R34/R8 equivalent recordings of the same history give identical output', () => {
  const arbTrialCase = fc.record({
    base: arbAnyProfile,
    product: fc.constantFrom(...PRODUCTS),
    plan: arbPlan,
    on: arbDate,
    length: fc.integer({ min: 1, max: 90 }),
    then: arbPlan,
    other: fc.oneof(arbPlan, fc.constant('none' as const)),
    migration: fc.boolean(),
    after: fc.integer({ min: 0, max: 120 }),
  });

  it('a trial ending "then: X" equals the trial ending otherwise plus a same-day purchase of X (in any order)', () => {
    fc.assert(
      fc.property(arbTrialCase, (c) => {
        const endsOn = addDays(c.on, c.length);
        const events = clearWindow(c.base.events, c.product, c.on, endsOn);
        const trialEvent = (then: Plan | 'none'): ProfileEvent => ({
          type: 'trial',
          on: c.on,
          product: c.product,
          plan: c.plan,
          endsOn,
          then,
          migration: c.migration,
        });
        const declared: OrgProfile = { ...c.base, events: [...events, trialEvent(c.then)] };
        const split: OrgProfile = { ...c.base, events: [{ type: 'plan', on: endsOn, product: c.product, plan: c.then }, ...events, trialEvent(c.other)] };
        // Only from the trial's end on does the second recording know about the purchase.
        const at = addDays(endsOn, c.after);
        expect(run(split, at)).toEqual(run(declared, at));
      }),
      RUNS,
    );
  });

  it('a trial ending "then: none" equals the trial ending into any plan plus a same-day removal', () => {
    fc.assert(
      fc.property(arbTrialCase, (c) => {
        const endsOn = addDays(c.on, c.length);
        const events = clearWindow(c.base.events, c.product, c.on, endsOn);
        const trialEvent = (then: Plan | 'none'): ProfileEvent => ({
          type: 'trial',
          on: c.on,
          product: c.product,
          plan: c.plan,
          endsOn,
          then,
          migration: c.migration,
        });
        const declared: OrgProfile = { ...c.base, events: [...events, trialEvent('none')] };
        const split: OrgProfile = { ...c.base, events: [...events, trialEvent(c.then), { type: 'removed', on: endsOn, product: c.product }] };
        const at = addDays(endsOn, c.after);
        expect(run(split, at)).toEqual(run(declared, at));
      }),
      RUNS,
    );
  });

  it('a purchase equals a removal and the purchase on the same day (one change split in two events)', () => {
    const arbCase = fc.record({ base: arbAnyProfile, product: fc.constantFrom(...PRODUCTS), plan: arbPlan, on: arbDate, at: arbAt });
    fc.assert(
      fc.property(arbCase, (c) => {
        const events = c.base.events.filter((e) => !(e.on === c.on && isProductEvent(e) && e.product === c.product));
        const buy: ProfileEvent = { type: 'plan', on: c.on, product: c.product, plan: c.plan };
        const one: OrgProfile = { ...c.base, events: [...events, buy] };
        const two: OrgProfile = { ...c.base, events: [{ type: 'removed', on: c.on, product: c.product }, ...events, buy] };
        expect(run(two, c.at)).toEqual(run(one, c.at));
      }),
      RUNS,
    );
  });

  it('recording a setting or an entry twice on its day changes nothing', () => {
    const arbCase = arbAnyProfile.chain((p) => fc.tuple(fc.constant(p), fc.nat({ max: p.events.length - 1 }), arbAt));
    fc.assert(
      fc.property(arbCase, ([p, index, at]) => {
        const event = p.events[index]!;
        fc.pre(event.type === 'setting' || event.type === 'scope' || event.type === 'exclusion');
        expect(run({ ...p, events: [...p.events, { ...event }] }, at)).toEqual(run(p, at));
      }),
      RUNS,
    );
  });
});

/** Spaces the profile mentions, asked about alone and inside each app. */
function spaceViews(p: OrgProfile): { key: string; app?: string }[] {
  const keys = new Set(['ENG']);
  for (const e of p.events) if (e.type === 'scope' && e.target.kind === 'space') keys.add(e.target.key);
  return [...keys].flatMap((key) => [{ key }, { key, app: 'jira' }, { key, app: 'confluence' }]);
}

describe('R39/R40 the organization view is never less complete than a space view', () => {
  it('every space stop is an org-level in-app stop that day, and the org deadlines are never missing or earlier', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, (p, at) => {
        fc.pre(at >= EFFECTIVE_DATE);
        const org = run(p, at);
        for (const space of spaceViews(p)) {
          const view = run(p, at, space).space!;
          const own = view.reasons.find((r) => r.code === 'SPACE_REMOVAL_DEADLINE');
          if (!own) continue;
          const stop = String(own.params!.date);
          const where = { space, stop };
          const orgStops = org.timeline.filter((t) => t.kind === 'collection-stopped' && t.on === stop).map((t) => t.code);
          // An in-app stop at org level carries an in-app removal deadline on the timeline.
          expect({ where, inAppStop: org.timeline.some((t) => t.kind === 'in-app-removal-deadline' && t.params?.stop === stop), orgStops }).toEqual({
            where,
            inAppStop: true,
            orgStops: expect.arrayContaining([expect.any(String)]),
          });
          expect({ where, removal: org.deadlines.inAppRemovalBy !== null && org.deadlines.inAppRemovalBy >= String(own.params!.removalBy) }).toEqual({
            where,
            removal: true,
          });
          expect({ where, retrain: org.deadlines.modelsRetrainedBy !== null && org.deadlines.modelsRetrainedBy >= String(own.params!.retrainBy) }).toEqual({
            where,
            retrain: true,
          });
        }
      }),
      RUNS,
    );
  });
});

const STATUS_FIELDS = (e: Evaluation): Array<[string, Status | undefined]> => [
  ['metadata', e.metadata.status],
  ['metadata.projected', e.metadata.projected],
  ['inAppData', e.inAppData.status],
  ['inAppData.projected', e.inAppData.projected],
  ...e.apps.flatMap((a): Array<[string, Status | undefined]> => [
    [a.app, a.metadata],
    [a.app, a.inAppData],
    [a.app, a.projectedMetadata],
    [a.app, a.projectedInAppData],
  ]),
  ['space', e.space?.inAppData],
  ['space.projected', e.space?.projected],
];

describe('R32/R40/R36 reasons, notes, deadlines and timeline never contradict the statuses', () => {
  it('one story across statuses, reasons, notes, deadlines and timeline', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, fc.option(fc.constantFrom('ENG', 'HR', 'DOCS'), { nil: undefined }), (p, at, key) => {
        const e = run(p, at, key ? { key } : undefined);
        const codes = allReasons(e).map((r) => r.code);
        const stops = e.timeline.filter((t) => t.kind === 'collection-stopped');

        // R32: excluded means nothing contributes and every reason agrees; not excluded means no exclusion is claimed.
        if (e.excluded) {
          expect(STATUS_FIELDS(e).filter(([, s]) => s === 'contributing')).toEqual([]);
          expect(codes.filter((c) => /^(METADATA_ALWAYS_ON|IN_APP_DEFAULT_ON|IN_APP_TURNED_ON|REVIEW_WINDOW_OPEN)$/.test(c))).toEqual([]);
        } else {
          expect(codes.filter((c) => c.startsWith('EXCLUDED_') || c === 'SECTOR_GOVERNMENT_EXCLUDED')).toEqual([]);
        }
        // R30: the sector note and a recorded lift of the government-entity exclusion are never both said.
        if (codes.includes('SECTOR_GOVERNMENT_EXCLUDED')) expect(e.exclusionReasons).toContain('government-entity');
        if (codes.includes('SECTOR_GOVERNMENT_EXCLUSION_LIFTED')) expect(e.exclusionReasons).not.toContain('government-entity');
        expect(codes.includes('SECTOR_GOVERNMENT_EXCLUDED') && codes.includes('SECTOR_GOVERNMENT_EXCLUSION_LIFTED')).toBe(false);

        // R11–R13, R34: locks follow the highest plan (the new one during a window).
        expect(e.metadata.locked).toBe(e.excluded || e.highestPlan !== 'enterprise');
        expect(e.inAppData.locked).toBe(e.excluded || e.highestPlan === null);

        // R40: every deadline's cause is a stop on the timeline, on or before the evaluation date.
        const { inAppRemovalBy, modelsRetrainedBy, reviewWindowEndsOn } = e.deadlines;
        if (inAppRemovalBy !== null) {
          const stop = addDays(inAppRemovalBy, -30);
          expect(stop <= at).toBe(true);
          expect(stops.some((t) => t.on === stop)).toBe(true);
          expect(e.timeline.filter((t) => t.kind === 'in-app-removal-deadline' && t.on === inAppRemovalBy)).toHaveLength(1);
        }
        if (modelsRetrainedBy !== null) {
          expect(stops.some((t) => t.on === addDays(modelsRetrainedBy, -90))).toBe(true);
          expect(e.timeline.filter((t) => t.kind === 'model-retrain-deadline' && t.on === modelsRetrainedBy)).toHaveLength(1);
        }
        // R34/R36: the window's end is on the timeline; an open window is the one the deadline names.
        if (reviewWindowEndsOn !== null) expect(e.timeline.some((t) => t.kind === 'review-window-ends' && t.on === reviewWindowEndsOn)).toBe(true);
        const open = allReasons(e).find((r) => r.code === 'REVIEW_WINDOW_OPEN');
        if (open && at >= EFFECTIVE_DATE) {
          expect(reviewWindowEndsOn).toBe(open.params!.endsOn);
          expect(reviewWindowEndsOn! > at).toBe(true);
        }

        // A status that stopped after the effective date stopped on the timeline that day.
        if (at >= EFFECTIVE_DATE) {
          if (e.metadata.status === 'not-contributing' && e.metadata.since! > EFFECTIVE_DATE) {
            expect(stops.some((t) => t.on === e.metadata.since && t.code === 'metadata')).toBe(true);
          }
          if (e.inAppData.status === 'not-contributing' && e.inAppData.since! > EFFECTIVE_DATE) {
            expect(stops.some((t) => t.on === e.inAppData.since && t.code === 'in-app')).toBe(true);
          }
        }

        // R8: the highest plan changes at most once a day and each change starts where the last one ended.
        const changes = e.timeline.filter((t) => t.kind === 'plan-changed');
        expect(new Set(changes.map((t) => t.on)).size).toBe(changes.length);
        changes.forEach((t, i) => {
          expect(t.params!.from).not.toBe(t.params!.to);
          if (i > 0) expect(t.params!.from).toBe(changes[i - 1]!.params!.to);
        });

        // No entry twice; every date a real four-digit date, in order.
        const keys = e.timeline.map((t) => JSON.stringify([t.on, t.kind, t.code, t.params]));
        expect(new Set(keys).size).toBe(keys.length);
        for (const t of e.timeline) expect(t.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);

        // Notes about a day after the evaluation date speak of the future.
        for (const note of e.notes.filter((n) => n.code === 'CHOICE_DROPPED_ON_PLAN_CHANGE')) {
          expect(note.params!.future).toBe(String(note.params!.date) > at ? 1 : 0);
        }
        for (const note of e.notes.filter((n) => n.code === 'SETTING_APPLIES_AFTER_WINDOW')) {
          expect(note.params!.future).toBe(String(note.params!.endsOn) > at ? 1 : 0);
        }
      }),
      RUNS,
    );
  });
});
