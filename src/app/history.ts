/** Reading the history: the admin page's list and the chain check. */
import type { HistoryRecord, HistoryRow } from '../shared/contract';
import type { HistoryEntry } from '../storage/documents';
import { allConcerns, concernCheck } from './concerns';
import type { AppContext } from './context';
import { invalid } from './errors';
import { pseudonymOfAccount, resolver } from './people';
import type { AdminOperations } from './service';

const HISTORY_SCAN_PAGES = 20;

function recordMatches(record: HistoryRecord, type: string | undefined): boolean {
  if (!type) return true;
  return record.kind === type || (record.kind === 'event' && record.event.type === type);
}

function parseRowCursor(cursor: string | undefined): { seq: number; index: number } | null {
  if (!cursor) return null;
  const m = /^(\d{1,10})\.(\d{1,4})$/.exec(cursor);
  if (!m) throw invalid('cursor is not a history cursor', [{ path: 'cursor', message: 'is not a history cursor' }]);
  return { seq: Number(m[1]), index: Number(m[2]) };
}

export function createHistoryOps(ctx: AppContext): Pick<AdminOperations, 'listHistory' | 'verifyHistory'> {
  const { repo } = ctx;
  return {
    async listHistory(_caller, payload) {
      const limit = payload.limit ?? 50;
      const filter = payload.filter ?? {};
      const position = parseRowCursor(payload.cursor);
      const rows: HistoryRow[] = [];
      let inner: string | undefined;
      let lastSeq: number | null = null;
      const people = await repo.people();
      const by = resolver(people);
      // Entries name pseudonyms: filter by the account's pseudonym (entries from before pseudonyms name the account ID).
      const actor = filter.actor !== undefined ? (pseudonymOfAccount(people, filter.actor) ?? filter.actor) : undefined;
      for (let scanned = 0; scanned < HISTORY_SCAN_PAGES; scanned++) {
        const page = await repo.entriesPage({
          sort: 'DESC',
          ...(actor !== undefined ? { actor } : {}),
          ...(filter.origin !== undefined ? { origin: filter.origin } : {}),
          ...(position ? { seqRange: { condition: 'LESS_THAN_EQUAL_TO', values: [position.seq] } } : {}),
          ...(inner ? { cursor: inner } : {}),
        });
        for (const entry of page.entries) {
          const day = entry.recordedAt.slice(0, 10);
          // Newest first: once before `from`, everything after is older still.
          if (filter.from && day < filter.from) return { rows, nextCursor: null };
          lastSeq = entry.seq;
          if (filter.to && day > filter.to) continue;
          for (let index = entry.records.length - 1; index >= 0; index--) {
            if (position && entry.seq === position.seq && index >= position.index) continue;
            const rec = entry.records[index] as HistoryRecord;
            if (!recordMatches(rec, filter.type)) continue;
            rows.push({ seq: entry.seq, index, recordedAt: entry.recordedAt, recordedBy: by(entry.recordedBy), origin: entry.origin, record: rec });
            if (rows.length >= limit) return { rows, nextCursor: `${entry.seq}.${index}` };
          }
        }
        inner = page.nextCursor;
        if (!inner) return { rows, nextCursor: null };
      }
      // Scan budget used up on a selective filter: continue before the last entry scanned.
      return { rows, nextCursor: lastSeq !== null && lastSeq > 1 ? `${lastSeq}.0` : null };
    },

    async verifyHistory() {
      // Reads in a safe order and repeats when a commit lands meanwhile (no false alarm while others write).
      let entries: HistoryEntry[] = [];
      const { head, ...check } = await repo.verifyHistory((read) => (entries = read));
      const seq = head?.seq ?? 0;
      // Concerns against the digests the history chained for them.
      const concerns = concernCheck(entries, await allConcerns(repo));
      return { ...check, headSeq: seq, headHash: head && seq > 0 ? head.hash : null, concerns };
    },
  };
}
