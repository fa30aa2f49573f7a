/**
 * The one write path for anything that depends on the history: read a snapshot,
 * compute the new entries and derived documents, commit them in ONE
 * transaction guarded by the head, and on a lost race re-read and recompute.
 */
import type { CalendarDate } from '../policy/dates';
import { LIMITS, type HistoryOrigin, type HistoryRecord, type NoticeSettings } from '../shared/contract';
import {
  DEFAULT_NOTICE_SETTINGS,
  checkCachedCompiled,
  type Head,
  type HistoryEntry,
  type NoticeSettingsDoc,
  type NoticeShard,
  type PeopleDoc,
  type StatusDoc,
} from '../storage/documents';
import { sealEntry } from '../storage/hash-chain';
import { KVS_LIMITS, serialisedBytes } from '../storage/limits';
import { ConditionFailedError } from '../storage/port';
import { profileCacheWrite } from '../storage/profile-cache';
import { SHARD_COUNT, type CommitPlan, type Repository } from '../storage/repository';
import { fullJitterDelay, isTransientStorageError } from '../storage/retry';
import { NO_EXTERNAL_FACTS, type ExternalFacts } from './alerts';
import { compile, compileRecords, type Compiled } from './compile';
import { AppError, conflict, invalid } from './errors';
import { tolerantRead, usable, type Read } from './integrity';

/** Head + status + all shards + the pseudonym map + an idempotency record leave this many of the 25 operations for entries. */
export const MAX_ENTRIES_PER_COMMIT = KVS_LIMITS.opsPerTransaction - 4 - SHARD_COUNT;
/** Keep each entry well under the 240 KiB value limit. */
const ENTRY_RECORD_BYTES = 180_000;

export interface Snapshot {
  head: Head;
  entries: HistoryEntry[];
  compiled: Compiled;
  /** Undefined when absent or unreadable; an unreadable one is rewritten by the next commit instead of stopping it. */
  status: StatusDoc | undefined;
  shards: (NoticeShard | undefined)[];
  /** The status and shards as read, unreadable ones as their error (for the integrity findings). */
  read: { status: Read<StatusDoc>; shards: Read<NoticeShard>[] };
  settingsDoc: NoticeSettingsDoc | undefined;
  settings: NoticeSettings;
  external: ExternalFacts;
  /** The pseudonym map (history authors); written back with the plan when it gains or loses a person. */
  people: PeopleDoc | undefined;
}

export async function loadSnapshot(repo: Repository): Promise<Snapshot> {
  const head = await repo.head();
  const [entries, read, settingsDoc, people] = await Promise.all([repo.allEntries(), readDerived(repo), repo.noticeSettings(), repo.people()]);
  const relevant = entries.filter((e) => e.seq <= head.seq);
  const status = usable(read.status);
  const external = externalOf(status);
  return {
    head,
    entries: relevant,
    compiled: compile(relevant),
    status,
    shards: read.shards.map(usable),
    read,
    settingsDoc,
    settings: settingsDoc?.settings ?? structuredClone(DEFAULT_NOTICE_SETTINGS),
    external,
    people,
  };
}

/** Status and shards, an unreadable one as its error: one corrupt document must not stop every write. */
export async function readDerived(repo: Repository): Promise<{ status: Read<StatusDoc>; shards: Read<NoticeShard>[] }> {
  const [status, shards] = await Promise.all([
    tolerantRead(() => repo.status()),
    Promise.all(Array.from({ length: SHARD_COUNT }, (_, i) => tolerantRead(() => repo.shard(i)))),
  ]);
  return { status, shards };
}

function externalOf(status: StatusDoc | undefined): ExternalFacts {
  return status
    ? {
        license: status.external.license,
        accessBlocked: status.external.accessBlocked,
        accessUnchecked: status.external.accessUnchecked ?? [],
        checkedOn: status.external.checkedOn,
      }
    : NO_EXTERNAL_FACTS;
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
    const entry = sealEntry({ schemaVersion: 1, seq, recordedAt: meta.recordedAt, recordedBy: meta.recordedBy, origin: meta.origin, records: chunk, prevHash });
    entries.push(entry);
    prevHash = entry.hash;
  }
  return { entries, newHead: { schemaVersion: 1, seq, hash: prevHash, updatedAt: meta.recordedAt } };
}

