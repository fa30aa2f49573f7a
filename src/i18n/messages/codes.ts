/**
 * Every message the engine, the replay, the alerts and the status differences
 * emit: a code with typed params. Catalogues (en.ts, de.ts, fr.ts, es.ts, ja.ts) word each code;
 * the compiler holds them to this map, so a missing code or a wrong param
 * fails `npm run typecheck`.
 *
 * Params stay flat strings and numbers (flags as 0/1, lists comma-joined):
 * that is the shape already stored in status documents and history entries,
 * so messages stored by older versions read back without a migration.
 * Dates are `YYYY-MM-DD` and numbers are numbers: the renderer formats them
 * for the reader's locale.
 */
import type { CalendarDate } from '../../policy/dates';
import type { ExclusionReason, Plan, ScopeKind, SettingName } from '../../policy/profile';

/** 1 for yes, 0 (or absent) for no: stored params are strings and numbers only. */
export type Flag = 0 | 1;
/** A plan id, or `''`/`none` for no plan. */
export type PlanOrNone = Plan | '' | 'none';
export type ListMode = 'include' | 'exclude';
export type OnOff = 'on' | 'off';
export type StatusWord = 'contributing' | 'not-contributing' | 'pending';
export type DeadlineKey = 'inAppRemovalBy' | 'modelsRetrainedBy' | 'reviewWindowEndsOn';

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- a code without params takes `{}`
type None = Record<never, never>;
type SettingOnDay = { setting: SettingName; date: CalendarDate };
/** Why the highest plan changed (a day's product event), as params of `timeline.plan-changed`. */
export type PlanCause =
  | { cause: 'plan'; product: string; plan: Plan }
  | { cause: 'trial-started' | 'trial-ended'; product: string; plan: Plan; migration?: Flag }
  | { cause: 'removed'; product: string }
  | { cause: 'terminated' };

/** Reasons and notes (Reason.code), as stored. */
export interface ReasonParamsByCode {
  BEFORE_EFFECTIVE_DATE: None;
  /** `products` and `trialsUntil` are comma-joined lists. */
  HIGHEST_PLAN: { plan: Plan; products: string; trialUntil?: CalendarDate; trialsUntil?: string };
  /** `plan` is `''` when there was no previous plan. */
  REVIEW_WINDOW_OPEN: { trialEndedOn: CalendarDate; endsOn: CalendarDate; plan?: PlanOrNone; newPlan?: Plan };
  TERMINATED_BEFORE_EFFECTIVE: { date: CalendarDate };
  ORGANIZATION_TERMINATED: { date: CalendarDate };
  NO_PRODUCT_WITH_SETTINGS: None;
  EXCLUDED_GOVERNMENT_CLOUD: { reason: ExclusionReason };
  EXCLUDED_ISOLATED_CLOUD: { reason: ExclusionReason };
  EXCLUDED_CUSTOMER_MANAGED_KEYS: { reason: ExclusionReason };
  EXCLUDED_HIPAA: { reason: ExclusionReason };
  EXCLUDED_FINANCIAL_SERVICES: { reason: ExclusionReason };
  EXCLUDED_GOVERNMENT_ENTITY: { reason: ExclusionReason };
  METADATA_ALWAYS_ON: { plan: Plan };
  METADATA_TURNED_OFF: None;
  METADATA_TURNED_ON: None;
  METADATA_DEFAULT_ON_ENTERPRISE: None;
  IN_APP_TURNED_OFF: None;
  IN_APP_TURNED_ON: None;
  IN_APP_DEFAULT_ON: { plan: Plan };
  IN_APP_DEFAULT_OFF: { plan: Plan };
  IN_APP_EXCLUSIONS: { count: number };
  IN_APP_INCLUSIONS: { count: number };
  SPACE_APP_NOT_CONTRIBUTING: { app: string };
  SPACE_EXCLUDED: { space: string };
  SPACE_INCLUDED: { space: string };
  SPACE_ALSO_JIRA: None;
  APP_EXCLUDED: { app: string };
  APP_INCLUDED: { app: string };
  SPACE_ENTRY_DORMANT: { mode: ListMode };
  SPACE_FOLLOWS_ORG_ON: None;
  SPACE_FOLLOWS_ORG_OFF: None;
  SPACE_REMOVAL_DEADLINE: { date: CalendarDate; removalBy: CalendarDate; retrainBy: CalendarDate };
  ADMIN_UI_AUTHORITATIVE: None;
  ENTERPRISE_DEFAULT_DISPUTED: None;
  PLAN_WITHOUT_SETTINGS_NOT_COUNTED: { product: string; plan: Plan };
  SECTOR_FINANCIAL_MAY_BE_EXCLUDED: None;
  SECTOR_EDUCATION_INCLUDED: None;
  SECTOR_GOVERNMENT_EXCLUDED: None;
  SECTOR_GOVERNMENT_EXCLUSION_LIFTED: { date: CalendarDate };
  CMEK_WITHOUT_ENTERPRISE: { plan: Plan };
  SCOPE_ENTRIES_DORMANT: { count: number; mode: ListMode };
  METADATA_REMOVAL_UNKNOWN: None;
  TRIAL_ENDS: { product: string; plan: Plan; endsOn: CalendarDate; migration?: Flag };
  CHOICE_DROPPED_ON_PLAN_CHANGE: { date: CalendarDate; plan: Plan; value: OnOff; future?: Flag };
  CONFLICTING_SETTINGS_SAME_DAY: SettingOnDay;
  SETTING_BEFORE_ROLLOUT: SettingOnDay & { rolloutBegan?: CalendarDate };
  SETTING_IGNORED_EXCLUDED: SettingOnDay;
  SETTING_KEPT_WHILE_EXCLUDED: SettingOnDay;
  SETTING_APPLIES_AFTER_WINDOW: SettingOnDay & { value: OnOff; plan: Plan; endsOn: CalendarDate; future?: Flag };
  SETTING_IGNORED_NO_PLAN: SettingOnDay;
  SETTING_IGNORED_LOCKED: { value: OnOff; plan: Plan; date: CalendarDate };
  PLATFORM_APP_SCOPE_IGNORED: { mode: ListMode | 'default'; app: string; date: CalendarDate };
  APP_WITHOUT_SETTINGS_SCOPE_IGNORED: { mode: ListMode | 'default'; app: string; date: CalendarDate };
}

