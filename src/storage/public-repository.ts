/**
 * The reads and writes the page-view function makes: one notice shard, a person's concerns, a new concern.
 * Moved out of ./repository (whose Repository extends this class, so the admin function reads these documents
 * the same way). Zod-free: documents are checked by the validators generated from their zod schemas
 * (src/shared/validators.ts), after the same schemaVersion checks and migrations (./versioned, ./doc-versions).
 */
import { canonicalJson } from '../shared/canonical-json';
import { validators, type Check } from '../shared/validators';
import { CONCERN_VERSIONS, NOTICE_SHARD_VERSIONS } from './doc-versions';
import type { ConcernDoc, NoticeShard } from './documents';
import { ENTITY } from './entities';
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
const CONCERN_READ: CheckedDoc = { ...CONCERN_VERSIONS, check: validators.concern };

/** As readVersioned (./versioned), with the generated check in place of the zod schema: the same StoredDataError. */
function readChecked<T>(doc: CheckedDoc, raw: unknown): T {
  const checked = doc.check(upgradeVersioned(doc, raw));
  if (!checked.ok) {
    const first = checked.issues[0];
    throw new StoredDataError(`stored ${doc.name} is invalid at ${first ? first.path : '(root)'}: ${first?.message ?? 'unknown'}`);
  }
  return checked.value as T;
}

function readOptionalChecked<T>(doc: CheckedDoc, raw: unknown): T | undefined {
  return raw === undefined || raw === null ? undefined : readChecked<T>(doc, raw);
}

export class PublicRepository {
  constructor(readonly kvs: KvsPort) {}

  async shard(index: number): Promise<NoticeShard | undefined> {
    return readOptionalChecked(NOTICE_SHARD_READ, await this.kvs.get(KEYS.shard(index)));
  }

  async concern(id: string): Promise<ConcernDoc | undefined> {
    return readOptionalChecked(CONCERN_READ, await this.kvs.getEntity(ENTITY.concern, KEYS.concern(id)));
  }

  /** Creates a concern, or updates it only if its state is still `expectedState`. */
  async saveConcern(doc: ConcernDoc, expectedState?: ConcernDoc['state']): Promise<void> {
    const conditions = expectedState ? [{ property: 'state', condition: 'EQUAL_TO' as const, values: [expectedState] }] : undefined;
    if (!conditions) {
      const created = await this.kvs.createEntityIfAbsent(ENTITY.concern, KEYS.concern(doc.id), doc);
      // A create repeated after a lost answer finds its own document: that is success, not a clash.
      if (!created && canonicalJson(await this.kvs.getEntity(ENTITY.concern, KEYS.concern(doc.id))) !== canonicalJson(doc)) {
        throw new Error(`concern ${doc.id} already exists`);
      }
      return;
    }
    await this.kvs.transact([{ op: 'set', key: KEYS.concern(doc.id), value: doc, entity: ENTITY.concern, conditions }]);
  }

  async concernsPage(options: {
    by: { state: string } | { spaceKey: string } | { raisedBy: string };
    sort?: 'ASC' | 'DESC';
    cursor?: string;
    limit: number;
  }): Promise<{ concerns: ConcernDoc[]; nextCursor?: string }> {
    const [index, value] =
      'state' in options.by ? ['by-state', options.by.state] : 'spaceKey' in options.by ? ['by-space', options.by.spaceKey] : ['by-raiser', options.by.raisedBy];
    const page = await this.kvs.queryEntity({
      entity: ENTITY.concern,
      index,
      partition: [value],
      sort: options.sort ?? 'DESC',
      limit: options.limit,
      ...(options.cursor ? { cursor: options.cursor } : {}),
    });
    return { concerns: page.results.map((r) => readChecked(CONCERN_READ, r.value)), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }
}
