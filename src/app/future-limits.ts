/**
 * Limits checked against the whole future of a profile at write time. A profile
 * that fits today can overflow a stored value later: include entries take effect
 * when in-app data is turned off on a future day, and from then on every daily
 * check would fail. So every write that changes the profile or the notice
 * settings derives the documents for each future day on which the status can
 * change and refuses, naming the day, when one of them would not fit.
 */
import type { CalendarDate } from '../policy/dates';
import type { NoticeSettings } from '../shared/contract';
import { KVS_LIMITS, serialisedBytes } from '../storage/limits';
import { shardOf, SHARD_COUNT } from '../storage/repository';
import { HASH_CHARS } from '../storage/space-index';
import type { ExternalFacts } from './alerts';
import type { Compiled } from './compile';
import { DerivedTooLarge, deriveState, evaluateAt, orgSummary } from './derive';

/** Future days derived in full at most; beyond it the upper bound below has to hold on its own. */
export const MAX_FUTURE_DAYS = 60;
/** Room for what the org summary gains on other days (projected statuses, apps) over today's. */
const ORG_MARGIN_BYTES = 8_192;

export interface FutureLimitInput {
  compiled: Compiled;
  today: CalendarDate;
  settings: NoticeSettings;
  external: ExternalFacts;
  head: { seq: number; hash: string };
  now: Date;
  /** Size of today's status document, when the caller has derived it. */
  statusBytesToday?: number;
}

/**
 * Below this share of the value limit today, the status document cannot outgrow it on a
 * later day: its parts that grow with the profile are capped (200 declared changes in the
 * timeline, 64 apps; space entries live in the shards).
 */
const STATUS_SAFE_SHARE = 0.5;

/** Days after today on which the evaluation can change with time alone: declared dates and timeline milestones. */
export function futureDays(input: FutureLimitInput): CalendarDate[] {
  const days = new Set<CalendarDate>();
  const consider = (on: unknown) => {
    if (typeof on === 'string' && on > input.today) days.add(on);
  };
  for (const event of input.compiled.profile.events) {
    consider(event.on);
    if (event.type === 'trial') consider(event.endsOn);
  }
  const evaluation = evaluateAt(input.compiled, input.today);
  for (const entry of evaluation.timeline) consider(entry.on);
  for (const value of Object.values(evaluation.deadlines)) consider(value);
  return [...days].sort();
}

/**
 * The largest any notice shard can get on any day: the org summary plus every
 * space key ever declared, whether or not its entry is in effect.
 */
export function shardUpperBound(input: FutureLimitInput): number {
  const keys: Set<string>[] = Array.from({ length: SHARD_COUNT }, () => new Set());
  const groups = new Set<string>();
  for (const event of input.compiled.profile.events) {
    if (event.type !== 'scope' || event.target.kind !== 'space') continue;
    (keys[shardOf(event.target.key)] as Set<string>).add(event.target.key);
    groups.add(`${event.mode}|${event.on}`);
  }
  const org = orgSummary(evaluateAt(input.compiled, input.today), input.today, input.settings, {
    accessBlocked: input.external.accessBlocked,
    accessUnchecked: input.external.accessUnchecked.map((u) => u.product),
    nextChangeOn: null,
  });
  const base = serialisedBytes(org) + ORG_MARGIN_BYTES + 200 + groups.size * 32;
  return Math.max(...keys.map((k) => base + k.size * HASH_CHARS));
}

/** The first future day on which a derived document would not fit, or null when none would. */
export function futureOverflow(input: FutureLimitInput): DerivedTooLarge | null {
  const shardsAlwaysFit = shardUpperBound(input) <= KVS_LIMITS.valueBytes;
  // Nothing can overflow on any day: skip deriving each day (at 100,000 events each costs ~0.5 s).
  if (shardsAlwaysFit && input.statusBytesToday !== undefined && input.statusBytesToday <= KVS_LIMITS.valueBytes * STATUS_SAFE_SHARE) return null;
  const days = futureDays(input);
  // The status document and, when the bound does not settle it, the shards: derived on the nearest future days.
  for (const day of days.slice(0, MAX_FUTURE_DAYS)) {
    try {
      deriveState({
        compiled: input.compiled,
        day,
        now: input.now,
        head: input.head,
        settings: input.settings,
        external: input.external,
        transitionsThrough: null,
      });
    } catch (error) {
      if (error instanceof DerivedTooLarge) return error;
      throw error;
    }
  }
  if (!shardsAlwaysFit && days.length > MAX_FUTURE_DAYS) {
    // Too many dates to derive each: refuse on the bound, from the first day not derived.
    const day = days[MAX_FUTURE_DAYS] as CalendarDate;
    return new DerivedTooLarge('a notice shard (upper bound over every declared space)', day, shardUpperBound(input), input.compiled.profile.events.length);
  }
  return null;
}