export interface Attempt<T> {
  plan: CommitPlan | null;
  result: T;
}

/** What the attempt callbacks of both commit loops need from a snapshot besides the history. */
type BaseSnapshot = Pick<Snapshot, 'head' | 'compiled'> & { cacheFresh?: boolean };

/** Runs `attempt` on a fresh snapshot until its plan commits without a concurrent write in between. */
export function commitWithRetry<T>(repo: Repository, attempt: (snapshot: Snapshot) => Attempt<T> | Promise<Attempt<T>>): Promise<T> {
  return commitLoop(repo, loadSnapshot, attempt);
}

/**
 * As commitWithRetry, over a WriteSnapshot: the compiled profile comes from the
 * profile cache instead of every history entry. Extend it with `snapshot.extend`.
 */
export function commitCompiledWithRetry<T>(repo: Repository, attempt: (snapshot: WriteSnapshot) => Attempt<T> | Promise<Attempt<T>>): Promise<T> {
  return commitLoop(repo, loadWriteSnapshot, attempt);
}

async function commitLoop<S extends BaseSnapshot, T>(
  repo: Repository,
  load: (repo: Repository) => Promise<S>,
  attempt: (snapshot: S) => Attempt<T> | Promise<Attempt<T>>,
): Promise<T> {
  const pacing = repo.commitRetry;
  const started = pacing.now();
  for (let i = 1; ; i++) {
    const snapshot = await load(repo);
    const { plan, result } = await attempt(snapshot);
    if (!plan) return result;
    try {
      await repo.commit(withProfileCache(plan, snapshot));
      return result;
    } catch (error) {
      if (error instanceof AppError) throw error;
      const transient = isTransientStorageError(error);
      if (!transient && !(error instanceof ConditionFailedError)) throw error;
      // After a timeout or 5xx the commit may have landed: a repeat would fail its head check, so look for our own entry.
      if (transient && (await landed(repo, plan, error))) return result;
      const delay = fullJitterDelay(i - 1, pacing);
      if (i >= pacing.maxAttempts || pacing.now() - started + delay > pacing.deadlineMs) {
        if (transient) throw error;
        throw conflict('The history kept changing while saving; try again.');
      }
      await pacing.sleep(delay);
    }
  }
}

/**
 * Whether `plan` was committed although its answer was lost. The new head's hash
 * covers the entry's content, author, time and predecessor, so an entry with that
 * hash at that seq can only be ours. A plan without entries (settings, a daily
 * check with no transitions) is safe to recompute and write again.
 */
async function landed(repo: Repository, plan: CommitPlan, commitError: unknown): Promise<boolean> {
  if (!plan.newHead) return false;
  try {
    const entry = await repo.entry(plan.newHead.seq);
    return entry?.hash === plan.newHead.hash;
  } catch {
    throw commitError; // cannot tell: report the commit's failure, never guess
  }
}

/**
 * Adds the profile cache for the head the plan leaves behind, in the same
 * transaction. When it does not fit (a batch of many entries, a very long
 * profile) the cache is left as it was: stale, so the next write compiles the
 * history and writes a fresh cache if that commit has room.
 */
