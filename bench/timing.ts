/**
 * Timing helpers for the benchmark (never used by tests: no timing assertions
 * there). Wall time suffers when other processes share the CPUs, so each
 * measurement also reports process CPU time, which does not count time spent
 * waiting for a core.
 */
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Medians of `runs` calls after `warmups` unmeasured ones; garbage is collected before each run when --expose-gc is on. */
export function measure(run: () => unknown, runs = 7, warmups = 2): Timing {
  for (let i = 0; i < warmups; i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}
