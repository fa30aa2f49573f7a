/** The canonical order of a profile's events: the order they were written in never matters. */
import type { ProfileEvent } from './profile';

/** Events of one day in a canonical order, so the order they were written in never matters. */
const TYPE_RANK: Record<ProfileEvent['type'], number> = {
  terminated: 0,
  removed: 1,
  plan: 2,
  trial: 3,
  exclusion: 4,
  setting: 5,
  scope: 6,
};

/** Every field of a (strict) event in a fixed order: equal keys mean identical events. */
function canonicalKey(e: ProfileEvent): string {
  switch (e.type) {
    case 'plan':
      return `${e.product}\u0000${e.plan}`;
    case 'trial':
      return `${e.product}\u0000${e.plan}\u0000${e.endsOn}\u0000${e.then}\u0000${e.migration === true}`;
    case 'removed':
      return e.product;
    case 'terminated':
      return '';
    case 'exclusion':
      return `${e.reason}\u0000${e.active}`;
    case 'setting':
      return `${e.setting}\u0000${e.value}`;
    case 'scope':
      return `${e.target.kind}\u0000${e.target.key}\u0000${e.mode}`;
  }
}

/**
 * Sorts by date, then canonically within a day. Within a day "off" sorts before
 * "on", so two contradicting settings recorded on one day end "on": the
 * conservative reading for a compliance tool (a note says so).
 */
export function orderEvents(events: readonly ProfileEvent[]): ProfileEvent[] {
  const keyed = events.map((event) => ({ event, key: `${event.on}${TYPE_RANK[event.type]}${canonicalKey(event)}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.event);
}
