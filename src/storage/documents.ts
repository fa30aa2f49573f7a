/**
 * Every stored document's name, schemaVersion, migration chain and check. Zod-free: the schemas are in
 * ./document-schemas, and the checks are the ones generated from them (`npm run generate:validators`), so the
 * Forge functions that read storage carry no zod. The types come from the schemas by `import type`.
 */
import type { z } from '../shared/zod';
import { NOTICE_MODES, type NoticeSettings } from '../shared/contract';
import { adminValidators } from '../shared/admin-validators';
import { validators } from '../shared/validators';
import type * as schemas from './document-schemas';
import type { VersionedDoc } from './versioned';
import { CONCERN_VERSIONS, NOTICE_SHARD_VERSIONS } from './doc-versions';

export type StoredHistoryRecord = z.infer<typeof schemas.historyRecord>;
export type HistoryEntry = z.infer<typeof schemas.historyEntrySchema>;
export type Head = z.infer<typeof schemas.headSchema>;
export type StatusDoc = z.infer<typeof schemas.statusSchema>;
export type NoticeSummary = z.infer<typeof schemas.noticeSummary>;
export type SpaceEntry = z.infer<typeof schemas.spaceEntry>;
export type NoticeShard = z.infer<typeof schemas.shardSchema>;
export type NoticeSettingsDoc = z.infer<typeof schemas.noticeSettingsSchema>;
export type ConcernDoc = z.infer<typeof schemas.concernSchema>;
export type BannerSyncDoc = z.infer<typeof schemas.bannerSyncSchema>;
export type ProfileCacheDoc = z.infer<typeof schemas.profileCacheSchema>;
export type ProfileCachePartDoc = z.infer<typeof schemas.profileCachePartSchema>;
export type PeopleDoc = z.infer<typeof schemas.peopleSchema>;
export type Person = z.infer<typeof schemas.personSchema>;
export type PrivacyReportDoc = z.infer<typeof schemas.privacyReportSchema>;
export type RequestDoc = z.infer<typeof schemas.requestSchema>;

const checks = adminValidators.documents;

export const HISTORY_ENTRY: VersionedDoc<HistoryEntry> = { name: 'history entry', current: 1, check: checks.historyEntry, migrations: {} };
export const HEAD: VersionedDoc<Head> = { name: 'history head', current: 1, check: checks.head, migrations: {} };
export const STATUS: VersionedDoc<StatusDoc> = { name: 'status document', current: 1, check: checks.status, migrations: {} };

/**
 * Version 1 kept only the mode per space and no space-level dates; version 2
 * adds each entry's `since`, the retraining deadline, app access facts and the
 * next day the status can change. A migrated shard claims nothing it did not
 * know: no dates, and its status holds only for the day it was computed.
 */
export const NOTICE_SHARD: VersionedDoc<NoticeShard> = { ...NOTICE_SHARD_VERSIONS, check: validators.noticeShard as VersionedDoc<NoticeShard>['check'] };

/**
 * Version 1 (first preview builds) had one `mode` for byline and banner and a
 * single `text`; version 2 splits the modes and keys text by locale.
 */
export const NOTICE_SETTINGS: VersionedDoc<NoticeSettingsDoc> = {
  name: 'notice settings',
  current: 2,
  check: checks.noticeSettings,
  migrations: {
    1: (doc) => {
      const mode = NOTICE_MODES.includes(doc.mode as never) ? doc.mode : 'off';
      const text = typeof doc.text === 'string' && doc.text.trim() !== '' ? { default: doc.text } : {};
      return { settings: { notice: mode, banner: 'off', text }, updatedAt: doc.updatedAt, updatedBy: doc.updatedBy };
    },
  },
};

export const DEFAULT_NOTICE_SETTINGS = { notice: 'everywhere', banner: 'off', text: {} } as const satisfies NoticeSettings;

/** Version 1 had no kind: every concern was a general one (requests were worded into the message). */
export const CONCERN: VersionedDoc<ConcernDoc> = { ...CONCERN_VERSIONS, check: checks.concern };

/** Which Confluence spaces carry the banner's display-condition property (src/app/banner.ts). */
export const BANNER_SYNC: VersionedDoc<BannerSyncDoc> = { name: 'banner sync state', current: 1, check: checks.bannerSync, migrations: {} };

/** The compiled profile at one history head, split into parts to fit the value limit (see ./document-schemas). */
export const PROFILE_CACHE: VersionedDoc<ProfileCacheDoc> = { name: 'profile cache', current: 1, check: checks.profileCache, migrations: {} };
export const PROFILE_CACHE_PART: VersionedDoc<ProfileCachePartDoc> = { name: 'profile cache part', current: 1, check: checks.profileCachePart, migrations: {} };

/** What the cache holds once its parts are joined: the writer's Compiled (src/app/compile.ts). */
export const checkCachedCompiled = checks.cachedCompiled;

/** Who the pseudonyms in the history are (personal data stays out of the chain; see ./document-schemas). */
export const PEOPLE: VersionedDoc<PeopleDoc> = { name: 'people', current: 1, check: checks.people, migrations: {} };
/** The last run of the weekly personal data report (src/app/personal-data.ts). */
export const PRIVACY_REPORT: VersionedDoc<PrivacyReportDoc> = { name: 'personal data report', current: 1, check: checks.privacyReport, migrations: {} };
/** A write that carried an idempotency key (requestId) and the history entry it committed. */
export const REQUEST: VersionedDoc<RequestDoc> = { name: 'request record', current: 1, check: checks.request, migrations: {} };
