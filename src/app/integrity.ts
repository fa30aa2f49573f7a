/**
 * Whether the derived documents (status document, notice shards) still are what
 * the app computed from the history head: each carries the head (seq + hash) it
 * was computed from, the status records a digest of every shard, and none may
 * claim a day after today. A finding means they were edited, corrupted or left
 * behind; the callers rebuild them from the history and record that they did.
 */
import type { CalendarDate } from '../policy/dates';
import type { ConcernDoc, Head, NoticeShard, StatusDoc } from '../storage/documents';
import { canonicalJson, sha256Hex } from '../storage/hash-chain';
import { NewerDocumentError, StoredDataError } from '../storage/port';
import { shardDigest } from './derive';

/** A document as read for the check: parsed, absent, or unreadable (the read error). */
export type Read<T> = T | undefined | Error;

export async function tolerantRead<T>(read: () => Promise<T | undefined>): Promise<Read<T>> {
  try {
    return await read();
  } catch (error) {
    // Transient faults are the retry layer's business, and a newer app's document is not ours to
    // rebuild: only documents that do not parse are findings.
    if (!(error instanceof StoredDataError) || error instanceof NewerDocumentError) throw error;
    return error;
  }
}

/** The readable value, or undefined (absent or unreadable). */
export const usable = <T>(value: Read<T>): T | undefined => (value instanceof Error ? undefined : value);

/** The stored status's transitionsThrough when it can be trusted (not a day after today). */
export function trustedThrough(status: StatusDoc | undefined, today: CalendarDate): CalendarDate | null {
  const through = status?.transitionsThrough ?? null;
  return through !== null && through <= today ? through : null;
}

/** What is wrong with the status document against the head and today; [] when nothing is. */
export function statusFindings(status: Read<StatusDoc>, head: Head, today: CalendarDate): string[] {
  if (status instanceof Error) return [`the status document is unreadable (${status.message})`];
  if (!status) return head.seq > 0 ? ['the status document is missing'] : [];
  const out: string[] = [];
  if (status.day > today) out.push(`the status document claims the day ${status.day}, after today (${today})`);
  if ((status.transitionsThrough ?? '') > today)
    out.push(`the status document claims transitions through ${status.transitionsThrough}, after today (${today})`);
  if (status.headSeq !== head.seq || (status.headHash !== undefined && status.headHash !== head.hash)) {
    out.push(`the status document was computed from history entry ${status.headSeq}, not from the head (entry ${head.seq})`);
  }
  return out;
}

/** What is wrong with the notice shards against the status's digests, the head and today. */
export function shardFindings(shards: readonly Read<NoticeShard>[], status: StatusDoc | undefined, head: Head, today: CalendarDate): string[] {
  const out: string[] = [];
  shards.forEach((shard, index) => {
    if (shard instanceof Error) return void out.push(`notice shard ${index} is unreadable (${shard.message})`);
    if (!shard) {
      if (status && head.seq > 0) out.push(`notice shard ${index} is missing`);
      return;
    }
    if (shard.shard !== index) out.push(`notice shard ${index} says it is shard ${shard.shard}`);
    if (shard.org.day > today) out.push(`notice shard ${index} claims the day ${shard.org.day}, after today (${today})`);
    if (shard.headSeq > head.seq || (shard.headSeq === head.seq && shard.headHash !== undefined && shard.headHash !== head.hash)) {
      out.push(`notice shard ${index} was computed from a head the history does not have (entry ${shard.headSeq})`);
    }
    const expected = status?.shardDigests?.[index];
    if (expected !== undefined && expected !== shardDigest(shard)) out.push(`notice shard ${index} differs from what was written with the status document`);
  });
  return out;
}

/** SHA-256 of a concern's canonical JSON: the history chains it when the concern is raised, answered or resolved. */
export function concernDigest(doc: ConcernDoc): string {
  return sha256Hex(canonicalJson(doc));
}

/** The transition code the app records when it rebuilt derived documents from the history. */
export const REBUILT_CODE = 'DERIVED_REBUILT';

/** The history record's text: what was found, within the record's 1,000 characters. */
export function rebuiltText(findings: readonly string[], trigger: string): string {
  const what = findings.length > 0 ? findings.join('; ') : 'nothing differed';
  const text = `Derived documents rebuilt from the verified history (${trigger}): ${what}.`;
  return text.length <= 1_000 ? text : `${text.slice(0, 997)}…`;
}
