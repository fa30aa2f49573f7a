/** Engine scale: evaluation time of generated profiles, median of several runs. */
import { evaluate } from '../src/policy/engine';
import { parseProfile } from '../src/policy/profile';
import { BENCH_AT, generateProfile } from './profiles';
import { measure, type Timing } from './timing';

export interface EngineScaleRow {
  label: string;
  events: number;
  spaceEntries: number;
  /** evaluate(profile, { at }). */
  org: Timing;
  /** evaluate(profile, { at, space }) for one space. */
  space: Timing;
  /** parseProfile (its migrations, then the generated validator over the whole profile), which imports and the CLI do. */
  parse: Timing;
  /** CPU-time ratio to the previous size and that size ratio, for the growth check. */
  growth?: { timeRatio: number; sizeRatio: number };
}

export const SCALE_SIZES: ReadonlyArray<{ events: number; spaceEntries: number }> = [
  { events: 100, spaceEntries: 0 },
  { events: 1_000, spaceEntries: 0 },
  { events: 10_000, spaceEntries: 0 },
  { events: 100_000, spaceEntries: 0 },
  { events: 10_000, spaceEntries: 10_000 },
];

/** The target, so a large organization's status computes well inside one resolver call: 10,000 events + 10,000 space entries evaluated in under this many ms. */
export const TARGET_MS = 100;

export function measureEngineScale(runs = 9): EngineScaleRow[] {
  const rows: EngineScaleRow[] = [];
  let previous: EngineScaleRow | undefined;
  for (const { events, spaceEntries } of SCALE_SIZES) {
    const profile = generateProfile(events, spaceEntries);
    const parsed = parseProfile(profile);
    if (!parsed.ok) throw new Error(`generated profile is invalid: ${parsed.issues[0]?.path} ${parsed.issues[0]?.message}`);
    const n = events >= 100_000 ? Math.max(3, Math.ceil(runs / 2)) : runs;
    const org = measure(() => evaluate(profile, { at: BENCH_AT }), n);
    const space = measure(() => evaluate(profile, { at: BENCH_AT, space: { key: spaceEntries ? 'ENTRY5' : 'SP5', app: 'confluence' } }), n);
    const parse = measure(() => parseProfile(profile), Math.min(n, 5), 1);
    const row: EngineScaleRow = {
      label: spaceEntries
        ? `${events.toLocaleString('en-US')} events + ${spaceEntries.toLocaleString('en-US')} space entries`
        : `${events.toLocaleString('en-US')} events`,
      events,
      spaceEntries,
      org,
      space,
      parse,
    };
    if (previous && spaceEntries === 0 && previous.spaceEntries === 0) {
      row.growth = { timeRatio: org.cpuMs / previous.org.cpuMs, sizeRatio: events / previous.events };
    }
    rows.push(row);
    previous = row;
  }
  return rows;
}

/**
 * Least-squares slope of log(CPU time) over log(events), from 1,000 events up
 * (smaller profiles measure JIT warm-up more than the engine): 1 is linear,
 * 2 quadratic. Steadier than any single ratio on a shared machine.
 */
export function growthExponent(rows: readonly EngineScaleRow[]): number {
  const points = rows.filter((r) => r.spaceEntries === 0 && r.events >= 1_000).map((r) => [Math.log(r.events), Math.log(r.org.cpuMs)] as const);
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxy / sxx;
}
