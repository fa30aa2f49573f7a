/** fast-check generators for valid org profiles, shared by the property tests. */
import fc from 'fast-check';
import { addDays } from '../../src/policy/dates';
import { EXCLUSION_REASONS, PLANS, SECTORS, type OrgProfile, type ProfileEvent } from '../../src/policy/profile';

export const PRODUCTS = ['jira', 'confluence', 'jira-service-management', 'loom', 'trello', 'bitbucket'] as const;
export const SCOPE_KEYS = ['ENG', 'HR', 'DOCS', 'jira', 'confluence', 'rovo', 'google-drive'] as const;

/** Dates from mid-2025 to early 2028, so profiles straddle the settings rollout and the effective date. */
export const arbDate = fc.integer({ min: 0, max: 1000 }).map((d) => addDays('2025-06-01', d));
/** Evaluation dates spread around the effective date (2026-08-17). */
export const arbAt = fc.integer({ min: 0, max: 900 }).map((d) => addDays('2026-01-01', d));

/**
 * A handful of days around the effective date: many events then share a day,
 * which is what the order-independence property has to survive.
 */
const crowdedDays = ['2026-05-20', '2026-08-16', '2026-08-17', '2026-09-01', '2026-09-30', '2026-11-02'] as const;
export const arbCrowdedDate = fc.constantFrom(...crowdedDays);

const arbPlan = fc.constantFrom(...PLANS);
const arbProduct = fc.constantFrom(...PRODUCTS);

export function arbEvent(date: fc.Arbitrary<string> = arbDate): fc.Arbitrary<ProfileEvent> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ type: fc.constant('plan' as const), on: date, product: arbProduct, plan: arbPlan }) },
    {
      weight: 2,
      arbitrary: fc
        .record({
          on: date,
          length: fc.integer({ min: 1, max: 90 }),
          product: arbProduct,
          plan: arbPlan,
          then: fc.oneof(arbPlan, fc.constant('none' as const)),
          migration: fc.option(fc.boolean(), { nil: undefined }),
        })
        .map(({ on, length, product, plan, then, migration }): ProfileEvent => {
          const base = { type: 'trial' as const, on, product, plan, endsOn: addDays(on, length), then };
          return migration === undefined ? base : { ...base, migration };
        }),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('removed' as const), on: date, product: arbProduct }) },
    {
      weight: 4,
      arbitrary: fc.record({
        type: fc.constant('setting' as const),
        on: date,
        setting: fc.constantFrom('metadata' as const, 'inAppData' as const),
        value: fc.constantFrom('on' as const, 'off' as const),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        type: fc.constant('scope' as const),
        on: date,
        target: fc.record({ kind: fc.constantFrom('space' as const, 'app' as const, 'connector' as const), key: fc.constantFrom(...SCOPE_KEYS) }),
        mode: fc.constantFrom('include' as const, 'exclude' as const, 'default' as const),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ type: fc.constant('exclusion' as const), on: date, reason: fc.constantFrom(...EXCLUSION_REASONS), active: fc.boolean() }),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('terminated' as const), on: date }) },
  );
}

export function arbProfile(options: { date?: fc.Arbitrary<string>; maxEvents?: number } = {}): fc.Arbitrary<OrgProfile> {
  return fc
    .record({
      sector: fc.option(fc.constantFrom(...SECTORS), { nil: undefined }),
      // Most real profiles start with at least one plan, so make that the common case.
      first: fc.record({ type: fc.constant('plan' as const), on: options.date ?? arbDate, product: arbProduct, plan: arbPlan }),
      rest: fc.array(arbEvent(options.date), { maxLength: options.maxEvents ?? 14 }),
    })
    .map(({ sector, first, rest }): OrgProfile => {
      const events: ProfileEvent[] = [first, ...rest];
      return sector ? { schemaVersion: 1, sector, events } : { schemaVersion: 1, events };
    });
}

/** Either a plain date or a mix that crowds many events onto the same few days. */
export const arbAnyProfile = fc.oneof(arbProfile(), arbProfile({ date: arbCrowdedDate, maxEvents: 18 }));

export const arbSomeSpace = fc
  .record({ key: fc.constantFrom('ENG', 'HR', 'DOCS', 'OTHER'), app: fc.option(fc.constantFrom('jira', 'confluence', 'loom'), { nil: undefined }) })
  .map((s) => (s.app === undefined ? { key: s.key } : { key: s.key, app: s.app }));

export const arbSpace = fc.option(arbSomeSpace, { nil: undefined });
