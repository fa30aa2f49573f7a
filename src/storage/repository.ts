/**
 * Typed access to everything the app stores, over the storage port. Keys and
 * entity layout live here only. Writes go through `commit`, which guards every
 * write that depends on the history with the history head (optimistic
 * concurrency): a concurrent writer makes the commit fail with
 * ConditionFailedError and the caller re-reads and retries.
 */
import { ENTITY } from './entities';
import type { ConcernDoc } from './documents';
import {
  BANNER_SYNC,
  CONCERN,
  HEAD,
  HISTORY_ENTRY,
  NOTICE_SETTINGS,
  PEOPLE,
  PRIVACY_REPORT,
  PROFILE_CACHE,
  REQUEST,
  PROFILE_CACHE_PART,
  STATUS,
  type BannerSyncDoc,
  type Head,
  type HistoryEntry,
  type NoticeSettingsDoc,
  type NoticeShard,
  type PeopleDoc,
  type PrivacyReportDoc,
  type RequestDoc,
  type ProfileCacheDoc,
  type ProfileCachePartDoc,
  type StatusDoc,
} from './documents';
import { GENESIS_HASH, HeadWitness, canonicalJson, verifyChain, type ChainCheck } from './hash-chain';
import type { EntityQuery, RangeCondition, TxOp } from './port';
import { DEFAULT_COMMIT_RETRY, type CommitRetryOptions } from './retry';
import { readOptional, readVersioned } from './versioned';
import { cacheOps, type ProfileCacheWrite } from './profile-cache';
import { KEYS, PublicRepository, SHARD_COUNT } from './public-repository';

// Keys and the shard function moved to ./public-repository (zod-free, for the page-view function); re-exported here.
export { KEYS, SHARD_COUNT, shardOf } from './public-repository';

export interface CommitPlan {
  /** The head the plan was computed from. */
  head: Head;
  entries?: HistoryEntry[];
  newHead?: Head;
  status?: StatusDoc;
  shards?: NoticeShard[];
  noticeSettings?: NoticeSettingsDoc;
  /** The pseudonym map (new authors, erased accounts), guarded by the head like everything else. */
  people?: PeopleDoc;
  /** Concerns written with the entry that chains their digest; `expectedState` guards an update. */
  concerns?: { doc: ConcernDoc; expectedState?: ConcernDoc['state'] }[];
  /** The idempotency record of a write that carried a requestId. */
  request?: { id: string; doc: RequestDoc };
  /** The compiled profile at `newHead`, written in the same transaction (see PROFILE_CACHE). */
  cache?: ProfileCacheWrite;
}

/** The cache's joined data and the head it was written for; undefined when absent, unreadable or incomplete. */
export interface StoredProfileCache {
  headSeq: number;
  headHash: string;
  data: string;
}

export interface EntryPage {
  entries: HistoryEntry[];
  nextCursor?: string;
}

export class Repository extends PublicRepository {
  /** Pacing of the writer's retries after a lost race or a failed commit; tests inject sleep/random/now. */
  commitRetry: CommitRetryOptions = DEFAULT_COMMIT_RETRY;

  /** One entry by seq; undefined when absent. */
  async entry(seq: number): Promise<HistoryEntry | undefined> {
    return readOptional(HISTORY_ENTRY, await this.kvs.getEntity(ENTITY.historyEntry, KEYS.entry(seq)));
  }

  /**
   * The stored profile cache, or undefined when it cannot be used (missing, another
   * schema version, unreadable, or parts missing / of another head): the caller then
   * compiles the full history, so a bad cache costs reads, never correctness.
   */
  async profileCache(): Promise<StoredProfileCache | undefined> {
    let doc: ProfileCacheDoc | undefined;
    try {
      doc = readOptional(PROFILE_CACHE, await this.kvs.get(KEYS.profileCache));
    } catch {
      return undefined;
    }
    if (!doc) return undefined;
    const rest = await Promise.all(Array.from({ length: doc.parts - 1 }, (_, i) => this.kvs.get(KEYS.profileCachePart(i + 1))));
    const pieces = [doc.data];
    for (const [i, raw] of rest.entries()) {
      let part: ProfileCachePartDoc | undefined;
      try {
        part = readOptional(PROFILE_CACHE_PART, raw);
      } catch {
        return undefined;
      }
      if (!part || part.index !== i + 1 || part.headSeq !== doc.headSeq || part.headHash !== doc.headHash) return undefined;
      pieces.push(part.data);
    }
    return { headSeq: doc.headSeq, headHash: doc.headHash, data: pieces.join('') };
  }

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

