/**
 * The one write path for anything that depends on the history: read a snapshot,
 * compute the new entries and derived documents, commit them in ONE
 * transaction guarded by the head, and on a lost race re-read and recompute.
 */
import type { CalendarDate } from '../policy/dates';
import { LIMITS, type HistoryOrigin, type HistoryRecord, type NoticeSettings } from '../shared/contract';
import { DEFAULT_NOTICE_SETTINGS, type Head, type HistoryEntry, type NoticeSettingsDoc, type NoticeShard, type StatusDoc } from '../storage/documents';
import { sealEntry } from '../storage/hash-chain';
import { KVS_LIMITS, serialisedBytes } from '../storage/limits';
import { ConditionFailedError } from '../storage/port';
import { SHARD_COUNT, type CommitPlan, type Repository } from '../storage/repository';
import { NO_EXTERNAL_FACTS, type ExternalFacts } from './alerts';
import { compile, type Compiled } from './compile';
import { AppError, conflict, invalid } from './errors';

/** Head + status + all shards leave this many of the 25 operations for entries. */
export const MAX_ENTRIES_PER_COMMIT = KVS_LIMITS.opsPerTransaction - 2 - SHARD_COUNT;
/** Keep each entry well under the 240 KiB value limit. */
const ENTRY_RECORD_BYTES = 180_000;
const MAX_ATTEMPTS = 5;

export interface Snapshot {
  head: Head;
  entries: HistoryEntry[];
  compiled: Compiled;
  status: StatusDoc | undefined;
  shards: (NoticeShard | undefined)[];
  settingsDoc: NoticeSettingsDoc | undefined;
  settings: NoticeSettings;
  external: ExternalFacts;
}

export async function loadSnapshot(repo: Repository): Promise<Snapshot> {
  const head = await repo.head();
  const [entries, status, shards, settingsDoc] = await Promise.all([repo.allEntries(), repo.status(), repo.shards(), repo.noticeSettings()]);
  const relevant = entries.filter((e) => e.seq <= head.seq);
  const external = status ? { license: status.external.license, accessBlocked: status.external.accessBlocked, checkedOn: status.external.checkedOn } : NO_EXTERNAL_FACTS;
  return {
    head,
    entries: relevant,
    compiled: compile(relevant),
    status,
    shards,
    settingsDoc,
    settings: settingsDoc?.settings ?? structuredClone(DEFAULT_NOTICE_SETTINGS),
    external,
  };
}

export interface EntryMeta {
  recordedAt: string;
  recordedBy: string;
  origin: HistoryOrigin;
}

/** Splits records into sealed, chained entries after `head`. */
export function buildEntries(head: Head, records: readonly HistoryRecord[], meta: EntryMeta): { entries: HistoryEntry[]; newHead: Head } {
  const chunks: HistoryRecord[][] = [];
  let current: HistoryRecord[] = [];
  let bytes = 0;
  for (const record of records) {
    const size = serialisedBytes(record);
    if (current.length > 0 && (current.length >= LIMITS.recordsPerEntry || bytes + size > ENTRY_RECORD_BYTES)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(record);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  if (chunks.length > MAX_ENTRIES_PER_COMMIT) {
    throw invalid(`This batch needs ${chunks.length} history entries; at most ${MAX_ENTRIES_PER_COMMIT} fit one atomic write. Record it in smaller batches.`);
  }
  const entries: HistoryEntry[] = [];
  let prevHash = head.hash;
  let seq = head.seq;
  for (const chunk of chunks) {
    seq++;
    const entry = sealEntry({ schemaVersion: 1, seq, recordedAt: meta.recordedAt, recordedBy: meta.recordedBy, origin: meta.origin, records: chunk as HistoryEntry['records'], prevHash });
    entries.push(entry);
    prevHash = entry.hash;
  }
  return { entries, newHead: { schemaVersion: 1, seq, hash: prevHash, updatedAt: meta.recordedAt } };
}

export interface Attempt<T> {
  plan: CommitPlan | null;
  result: T;
}

/** Runs `attempt` on a fresh snapshot until its plan commits without a concurrent write in between. */
export async function commitWithRetry<T>(repo: Repository, attempt: (snapshot: Snapshot) => Attempt<T> | Promise<Attempt<T>>): Promise<T> {
  for (let i = 1; ; i++) {
    const snapshot = await loadSnapshot(repo);
    const { plan, result } = await attempt(snapshot);
    if (!plan) return result;
    try {
      await repo.commit(plan);
      return result;
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (!(error instanceof ConditionFailedError)) throw error;
      if (i >= MAX_ATTEMPTS) throw conflict('The history kept changing while saving; try again.');
    }
  }
}

export const dayOf = (now: Date): CalendarDate => now.toISOString().slice(0, 10);
