/**
 * The history hash chain. Each entry's hash is SHA-256 over the canonical JSON
 * of the entry without its hash; each entry names the previous entry's hash,
 * so editing, deleting or reordering any entry breaks the chain at that entry.
 */
import { createHash } from 'node:crypto';
import type { HistoryEntry, Head } from './documents';
import { canonicalJson } from '../shared/canonical-json';

// Moved to src/shared/canonical-json.ts (the page-view function needs it without the chain); re-exported here.
export { canonicalJson };

export const GENESIS_HASH = '0'.repeat(64);

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function entryHash(entry: Omit<HistoryEntry, 'hash'> | HistoryEntry): string {
  const { hash: _ignored, ...rest } = entry as HistoryEntry;
  return sha256Hex(canonicalJson(rest));
}

export function sealEntry(draft: Omit<HistoryEntry, 'hash'>): HistoryEntry {
  return { ...draft, hash: entryHash(draft) };
}

/**
 * Evidence, from a document written in the same transaction as the head, of the
 * head the app last wrote. Repository.rawEntries appends one after the stored
 * entries when it contradicts the head now stored; it is not an entry.
 */
export class HeadWitness extends Error {
  override readonly name = 'HeadWitness';
  constructor(
    readonly seq: number,
    /** The head hash the witness was written for, when it records one. */
    readonly hash: string | null,
    /** Which document, in words ("the status document"). */
    readonly source: string,
  ) {
    super(`${source} was written at history entry ${seq}`);
  }
}

export interface ChainCheck {
  intact: boolean;
  entries: number;
  records: number;
  firstBroken: { seq: number; reason: string } | null;
}

/**
 * Checks entries (read in seq order, with the key they were stored under) against
 * each other and against the head.
 */
export function verifyChain(stored: readonly { key: string; entry: HistoryEntry | Error }[], head: Head, keyOf: (seq: number) => string): ChainCheck {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let records = 0;
  let witness: HeadWitness | null = null;
  const entries = stored.filter((s) => !(s.entry instanceof HeadWitness)).length;
  const broken = (seq: number, reason: string): ChainCheck => ({ intact: false, entries, records, firstBroken: { seq, reason } });
  for (const { key, entry } of stored) {
    if (entry instanceof HeadWitness) {
      witness = entry;
      continue;
    }
    if (entry instanceof Error) return broken(expectedSeq, `entry ${key} is unreadable: ${entry.message}`);
    if (entry.seq !== expectedSeq) {
      return entry.seq > expectedSeq
        ? broken(expectedSeq, `entry ${expectedSeq} is missing (next stored entry is ${entry.seq})`)
        : broken(entry.seq, `entry ${entry.seq} appears out of order after entry ${expectedSeq - 1}`);
    }
    if (key !== keyOf(entry.seq)) return broken(entry.seq, `entry ${entry.seq} is stored under the wrong key ${key}`);
    if (entry.prevHash !== prevHash)
      return broken(
        entry.seq,
        `entry ${entry.seq} does not follow entry ${entry.seq - 1} (previous hash differs): moved, replaced or an earlier entry was removed`,
      );
    if (entryHash(entry) !== entry.hash) return broken(entry.seq, `entry ${entry.seq} was modified after it was recorded (hash mismatch)`);
    prevHash = entry.hash;
    records += entry.records.length;
    expectedSeq++;
  }
  if (head.seq !== expectedSeq - 1) {
    return head.seq > expectedSeq - 1
      ? broken(expectedSeq, `entries ${expectedSeq}–${head.seq} are missing (the head says ${head.seq} entries were recorded)`)
      : broken(head.seq + 1, `entry ${head.seq + 1} was added outside the app (the head ends at ${head.seq})`);
  }
  if (head.hash !== prevHash) return broken(head.seq, `the last entry ${head.seq} does not match the recorded head hash`);
  if (witness && witness.seq > head.seq) {
    const missing = witness.seq === head.seq + 1 ? `entry ${witness.seq} is` : `entries ${head.seq + 1}–${witness.seq} are`;
    return broken(
      head.seq + 1,
      `${missing} missing: ${witness.source} was written when the history reached entry ${witness.seq}, but the head now ends at ${head.seq} (the newest entries were deleted and the head moved back)`,
    );
  }
  if (witness && witness.seq === head.seq && witness.hash !== null && witness.hash !== head.hash) {
    return broken(
      head.seq,
      `entry ${head.seq} is not the one the app recorded: ${witness.source} was written for a head with another hash (the newest entries were replaced)`,
    );
  }
  return { intact: true, entries, records, firstBroken: null };
}
