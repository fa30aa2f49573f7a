/** The resolver operations' result data (re-exported by ./contract, where callers import them from). */
import type { CalendarDate } from '../policy/dates';
import type { ProfileEvent, Sector } from '../policy/profile';
import type { Evaluation, Status } from '../policy/types';
import type { DifferenceCode, Message } from '../i18n/messages/codes';
import type { ConcernKind, ConcernState, HistoryOrigin, NoticeSettings, SpaceProduct } from './contract';

export type AlertCode =
  | 'DEADLINE_SOON'
  | 'REVIEW_WINDOW_OPEN'
  | 'ATTESTATION_MISSING'
  | 'ATTESTATION_STALE'
  | 'LICENSE_MISMATCH'
  | 'APP_ACCESS_BLOCKED'
  | 'APP_ACCESS_UNCHECKED'
  | 'PROFILE_EMPTY';

export interface Alert {
  code: AlertCode;
  severity: 'info' | 'warning' | 'critical';
  text: string;
  /** The date the alert is about (deadline, attestation date), if any. */
  on?: CalendarDate;
  /** The other values in `text`, so a UI can word the alert by `code` in the reader's language. */
  params?: Record<string, string | number>;
}

export interface Attestation {
  at: string;
  by: string;
  seq: number;
  note?: string;
}

export interface ExceptionCounts {
  include: number;
  exclude: number;
}

/** The precomputed status document (one KVS value), as the admin page shows it. */
export interface StatusView {
  /** The day the evaluation is for. */
  day: CalendarDate;
  computedAt: string;
  /** History head the status was computed from. */
  headSeq: number;
  /** Space include/exclude entries are not listed here (see listSpaces); timeline may be shortened. */
  evaluation: Evaluation;
  /** Older declared-change timeline entries left out to fit one stored value (the history has them all). */
  timelineOmitted: number;
  alerts: Alert[];
  exceptionCounts: ExceptionCounts;
  lastAttestation: Attestation | null;
}

export interface ProfileSummary {
  organization?: string;
  sector?: Sector;
  eventCount: number;
  headSeq: number;
  lastRecordedAt: string | null;
  lastRecordedBy: string | null;
}

export interface OverviewData {
  status: StatusView;
  profile: ProfileSummary;
  alerts: Alert[];
  attestation: Attestation | null;
  /** Jira app plans from GET /rest/api/3/instance/license (null when unavailable). */
  license: { app: string; plan: 'FREE' | 'PAID' | 'UNLICENSED' }[] | null;
}

export interface PreviewData {
  headSeq: number;
  before: Evaluation;
  after: Evaluation;
  /** Human-readable differences in status (empty when nothing changes today). */
  differences: string[];
  /** The same differences as message codes, for the reader's language. */
  changes: Message<DifferenceCode>[];
  /** Changes that repeat what is already declared. */
  redundant: number;
}

export interface RecordData {
  headSeq: number;
  recorded: number;
  entries: number;
  status: StatusView;
}

export interface SimulateData {
  at: CalendarDate;
  current: Evaluation;
  simulated: Evaluation;
  differences: string[];
  /** The same differences as message codes, for the reader's language. */
  changes: Message<DifferenceCode>[];
}

export type HistoryRecord =
  | { kind: 'event'; event: ProfileEvent }
  | { kind: 'profile-info'; organization?: string | null; sector?: Sector | null }
  | { kind: 'attestation'; note?: string }
  | { kind: 'transition'; code: string; text: string; on?: CalendarDate };

export interface HistoryRow {
  seq: number;
  /** Position of the record inside its entry. */
  index: number;
  recordedAt: string;
  recordedBy: string;
  origin: HistoryOrigin;
  record: HistoryRecord;
}

export interface HistoryPage {
  rows: HistoryRow[];
  nextCursor: string | null;
}

export interface VerifyData {
  intact: boolean;
  entries: number;
  records: number;
  headSeq: number;
  headHash: string | null;
  /** First entry that fails verification (edited, missing, reordered). */
  firstBroken: { seq: number; reason: string } | null;
  /**
   * Stored concerns against the digests the history chained for them: `checked` chained,
   * `unchained` stored without one (raised before concerns were chained), `mismatched` edited or missing.
   */
  concerns?: { checked: number; unchained: number; mismatched: { id: string; reason: string }[] };
}

export interface ExportData {
  fileName: string;
  mimeType: 'application/json' | 'text/csv';
  content: string;
  /** SHA-256 (hex) of `content`. */
  sha256: string;
}

