/** Geometry of the timeline chart (pure, so it is unit-tested without a browser). */
import type { TimelineEntry } from '../../../src/policy/types';

export const WIDTH = 800;
export const AXIS_Y = 150;
export const LEFT = 24;
export const RIGHT = WIDTH - 24;
export const LEVEL_GAP = 30;
export const MARKER_R = 10;

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Share of the width for the busy part of the timeline; the long tail to retention end gets the rest. */
const MAIN_SHARE = 0.8;
const TAIL_GAP_DAYS = 60;

export interface TimeScale {
  x: (date: string) => number;
  /** x of the axis break, when the tail is compressed. */
  breakX: number | null;
  ticks: { date: string; label: 'month' | 'year' }[];
}

function monthStarts(from: number, to: number): string[] {
  const out: string[] = [];
  const d = new Date(from * DAY_MS);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth() + 1;
  for (;;) {
    if (m > 11) {
      m = 0;
      y++;
    }
    const day = Date.UTC(y, m, 1) / DAY_MS;
    if (day > to) return out;
    out.push(new Date(day * DAY_MS).toISOString().slice(0, 10));
    m++;
  }
}

/**
 * Stops and deadlines crowd a few months while retention ends years later: the
 * busy part gets most of the width at a linear scale, the tail is compressed
 * behind a visible axis break, so no date sits at a misleading position within its part.
 */
export function makeScale(first: string, last: string, busyEnd: string): TimeScale {
  const start = dayNumber(first);
  const end = dayNumber(last);
  const split = Math.min(end, dayNumber(busyEnd) + TAIL_GAP_DAYS);
  const width = RIGHT - LEFT;
  const hasTail = end - split > TAIL_GAP_DAYS;
  const mainWidth = hasTail ? width * MAIN_SHARE : width;
  const mainSpan = Math.max(1, (hasTail ? split : end) - start);
  const x = (date: string) => {
    const d = dayNumber(date);
    if (!hasTail || d <= split) return LEFT + (mainWidth * (d - start)) / mainSpan;
    return LEFT + mainWidth + ((width - mainWidth) * (d - split)) / Math.max(1, end - split);
  };
  const months = monthStarts(start, hasTail ? split : end);
  const step = months.length > 14 ? 3 : 1;
  const ticks: TimeScale['ticks'] = months.filter((m) => (Number(m.slice(5, 7)) - 1) % step === 0).map((date) => ({ date, label: 'month' }));
  if (hasTail) {
    for (let year = new Date(split * DAY_MS).getUTCFullYear() + 1; year <= new Date(end * DAY_MS).getUTCFullYear(); year++)
      ticks.push({ date: `${year}-01-01`, label: 'year' });
  }
  return { x, breakX: hasTail ? LEFT + mainWidth : null, ticks };
}

export interface Placed {
  entry: TimelineEntry;
  number: number;
  x: number;
  level: number;
}

/** Puts each numbered marker on the lowest row where it does not overlap its neighbour. */
export function placeMarkers(entries: readonly TimelineEntry[], scale: (date: string) => number): Placed[] {
  const lastXByLevel: number[] = [];
  return entries.map((entry, i) => {
    const x = scale(entry.on);
    let level = 0;
    while (lastXByLevel[level] !== undefined && x - (lastXByLevel[level] as number) < MARKER_R * 2 + 4) level++;
    lastXByLevel[level] = x;
    return { entry, number: i + 1, x, level };
  });
}
