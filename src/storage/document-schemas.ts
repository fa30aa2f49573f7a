/**
 * Zod schemas of every stored document: the source of the generated checks the Forge functions read documents
 * with (`npm run generate:validators`), and what the tests hold those checks to. Names, versions, migrations and
 * types are in ./documents, which is zod-free.
 */
import { z } from '../shared/zod';
import { SECTORS } from '../policy/profile';
import { calendarDate, orgProfile, profileEvent } from '../policy/profile-schema';
import { CONCERN_KINDS, CONCERN_STATES, HISTORY_ORIGINS, NOTICE_MODES, SPACE_PRODUCTS } from '../shared/contract';
import { noticeSettings } from '../shared/schemas';
import type { Evaluation } from '../policy/types';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest');
const isoTime = z.string().min(10).max(40);
const status = z.enum(['contributing', 'not-contributing', 'pending']);
const settled = z.enum(['contributing', 'not-contributing']);

export const historyRecord = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('event'), event: profileEvent }),
  z.strictObject({
    kind: z.literal('profile-info'),
    organization: z.string().max(200).nullable().optional(),
    sector: z.enum(SECTORS).nullable().optional(),
  }),
  z.strictObject({ kind: z.literal('attestation'), note: z.string().max(1_000).optional() }),
  z.strictObject({ kind: z.literal('transition'), code: z.string().max(64), text: z.string().max(1_000), on: calendarDate.optional() }),
]);

export const historyEntrySchema = z.strictObject({
  schemaVersion: z.literal(1),
  seq: z.number().int().min(1),
  recordedAt: isoTime,
  recordedBy: z.string().min(1).max(128),
  origin: z.enum(HISTORY_ORIGINS),
  records: z.array(historyRecord).min(1).max(500),
  prevHash: hex64,
  hash: hex64,
});

export const headSchema = z.strictObject({
  schemaVersion: z.literal(1),
  seq: z.number().int().min(0),
  hash: hex64,
  updatedAt: isoTime,
});

