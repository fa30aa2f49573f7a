/**
 * `contribution-lens verify BUNDLE.json [--anchor LINE]`: checks an evidence
 * bundle offline. The chain is recomputed from the entries (each hash, each
 * link, the head), the bundle's digest is recomputed, and with --anchor the
 * history must pass through the kept entry with the kept hash: a history
 * rewritten consistently since the anchor was kept fails here.
 */
import { extendsAnchor, parseAnchor } from '../storage/anchor';
import { HISTORY_ENTRY, type HistoryEntry } from '../storage/documents';
import { GENESIS_HASH, canonicalJson, entryHash, sha256Hex } from '../storage/hash-chain';
import { readVersioned } from '../storage/versioned';

export interface BundleVerdict {
  ok: boolean;
  /** One line per check, plain ASCII (nothing from the bundle is echoed except numbers and hashes). */
  lines: string[];
}

const hex = (value: unknown): string | null => (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value) ? value : null);
const safe = (value: unknown): string => (typeof value === 'string' && /^[A-Za-z0-9-]{1,128}$/.test(value) ? value : 'unknown');

export function verifyBundle(raw: unknown, anchorText?: string): BundleVerdict {
  const lines: string[] = [];
  const fail = (line: string): BundleVerdict => ({ ok: false, lines: [...lines, `FAIL ${line}`] });
  const bundle = raw as { format?: unknown; site?: unknown; history?: { headSeq?: unknown; headHash?: unknown; sha256?: unknown; entries?: unknown } } | null;
  if (!bundle || typeof bundle !== 'object' || bundle.format !== 'contribution-lens-evidence' || !bundle.history || !Array.isArray(bundle.history.entries)) {
    return fail('not a Contribution Lens evidence bundle (format "contribution-lens-evidence" with history.entries)');
  }
  const entries: HistoryEntry[] = [];
  for (const [i, rawEntry] of (bundle.history.entries as unknown[]).entries()) {
    try {
      entries.push(readVersioned(HISTORY_ENTRY, rawEntry));
    } catch {
      return fail(`history.entries[${i}] is not a history entry`);
    }
  }
  let prev = GENESIS_HASH;
  for (const [i, entry] of entries.entries()) {
    if (entry.seq !== i + 1) return fail(`history.entries[${i}] is entry ${entry.seq}, expected ${i + 1}`);
    if (entry.prevHash !== prev) return fail(`entry ${entry.seq} does not follow entry ${entry.seq - 1}`);
    if (entryHash(entry) !== entry.hash) return fail(`entry ${entry.seq} was modified after it was recorded (hash mismatch)`);
    prev = entry.hash;
  }
  lines.push(`ok   chain: ${entries.length} entries, every hash and link recomputed`);
  const headSeq = bundle.history.headSeq;
  const headHash = hex(bundle.history.headHash);
  if (headSeq !== entries.length || headHash !== prev) return fail(`the bundle's head (entry ${String(headSeq)}) is not the last entry of its chain`);
  lines.push(`ok   head: entry ${entries.length} ${prev}`);
  if (hex(bundle.history.sha256) !== sha256Hex(canonicalJson(entries))) return fail('history.sha256 does not match the entries');
  lines.push('ok   digest: history.sha256 matches the entries');
  if (anchorText !== undefined) {
    const anchor = parseAnchor(anchorText);
    if (!anchor) return fail('--anchor is not an anchor line ("contribution-lens-anchor v1 site=… entry=N head=…")');
    const site = bundle.site === null || bundle.site === undefined ? null : safe(bundle.site);
    if (anchor.site !== null && site !== null && anchor.site !== site)
      return fail(`the anchor was kept for site ${anchor.site}, the bundle is for site ${site}`);
    const reason = extendsAnchor(entries, anchor);
    if (reason) return fail(`anchor: ${reason}`);
    lines.push(`ok   anchor: the history extends the kept entry ${anchor.seq}`);
  }
  return { ok: true, lines };
}
