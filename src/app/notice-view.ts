/**
 * What a notice and the space page show, from one notice shard: the space's verdict, its dates, the day the
 * status is vouched for, and whether a notice shows. Moved out of ./derive (which re-exports them) so the
 * page-view function carries none of the policy engine: only src/policy/space.ts's one-space rule.
 */
import type { CalendarDate } from '../policy/dates';
import { addDays } from '../policy/dates';
import { spaceDeadlines, spaceInAppStatus, type SpaceDeadlines, type SpaceLookup, type SpaceVerdict } from '../policy/space';
import type { Exception } from '../policy/types';
import type { NoticeMode } from '../shared/contract';
import type { NoticeShard, NoticeSummary, SpaceEntry } from '../storage/documents';
import { lookupEntry } from '../storage/space-index';

/** A space's include/exclude entry in a notice shard (own, packed entries only). */
export function shardEntry(shard: NoticeShard | undefined, key: string): SpaceEntry | undefined {
  return shard ? lookupEntry(shard.entries, key) : undefined;
}

/** The in-app status of one space from a notice shard (the engine's own one-space rule). */
export function spaceVerdict(org: NoticeSummary, space: { key: string; app: string }, entry: SpaceEntry | undefined): SpaceVerdict {
  const lookup: SpaceLookup = {
    excluded: org.excluded,
    inAppData: {
      status: org.inAppData.status,
      ...(org.inAppData.projected ? { projected: org.inAppData.projected } : {}),
      locked: false,
      since: org.inAppData.since,
      reasons: [],
      exceptions: [],
    },
    apps: org.apps,
  };
  return spaceInAppStatus(lookup, space, spaceException(space.key, entry));
}

/** The stored entry as the engine's Exception (with the day it took effect, when known). */
export function spaceException(key: string, entry: SpaceEntry | undefined): Exception | null {
  return entry ? { kind: 'space', key, mode: entry.mode, ...(entry.since ? { since: entry.since } : {}) } : null;
}

/** A space's own dates (R38–R40) from a notice shard: an exclusion of its own stops it on its own day. */
export function spaceDates(org: NoticeSummary, verdict: SpaceVerdict, key: string, entry: SpaceEntry | undefined): SpaceDeadlines {
  return spaceDeadlines(
    {
      inAppData: { status: org.inAppData.status, locked: false, since: org.inAppData.since, reasons: [], exceptions: [] },
      deadlines: { inAppRemovalBy: org.inAppRemovalBy, modelsRetrainedBy: org.modelsRetrainedBy, reviewWindowEndsOn: null },
    },
    verdict,
    spaceException(key, entry),
  );
}

/**
 * The day a shard's status is vouched for on `today`: the status computed for
 * `org.day` holds until `nextChangeOn`, and the daily check rewrites a shard
 * whose status or next change date moves, so a shard it left alone still holds.
 */
export function statusDay(org: NoticeSummary, today: CalendarDate): CalendarDate {
  if (today <= org.day) return org.day;
  if (org.nextChangeOn !== null && today >= org.nextChangeOn) return addDays(org.nextChangeOn, -1) < org.day ? org.day : addDays(org.nextChangeOn, -1);
  return today;
}

/** Whether a notice in `mode` shows for a space with this verdict (the banner's space property follows the same rule). */
export function noticeShows(mode: NoticeMode, verdict: SpaceVerdict): boolean {
  const contributes = verdict.status === 'contributing' || verdict.projected === 'contributing';
  return mode === 'everywhere' || (mode === 'contributed-only' && contributes);
}