  /**
   * Every stored entry with its key, unreadable ones as errors (for verification).
   * Ends with a HeadWitness when a document written in the same transaction as the
   * head (status, notice shards, profile cache) says the history reached further
   * than the head now does: deleting the newest entries and moving the head back
   * to match leaves an intact-looking chain, and only these witnesses notice.
   * They are read before the head, so a commit landing meanwhile cannot look like
   * a truncation.
   */
  async rawEntries(): Promise<{ key: string; entry: HistoryEntry | Error }[]> {
    return (await this.readForVerification()).stored;
  }

  /**
   * The integrity check in one call, with its reads in a safe order (witnesses,
   * head, entries) and repeated when the head moved while it read, so a commit
   * landing meanwhile is neither reported as an entry added outside the app nor
   * as a truncation.
   */
  async verifyHistory(sink?: (entries: HistoryEntry[]) => void): Promise<ChainCheck & { head: Head | undefined }> {
    for (let attempt = 1; ; attempt++) {
      const { stored, rawHead } = await this.readForVerification();
      // The readable entries, for checks over their content (chained concern digests) without a second read.
      sink?.(stored.flatMap((s) => (s.entry instanceof Error ? [] : [s.entry])));
      let head: Head | undefined;
      try {
        head = rawHead === undefined ? undefined : readVersioned(HEAD, rawHead);
      } catch (error) {
        return {
          intact: false,
          entries: stored.length,
          records: 0,
          firstBroken: { seq: 0, reason: `the history head is unreadable: ${(error as Error).message}` },
          head: undefined,
        };
      }
      const check = verifyChain(stored, head ?? GENESIS_HEAD, KEYS.entry);
      if (check.intact || attempt >= 3) return { ...check, head };
      const again = await this.kvs.getEntity(ENTITY.historyHead, KEYS.head);
      if (canonicalJson(again) === canonicalJson(rawHead)) return { ...check, head };
    }
  }

  private async readForVerification(): Promise<{ stored: { key: string; entry: HistoryEntry | Error }[]; rawHead: unknown }> {
    const witness = await this.headWitness();
    const headNow = await this.kvs.getEntity(ENTITY.historyHead, KEYS.head);
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
    if (witness && witnessContradicts(witness, headNow)) out.push({ key: KEYS.entry(witness.seq), entry: witness });
    return { stored: out, rawHead: headNow };
  }

