/**
 * The resolver contract shared by the Forge backend and the Custom UI in `static/`.
 *
 * Only zod and types: this file is bundled into the browser, so it must not
 * import Node or Forge modules. Every payload schema carries size limits; the
 * backend parses every payload with these schemas before doing anything else.
 */
import { z } from './zod';
import { hasUnsafeText, plainTextIssue } from './checks';
import { SECTORS, calendarDate, profileEvent, type ProfileEvent, type ProfileEventType, type Sector } from '../policy/profile';
import type { CalendarDate } from '../policy/dates';
import type { Evaluation, Exception, Status } from '../policy/types';
import type { DifferenceCode, Message } from '../i18n/messages/codes';

// ---------------------------------------------------------------------------
// Envelope

export const ERROR_CODES = ['INVALID', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Field path such as `changes[3].on`. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiError };

// ---------------------------------------------------------------------------
// Limits (shared so the UI can enforce them before calling)

export const LIMITS = {
  /** Changes in one recordEvents / previewEvents / simulate call. */
  changesPerBatch: 5_000,
  /** Records in one stored history entry (a batch is split into entries). */
  recordsPerEntry: 500,
  historyPageSize: 200,
  listPageSize: 100,
  cursorLength: 1_000,
  searchLength: 100,
  noteLength: 1_000,
  concernLength: 2_000,
  answerLength: 2_000,
  noticeTextLength: 500,
  noticeLocales: 30,
  accountIdLength: 128,
  concernIdLength: 64,
  /** Serialised size of an imported profile file (the invoke request limit is 500 KB). */
  importBytes: 450_000,
} as const;

// ---------------------------------------------------------------------------
// Shared value schemas

/**
 * Whether a string is plain text (src/shared/checks.ts has the rule, shared with the generated validators).
 */
export const isPlainText = (s: string): boolean => !hasUnsafeText(s);

/** Paths of the strings in `value` (keys included) that are not plain text, e.g. `profile.events[3].target.key`. */
export function unsafeTextPaths(value: unknown, path: string, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!isPlainText(value)) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unsafeTextPaths(item, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isPlainText(key)) out.push(`${path}.${key.replace(/[^\x20-\x7e]/g, '?')}`);
      unsafeTextPaths(item, `${path}.${key}`, out);
    }
  }
  return out;
}

/**
 * Plain text (no control, bidi-override or invisible characters; newline and tab are fine), trimmed,
 * length-limited. Length counts after trimming, which JSON Schema cannot say: the one check
 * (src/shared/checks.ts) runs here and, through the `x-check`/`x-trim` annotations, in the generated
 * validators of the lean page-view function.
 */
export const plainText = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const message = plainTextIssue(value, min, max);
      if (message) ctx.addIssue({ code: 'custom', message });
    })
    .meta({ 'x-check': { fn: 'plainText', min, max }, 'x-trim': true });

/**
 * An idempotency key the UI generates once per user action and repeats on a retry:
 * a write that already landed with it is answered again, not recorded twice. At most
 * 62 characters: a concern's id is `r-` + the key, and concern ids are at most 64.
 */
export const requestId = z.string().regex(/^[A-Za-z0-9_-]{8,62}$/, 'is not a request id (8–62 letters, digits, - or _)');

export const cursor = z.string().max(LIMITS.cursorLength, `must be at most ${LIMITS.cursorLength} characters`).regex(/^[A-Za-z0-9:._-]*$/, 'is not a valid cursor');

export const pageLimit = (max: number) => z.number().int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

/** A change to the declared profile: a dated profile event, or a change of the org's descriptive info. */
export const profileInfoChange = z.strictObject({
  type: z.literal('profile-info'),
  /** null clears the value; absent leaves it unchanged. */
  organization: plainText(200).nullable().optional(),
  sector: z.enum(SECTORS).nullable().optional(),
});
export type ProfileInfoChange = z.infer<typeof profileInfoChange>;

export const profileChange = z.discriminatedUnion('type', [profileEvent, profileInfoChange]);
export type ProfileChange = ProfileEvent | ProfileInfoChange;

