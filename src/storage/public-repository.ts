/**
 * The one read the page-view function makes: a notice shard. Moved out of ./repository (whose Repository extends
 * this class, so the admin function reads shards the same way). Zod-free: documents are checked by the validators generated from their zod schemas
 * (src/shared/validators.ts), after the same schemaVersion checks and migrations (./versioned, ./doc-versions).
 */
import { validators, type Check } from '../shared/validators';
import { NOTICE_SHARD_VERSIONS } from './doc-versions';
import type { NoticeShard } from './documents';
import { StoredDataError, type KvsPort } from './port';
import { upgradeVersioned, type DocVersions } from './versioned';

export const SHARD_COUNT = 8;
export const KEYS = {
  status: 'status',
  noticeSettings: 'notice-settings',
  bannerSync: 'banner-sync',
  profileCache: 'profile-cache',
  profileCachePart: (index: number) => `profile-cache:${index}`,
  head: 'head',
  shard: (index: number) => `notice:${index}`,
  entry: (seq: number) => `entry-${String(seq).padStart(10, '0')}`,
  concern: (id: string) => `concern-${id}`,
  people: 'people',
  privacyReport: 'privacy-report',
  request: (id: string) => `request:${id}`,
} as const;

/** Stable shard of a space key (FNV-1a), identical in every process and version. */
export function shardOf(spaceKey: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(spaceKey, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % SHARD_COUNT;
}

interface CheckedDoc extends DocVersions {
  check: Check;
}

const NOTICE_SHARD_READ: CheckedDoc = { ...NOTICE_SHARD_VERSIONS, check: validators.noticeShard };

/** As readVersioned (./versioned), for a document given by its versions and check: the same StoredDataError. */
function readChecked(doc: CheckedDoc, raw: unknown): unknown {
  const checked = doc.check(upgradeVersioned(doc, raw));
  if (!checked.ok) {
    const first = checked.issues[0];
    throw new StoredDataError(`stored ${doc.name} is invalid at ${first ? first.path : '(root)'}: ${first?.message ?? 'unknown'}`);
  }
  return checked.value;
}

function readOptionalChecked(doc: CheckedDoc, raw: unknown): unknown {
  return raw === undefined || raw === null ? undefined : readChecked(doc, raw);
}

export class PublicRepository {
  constructor(readonly kvs: KvsPort) {}

  async shard(index: number): Promise<NoticeShard | undefined> {
    // The check is the notice shard's, so what it accepts is one.
    return readOptionalChecked(NOTICE_SHARD_READ, await this.kvs.get(KEYS.shard(index))) as NoticeShard | undefined;
  }
}
