/**
 * Reads back everything in a memory store with the backend's own schemas and
 * verifies the history chain. Used after every operation in the fuzz, fault
 * and concurrency tests: stored data must always parse, whatever happened.
 */
import {
  BANNER_SYNC,
  CONCERN,
  HEAD,
  HISTORY_ENTRY,
  NOTICE_SETTINGS,
  NOTICE_SHARD,
  PEOPLE,
  PRIVACY_REPORT,
  PROFILE_CACHE,
  PROFILE_CACHE_PART,
  REQUEST,
  STATUS,
  type HistoryEntry,
  type ProfileCacheDoc,
  type StatusDoc,
} from '../../../src/storage/documents';
import { ENTITY } from '../../../src/storage/entities';
import { verifyChain } from '../../../src/storage/hash-chain';
import type { MemoryKvs } from '../../../src/storage/memory';
import { KEYS, SHARD_COUNT } from '../../../src/storage/repository';
import { readVersioned } from '../../../src/storage/versioned';

export interface StoreSummary {
  headSeq: number;
  entries: HistoryEntry[];
  status: StatusDoc | undefined;
  concerns: number;
}

const SHARD_KEY = /^notice:(\d+)$/;
const CACHE_PART_KEY = /^profile-cache:(\d+)$/;

/** Throws an Error naming the document when anything stored does not parse or the chain is broken. */
export function checkStore(memory: MemoryKvs): StoreSummary {
  const snap = memory.snapshot();
  let status: StatusDoc | undefined;
  let cache: ProfileCacheDoc | undefined;
  const shardSeqs: number[] = [];
  for (const [key, raw] of Object.entries(snap.keys)) {
    const where = `key "${key}"`;
    try {
      if (key === KEYS.status) status = readVersioned(STATUS, raw);
      else if (key === KEYS.noticeSettings) readVersioned(NOTICE_SETTINGS, raw);
      else if (key === KEYS.bannerSync) readVersioned(BANNER_SYNC, raw);
      else if (key === KEYS.people) readVersioned(PEOPLE, raw);
      else if (key === KEYS.privacyReport) readVersioned(PRIVACY_REPORT, raw);
      else if (key.startsWith('request:')) readVersioned(REQUEST, raw);
      else if (key === KEYS.profileCache) cache = readVersioned(PROFILE_CACHE, raw);
      else if (CACHE_PART_KEY.test(key)) {
        const part = readVersioned(PROFILE_CACHE_PART, raw);
        if (part.index !== Number(CACHE_PART_KEY.exec(key)![1])) throw new Error(`cache part ${part.index} stored under ${key}`);
      } else if (SHARD_KEY.test(key)) {
        const shard = readVersioned(NOTICE_SHARD, raw);
        const index = Number(SHARD_KEY.exec(key)![1]);
        if (index >= SHARD_COUNT || shard.shard !== index) throw new Error(`shard document ${shard.shard} stored under ${key}`);
        shardSeqs.push(shard.headSeq);
      } else throw new Error('is not a key the app writes');
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`);
    }
  }
  const known = new Set<string>([ENTITY.historyEntry, ENTITY.historyHead, ENTITY.concern]);
  for (const name of Object.keys(snap.entities)) if (!known.has(name)) throw new Error(`unknown entity "${name}"`);

  const headRaw = snap.entities[ENTITY.historyHead]?.[KEYS.head];
  const entriesRaw = Object.entries(snap.entities[ENTITY.historyEntry] ?? {});
  for (const key of Object.keys(snap.entities[ENTITY.historyHead] ?? {})) if (key !== KEYS.head) throw new Error(`unexpected head key "${key}"`);
  let concerns = 0;
  for (const [key, raw] of Object.entries(snap.entities[ENTITY.concern] ?? {})) {
    try {
      const doc = readVersioned(CONCERN, raw);
      if (key !== KEYS.concern(doc.id)) throw new Error(`concern ${doc.id} stored under the wrong key`);
    } catch (error) {
      throw new Error(`concern "${key}": ${(error as Error).message}`);
    }
    concerns++;
  }
  if (headRaw === undefined) {
    if (entriesRaw.length > 0) throw new Error(`${entriesRaw.length} history entries but no head`);
    if (status) throw new Error('a status document but no history head');
    return { headSeq: 0, entries: [], status, concerns };
  }
  const head = readVersioned(HEAD, headRaw);
  const stored = entriesRaw
    .map(([key, raw]) => {
      try {
        return { key, entry: readVersioned(HISTORY_ENTRY, raw) };
      } catch (error) {
        return { key, entry: error as Error };
      }
    })
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  const chain = verifyChain(stored, head, KEYS.entry);
  if (!chain.intact) throw new Error(`history chain broken: ${chain.firstBroken?.reason}`);
  if (status && status.headSeq > head.seq) throw new Error(`status was computed from head ${status.headSeq}, beyond the stored head ${head.seq}`);
  for (const seq of shardSeqs) if (seq > head.seq) throw new Error(`a notice shard was computed from head ${seq}, beyond the stored head ${head.seq}`);
  if (cache && (cache.headSeq > head.seq || (cache.headSeq === head.seq && cache.headHash !== head.hash))) {
    throw new Error(`the profile cache was written for head ${cache.headSeq}, which is not in the stored history`);
  }
  return { headSeq: head.seq, entries: stored.map((s) => s.entry as HistoryEntry), status, concerns };
}