const changes = (min: number) =>
  z
    .array(profileChange)
    .min(min, 'must hold at least one change')
    .max(LIMITS.changesPerBatch, `must hold at most ${LIMITS.changesPerBatch} changes`);

export const NOTICE_MODES = ['off', 'contributed-only', 'everywhere'] as const;
export type NoticeMode = (typeof NOTICE_MODES)[number];

/** BCP 47-ish locale tag as Forge reports it (`en-US`, `de-DE`, `fr`), or `default`. */
export const localeTag = z.string().regex(/^(default|[a-z]{2,3}(-[A-Za-z]{2,4})?)$/, 'must be a locale such as "en-US" or "default"');

export const noticeSettings = z.strictObject({
  /** Confluence byline dialog and Jira work item context. */
  notice: z.enum(NOTICE_MODES),
  /** Confluence page banner: Confluence loads it only in spaces whose banner space property the app sets for this mode (src/app/banner.ts). */
  banner: z.enum(NOTICE_MODES),
  /** Extra plain-text message per locale; `default` is used when the viewer's locale has none. */
  text: z
    .record(localeTag, plainText(LIMITS.noticeTextLength))
    .refine((r) => Object.keys(r).length <= LIMITS.noticeLocales, { message: `must hold at most ${LIMITS.noticeLocales} locales` }),
});
export type NoticeSettings = z.infer<typeof noticeSettings>;

export const HISTORY_ORIGINS = ['admin-page', 'import', 'daily-check', 'space-page'] as const;
export type HistoryOrigin = (typeof HISTORY_ORIGINS)[number];

