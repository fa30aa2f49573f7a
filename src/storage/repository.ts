/**
 * Typed access to everything the app stores, over the storage port. Keys and
 * entity layout live here only. Writes go through `commit`, which guards every
 * write that depends on the history with the history head (optimistic
 * concurrency): a concurrent writer makes the commit fail with
 * ConditionFailedError and the caller re-reads and retries.
 */
import { ENTITY } from './entities';
import {
  CONCERN,
  HEAD,
  HISTORY_ENTRY,
  NOTICE_SETTINGS,
  NOTICE_SHARD,
  STATUS,
  type ConcernDoc,
  type Head,
  type HistoryEntry,
  type NoticeSettingsDoc,
  type NoticeShard,
  type StatusDoc,
} from './documents';
import { GENESIS_HASH } from './hash-chain';
import type { EntityQuery, KvsPort, RangeCondition, TxOp } from './port';
import { readOptional, readVersioned } from './versioned';

export const SHARD_COUNT = 8;
export const KEYS = {
  status: 'status',
  noticeSettings: 'notice-settings',
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

export interface CommitPlan {
  /** The head the plan was computed from. */
  head: Head;
  entries?: HistoryEntry[];
  newHead?: Head;
  status?: StatusDoc;
  shards?: NoticeShard[];
  noticeSettings?: NoticeSettingsDoc;
}

export interface EntryPage {
  entries: HistoryEntry[];
  nextCursor?: string;
}

export class Repository {
  constructor(readonly kvs: KvsPort) {}

  /** The history head; created (seq 0) on first use. */
  async head(): Promise<Head> {
    const raw = await this.kvs.getEntity(ENTITY.historyHead, KEYS.head);
    if (raw !== undefined) return readVersioned(HEAD, raw);
    const genesis: Head = { schemaVersion: 1, seq: 0, hash: GENESIS_HASH, updatedAt: new Date(0).toISOString() };
    await this.kvs.createEntityIfAbsent(ENTITY.historyHead, KEYS.head, genesis);
    return readVersioned(HEAD, await this.kvs.getEntity(ENTITY.historyHead, KEYS.head));
  }

  async entriesPage(options: {
    sort: 'ASC' | 'DESC';
    cursor?: string;
    actor?: string;
    origin?: string;
    seqRange?: RangeCondition;
    limit?: number;
  }): Promise<EntryPage> {
    const query: EntityQuery = {
      entity: ENTITY.historyEntry,
      index: options.actor !== undefined ? 'by-actor' : options.origin !== undefined ? 'by-origin' : 'by-seq',
      sort: options.sort,
      limit: options.limit ?? 100,
      ...(options.actor !== undefined ? { partition: [options.actor] } : options.origin !== undefined ? { partition: [options.origin] } : {}),
      ...(options.seqRange ? { range: options.seqRange } : {}),
      ...(options.cursor ? { cursor: options.cursor } : {}),
    };
    const page = await this.kvs.queryEntity(query);
    let entries = page.results.map((r) => readVersioned(HISTORY_ENTRY, r.value));
    // Both actor and origin: the index covers one, filter the other.
    if (options.actor !== undefined && options.origin !== undefined) entries = entries.filter((e) => e.origin === options.origin);
    return { entries, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  /** Every entry in seq order. Throws StoredDataError on an unreadable entry. */
  async allEntries(): Promise<HistoryEntry[]> {
    const out: HistoryEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.entriesPage({ sort: 'ASC', ...(cursor ? { cursor } : {}) });
      out.push(...page.entries);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }

  /** Every stored entry with its key, unreadable ones as errors (for verification). */
  async rawEntries(): Promise<{ key: string; entry: HistoryEntry | Error }[]> {
    const out: { key: string; entry: HistoryEntry | Error }[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.kvs.queryEntity({ entity: ENTITY.historyEntry, index: 'by-seq', sort: 'ASC', limit: 100, ...(cursor ? { cursor } : {}) });
      for (const r of page.results) {
        try {
          out.push({ key: r.key, entry: readVersioned(HISTORY_ENTRY, r.value) });
        } catch (error) {
          out.push({ key: r.key, entry: error as Error });
        }
      }
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }

  async status(): Promise<StatusDoc | undefined> {
    return readOptional(STATUS, await this.kvs.get(KEYS.status));
  }

  async shard(index: number): Promise<NoticeShard | undefined> {
    return readOptional(NOTICE_SHARD, await this.kvs.get(KEYS.shard(index)));
  }

  async shards(): Promise<(NoticeShard | undefined)[]> {
    return Promise.all(Array.from({ length: SHARD_COUNT }, (_, i) => this.shard(i)));
  }

  async noticeSettings(): Promise<NoticeSettingsDoc | undefined> {
    return readOptional(NOTICE_SETTINGS, await this.kvs.get(KEYS.noticeSettings));
  }

  /** Writes the plan in one transaction, guarded by the head it was computed from. */
  async commit(plan: CommitPlan): Promise<void> {
    const ops: TxOp[] = [];
    const entries = plan.entries ?? [];
    for (const entry of entries) ops.push({ op: 'set', key: KEYS.entry(entry.seq), value: entry, entity: ENTITY.historyEntry });
    const guard = [
      { property: 'seq', condition: 'EQUAL_TO' as const, values: [plan.head.seq] },
      { property: 'hash', condition: 'EQUAL_TO' as const, values: [plan.head.hash] },
    ];
    if (plan.newHead) ops.push({ op: 'set', key: KEYS.head, value: plan.newHead, entity: ENTITY.historyHead, conditions: guard });
    else ops.push({ op: 'check', key: KEYS.head, entity: ENTITY.historyHead, conditions: guard });
    if (plan.status) ops.push({ op: 'set', key: KEYS.status, value: plan.status });
    for (const shard of plan.shards ?? []) ops.push({ op: 'set', key: KEYS.shard(shard.shard), value: shard });
    if (plan.noticeSettings) ops.push({ op: 'set', key: KEYS.noticeSettings, value: plan.noticeSettings });
    await this.kvs.transact(ops);
  }

  async concern(id: string): Promise<ConcernDoc | undefined> {
    return readOptional(CONCERN, await this.kvs.getEntity(ENTITY.concern, KEYS.concern(id)));
  }

  /** Creates a concern, or updates it only if its state is still `expectedState`. */
  async saveConcern(doc: ConcernDoc, expectedState?: ConcernDoc['state']): Promise<void> {
    const conditions = expectedState ? [{ property: 'state', condition: 'EQUAL_TO' as const, values: [expectedState] }] : undefined;
    if (!conditions) {
      const created = await this.kvs.createEntityIfAbsent(ENTITY.concern, KEYS.concern(doc.id), doc);
      if (!created) throw new Error(`concern ${doc.id} already exists`);
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
    return { concerns: page.results.map((r) => readVersioned(CONCERN, r.value)), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }
}
