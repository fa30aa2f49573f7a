/** The benchmark's single output table. */
export type Verdict = 'pass' | 'FAIL' | 'info' | 'n/a';

export interface BenchRow {
  area: string;
  measurement: string;
  value: string;
  budget: string;
  verdict: Verdict;
}

export function renderTable(rows: readonly BenchRow[]): string {
  const header: BenchRow = { area: 'Area', measurement: 'Measurement', value: 'Value', budget: 'Budget / target', verdict: 'info' };
  const cells = (r: BenchRow) => [r.area, r.measurement, r.value, r.budget, r === header ? 'Result' : r.verdict];
  const all = [header, ...rows].map(cells);
  const widths = all[0]!.map((_, i) => Math.max(...all.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((s, i) => s.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(all[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');
}

export const verdict = (ok: boolean): Verdict => (ok ? 'pass' : 'FAIL');
export const ms = (n: number): string => (n < 10 ? `${n.toFixed(2)} ms` : `${n.toFixed(1)} ms`);
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