export interface NoticeSettingsData {
  settings: NoticeSettings;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface Concern {
  id: string;
  product: SpaceProduct;
  spaceKey: string;
  raisedBy: string;
  raisedAt: string;
  kind: ConcernKind;
  message: string;
  state: ConcernState;
  answer?: string;
  answeredBy?: string;
  answeredAt?: string;
  resolvedBy?: string;
  resolvedAt?: string;
  resolutionNote?: string;
}

export interface ConcernPage {
  concerns: Concern[];
  nextCursor: string | null;
}

export interface SpaceRow {
  product: SpaceProduct;
  key: string;
  name: string;
  /** Engine app id: jira, jira-service-management or confluence. */
  app: string;
  status: Status;
  projected?: Exclude<Status, 'pending'>;
  /**
   * The include/exclude entry in effect for this space, or default. An entry
   * that takes no effect under the org-level setting (an include while in-app
   * data is on) shows as default; the overview's notes count such entries.
   */
  mode: 'include' | 'exclude' | 'default';
  openConcerns: number;
}

export interface SpacePage {
  spaces: SpaceRow[];
  /** null when every space was scanned. Pages may hold fewer rows than asked when filters are selective. */
  nextCursor: string | null;
}

export interface ImportData {
  dryRun: boolean;
  /** Events in the file that are not yet declared (recorded unless dryRun). */
  newEvents: number;
  alreadyDeclared: number;
  profileInfoChanged: boolean;
  headSeq: number;
}

export interface SpaceStatusData {
  product: SpaceProduct;
  space: { key: string };
  /** The space's in-app data status (metadata has no per-space control). */
  inAppData: Status;
  /** While pending: what applies on the effective date. */
  projected?: Exclude<Status, 'pending'>;
  /** Why: EXCLUDED_ORG, APP_NOT_ACTIVE, SPACE_INCLUDED, SPACE_EXCLUDED, FOLLOWS_APP, FOLLOWS_ORG. */
  code: string;
  metadata: Status;
  /** Include/exclude entry in effect for this space, or default. */
  mode: 'include' | 'exclude' | 'default';
  orgExcluded: boolean;
  /** Since when this space's in-app status holds (its own include/exclude date, else the organization's); null while pending. */
  since: CalendarDate | null;
  /** This space's deadlines (R38–R40), computed on the server; null when none applies. */
  inAppRemovalBy: CalendarDate | null;
  modelsRetrainedBy: CalendarDate | null;
  /** App access rules block the app from some content of this Atlassian app; null when unknown. */
  appAccessBlocked: boolean | null;
  /** The day this status is vouched for: today, unless a dated change is due that the daily check has not computed yet. */
  day: CalendarDate;
  /** True when the caller may raise a concern (space/project admin). */
  canRaiseConcern: boolean;
}

export interface NoticeData {
  /** false: render nothing (setting is off, or contributed-only and this space does not contribute). */
  show: boolean;
  product: SpaceProduct;
  /** null when the module has no space (site-wide). */
  spaceKey: string | null;
  inAppData: Status;
  projected?: Exclude<Status, 'pending'>;
  code: string;
  metadata: Status;
  /** The space's own dates, as in SpaceStatusData (the organization's for site-wide modules). */
  since: CalendarDate | null;
  inAppRemovalBy: CalendarDate | null;
  /** The admin's message for the viewer's locale (plain text), if any. */
  text: string | null;
  /** The day this status is vouched for (see SpaceStatusData.day). */
  day: CalendarDate;
  /** When an admin last confirmed the declared profile (null: never); absent when the stored shard predates it. */
  attestedAt?: string | null;
}

export interface MyConcernsData {
  concerns: Concern[];
}

// ---------------------------------------------------------------------------
// Resolver definitions for makeResolver / makeInvoke

export interface RepairData {
  /** The history head after the rebuild (the rebuild itself is recorded as an entry). */
  headSeq: number;
  /** What was wrong with the derived documents before the rebuild; empty when nothing was. */
  findings: string[];
}

export interface AnchorCheckData {
  /** true: the verified history passes through the kept entry with the kept hash. */
  extends: boolean;
  /** Why not, in words; null when it does. */
  reason: string | null;
  intact: boolean;
  headSeq: number;
  anchorSeq: number;
}

export interface AdminResults {
  getOverview: OverviewData;
  previewEvents: PreviewData;
  recordEvents: RecordData;
  simulate: SimulateData;
  listHistory: HistoryPage;
  verifyHistory: VerifyData;
  exportEvidence: ExportData;
  attest: { attestation: Attestation; status: StatusView };
  getNoticeSettings: NoticeSettingsData;
  saveNoticeSettings: NoticeSettingsData;
  listConcerns: ConcernPage;
  answerConcern: Concern;
  resolveConcern: Concern;
  listSpaces: SpacePage;
  importProfile: ImportData;
  repairDerived: RepairData;
  checkAnchor: AnchorCheckData;
}

export interface PublicResults {
  getSpaceStatus: SpaceStatusData;
  getNotice: NoticeData;
  raiseConcern: Concern;
  getMyConcerns: MyConcernsData;
}
