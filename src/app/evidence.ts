/** Evidence exports: a JSON bundle with a SHA-256 over the history, and CSVs safe to open in a spreadsheet. */
import type { OrgProfile } from '../policy/profile';
import type { Evaluation } from '../policy/types';
import type { SpaceRow } from '../shared/contract';
import type { HistoryEntry } from '../storage/documents';
import { anchorLine } from '../storage/anchor';
import { canonicalJson, sha256Hex, type ChainCheck } from '../storage/hash-chain';

/**
 * One CSV cell. Cells a spreadsheet would read as a formula (= + - @, or a
 * leading tab/CR) get a leading apostrophe (OWASP CSV injection guidance);
 * every cell is quoted.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** File names: letters, digits, dot, dash and underscore only. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 120);
  return cleaned === '' ? 'export' : cleaned;
}

/** `by` resolves the pseudonyms the history names to account IDs (or "erased-account"). */
export function historyCsv(entries: readonly HistoryEntry[], by: (id: string) => string = (id) => id): string {
  const rows: unknown[][] = [];
  for (const entry of entries) {
    entry.records.forEach((record, index) => {
      const type = record.kind === 'event' ? record.event.type : record.kind === 'transition' ? record.code : '';
      const on = record.kind === 'event' ? record.event.on : record.kind === 'transition' ? (record.on ?? '') : '';
      const { kind: _kind, ...details } = record;
      rows.push([entry.seq, index, entry.recordedAt, by(entry.recordedBy), entry.origin, record.kind, type, on, details, entry.hash]);
    });
  }
  return csv(['seq', 'index', 'recordedAt', 'recordedBy', 'origin', 'kind', 'type', 'on', 'details', 'entryHash'], rows);
}

export function spacesCsv(rows: readonly SpaceRow[]): string {
  return csv(
    ['product', 'app', 'key', 'name', 'inAppData', 'projected', 'mode', 'openConcerns'],
    rows.map((r) => [r.product, r.app, r.key, r.name, r.status, r.projected ?? '', r.mode, r.openConcerns]),
  );
}

export const EVIDENCE_FORMAT = 'contribution-lens-evidence';

/** SHA-256 over the canonical JSON of the entries, in seq order: recomputable by anyone from the bundle. */
export function historyDigest(entries: readonly HistoryEntry[]): string {
  return sha256Hex(canonicalJson(entries));
}

export function evidenceBundle(input: {
  generatedAt: string;
  generatedBy: string;
  siteId: string | null;
  profile: OrgProfile;
  evaluation: Evaluation;
  entries: readonly HistoryEntry[];
  chain: ChainCheck;
  headSeq: number;
  headHash: string;
  /** Pseudonym → account ID of the history's authors still known (erased ones are absent); outside the hashed entries. */
  actors?: Record<string, string>;
}): string {
  const anchor = { site: input.siteId, seq: input.headSeq, hash: input.headHash };
  return JSON.stringify(
    {
      format: EVIDENCE_FORMAT,
      version: 1,
      generatedAt: input.generatedAt,
      generatedBy: input.generatedBy,
      site: input.siteId,
      /**
       * The one line to keep outside the app (with the export's SHA-256): `contribution-lens verify`
       * and the admin page's "check a kept head hash" prove that a later history still extends it.
       */
      anchor: { line: anchorLine(anchor), site: anchor.site, headSeq: anchor.seq, headHash: anchor.hash },
      policyVersion: input.evaluation.policyVersion,
      profile: input.profile,
      evaluation: input.evaluation,
      history: {
        headSeq: input.headSeq,
        headHash: input.headHash,
        intact: input.chain.intact,
        firstBroken: input.chain.firstBroken,
        digestAlgorithm: 'SHA-256 over canonical JSON (sorted keys) of the entries array',
        sha256: historyDigest(input.entries),
        entries: input.entries,
        actors: input.actors ?? {},
      },
    },
    null,
    2,
  );
}