export const RECORD_KINDS = ['event', 'profile-info', 'attestation', 'transition'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const CONCERN_STATES = ['open', 'answered', 'resolved'] as const;
export type ConcernState = (typeof CONCERN_STATES)[number];

/** What a space admin asks the org admins: a general concern, or to exclude/include the space. */
export const CONCERN_KINDS = ['concern', 'exclude-request', 'include-request'] as const;
export type ConcernKind = (typeof CONCERN_KINDS)[number];

export const SPACE_PRODUCTS = ['jira', 'confluence'] as const;
export type SpaceProduct = (typeof SPACE_PRODUCTS)[number];

/** `profile-json` is the declared profile alone (schemaVersion 1): the file `importProfile` and the CLI read. */
export const EXPORT_FORMATS = ['profile-json', 'bundle-json', 'history-csv', 'spaces-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const empty = z.strictObject({});

/** Concern ids are generated UUIDs; anything else is refused before it reaches storage keys. */
const concernId = z
  .string()
  .min(1)
  .max(LIMITS.concernIdLength)
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a concern id');

export const EVENT_TYPES = ['plan', 'trial', 'removed', 'setting', 'scope', 'exclusion', 'terminated'] as const satisfies readonly ProfileEventType[];
/** History filter `type`: a record kind, or a profile event type such as `scope`. */
export const HISTORY_FILTER_TYPES = [...RECORD_KINDS, ...EVENT_TYPES] as const;
export type HistoryFilterType = (typeof HISTORY_FILTER_TYPES)[number];

// ---------------------------------------------------------------------------
// Admin payloads

export const adminPayloads = {
  getOverview: empty,
  previewEvents: z.strictObject({ changes: changes(1) }),
  recordEvents: z.strictObject({
    changes: changes(1),
    /** Head seq the admin previewed against; a different head means someone else wrote meanwhile (CONFLICT). */
    expectedHeadSeq: z.number().int().min(0).optional(),
    requestId: requestId.optional(),
  }),
  simulate: z.strictObject({ changes: changes(0), at: calendarDate.optional() }),
  listHistory: z.strictObject({
    cursor: cursor.optional(),
    limit: pageLimit(LIMITS.historyPageSize).optional(),
    filter: z
      .strictObject({
        type: z.enum(HISTORY_FILTER_TYPES).optional(),
        actor: z.string().max(LIMITS.accountIdLength).optional(),
        origin: z.enum(HISTORY_ORIGINS).optional(),
        /** Inclusive UTC dates on which the entry was recorded. */
        from: calendarDate.optional(),
        to: calendarDate.optional(),
      })
      .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'must not be after "to"', path: ['from'] })
      .optional(),
  }),
  verifyHistory: empty,
  exportEvidence: z.strictObject({ format: z.enum(EXPORT_FORMATS) }),
  attest: z.strictObject({ note: plainText(LIMITS.noteLength).optional(), requestId: requestId.optional() }),
  getNoticeSettings: empty,
  saveNoticeSettings: z.strictObject({ settings: noticeSettings }),
  listConcerns: z.strictObject({
    state: z.enum(CONCERN_STATES).optional(),
    cursor: cursor.optional(),
    limit: pageLimit(LIMITS.listPageSize).optional(),
  }),
  answerConcern: z.strictObject({ id: concernId, answer: plainText(LIMITS.answerLength, 1) }),
  resolveConcern: z.strictObject({ id: concernId, note: plainText(LIMITS.noteLength).optional() }),
  listSpaces: z.strictObject({
    product: z.enum(SPACE_PRODUCTS).optional(),
    search: plainText(LIMITS.searchLength).optional(),
    status: z.enum(['contributing', 'not-contributing', 'pending']).optional(),
    mode: z.enum(['include', 'exclude', 'default']).optional(),
    hasConcern: z.boolean().optional(),
    cursor: cursor.optional(),
    limit: pageLimit(LIMITS.listPageSize).optional(),
  }),
  /** Rebuilds the status document, notice shards and profile cache from the verified history (recorded in it). */
  repairDerived: empty,
  /** Whether the history still extends an anchor line kept from an evidence bundle. */
  checkAnchor: z.strictObject({ anchor: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters') }),
  importProfile: z.strictObject({
    /** The profile file's parsed JSON; validated with parseProfile on the server. */
    profile: z.unknown(),
    /** true: report what would be recorded without writing. */
    dryRun: z.boolean().optional(),
  }),
} as const;

// ---------------------------------------------------------------------------
// Public payloads (space/project page, notices)

export const publicPayloads = {
  getSpaceStatus: empty,
  getNotice: empty,
  raiseConcern: z.strictObject({ kind: z.enum(CONCERN_KINDS).default('concern'), message: plainText(LIMITS.concernLength, 1), requestId: requestId.optional() }),
  getMyConcerns: empty,
} as const;

export type AdminKey = keyof typeof adminPayloads;
export type PublicKey = keyof typeof publicPayloads;
export const ADMIN_KEYS = Object.keys(adminPayloads) as AdminKey[];
export const PUBLIC_KEYS = Object.keys(publicPayloads) as PublicKey[];

export type AdminPayload<K extends AdminKey> = z.input<(typeof adminPayloads)[K]>;
export type PublicPayload<K extends PublicKey> = z.input<(typeof publicPayloads)[K]>;

// ---------------------------------------------------------------------------
// Result data

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

export type { Exception };

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

interface AdminResults {
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

interface PublicResults {
  getSpaceStatus: SpaceStatusData;
  getNotice: NoticeData;
  raiseConcern: Concern;
  getMyConcerns: MyConcernsData;
}

export type AdminResult<K extends AdminKey> = AdminResults[K];
export type PublicResult<K extends PublicKey> = PublicResults[K];

/** `makeInvoke<AdminDefs>()` in the admin UI; `makeResolver<AdminDefs>(...)` on the admin function. */
export type AdminDefs = { [K in AdminKey]: (payload: AdminPayload<K>) => Envelope<AdminResults[K]> };
/** `makeInvoke<PublicDefs>()` in space page and notices; `makeResolver<PublicDefs>(...)` on the public function. */
export type PublicDefs = { [K in PublicKey]: (payload: PublicPayload<K>) => Envelope<PublicResults[K]> };

/** Manifest function keys. */
/**
 * The resolver functions: admin pages; space/project pages (raising a concern writes to the chain, which needs the
 * engine); the notices (the lean page-view function: reads only); the daily check.
 */
export const FUNCTION_KEYS = { admin: 'admin-resolver', space: 'space-resolver', public: 'page-view', dailyCheck: 'daily-check' } as const;
