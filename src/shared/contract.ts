/**
 * The resolver contract shared by the Forge backend and the Custom UI in `static/`: constants, limits and types.
 *
 * Zod-free (the payload schemas are in ./schemas, types come from them by `import type`), so the Forge functions
 * that import it carry no zod; they check payloads with the validators generated from ./schemas. Bundled into
 * the browser too, so it must not import Node or Forge modules. The result types are in ./contract-results.
 */
import type { z } from './zod';
import { hasUnsafeText } from './checks';
import type { ProfileEvent, ProfileEventType } from '../policy/profile';
import type { adminPayloads, noticeSettings, profileInfoChange, publicPayloads } from './schemas';
import type { AdminResults, PublicResults } from './contract-results';

export type * from './contract-results';

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
  /** Levels of arrays and objects in one payload; the deepest real payload (a profile import) has about 6. */
  payloadDepth: 32,
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
// Shared value checks

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

export type ProfileInfoChange = z.infer<typeof profileInfoChange>;
export type ProfileChange = ProfileEvent | ProfileInfoChange;

export const NOTICE_MODES = ['off', 'contributed-only', 'everywhere'] as const;
export type NoticeMode = (typeof NOTICE_MODES)[number];

export type NoticeSettings = z.infer<typeof noticeSettings>;

export const HISTORY_ORIGINS = ['admin-page', 'import', 'daily-check', 'space-page'] as const;
export type HistoryOrigin = (typeof HISTORY_ORIGINS)[number];

export const RECORD_KINDS = ['event', 'profile-info', 'attestation', 'transition'] as const;

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

export const EVENT_TYPES = ['plan', 'trial', 'removed', 'setting', 'scope', 'exclusion', 'terminated'] as const satisfies readonly ProfileEventType[];
/** History filter `type`: a record kind, or a profile event type such as `scope`. */
export const HISTORY_FILTER_TYPES = [...RECORD_KINDS, ...EVENT_TYPES] as const;
export type HistoryFilterType = (typeof HISTORY_FILTER_TYPES)[number];

// ---------------------------------------------------------------------------
// Operations (./schemas has a payload schema for each, in this order)

export const ADMIN_KEYS = [
  'getOverview',
  'previewEvents',
  'recordEvents',
  'simulate',
  'listHistory',
  'verifyHistory',
  'exportEvidence',
  'attest',
  'getNoticeSettings',
  'saveNoticeSettings',
  'listConcerns',
  'answerConcern',
  'resolveConcern',
  'listSpaces',
  'repairDerived',
  'checkAnchor',
  'importProfile',
] as const;
export const PUBLIC_KEYS = ['getSpaceStatus', 'getNotice', 'raiseConcern', 'getMyConcerns'] as const;
export type AdminKey = (typeof ADMIN_KEYS)[number];
export type PublicKey = (typeof PUBLIC_KEYS)[number];

export type AdminPayload<K extends AdminKey> = z.input<(typeof adminPayloads)[K]>;
export type PublicPayload<K extends PublicKey> = z.input<(typeof publicPayloads)[K]>;
/** A payload as its check returns it: defaults filled in, text trimmed. */
export type AdminInput<K extends AdminKey> = z.output<(typeof adminPayloads)[K]>;
export type PublicInput<K extends PublicKey> = z.output<(typeof publicPayloads)[K]>;

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
