/**
 * Names, versions and migrations of the stored documents the page-view function reads (notice shards, concerns).
 * Moved out of ./documents (whose NOTICE_SHARD and CONCERN add the zod schema to these) so that function's
 * readers (./public-repository) migrate with the very same steps, without zod.
 */
import { addDays } from '../policy/dates';
import type { DocVersions } from './versioned';

/**
 * Version 1 kept only the mode per space and no space-level dates; version 2
 * adds each entry's `since`, the retraining deadline, app access facts and the
 * next day the status can change. A migrated shard claims nothing it did not
 * know: no dates, and its status holds only for the day it was computed.
 */
export const NOTICE_SHARD_VERSIONS: DocVersions = {
  name: 'notice shard',
  current: 2,
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