/** Timeline entries, keyed `timeline.<kind>` or `timeline.<kind>:<code>` (TimelineEntry.kind and .code, as stored). */
export interface TimelineParamsByCode {
  'timeline.settings-available': None;
  'timeline.effective': None;
  'timeline.plan-changed': { from: PlanOrNone; to: PlanOrNone } & PlanCause;
  'timeline.trial-ended': { product: string; plan: Plan; then: Plan | 'none'; migration?: Flag };
  'timeline.review-window-ends': { trialEndedOn: CalendarDate; closedEarly?: Flag };
  'timeline.setting-changed:exclusion': { reason: ExclusionReason; active: Flag };
  'timeline.setting-changed:setting': { setting: SettingName; value: OnOff };
  'timeline.setting-changed:scope': { kind: ScopeKind; key: string; mode: ListMode | 'default' };
  'timeline.collection-stopped:metadata': { terminated: Flag };
  'timeline.collection-stopped:in-app': { terminated: Flag };
  'timeline.collection-stopped:app-removed': { app: string };
  'timeline.collection-stopped:target': { kind: ScopeKind; key: string; others: number };
  /** Only in evaluations stored by older versions (the engine now reports `target`). */
  'timeline.collection-stopped:app-excluded': { app: string };
  'timeline.in-app-removal-deadline': { stop: CalendarDate };
  'timeline.model-retrain-deadline': { stop: CalendarDate };
  /** Two shapes: the earliest horizon (`firstContribution`, `ongoing`) and, once contribution stopped, the latest (`lastContribution`). */
  'timeline.retention-ends':
    | { years: number; firstContribution: CalendarDate; ongoing?: Flag; lastContribution?: undefined }
    | { years: number; lastContribution: CalendarDate; firstContribution?: undefined };
}

/** Alerts on the admin page, keyed `alert.<code>`; the alert's own `on` is a param. */
export interface AlertParamsByCode {
  'alert.PROFILE_EMPTY': None;
  /** `deadline` names the date: `in-app-removal`, `models-retrained`, `review-window` or `effective`. */
  'alert.DEADLINE_SOON': { deadline: 'in-app-removal' | 'models-retrained' | 'review-window' | 'effective'; on: CalendarDate; days: number };
  'alert.REVIEW_WINDOW_OPEN': { on: CalendarDate };
  'alert.ATTESTATION_MISSING': None;
  'alert.ATTESTATION_STALE': { on: CalendarDate; days: number; maxDays: number };
  'alert.LICENSE_MISMATCH': { license: 'paid' | 'free'; plan: Plan };
  'alert.APP_ACCESS_BLOCKED': { product: string };
  /** `reason` is the product API's own words (not translated). */
  'alert.APP_ACCESS_UNCHECKED': { product: string; reason: string };
}

/** What changes between two evaluations (record preview, what-if, daily transitions). */
export interface DifferenceParamsByCode {
  'difference.excluded': { excluded: Flag };
  'difference.highest-plan': { from: PlanOrNone; to: PlanOrNone };
  'difference.metadata': { from: StatusWord; to: StatusWord };
  'difference.in-app': { from: StatusWord; to: StatusWord };
  'difference.app-joined': { app: string };
  'difference.app-in-app': { app: string; from: StatusWord; to: StatusWord };
  'difference.entries': { from: number; to: number };
  /** `from`/`to`: a day, or `''` when there was or is none. */
  'difference.deadline': { deadline: DeadlineKey; from: CalendarDate; to: CalendarDate };
}

export interface MessageParams extends ReasonParamsByCode, TimelineParamsByCode, AlertParamsByCode, DifferenceParamsByCode {}

export type Code = keyof MessageParams;
export type ReasonCode = keyof ReasonParamsByCode;
export type TimelineCode = keyof TimelineParamsByCode;
export type AlertCode = keyof AlertParamsByCode;
export type DifferenceCode = keyof DifferenceParamsByCode;

/** One message: a code and exactly the params that code takes. */
export type Message<C extends Code = Code> = { [K in C]: { code: K; params: MessageParams[K] } }[C];

/** How a renderer words the values in params for its locale. */
export interface Vocabulary {
  /** `YYYY-MM-DD` in the reader's date format. */
  date(value: CalendarDate): string;
  number(value: number): string;
  /** A plan's name (a Plan, `none` or `''`, or an unknown value stored by another version, shown as it is). */
  plan(value: string): string;
  app(value: string): string;
  /** A comma-joined list of app ids, as a sentence list. */
  apps(value: string): string;
  /** A comma-joined list of dates, as a sentence list. */
  dates(value: string): string;
  /** An ExclusionReason's name, or an unknown value stored by another version, shown as it is. */
  exclusion(value: string): string;
}

/** A full catalogue: one wording for every code. */
export type Catalogue = { readonly [C in Code]: (params: MessageParams[C], v: Vocabulary) => string };
/** Wordings for some codes: what `render` needs to word one message. */
export type PartialCatalogue<S extends Code> = { readonly [C in S]: (params: MessageParams[C], v: Vocabulary) => string };