  /** The furthest head any document written with the head recorded; unreadable documents are no witness. */
  private async headWitness(): Promise<HeadWitness | undefined> {
    const tolerant = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await read();
      } catch {
        return undefined;
      }
    };
    const [status, shards, cache] = await Promise.all([
      tolerant(() => this.status()),
      Promise.all(Array.from({ length: SHARD_COUNT }, (_, i) => tolerant(() => this.shard(i)))),
      tolerant(async () => readOptional(PROFILE_CACHE, await this.kvs.get(KEYS.profileCache))),
    ]);
    const candidates: { seq: number; hash: string | null; name: string }[] = [];
    if (status) candidates.push({ seq: status.headSeq, hash: null, name: 'the status document' });
    for (const shard of shards) if (shard) candidates.push({ seq: shard.headSeq, hash: null, name: `notice shard ${shard.shard}` });
    if (cache) candidates.push({ seq: cache.headSeq, hash: cache.headHash, name: 'the profile cache' });
    // Furthest first; at equal seq prefer the one that also knows the head's hash.
    candidates.sort((a, b) => b.seq - a.seq || (b.hash ? 1 : 0) - (a.hash ? 1 : 0));
    const best = candidates[0];
    return best ? new HeadWitness(best.seq, best.hash, best.name) : undefined;
  }

  async status(): Promise<StatusDoc | undefined> {
    return readOptional(STATUS, await this.kvs.get(KEYS.status));
  }

  async shards(): Promise<(NoticeShard | undefined)[]> {
    return Promise.all(Array.from({ length: SHARD_COUNT }, (_, i) => this.shard(i)));
  }

  async noticeSettings(): Promise<NoticeSettingsDoc | undefined> {
    return readOptional(NOTICE_SETTINGS, await this.kvs.get(KEYS.noticeSettings));
  }

  async request(id: string): Promise<RequestDoc | undefined> {
    return readOptional(REQUEST, await this.kvs.get(KEYS.request(id)));
  }

  async people(): Promise<PeopleDoc | undefined> {
    return readOptional(PEOPLE, await this.kvs.get(KEYS.people));
  }

  async privacyReport(): Promise<PrivacyReportDoc | undefined> {
    return readOptional(PRIVACY_REPORT, await this.kvs.get(KEYS.privacyReport));
  }

  async savePrivacyReport(doc: PrivacyReportDoc): Promise<void> {
    await this.kvs.transact([{ op: 'set', key: KEYS.privacyReport, value: doc }]);
  }

  async bannerSync(): Promise<BannerSyncDoc | undefined> {
    return readOptional(BANNER_SYNC, await this.kvs.get(KEYS.bannerSync));
  }

  /** Not guarded by the head: the state only mirrors product writes, which are idempotent. */
  async saveBannerSync(doc: BannerSyncDoc): Promise<void> {
    await this.kvs.transact([{ op: 'set', key: KEYS.bannerSync, value: doc }]);
  }

  /** Writes the plan in one transaction, guarded by the head it was computed from. */
  async commit(plan: CommitPlan): Promise<void> {
    const ops: TxOp[] = [];
    const entries = plan.entries ?? [];
    for (const entry of entries) ops.push({ op: 'set', key: KEYS.entry(entry.seq), value: entry, entity: ENTITY.historyEntry });
    const guard = headGuard(plan.head);
    // Every write moves the head, also one that appends nothing (settings, a daily check without
    // transitions): a mere check would let two such writers both pass and the later one overwrite
    // derived documents computed from a snapshot the earlier one had already changed (lost update).
    ops.push({ op: 'set', key: KEYS.head, value: plan.newHead ?? touchHead(plan.head), entity: ENTITY.historyHead, conditions: guard });
    if (plan.status) ops.push({ op: 'set', key: KEYS.status, value: plan.status });
    for (const shard of plan.shards ?? []) ops.push({ op: 'set', key: KEYS.shard(shard.shard), value: shard });
    if (plan.noticeSettings) ops.push({ op: 'set', key: KEYS.noticeSettings, value: plan.noticeSettings });
    if (plan.people) ops.push({ op: 'set', key: KEYS.people, value: plan.people });
    for (const { doc, expectedState } of plan.concerns ?? []) {
      ops.push({
        op: 'set',
        key: KEYS.concern(doc.id),
        value: doc,
        entity: ENTITY.concern,
        ...(expectedState ? { conditions: [{ property: 'state', condition: 'EQUAL_TO' as const, values: [expectedState] }] } : {}),
      });
    }
    if (plan.request) ops.push({ op: 'set', key: KEYS.request(plan.request.id), value: plan.request.doc });
    if (plan.cache) ops.push(...cacheOps(plan.cache));
    await this.kvs.transact(ops);
  }

  async concern(id: string): Promise<ConcernDoc | undefined> {
    return readOptional(CONCERN, await this.kvs.getEntity(ENTITY.concern, KEYS.concern(id)));
  }

  async concernsPage(options: {
    by: { state: string } | { spaceKey: string } | { raisedBy: string };
    sort?: 'ASC' | 'DESC';
    cursor?: string;
    limit: number;
  }): Promise<{ concerns: ConcernDoc[]; nextCursor?: string }> {
    const [index, value] =
      'state' in options.by
        ? ['by-state', options.by.state]
        : 'spaceKey' in options.by
          ? ['by-space', options.by.spaceKey]
          : ['by-raiser', options.by.raisedBy];
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

  /** Rewrites a concern as it is (the personal data erasure replaces account IDs in it). */
  async saveConcernUnconditionally(doc: ConcernDoc): Promise<void> {
    await this.kvs.transact([{ op: 'set', key: KEYS.concern(doc.id), value: doc, entity: ENTITY.concern }]);
  }
}

const GENESIS_HEAD: Head = { schemaVersion: 1, seq: 0, hash: GENESIS_HASH, updatedAt: new Date(0).toISOString() };

function headGuard(head: Head) {
  return [
    { property: 'seq', condition: 'EQUAL_TO' as const, values: [head.seq] },
    { property: 'hash', condition: 'EQUAL_TO' as const, values: [head.hash] },
    // updatedAt changes with every commit (touchHead), so writers that append nothing serialise too.
    { property: 'updatedAt', condition: 'EQUAL_TO' as const, values: [head.updatedAt] },
  ];
}

/** The same history head with an updatedAt strictly later than before: moves the guard without appending. */
function touchHead(head: Head): Head {
  const previous = Date.parse(head.updatedAt);
  const at = Math.max(Date.now(), Number.isFinite(previous) ? previous + 1 : 0);
  return { ...head, updatedAt: new Date(at).toISOString() };
}

/** True when the witness says the history reached past the stored head, or the head at its seq was replaced. */
function witnessContradicts(witness: HeadWitness, rawHead: unknown): boolean {
  let head: Head | undefined;
  try {
    head = rawHead === undefined ? undefined : readVersioned(HEAD, rawHead);
  } catch {
    return false; // an unreadable head is the chain check's finding
  }
  const seq = head?.seq ?? 0;
  return witness.seq > seq || (witness.seq === seq && witness.hash !== null && witness.hash !== head?.hash);
}
