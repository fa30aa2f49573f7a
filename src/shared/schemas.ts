/**
 * The resolver payload schemas (zod), by operation key. The source of the generated payload checks the Forge
 * functions run (`npm run generate:validators`; they carry no zod), and what the admin UI, the CLI and the tests
 * parse with directly. Refinements JSON Schema cannot express carry an `x-check` (src/shared/checks.ts), which the
 * generator compiles to a call of the same function.
 */
import { z } from './zod';
import { plainTextIssue, dateOrderIssue, maxKeysIssue, type DateOrderSpec, type MaxKeysSpec } from './checks';
import { SECTORS } from '../policy/profile';
import { calendarDate, profileEvent } from '../policy/profile-schema';
import {
  ADMIN_KEYS,
  CONCERN_KINDS,
  CONCERN_STATES,
  EXPORT_FORMATS,
  HISTORY_FILTER_TYPES,
  HISTORY_ORIGINS,
  LIMITS,
  NOTICE_MODES,
  PUBLIC_KEYS,
  SPACE_PRODUCTS,
} from './contract';

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

export const cursor = z
  .string()
  .max(LIMITS.cursorLength, `must be at most ${LIMITS.cursorLength} characters`)
  .regex(/^[A-Za-z0-9:._-]*$/, 'is not a valid cursor');

export const pageLimit = (max: number) => z.number().int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);

/** A change to the declared profile: a dated profile event, or a change of the org's descriptive info. */
export const profileInfoChange = z.strictObject({
  type: z.literal('profile-info'),
  /** null clears the value; absent leaves it unchanged. */
  organization: plainText(200).nullable().optional(),
  sector: z.enum(SECTORS).nullable().optional(),
});

export const profileChange = z.discriminatedUnion('type', [profileEvent, profileInfoChange]);

const changes = (min: number) =>
  z.array(profileChange).min(min, 'must hold at least one change').max(LIMITS.changesPerBatch, `must hold at most ${LIMITS.changesPerBatch} changes`);

/** BCP 47-ish locale tag as Forge reports it (`en-US`, `de-DE`, `fr`), or `default`. */
export const localeTag = z.string().regex(/^(default|[a-z]{2,3}(-[A-Za-z]{2,4})?)$/, 'must be a locale such as "en-US" or "default"');

const LOCALE_COUNT: MaxKeysSpec = { fn: 'maxKeys', max: LIMITS.noticeLocales, message: `must hold at most ${LIMITS.noticeLocales} locales` };

export const noticeSettings = z.strictObject({
  /** Confluence byline dialog and Jira work item context. */
  notice: z.enum(NOTICE_MODES),
  /** Confluence page banner: Confluence loads it only in spaces whose banner space property the app sets for this mode (src/app/banner.ts). */
  banner: z.enum(NOTICE_MODES),
  /** Extra plain-text message per locale; `default` is used when the viewer's locale has none. */
  text: z
    .record(localeTag, plainText(LIMITS.noticeTextLength))
    .superRefine((r, ctx) => {
      const message = maxKeysIssue(r, LOCALE_COUNT);
      if (message) ctx.addIssue({ code: 'custom', message });
    })
    .meta({ 'x-check': LOCALE_COUNT }),
});

const empty = z.strictObject({});

/** Concern ids are generated UUIDs; anything else is refused before it reaches storage keys. */
const concernId = z
  .string()
  .min(1)
  .max(LIMITS.concernIdLength)
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a concern id');

// ---------------------------------------------------------------------------
// Admin payloads

const HISTORY_RANGE: DateOrderSpec = { fn: 'dateOrder', earlier: 'from', later: 'to', strict: false, at: 'from', message: 'must not be after "to"' };

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
      .superRefine((f, ctx) => {
        const message = dateOrderIssue(f, HISTORY_RANGE);
        if (message) ctx.addIssue({ code: 'custom', message, path: [HISTORY_RANGE.at] });
      })
      .meta({ 'x-check': HISTORY_RANGE })
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
  // Plain text: trimmed, 1–300 characters (the length after trimming, as before), and no control characters.
  checkAnchor: z.strictObject({ anchor: plainText(300, 1) }),
  importProfile: z.strictObject({
    /** The profile file's parsed JSON; validated with parseProfile on the server. */
    profile: z.unknown(),
    /** true: report what would be recorded without writing. */
    dryRun: z.boolean().optional(),
  }),
} as const satisfies Record<(typeof ADMIN_KEYS)[number], z.ZodType>;

// ---------------------------------------------------------------------------
// Public payloads (space/project page, notices)

export const publicPayloads = {
  getSpaceStatus: empty,
  getNotice: empty,
  raiseConcern: z.strictObject({
    kind: z.enum(CONCERN_KINDS).default('concern'),
    message: plainText(LIMITS.concernLength, 1),
    requestId: requestId.optional(),
  }),
  getMyConcerns: empty,
} as const satisfies Record<(typeof PUBLIC_KEYS)[number], z.ZodType>;