const alert = z.strictObject({
  code: z.enum([
    'DEADLINE_SOON',
    'REVIEW_WINDOW_OPEN',
    'ATTESTATION_MISSING',
    'ATTESTATION_STALE',
    'LICENSE_MISMATCH',
    'APP_ACCESS_BLOCKED',
    'APP_ACCESS_UNCHECKED',
    'PROFILE_EMPTY',
  ]),
  severity: z.enum(['info', 'warning', 'critical']),
  text: z.string(),
  on: calendarDate.optional(),
  // Values of the text for wording it in the reader's language; absent in alerts stored before it existed.
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const attestation = z.strictObject({ at: isoTime, by: z.string(), seq: z.number().int(), note: z.string().optional() });

/**
 * The engine's Evaluation is our own output; check its frame, keep the rest as written. Typed as the Evaluation
 * it is (a type, not a transform: the value comes out as stored, and a transform could not be generated).
 */
const evaluation = z.looseObject({
  at: calendarDate,
  policyVersion: z.string(),
  metadata: z.looseObject({ status }),
  inAppData: z.looseObject({ status }),
  apps: z.array(z.looseObject({ app: z.string() })),
  deadlines: z.looseObject({}),
}) as unknown as z.ZodType<Evaluation>;

export const statusSchema = z.strictObject({
  schemaVersion: z.literal(1),
  day: calendarDate,
  computedAt: isoTime,
  headSeq: z.number().int().min(0),
  /** Hash of the history head the document was computed from (absent in documents written before the head hash was recorded). */
  headHash: hex64.optional(),
  /** SHA-256 of each notice shard's content as written with this status (see shardDigest in src/app/integrity.ts). */
  shardDigests: z.array(hex64).max(64).optional(),
  policyVersion: z.string(),
  /** The daily check has recorded transitions up to and including this day (null before its first run). */
  transitionsThrough: calendarDate.nullable(),
  /** inAppData.exceptions keeps only the app-level exceptions here (src/app/derive.ts compactEvaluation): the per-space ones live in the notice shards. */
  evaluation,
  /** Timeline entries left out of `evaluation` to fit one value (the history keeps them all). */
  timelineOmitted: z.number().int().min(0),
  alerts: z.array(alert),
  exceptionCounts: z.strictObject({ include: z.number().int(), exclude: z.number().int() }),
  lastAttestation: attestation.nullable(),
  /** Facts read from the product (daily check): Jira license plans and app access rules. */
  external: z.strictObject({
    license: z.array(z.strictObject({ app: z.string(), plan: z.enum(['FREE', 'PAID', 'UNLICENSED']) })).nullable(),
    accessBlocked: z.array(z.enum(['jira', 'confluence'])).nullable(),
    /** Added after version 1 was first stored: absent in older documents. */
    accessUnchecked: z.array(z.strictObject({ product: z.enum(SPACE_PRODUCTS), reason: z.string().max(300) })).optional(),
    checkedOn: calendarDate.nullable(),
  }),
  profile: z.strictObject({
    organization: z.string().optional(),
    sector: z.enum(SECTORS).optional(),
    eventCount: z.number().int(),
    lastRecordedAt: isoTime.nullable(),
    lastRecordedBy: z.string().nullable(),
  }),
});

const appStatus = z.strictObject({
  app: z.string(),
  hasSettings: z.boolean(),
  active: z.boolean(),
  metadata: status,
  inAppData: status,
  projectedMetadata: settled.optional(),
  projectedInAppData: settled.optional(),
});

/** What a notice needs to render, the same in every shard. */
export const noticeSummary = z.strictObject({
  day: calendarDate,
  excluded: z.boolean(),
  metadata: z.strictObject({ status, projected: settled.optional() }),
  inAppData: z.strictObject({ status, projected: settled.optional(), since: calendarDate.nullable() }),
  apps: z.array(appStatus).max(64),
  inAppRemovalBy: calendarDate.nullable(),
  modelsRetrainedBy: calendarDate.nullable(),
  /** Products where app access rules block the app from some content (daily check); null when unknown. */
  accessBlocked: z.array(z.enum(SPACE_PRODUCTS)).nullable(),
  /** Products whose app access rules could not be read on the last check (absent when none). */
  accessUnchecked: z.array(z.enum(SPACE_PRODUCTS)).optional(),
  /**
   * The first day after `day` on which the status can change with time alone (a dated event or
   * milestone); null when none is ahead. Until then the status computed for `day` still holds.
   */
  nextChangeOn: calendarDate.nullable(),
  /** When an admin last confirmed the declared profile (null: never), so a one-read answer can say how fresh it is. Absent in shards written before. */
  attestedAt: isoTime.nullable().optional(),
  notice: z.enum(NOTICE_MODES),
  banner: z.enum(NOTICE_MODES),
  text: z.record(z.string(), z.string()),
});

/** An include/exclude entry the engine lists as in effect for a space, with the day it took effect. */
export const spaceEntry = z.strictObject({ mode: z.enum(['include', 'exclude']), since: calendarDate.optional() });

export const shardSchema = z.strictObject({
  schemaVersion: z.literal(3),
  shard: z.number().int().min(0).max(7),
  headSeq: z.number().int().min(0),
  /** Hash of the history head the shard was computed from (absent in shards written before the head hash was recorded). */
  headHash: hex64.optional(),
  org: noticeSummary,
  /** Include/exclude entries in effect, packed by "mode|since" as concatenated 8-character key hashes (./space-index). */
  entries: z.record(
    z.string().regex(/^(include|exclude)\|(\d{4}-\d{2}-\d{2})?$/, 'must be "mode|since"'),
    z.string().regex(/^(?:[A-Za-z0-9_-]{8})*$/, 'must be whole 8-character key hashes'),
  ),
});

export const noticeSettingsSchema = z.strictObject({
  schemaVersion: z.literal(2),
  settings: noticeSettings,
  updatedAt: isoTime,
  updatedBy: z.string(),
});

export const concernSchema = z.strictObject({
  schemaVersion: z.literal(2),
  id: z.string().min(1).max(64),
  product: z.enum(SPACE_PRODUCTS),
  spaceKey: z.string().min(1).max(255),
  raisedBy: z.string().min(1).max(128),
  raisedAt: isoTime,
  state: z.enum(CONCERN_STATES),
  details: z.strictObject({
    kind: z.enum(CONCERN_KINDS),
    message: z.string().max(2_000),
    answer: z.string().max(2_000).optional(),
    answeredBy: z.string().optional(),
    answeredAt: isoTime.optional(),
    resolvedBy: z.string().optional(),
    resolvedAt: isoTime.optional(),
    resolutionNote: z.string().max(1_000).optional(),
  }),
});

export const bannerSyncSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** Confluence space ids whose banner property the app has set to 'on' (what the last writes left behind). */
  on: z.array(z.string().min(1).max(64)).max(20_000),
  /** A pass that has not finished: the banner mode it applies and the space-list cursor to continue from. */
  pass: z.strictObject({ mode: z.enum(NOTICE_MODES), cursor: z.string().max(2_000).nullable(), startedAt: isoTime }).nullable(),
  /** The last finished pass. */
  last: z.strictObject({ mode: z.enum(NOTICE_MODES), day: calendarDate, finishedAt: isoTime, failed: z.number().int().min(0) }).nullable(),
});

