/**
 * The declared org profile (schemaVersion 1): a list of dated facts an org admin
 * reads off Atlassian Administration (R49/R50: no API exposes them).
 */
import { z } from '../shared/zod';
import { LATEST_INPUT_DATE } from './constants';
import { isCalendarDate } from './dates';
import { formatPath } from '../shared/path';
import { CALENDAR_DATE_MESSAGE } from '../shared/checks';

export { formatPath };

export const PROFILE_SCHEMA_VERSION = 1 as const;

export const PLANS = ['free', 'standard', 'premium', 'enterprise'] as const;
export type Plan = (typeof PLANS)[number];

/** Products that have data contribution settings (R21); every other product has none (R24). */
export const PRODUCTS_WITH_SETTINGS = ['jira', 'confluence', 'jira-service-management'] as const;
export type ProductWithSettings = (typeof PRODUCTS_WITH_SETTINGS)[number];

// Moved to ./constants (zod-free) so the lean page-view bundle can use it; re-exported for existing importers.
export { PLATFORM_APPS } from './constants';

export const EXCLUSION_REASONS = [
  'government-cloud',
  'isolated-cloud',
  'customer-managed-keys',
  'hipaa',
  'government-entity',
  'financial-services',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export const SECTORS = ['education', 'financial-services', 'healthcare', 'government', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export const SETTINGS = ['metadata', 'inAppData'] as const;
export type SettingName = (typeof SETTINGS)[number];

export const calendarDate = z
  .string()
  .refine(isCalendarDate, { message: CALENDAR_DATE_MESSAGE })
  // JSON Schema cannot say "a real calendar day": the generated validators call the same isCalendarDate (src/shared/checks.ts).
  .meta({ 'x-check': { fn: 'calendarDate' } });

/**
 * A date in a profile event: a calendar date no later than LATEST_INPUT_DATE,
 * so that deadlines and retention horizons computed from it stay within 9999.
 */
export const eventDate = calendarDate.refine((value) => !isCalendarDate(value) || value <= LATEST_INPUT_DATE, {
  message: `must be on or before ${LATEST_INPUT_DATE}: later dates would put computed deadlines past 9999-12-31`,
});

export const productName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a product name in lower case, such as "jira" or "loom"');

const plan = z.enum(PLANS);

export const planEvent = z.strictObject({
  type: z.literal('plan'),
  on: eventDate,
  product: productName,
  plan,
});

export const trialEvent = z
  .strictObject({
    type: z.literal('trial'),
    on: eventDate,
    product: productName,
    plan,
    endsOn: eventDate,
    then: z.union([plan, z.literal('none')]),
    migration: z.boolean().optional(),
  })
  .refine((e) => !isCalendarDate(e.on) || !isCalendarDate(e.endsOn) || e.endsOn > e.on, {
    message: 'must be after the trial start ("on")',
    path: ['endsOn'],
  });

export const removedEvent = z.strictObject({
  type: z.literal('removed'),
  on: eventDate,
  product: productName,
});

export const settingEvent = z.strictObject({
  type: z.literal('setting'),
  on: eventDate,
  setting: z.enum(SETTINGS),
  value: z.enum(['on', 'off']),
});

export const SCOPE_KINDS = ['space', 'app', 'connector'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export const scopeTarget = z.strictObject({
  kind: z.enum(SCOPE_KINDS),
  key: z
    .string()
    .min(1, 'must not be empty')
    .max(255, 'must be at most 255 characters')
    .regex(/^[^\u0000-\u001f]*$/, 'must not contain control characters'),
});
export type ScopeTarget = z.infer<typeof scopeTarget>;

export const scopeEvent = z.strictObject({
  type: z.literal('scope'),
  on: eventDate,
  target: scopeTarget,
  mode: z.enum(['include', 'exclude', 'default']),
});

export const exclusionEvent = z.strictObject({
  type: z.literal('exclusion'),
  on: eventDate,
  reason: z.enum(EXCLUSION_REASONS),
  active: z.boolean(),
});

export const terminatedEvent = z.strictObject({
  type: z.literal('terminated'),
  on: eventDate,
});

export const profileEvent = z.discriminatedUnion('type', [
  planEvent,
  trialEvent,
  removedEvent,
  settingEvent,
  scopeEvent,
  exclusionEvent,
  terminatedEvent,
]);
export type ProfileEvent = z.infer<typeof profileEvent>;
export type ProfileEventType = ProfileEvent['type'];

/** Upper bound on events in one profile: far above any real org, low enough to bound memory. */
export const MAX_PROFILE_EVENTS = 250_000;

export const orgProfile = z.strictObject({
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  organization: z.string().max(200, 'must be at most 200 characters').optional(),
  sector: z.enum(SECTORS).optional(),
  events: z.array(profileEvent).max(MAX_PROFILE_EVENTS, `must hold at most ${MAX_PROFILE_EVENTS} events`),
});
export type OrgProfile = z.infer<typeof orgProfile>;

export interface ProfileIssue {
  /** Field path such as `events[3].on`. */
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ProfileIssue[] };

/** Formats a zod path as `events[3].target.key`. */
export function issuesFromZod(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): ProfileIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

/**
 * Migrations from older schema versions, keyed by the version they upgrade from.
 * Version 1 is the first published format, so the chain is empty today; the
 * mechanism is exercised by tests with an injected chain.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
export const PROFILE_MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrateProfileDocument(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = PROFILE_MIGRATIONS,
  current: number = PROFILE_SCHEMA_VERSION,
): ParseResult<Record<string, unknown>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, issues: [{ path: '(root)', message: 'must be a JSON object' }] };
  }
  let doc = raw as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, issues: [{ path: 'schemaVersion', message: `must be a whole number; this version reads ${current}` }] };
  }
  if (version > current) {
    return {
      ok: false,
      issues: [{ path: 'schemaVersion', message: `${version} is newer than this version of Contribution Lens reads (${current}); upgrade the app or CLI` }],
    };
  }
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, issues: [{ path: 'schemaVersion', message: `no migration from version ${v}` }] };
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { ok: true, value: doc };
}

/** Validates and migrates an untrusted document into an OrgProfile. Never throws. */
export function parseProfile(raw: unknown): ParseResult<OrgProfile> {
  const migrated = migrateProfileDocument(raw);
  if (!migrated.ok) return migrated;
  const parsed = orgProfile.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  return { ok: true, value: parsed.data };
}

/** JSON Schema of the profile, generated from the zod schema (draft 2020-12). */
export function profileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(orgProfile, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
}