function withProfileCache(plan: CommitPlan, snapshot: BaseSnapshot): CommitPlan {
  const entries = plan.entries ?? [];
  // Nothing moved the head and the cache is current: nothing to rewrite.
  if (!plan.newHead && snapshot.cacheFresh !== false) return plan;
  const head = plan.newHead ?? plan.head;
  const compiled = extendCompiled(snapshot.compiled, entries);
  const cache = profileCacheWrite(head, JSON.stringify(compiled));
  const ops =
    entries.length +
    1 +
    (plan.status ? 1 : 0) +
    (plan.shards?.length ?? 0) +
    (plan.noticeSettings ? 1 : 0) +
    (plan.people ? 1 : 0) +
    (plan.concerns?.length ?? 0) +
    (plan.request ? 1 : 0);
  const bytes = serialisedBytes([entries, plan.status ?? null, plan.shards ?? [], plan.noticeSettings ?? null, cache]);
  const fits = ops + 1 + cache.parts.length <= KVS_LIMITS.opsPerTransaction && bytes <= TRANSACTION_CACHE_BYTES;
  return fits ? { ...plan, cache } : plan;
}

/** Everything the transaction writes, cache included, with headroom under the 4 MiB transaction limit. */
const TRANSACTION_CACHE_BYTES = 4 * 1024 * 1024 - 64 * 1024;

/**
 * compile(entries ++ more) from compile(entries) and `more` alone. The engine
 * reads the profile, in which a later event for the same fact and day replaces
 * an earlier one; replaying the compiled events before the new records keeps
 * exactly those replacements and their order (a property test checks this).
 */
export function extendCompiled(base: Compiled, more: readonly HistoryEntry[]): Compiled {
  if (more.length === 0) return base;
  const seed: HistoryRecord[] = [
    { kind: 'profile-info', organization: base.profile.organization ?? null, sector: base.profile.sector ?? null },
    ...base.profile.events.map((event): HistoryRecord => ({ kind: 'event', event })),
  ];
  const tail = compile(more);
  const merged = compileRecords([...seed, ...(more.flatMap((e) => e.records) as HistoryRecord[])]);
  return {
    profile: merged.profile,
    eventCount: base.eventCount + tail.eventCount,
    lastRecordedAt: tail.lastRecordedAt ?? base.lastRecordedAt,
    lastRecordedBy: tail.lastRecordedAt !== null ? tail.lastRecordedBy : base.lastRecordedBy,
    lastAttestation: tail.lastAttestation ?? base.lastAttestation,
  };
}

/** Everything a write needs except the history entries themselves. */
export type WriteSnapshot = Omit<Snapshot, 'entries'> & {
  /** The compiled profile after appending `entries` (built on the head of this snapshot). */
  /** A plain function (it needs no `this`), so callers may pass it on. */
  extend: (entries: readonly HistoryEntry[]) => Compiled;
  /** Whether `compiled` came from a profile cache written for this very head. */
  cacheFresh: boolean;
};

/** The compiled profile from the cache when it was written for this head; else the full history (and the next commit rewrites the cache). */
export async function loadWriteSnapshot(repo: Repository): Promise<WriteSnapshot> {
  const head = await repo.head();
  const [cache, read, settingsDoc, people] = await Promise.all([repo.profileCache(), readDerived(repo), repo.noticeSettings(), repo.people()]);
  const status = usable(read.status);
  let compiled = cache && cache.headSeq === head.seq && cache.headHash === head.hash ? parseCachedCompiled(cache.data) : undefined;
  const cacheFresh = compiled !== undefined;
  if (!compiled) compiled = compile((await repo.allEntries()).filter((e) => e.seq <= head.seq));
  const base = compiled;
  return {
    head,
    compiled,
    cacheFresh,
    extend: (entries) => extendCompiled(base, entries),
    status,
    shards: read.shards.map(usable),
    read,
    settingsDoc,
    settings: settingsDoc?.settings ?? structuredClone(DEFAULT_NOTICE_SETTINGS),
    external: externalOf(status),
    people,
  };
}

/** A cache that does not parse is no cache: the caller falls back to the history. */
function parseCachedCompiled(data: string): Compiled | undefined {
  try {
    const checked = checkCachedCompiled(JSON.parse(data));
    return checked.ok ? checked.value : undefined;
  } catch {
    return undefined;
  }
}

export const dayOf = (now: Date): CalendarDate => now.toISOString().slice(0, 10);
