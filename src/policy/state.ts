/**
 * The organization's state as the replay builds it (replay.ts): products with
 * their plans and trials, admin choices, include/exclude entries, exclusions,
 * the highest and the governing plan, an open review window; and the facts
 * the replay reports. The small rules that read it (R8–R13, R32) live here.
 */
import type { MessageParams, PlanCause } from '../i18n/messages/codes';
import type { CalendarDate } from './dates';
import { PLATFORM_APPS, PRODUCTS_WITH_SETTINGS, type ExclusionReason, type OrgProfile, type Plan, type ScopeKind, type SettingName } from './profile';

export type PlanChangeCause = PlanCause;
type SettingChange<K extends 'exclusion' | 'setting' | 'scope'> = {
  type: 'setting-changed';
  on: CalendarDate;
  code: K;
  params: MessageParams[`timeline.setting-changed:${K}`];
};
/** A declared change of an exclusion, a setting or an include/exclude entry, as its timeline message. */
export type SettingChangedFact = SettingChange<'exclusion'> | SettingChange<'setting'> | SettingChange<'scope'>;

export const PLAN_RANK: Readonly<Record<Plan, number>> = { free: 0, standard: 1, premium: 2, enterprise: 3 };

export const hasSettings = (product: string): boolean => (PRODUCTS_WITH_SETTINGS as readonly string[]).includes(product);
export const isPlatformApp = (app: string): boolean => (PLATFORM_APPS as readonly string[]).includes(app);

export interface Trial {
  id: number;
  plan: Plan;
  endsOn: CalendarDate;
  then: Plan | 'none';
  migration: boolean;
}

export interface ProductState {
  base: Plan | null;
  trial: Trial | null;
}

/** A trial of a lower plan never lowers what the product already has (R8: the highest plan counts). */
export const activePlanOf = (p: ProductState): Plan | null => {
  if (!p.trial) return p.base;
  if (p.base === null) return p.trial.plan;
  return PLAN_RANK[p.trial.plan] >= PLAN_RANK[p.base] ? p.trial.plan : p.base;
};

export interface ReviewWindow {
  trialEndedOn: CalendarDate;
  endsOn: CalendarDate;
  previousPlan: Plan | null;
  /** The new highest plan, whose rules decide what an admin may change during the window (R34). */
  newPlan: Plan;
  /** Set when a later plan change closed the window before `endsOn`. */
  closedOn?: CalendarDate;
}

export type ScopeMode = 'include' | 'exclude';

export interface OrgState {
  products: Map<string, ProductState>;
  /** Explicit admin choices; absent means the plan default applies (R35). */
  choices: Partial<Record<SettingName, 'on' | 'off'>>;
  /** `on`: when the entry last changed mode (a repeated identical entry keeps the earlier date). */
  scopes: Map<string, { kind: ScopeKind; key: string; mode: ScopeMode; on: CalendarDate }>;
  /** Entries per mode, kept in step with `scopes` so daily checks need not scan the lists. */
  scopeCounts: Record<ScopeMode, number>;
  /** Include entries per kind (an included space or connector contributes while the org setting is off). */
  includeCounts: Record<ScopeKind, number>;
  /** Exclude entries per kind, so a change of the org setting can tell whether space exclusions exist without a scan. */
  excludeCounts: Record<ScopeKind, number>;
  /** Targets whose entry changed today, with their mode before the day: stops are found without scanning every entry. */
  scopeChangesToday: Map<string, { kind: ScopeKind; key: string; before: ScopeMode | undefined }>;
  exclusions: Set<ExclusionReason>;
  terminatedOn: CalendarDate | null;
  /** Highest active plan over products with settings, trials included (R8, R9). */
  highestPlan: Plan | null;
  /** The plan whose defaults apply: lags `highestPlan` during a review window (R34, R36). Locks follow `highestPlan`. */
  governingPlan: Plan | null;
  window: ReviewWindow | null;
}

export const scopeKey = (kind: ScopeKind, key: string): string => `${kind}\u0000${key}`;

/** A fact the replay learned that the timeline or the engine reports. */
export type ReplayFact =
  | { type: 'plan-changed'; on: CalendarDate; from: Plan | null; to: Plan | null; causeParams: PlanChangeCause }
  | { type: 'trial-ended'; on: CalendarDate; product: string; plan: Plan; then: Plan | 'none'; migration: boolean; cutShort: boolean }
  | { type: 'review-window'; on: CalendarDate; window: ReviewWindow }
  | SettingChangedFact
  | { type: 'app-removed'; on: CalendarDate; product: string }
  | { type: 'terminated'; on: CalendarDate };

export function newOrgState(profile: OrgProfile): OrgState {
  const exclusions = new Set<ExclusionReason>();
  // R30: a government organization is excluded whatever its plan.
  if (profile.sector === 'government') exclusions.add('government-entity');
  return {
    products: new Map(),
    choices: {},
    scopes: new Map(),
    scopeCounts: { include: 0, exclude: 0 },
    includeCounts: { space: 0, app: 0, connector: 0 },
    excludeCounts: { space: 0, app: 0, connector: 0 },
    scopeChangesToday: new Map(),
    exclusions,
    terminatedOn: null,
    highestPlan: null,
    governingPlan: null,
    window: null,
  };
}

/** R8, R9, R10: the highest plan over products that have settings; trials count. */
export function highestActivePlan(products: ReadonlyMap<string, ProductState>): Plan | null {
  let best: Plan | null = null;
  for (const [product, state] of products) {
    if (!hasSettings(product)) continue;
    const plan = activePlanOf(state);
    if (plan && (best === null || PLAN_RANK[plan] > PLAN_RANK[best])) best = plan;
  }
  return best;
}

/** R11–R13: may an admin change this setting on this plan? Excluded organizations may change nothing (R32). */
export function settingChangeable(setting: SettingName, plan: Plan | null, excluded: boolean): boolean {
  if (excluded || plan === null) return false;
  return setting === 'inAppData' ? true : plan === 'enterprise';
}
