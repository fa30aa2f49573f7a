/**
 * What every operation module of the app shares: the ports, the repository, the clock
 * and the steps every chained write repeats (author, entries, derived documents, plan).
 */
import type { CalendarDate } from '../policy/dates';
import { unsafeTextPaths, type HistoryOrigin, type HistoryRecord, type NoticeSettings, type StatusView } from '../shared/contract';
import type { Head, HistoryEntry, PeopleDoc, StatusDoc } from '../storage/documents';
import { serialisedBytes } from '../storage/limits';
import type { CommitPlan, Repository } from '../storage/repository';
import type { Compiled } from './compile';
import { DerivedTooLarge, changedShards, deriveState, type DerivedState } from './derive';
import { AppError, forbidden, invalid } from './errors';
import { futureOverflow, type FutureLimitInput } from './future-limits';
import { trustedThrough } from './integrity';
import { pseudonymFor } from './people';
import type { Caller, Clock, ProductPort } from './ports';
import { buildEntries, dayOf, type Snapshot, type WriteSnapshot } from './writer';

export interface AppContext {
  repo: Repository;
  /** Product calls, their failures told apart from storage failures (./product-errors). */
  product: ProductPort;
  clock: Clock;
  newId: () => string;
  /** Site id for evidence bundles (cloudId), when known. */
  siteId: string | null;
  now(): Date;
  today(): CalendarDate;
}

export function requireAccount(caller: Caller): string {
  if (!caller.accountId) throw forbidden('Sign in to do this.');
  return caller.accountId;
}

/** The stored status for the admin page; `by` resolves history pseudonyms to account IDs. */
export function statusView(status: StatusDoc, by: (id: string) => string = (id) => id): StatusView {
  return {
    day: status.day,
    computedAt: status.computedAt,
    headSeq: status.headSeq,
    evaluation: status.evaluation,
    timelineOmitted: status.timelineOmitted,
    alerts: status.alerts,
    exceptionCounts: status.exceptionCounts,
    lastAttestation: status.lastAttestation ? { ...status.lastAttestation, by: by(status.lastAttestation.by) } : null,
  };
}

export function rejectUnsafeText(value: unknown, path: string): void {
  const paths = unsafeTextPaths(value, path);
  if (paths.length > 0) {
    throw invalid(
      `Text must not contain control, bidirectional-override or invisible characters (${paths.slice(0, 5).join(', ')}).`,
      paths.slice(0, 20).map((p) => ({ path: p, message: 'must not contain control, bidirectional-override or invisible characters' })),
    );
  }
}

/** Names the payload field to blame when a derived document overflows on a day. */
export type FieldOfDay = (day: CalendarDate) => string;

/** The field to name when a document overflows on `day`: the change dated that day, else the list. */
export function fieldForDay(list: string, changes: readonly object[], day: CalendarDate): string {
  const index = changes.findIndex((c) => (c as { on?: unknown }).on === day);
  return index >= 0 ? `${list}[${index}].on` : list;
}

function tooLarge(error: DerivedTooLarge, fieldOfDay: FieldOfDay): AppError {
  const path = fieldOfDay(error.day);
  return invalid(`Refused: ${error.message} Record fewer include/exclude entries or shorter notice texts.`, [
    { path, message: `from ${error.day} ${error.document} would need ${error.bytes} bytes` },
  ]);
}

/** Derives, turning a document that would not fit into INVALID naming the field and the day. */
export function fitsOrRefuse<T>(fieldOfDay: FieldOfDay, derive: () => T): T {
  try {
    return derive();
  } catch (error) {
    if (error instanceof DerivedTooLarge) throw tooLarge(error, fieldOfDay);
    throw error;
  }
}

/** Refuses a write after which a derived document would overflow on a future day. */
export function fitsAhead(fieldOfDay: FieldOfDay, input: FutureLimitInput): void {
  const overflow = futureOverflow(input);
  if (overflow) throw tooLarge(overflow, fieldOfDay);
}

type DeriveBase = Pick<Snapshot, 'status' | 'settings' | 'external'>;

/** The derived documents at `at` for `compiled` at `head`, with the snapshot's settings unless others are given. */
export function deriveAt(snapshot: DeriveBase, compiled: Compiled, head: Head, at: Date, settings: NoticeSettings = snapshot.settings): DerivedState {
  const day = dayOf(at);
  return deriveState({ compiled, day, now: at, head, settings, external: snapshot.external, transitionsThrough: trustedThrough(snapshot.status, day) });
}

export interface AppendOptions {
  at: Date;
  /** The author; null records the system. */
  accountId: string | null;
  origin: HistoryOrigin;
  /** The compiled profile after the new entries. */
  compile: (entries: readonly HistoryEntry[]) => Compiled;
  /** When set, a document that would not fit today (or, with `checkAhead`, on a later day) is refused naming this field. */
  fieldOfDay?: FieldOfDay;
  checkAhead?: boolean;
  /** Write every shard, not only the changed ones (a rebuild). */
  allShards?: boolean;
}

export interface Appended {
  entries: HistoryEntry[];
  newHead: Head;
  derived: DerivedState;
  /** The pseudonym map after naming the author, when it gained someone. */
  people?: PeopleDoc;
  plan: CommitPlan & Required<Pick<CommitPlan, 'entries' | 'newHead' | 'status' | 'shards'>>;
}

/** Chains `records` after the snapshot's head and derives the documents from the new head: the plan of every chained write. */
export function appendRecords(snapshot: Snapshot | WriteSnapshot, records: readonly HistoryRecord[], options: AppendOptions): Appended {
  const { at } = options;
  // The history names a pseudonym; the account ID stays in the erasable map (./people).
  const author = options.accountId !== null ? pseudonymFor(snapshot.people, options.accountId, at.toISOString()) : { pseudonym: 'system' };
  const people = 'people' in author ? author.people : undefined;
  const { entries, newHead } = buildEntries(snapshot.head, records, { recordedAt: at.toISOString(), recordedBy: author.pseudonym, origin: options.origin });
  const compiled = options.compile(entries);
  const fieldOfDay = options.fieldOfDay;
  const derived = fieldOfDay ? fitsOrRefuse(fieldOfDay, () => deriveAt(snapshot, compiled, newHead, at)) : deriveAt(snapshot, compiled, newHead, at);
  if (fieldOfDay && options.checkAhead) {
    fitsAhead(fieldOfDay, {
      compiled,
      today: dayOf(at),
      settings: snapshot.settings,
      external: snapshot.external,
      head: newHead,
      now: at,
      statusBytesToday: serialisedBytes(derived.status),
    });
  }
  return {
    entries,
    newHead,
    derived,
    ...(people ? { people } : {}),
    plan: {
      head: snapshot.head,
      entries,
      newHead,
      status: derived.status,
      shards: options.allShards ? derived.shards : changedShards(derived.shards, snapshot.shards),
      ...(people ? { people } : {}),
    },
  };
}
