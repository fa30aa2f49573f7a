/**
 * The include/exclude entries of a notice shard, packed so that a shard holds
 * tens of thousands of them whatever the length of the space keys: each entry is
 * the first 48 bits of SHA-256 of its space key (8 base64url characters), and the
 * hashes are concatenated per (mode, since) group. A reader hashes its own key
 * and finds it in the same single read; keys never appear in the shard.
 *
 * 100,000 entries take 800,000 bytes of hashes, about 100 KB per shard of eight.
 * A false match needs another space's key to share 48 bits with a listed one
 * (about 1 in 2.8 × 10^9 per lookup at 100,000 entries); two listed keys that
 * share a hash are refused when the shards are built.
 */
import { createHash } from 'node:crypto';

export const HASH_CHARS = 8;

export interface PackedEntry {
  mode: 'include' | 'exclude';
  since?: string;
}

export function spaceKeyHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest().subarray(0, 6).toString('base64url');
}

const groupOf = (entry: PackedEntry) => `${entry.mode}|${entry.since ?? ''}`;

function entryOf(group: string): PackedEntry | undefined {
  const [mode, since] = group.split('|');
  if (mode !== 'include' && mode !== 'exclude') return undefined;
  return since ? { mode, since } : { mode };
}

/** Packs entries by group, hashes sorted, so equal content packs to equal JSON. Throws on two keys with one hash. */
export function packEntries(entries: Iterable<readonly [string, PackedEntry]>): Record<string, string> {
  const groups = new Map<string, string[]>();
  const seen = new Map<string, string>();
  for (const [key, entry] of entries) {
    const hash = spaceKeyHash(key);
    const other = seen.get(hash);
    if (other !== undefined && other !== key) throw new SpaceHashCollision(other, key);
    seen.set(hash, key);
    const group = groupOf(entry);
    const list = groups.get(group) ?? [];
    list.push(hash);
    groups.set(group, list);
  }
  const out: Record<string, string> = {};
  for (const group of [...groups.keys()].sort()) out[group] = (groups.get(group) as string[]).sort().join('');
  return out;
}

/** The entry of `key` in packed entries; only own properties are read (no Object.prototype lookups). */
export function lookupEntry(packed: Readonly<Record<string, string>>, key: string): PackedEntry | undefined {
  const hash = spaceKeyHash(key);
  for (const [group, hashes] of Object.entries(packed)) {
    for (let at = hashes.indexOf(hash); at !== -1; at = hashes.indexOf(hash, at + 1)) {
      if (at % HASH_CHARS === 0) return entryOf(group);
    }
  }
  return undefined;
}

/** Every entry by hash (admin lists and the banner sync look keys up in it). */
export function unpackByHash(packed: Readonly<Record<string, string>>, into = new Map<string, PackedEntry>()): Map<string, PackedEntry> {
  for (const [group, hashes] of Object.entries(packed)) {
    const entry = entryOf(group);
    if (!entry) continue;
    for (let at = 0; at + HASH_CHARS <= hashes.length; at += HASH_CHARS) into.set(hashes.slice(at, at + HASH_CHARS), entry);
  }
  return into;
}

export class SpaceHashCollision extends Error {
  override readonly name = 'SpaceHashCollision';
  constructor(
    readonly first: string,
    readonly second: string,
  ) {
    super(`space keys "${first.slice(0, 60)}" and "${second.slice(0, 60)}" share a 48-bit hash; they cannot both have an include/exclude entry`);
  }
}
