/**
 * The declared org profile (schemaVersion 1): a list of dated facts an org admin
 * reads off Atlassian Administration (R49/R50: no API exposes them).
 *
 * Zod-free: the schemas are in ./profile-schema, and parseProfile runs the check generated from them
 * (`npm run generate:validators`), so the Forge functions that read a profile carry no zod.
 */
import type { z } from '../shared/zod';
import type { orgProfile, profileEvent } from './profile-schema';
import { adminValidators } from '../shared/admin-validators';

export const PROFILE_SCHEMA_VERSION = 1 as const;

export const PLANS = ['free', 'standard', 'premium', 'enterprise'] as const;
export type Plan = (typeof PLANS)[number];

/** Products that have data contribution settings (R21); every other product has none (R24). */
export const PRODUCTS_WITH_SETTINGS = ['jira', 'confluence', 'jira-service-management'] as const;

// Moved to ./constants (zod-free) so the lean page-view bundle can use it; re-exported for existing importers.
export { PLATFORM_APPS } from './constants';

export const EXCLUSION_REASONS = ['government-cloud', 'isolated-cloud', 'customer-managed-keys', 'hipaa', 'government-entity', 'financial-services'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export const SECTORS = ['education', 'financial-services', 'healthcare', 'government', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export const SETTINGS = ['metadata', 'inAppData'] as const;
export type SettingName = (typeof SETTINGS)[number];

export const SCOPE_KINDS = ['space', 'app', 'connector'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** Upper bound on events in one profile: far above any real org, low enough to bound memory. */
export const MAX_PROFILE_EVENTS = 250_000;

export type ProfileEvent = z.infer<typeof profileEvent>;
export type ProfileEventType = ProfileEvent['type'];
export type OrgProfile = z.infer<typeof orgProfile>;

export interface ProfileIssue {
  /** Field path such as `events[3].on`. */
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ProfileIssue[] };

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
  const checked = adminValidators.orgProfile(migrated.value);
  if (checked.ok) return { ok: true, value: checked.value as OrgProfile };
  // The generated check stops at the first issue; a file with several bad events gets one issue for each.
  const events = migrated.value.events;
  const eventIssues: ProfileIssue[] = [];
  if (Array.isArray(events)) {
    events.forEach((event, i) => {
      const one = adminValidators.profileEvent(event);
      if (!one.ok)
        for (const issue of one.issues)
          eventIssues.push({ path: issue.path === '(root)' ? `events[${i}]` : `events[${i}].${issue.path}`, message: issue.message });
    });
  }
  const frame = checked.issues.filter((issue) => !/^events\[\d+\]/.test(issue.path));
  return { ok: false, issues: eventIssues.length > 0 ? [...frame, ...eventIssues] : checked.issues };
}