/**
 * The compiled profile at one history head, so a write need not re-read every
 * entry. Written with the head it describes (same transaction when the
 * operations fit, else right after, guarded by that head). A cache whose
 * headSeq/headHash differ from the head, or of another schemaVersion, is not
 * used: the writer compiles the full history instead. Long profiles are split
 * into parts (the first inline here) to stay under the 240 KiB value limit;
 * every part names the head it belongs to, so parts of two heads never mix.
 */
export const profileCacheSchema = z.strictObject({
  schemaVersion: z.literal(1),
  headSeq: z.number().int().min(0),
  headHash: hex64,
  parts: z.number().int().min(1).max(64),
  data: z.string(),
});

export const profileCachePartSchema = z.strictObject({
  schemaVersion: z.literal(1),
  headSeq: z.number().int().min(0),
  headHash: hex64,
  index: z.number().int().min(1).max(63),
  data: z.string(),
});

/** What the cache holds once its parts are joined: the writer's Compiled (src/app/compile.ts). */
export const cachedCompiled = z.strictObject({
  profile: orgProfile,
  eventCount: z.number().int().min(0),
  lastRecordedAt: isoTime.nullable(),
  lastRecordedBy: z.string().nullable(),
  lastAttestation: attestation.nullable(),
});

/**
 * Who the pseudonyms in the history are (personal data stays out of the chain). History entries
 * name their author by a salted pseudonym, so the hashed content holds no account
 * ID; this document, outside the chain, maps each pseudonym to its account and
 * salt. Erasing an account removes its row: the chain still verifies, and without
 * the random salt the pseudonym cannot be linked back to the account.
 */
export const personSchema = z.strictObject({
  pseudonym: z.string().regex(/^p-[0-9a-f]{24}$/),
  accountId: z.string().min(1).max(128),
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  since: isoTime,
  /** When the account was last reported to Atlassian's personal data reporting (or first stored). */
  updatedAt: isoTime,
});
export const peopleSchema = z.strictObject({
  schemaVersion: z.literal(1),
  people: z.array(personSchema).max(2_000),
});

/** The last run of the weekly personal data report (src/app/personal-data.ts). */
export const privacyReportSchema = z.strictObject({
  schemaVersion: z.literal(1),
  reportedAt: isoTime,
  accounts: z.number().int().min(0),
  closed: z.number().int().min(0),
  updated: z.number().int().min(0),
});

/**
 * A write that carried an idempotency key (requestId): the history entry it
 * committed. Written in the same transaction as that entry, so a retry after a
 * lost answer finds it and answers without recording the batch again.
 */
export const requestSchema = z.strictObject({
  schemaVersion: z.literal(1),
  seq: z.number().int().min(1),
  hash: hex64,
  at: isoTime,
  recorded: z.number().int().min(0),
  entries: z.number().int().min(0),
});
