/** The engine's output contract (`evaluate --json`, version 1). */
import type { CalendarDate } from './dates';
import type { ExclusionReason, Plan, ScopeKind } from './profile';
import type { Confidence, RuleId } from './rules';

export type Status = 'contributing' | 'not-contributing' | 'pending';

export interface Reason {
  /** Stable machine code, e.g. `METADATA_ALWAYS_ON`. */
  code: string;
  /** The rule (R1–R50, rules.ts) this conclusion rests on. */
  rule: RuleId;
  text: string;
  confidence: Confidence;
  /** URL of the source; null only when confidence is `interpreted` and nothing is published. */
  source: string | null;
  /** The values in `text`, so a UI can say the same in another language by `code`. */
  params?: ReasonParams;
}

/** Values interpolated into reason and timeline texts: dates, plan and product ids, counts. */
export type ReasonParams = Record<string, string | number>;

export interface Exception {
  kind: ScopeKind;
  key: string;
  mode: 'include' | 'exclude';
  /**
   * Since when the entry has been in effect: the later of the day it was
   * recorded and the day the org-level setting took its current value (never
   * before the effective date; absent while pending).
   */
  since?: CalendarDate;
}

export interface DataTypeStatus {
  status: Status;
  /** What applies on the effective date if nothing changes (only while `pending`). */
  projected?: Exclude<Status, 'pending'>;
  /** True when an admin cannot change it on the highest active plan (during a review window: the new plan, R34). */
  locked: boolean;
  /** Since when the status holds: the effective date or the day it last changed; null while pending. */
  since: CalendarDate | null;
  reasons: Reason[];
}

export interface InAppDataStatus extends DataTypeStatus {
  /** Include/exclude entries that take effect under the current org-level setting. */
  exceptions: Exception[];
}

export interface AppStatus {
  app: string;
  hasSettings: boolean;
  /** Whether the app is part of the organization on the evaluation date (platform apps always are). */
  active: boolean;
  /** The declared paid plan on the evaluation date (absent for platform apps and apps that left). */
  plan?: Plan | null;
  /** A running trial (or Cloud Migration Trial) on the evaluation date. */
  trial?: { plan: Plan; endsOn: CalendarDate; then: Plan | 'none'; migration: boolean };
  metadata: Status;
  inAppData: Status;
  /** While pending: what applies on the effective date. */
  projectedMetadata?: Exclude<Status, 'pending'>;
  projectedInAppData?: Exclude<Status, 'pending'>;
}

export interface SpaceStatus {
  key: string;
  inAppData: Status;
  projected?: Exclude<Status, 'pending'>;
  since?: CalendarDate;
  reasons: Reason[];
}

export type TimelineKind =
  | 'settings-available'
  | 'effective'
  | 'plan-changed'
  | 'trial-ended'
  | 'review-window-ends'
  | 'setting-changed'
  | 'collection-stopped'
  | 'in-app-removal-deadline'
  | 'model-retrain-deadline'
  | 'retention-ends';

export interface TimelineEntry {
  on: CalendarDate;
  kind: TimelineKind;
  text: string;
  confidence: Confidence;
  /** What happened, as a stable code within the kind (e.g. `setting`, `scope`, `exclusion`), with its values. */
  code?: string;
  params?: ReasonParams;
}

/** Dates that follow from stops (R40) and review windows (R34), each with its cause on the timeline. */
export interface Deadlines {
  /** 30 days after the most recent in-app stop (org level, or of a space, app or connector) on or before `at`. */
  inAppRemovalBy: CalendarDate | null;
  /** 90 days after the most recent stop of any kind on or before `at`. */
  modelsRetrainedBy: CalendarDate | null;
  /** End of the most recent review window opened on or before `at`: the day a later plan change closed it, if one did. */
  reviewWindowEndsOn: CalendarDate | null;
}

export interface Evaluation {
  at: CalendarDate;
  policyVersion: string;
  highestPlan: Plan | null;
  excluded: boolean;
  exclusionReasons: ExclusionReason[];
  metadata: DataTypeStatus;
  inAppData: InAppDataStatus;
  apps: AppStatus[];
  space?: SpaceStatus;
  deadlines: Deadlines;
  timeline: TimelineEntry[];
  notes: Reason[];
}

export interface EvaluateOptions {
  /** Evaluation date; defaults to today (UTC) at the call site, never inside the engine. */
  at: CalendarDate;
  /** Evaluate the in-app status of one space (Confluence space or Jira space/project). */
  space?: { key: string; app?: string };
}
