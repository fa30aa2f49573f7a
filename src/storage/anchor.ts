/**
 * The anchor an auditor keeps outside the app's storage: one line naming the
 * site, a history entry and its hash. A history rewritten consistently inside
 * storage (entries, hashes and head recomputed) verifies on its own, but no
 * longer extends a kept anchor: the entry at that seq has another hash.
 */
import { GENESIS_HASH, entryHash } from './hash-chain';

export interface Anchor {
  /** The site's cloud id; null when the bundle did not know it. */
  site: string | null;
  seq: number;
  hash: string;
}

const PREFIX = 'contribution-lens-anchor v1';
const LINE = /^contribution-lens-anchor v1 site=(\S{1,128}) entry=(\d{1,10}) head=([0-9a-f]{64})$/;

export function anchorLine(anchor: Anchor): string {
  return `${PREFIX} site=${anchor.site ?? 'unknown'} entry=${anchor.seq} head=${anchor.hash}`;
}

/** The anchor in a kept line, or null when the line is not one. */
export function parseAnchor(line: string): Anchor | null {
  const m = LINE.exec(line.trim());
  if (!m) return null;
  return { site: m[1] === 'unknown' ? null : (m[1] as string), seq: Number(m[2]), hash: m[3] as string };
}

interface ChainEntry {
  seq: number;
  prevHash: string;
  hash: string;
}

/**
 * Whether `entries` (the whole history in seq order, each carrying its hash) form
 * one chain that passes through the anchor. Null when it does; else the reason.
 */
export function extendsAnchor(entries: readonly ChainEntry[], anchor: Anchor): string | null {
  if (anchor.seq === 0) return anchor.hash === GENESIS_HASH ? null : 'entry 0 is the empty history and has the all-zero hash';
  let prev = GENESIS_HASH;
  for (const [i, entry] of entries.entries()) {
    if (entry.seq !== i + 1) return `entry ${i + 1} is missing`;
    if (entry.prevHash !== prev || entryHash(entry as never) !== entry.hash) return `the chain is broken at entry ${entry.seq}`;
    if (entry.seq === anchor.seq) {
      return entry.hash === anchor.hash
        ? null
        : `entry ${anchor.seq} has hash ${entry.hash}, not the kept ${anchor.hash}: the history was rewritten since the anchor was kept`;
    }
    prev = entry.hash;
  }
  return `the history ends at entry ${entries.length}, before the kept entry ${anchor.seq}: entries were removed since the anchor was kept`;
}
