/** What the Rovo actions answer and what they read: the shapes only (the actions are in ./actions, what-if in ./what-if). */
import type { Caller, Clock } from '../app/ports';
import type { CalendarDate } from '../policy/dates';
import type { Confidence, RuleId } from '../policy/rules';
import type { Status, TimelineKind } from '../policy/types';
import type { NoticeData, SpaceProduct, StatusView } from '../shared/contract';
import type { Invocation, Language } from './invocation';

/** One reason, always with its confidence and where it comes from. */
export interface RovoReason {
  code: string;
  statement: string;
  confidence: Confidence;
  rule: RuleId;
  /** Atlassian's (or the press's) page the rule rests on; null only for a pure interpretation. */
  source: string | null;
}

export interface ProfileConfirmation {
  /** false when the stored document predates the date being stored (the next daily check adds it). */
  known: boolean;
  /** When an admin last confirmed the declared profile against Atlassian Administration. */
  at: string | null;
  daysAgo: number | null;
  /** Older than the app's confirmation interval (or never confirmed). */
  stale: boolean;
  maxAgeDays: number;
}

interface Common {
  ok: true;
  language: Language;
  authoritative: { name: 'Atlassian Administration'; url: string };
  /** Plain text in the person's language; Rovo words its reply from it. */
  summary: string;
}

export interface StatusHereAnswer extends Common {
  action: 'status-here';
  /** false when the person sees only what the notice shows and the notice shows nothing here. */
  available: boolean;
  restricted: boolean;
  scope: { product: SpaceProduct; spaceKey: string | null; item: Invocation['context']['item']; from: Invocation['spaceFrom'] };
  inAppData?: Status;
  projected?: Exclude<Status, 'pending'>;
  metadata?: Status;
  since?: CalendarDate | null;
  inAppRemovalBy?: CalendarDate | null;
  /** The day the status is vouched for. */
  day?: CalendarDate;
  reasons: RovoReason[];
  adminMessage: string | null;
  profileConfirmed?: ProfileConfirmation;
  notes: string[];
}

export interface OrgStatusAnswer extends Common {
  action: 'org-status';
  day: CalendarDate;
  excluded: boolean;
  highestPlan: string | null;
  inAppData: { status: Status; projected?: Exclude<Status, 'pending'>; locked: boolean; since: CalendarDate | null };
  metadata: { status: Status; projected?: Exclude<Status, 'pending'>; locked: boolean; since: CalendarDate | null };
  apps: { app: string; inAppData: Status; metadata: Status; active: boolean }[];
  reasons: RovoReason[];
  alerts: { code: string; severity: string; text: string }[];
  profileConfirmed: ProfileConfirmation;
}

export interface TimelineAnswer extends Common {
  action: 'timeline';
  day: CalendarDate;
  /** The organization's deadlines; `upcoming` is false for those already past (the summary names only upcoming ones). */
  deadlines: {
    kind: 'inAppRemovalBy' | 'modelsRetrainedBy' | 'reviewWindowEndsOn';
    on: CalendarDate;
    upcoming: boolean;
    rule: RuleId;
    confidence: Confidence;
    source: string | null;
  }[];
  upcoming: RovoTimelineEntry[];
  /** Dated entries already past (the newest few), for context. */
  recent: RovoTimelineEntry[];
  profileConfirmed: ProfileConfirmation;
}

export interface RovoTimelineEntry {
  on: CalendarDate;
  kind: TimelineKind;
  text: string;
  confidence: Confidence;
  rule: RuleId;
  source: string | null;
}

export interface RovoError {
  ok: false;
  language: Language;
  error: { code: 'INVALID' | 'FORBIDDEN' | 'INTERNAL'; message: string; field?: string };
  summary: string;
}

export type RovoAnswer<T> = T | RovoError;
/** How Forge calls an action function: the payload (inputs and Rovo's product context), then the invocation context. */
export type RovoHandler<T> = (payload: unknown, context: unknown) => Promise<RovoAnswer<T>>;

/** What the read-only actions need: one stored document each. */
export interface RovoReadDeps {
  /** The notice operation (`app.public.getNotice`): one storage read, the space's notice shard. */
  public: { getNotice(caller: Caller, payload: Record<string, never>): Promise<NoticeData> };
  /** The precomputed status document: one storage read; undefined before anything was recorded. */
  status: { read(): Promise<Pick<StatusView, 'day' | 'evaluation' | 'alerts' | 'lastAttestation'> | undefined> };
  clock: Clock;
}
