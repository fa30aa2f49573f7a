/** The profile cache as stored: the compiled profile's JSON split over values that each fit the storage limit. */
import type { Head, ProfileCacheDoc, ProfileCachePartDoc } from './documents';
import { KVS_LIMITS } from './limits';
import type { TxOp } from './port';
import { KEYS } from './public-repository';

export interface ProfileCacheWrite {
  doc: ProfileCacheDoc;
  parts: ProfileCachePartDoc[];
}

export function cacheOps(cache: ProfileCacheWrite): TxOp[] {
  return [
    { op: 'set', key: KEYS.profileCache, value: cache.doc },
    ...cache.parts.map((part): TxOp => ({ op: 'set', key: KEYS.profileCachePart(part.index), value: part })),
  ];
}

/** Characters of cache data per stored value: even at 3 UTF-8 bytes a character it stays under the 240 KiB limit. */
export const CACHE_PART_CHARS = Math.floor((KVS_LIMITS.valueBytes - 4_096) / 3);

/** Splits serialised cache data into the main document and its parts. */
export function profileCacheWrite(head: Head, data: string): ProfileCacheWrite {
  const pieces: string[] = [];
  let start = 0;
  do {
    let end = Math.min(data.length, start + CACHE_PART_CHARS);
    // Never split a surrogate pair across two values.
    const last = data.charCodeAt(end - 1);
    if (end < data.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(data.slice(start, end));
    start = end;
  } while (start < data.length);
  const [first, ...rest] = pieces as [string, ...string[]];
  return {
    doc: { schemaVersion: 1, headSeq: head.seq, headHash: head.hash, parts: pieces.length, data: first },
    parts: rest.map((piece, i) => ({ schemaVersion: 1, headSeq: head.seq, headHash: head.hash, index: i + 1, data: piece })),
  };
}
