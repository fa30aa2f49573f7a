/**
 * Names, versions and migrations of the stored documents the page-view function reads (notice shards, concerns).
 * Moved out of ./documents (whose NOTICE_SHARD and CONCERN add the generated check to these) so that function's
 * readers (./public-repository) migrate with the very same steps, without zod.
 */
import { addDays } from '../policy/dates';
import { packEntries, type PackedEntry } from './space-index';
import type { DocVersions } from './versioned';

/** A version 2 space entry as its schema accepted it; anything else is dropped when packing. */
function spaceEntryOf(entry: unknown): PackedEntry | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { mode, since, ...rest } = entry as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || (mode !== 'include' && mode !== 'exclude')) return null;
  if (since === undefined) return { mode };
  return typeof since === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(since) ? { mode, since } : null;
}

/**
 * Version 1 kept only the mode per space and no space-level dates; version 2
 * adds each entry's `since`, the retraining deadline, app access facts and the
 * next day the status can change. A migrated shard claims nothing it did not
 * know: no dates, and its status holds only for the day it was computed.
 */
export const NOTICE_SHARD_VERSIONS: DocVersions = {
  name: 'notice shard',
  current: 3,
  migrations: {
    1: (doc) => {
      const spaces = (doc.spaces ?? {}) as Record<string, unknown>;
      const org = (doc.org ?? {}) as Record<string, unknown>;
      const day = typeof org.day === 'string' ? org.day : undefined;
      return {
        ...doc,
        spaces: Object.fromEntries(Object.entries(spaces).map(([key, mode]) => [key, { mode }])),
        org: { ...org, modelsRetrainedBy: null, accessBlocked: null, nextChangeOn: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? addDays(day, 1) : null },
      };
    },
    /** Version 2 listed space keys; version 3 packs their hashes (./space-index) so 100,000 entries fit. */
    2: (doc) => {
      const { spaces, ...rest } = doc;
      const valid = Object.entries((spaces ?? {}) as Record<string, unknown>).flatMap(([key, entry]) => {
        const parsed = spaceEntryOf(entry);
        return parsed ? [[key, parsed] as const] : [];
      });
      return { ...rest, entries: packEntries(valid) };
    },
  },
};

/** Version 1 had no kind: every concern was a general one (requests were worded into the message). */
export const CONCERN_VERSIONS: DocVersions = {
  name: 'concern',
  current: 2,
  migrations: {
    1: (doc) => ({ ...doc, details: { ...((doc.details ?? {}) as Record<string, unknown>), kind: 'concern' } }),
  },
};
