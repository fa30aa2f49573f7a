import fc from 'fast-check';
import type { TimelineEntry } from '../../src/policy/types';
import { LEFT, makeScale, MARKER_R, placeMarkers, RIGHT } from '../../static/src/admin/timelineScale';

const entry = (on: string): TimelineEntry => ({ on, kind: 'setting-changed', text: '', confidence: 'documented' });
const isoDay = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

describe('timeline scale', () => {
  it('maps the first and last date to the ends and keeps date order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 4000 }), { minLength: 2, maxLength: 30 }), fc.integer({ min: 0, max: 4000 }), (offsets, busy) => {
        const days = [...offsets].sort((a, b) => a - b).map(isoDay);
        const first = days[0]!;
        const last = days[days.length - 1]!;
        const busyEnd = isoDay(Math.min(Math.max(busy, offsets[0]!), offsets[offsets.length - 1]!));
        const scale = makeScale(first, last, busyEnd < first ? first : busyEnd);
        expect(scale.x(first)).toBeCloseTo(LEFT);
        expect(scale.x(last)).toBeCloseTo(RIGHT);
        const xs = days.map(scale.x);
        for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
      }),
    );
  });

  it('breaks the axis when retention ends years after the busy months', () => {
    const scale = makeScale('2026-05-19', '2033-08-17', '2026-10-10');
    expect(scale.breakX).not.toBeNull();
    // The busy part keeps most of the width.
    expect(scale.x('2026-10-10')).toBeLessThan(scale.breakX!);
    expect(scale.breakX! - LEFT).toBeGreaterThan((RIGHT - LEFT) / 2);
    expect(scale.ticks.some((t) => t.label === 'year' && t.date === '2033-01-01')).toBe(true);
    expect(makeScale('2026-05-19', '2026-10-10', '2026-10-10').breakX).toBeNull();
  });

  it('stacks markers that would overlap and leaves distant ones on the axis row', () => {
    const scale = makeScale('2026-01-01', '2026-12-31', '2026-12-31');
    const placed = placeMarkers([entry('2026-01-01'), entry('2026-01-01'), entry('2026-01-02'), entry('2026-07-01')], scale.x);
    expect(placed.map((p) => p.level)).toEqual([0, 1, 2, 0]);
    expect(placed.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    for (const level of [0, 1, 2]) {
      const row = placed.filter((p) => p.level === level).map((p) => p.x);
      for (let i = 1; i < row.length; i++) expect(row[i]! - row[i - 1]!).toBeGreaterThanOrEqual(MARKER_R * 2);
    }
  });
});
