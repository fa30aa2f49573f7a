/**
 * `npm run bench`: function bundles (size, cold load against the floor), cost
 * per page view, page weight, engine scale and the daily check at scale, printed as one table (record it in BENCHMARKS.md with the
 * machine line). Timings vary with the machine and its load; counts and sizes
 * do not.
 */
import { ADMIN_BUDGET_BYTES, PAGE_VIEW_BUDGET_BYTES, PAGE_VIEW_COLD_LOAD_RATIO } from '../scripts/rehearsal/budgets';
import { COLD_LOAD_RUNS, measureBundles } from './bundles';
import { describeMachine, machineInfo } from './machine';
import { measureDailyCheck, TRIGGER_TIMEOUT_MS, type DailyCheckScenario } from './daily-check';
import { READS_PER_MINUTE_LIMIT, WRITES_PER_MINUTE_LIMIT } from '../fixtures/counting-kvs';
import { growthExponent, measureEngineScale, TARGET_MS } from './engine-scale';
import { measurePageCost } from './page-cost';
import { BUDGETS, budgetViolations, measureAllSurfaces } from '../scripts/page-weight';
import { kb, ms, renderTable, verdict, type BenchRow } from './table';

const only = new Set(process.argv.slice(2));
const wanted = (section: string) => only.size === 0 || only.has(section);

async function bundleRows(): Promise<BenchRow[]> {
  const { floor, app } = await measureBundles();
  const area = `Function bundles (@forge/bundler; cold load = median of ${COLD_LOAD_RUNS} fresh node processes)`;
  const rows: BenchRow[] = [
    {
      area,
      measurement: 'Floor: @forge/resolver + @forge/kvs + @forge/api, one read, one permission check (bench/fixtures/floor-app)',
      value: `${kb(floor.bytes)}, cold load ${ms(floor.coldLoadMs)}`,
      budget: '—',
      verdict: 'info',
    },
  ];
  for (const b of app) {
    const ratio = b.coldLoadMs / floor.coldLoadMs;
    const value = `${kb(b.bytes)}, cold load ${ms(b.coldLoadMs)} (${ratio.toFixed(2)}× floor)`;
    if (b.name === 'page-view') {
      rows.push({
        area,
        measurement: 'page-view.cjs (byline, banner, work item notices)',
        value,
        budget: `≤ ${kb(PAGE_VIEW_BUDGET_BYTES)}, ≤ ${PAGE_VIEW_COLD_LOAD_RATIO}× floor`,
        verdict: verdict(b.bytes <= PAGE_VIEW_BUDGET_BYTES && ratio <= PAGE_VIEW_COLD_LOAD_RATIO),
      });
    } else if (b.name === 'index') {
      rows.push({
        area,
        measurement: 'index.cjs (admin and space-page resolvers, daily check)',
        value,
        budget: `≤ ${kb(ADMIN_BUDGET_BYTES)}`,
        verdict: verdict(b.bytes <= ADMIN_BUDGET_BYTES),
      });
    } else {
      rows.push({ area, measurement: `${b.name}.cjs`, value, budget: `≤ ${kb(ADMIN_BUDGET_BYTES)}`, verdict: verdict(b.bytes <= ADMIN_BUDGET_BYTES) });
    }
  }
  return rows;
}

async function pageCostRows(): Promise<BenchRow[]> {
  const { costs, backend } = await measurePageCost();
  const rows = costs.map((c): BenchRow => {
    const functions = Object.entries(c.byFunction)
      .map(([k, n]) => `${k}×${n}`)
      .join(' ');
    const budget = c.scenario.budget;
    return {
      area: 'Cost per page view',
      measurement: c.scenario.label,
      value: `${c.invocations} call${c.invocations === 1 ? '' : 's'}${functions ? ` (${functions})` : ''}, ${c.reads} read${c.reads === 1 ? '' : 's'}, ${c.queries} quer${c.queries === 1 ? 'y' : 'ies'}, ${c.writeRequests} write${c.writeRequests === 1 ? '' : 's'}`,
      budget: budget
        ? `≤ ${budget.invocations} calls${Number.isFinite(budget.storageReads) ? `, ≤ ${budget.storageReads} reads` : ''}${budget.storageWrites !== undefined ? `, ≤ ${budget.storageWrites} writes` : ''}`
        : '—',
      verdict: c.withinBudget === null ? 'info' : verdict(c.withinBudget),
    };
  });
  if (!backend.includes('TEMPORARY')) return rows;
  return [...rows, { area: 'Cost per page view', measurement: 'Preview backend', value: backend, budget: 'real backend', verdict: 'FAIL' }];
}

function pageWeightRows(): BenchRow[] {
  return measureAllSurfaces().map((w) => {
    const budget = BUDGETS[w.surface];
    const ours = budget.ours !== undefined ? `, ours ${kb(w.oursGzip)} + bridge ${kb(w.bridgeGzip)}` : '';
    return {
      area: 'Page weight (gzip)',
      measurement: `${budget.label} (${w.entry}${w.lazyFiles.length ? `; ${w.lazyFiles.length} lazy chunk(s) excluded` : ''})`,
      value: `${kb(w.totalGzip)} = JS ${kb(w.jsGzip)} + CSS ${kb(w.cssGzip)}${ours}`,
      budget: `≤ ${kb(budget.total)}${budget.ours !== undefined ? `, ours ≤ ${kb(budget.ours)}` : ''}`,
      verdict: verdict(budgetViolations(w).length === 0),
    };
  });
}

/** Growth exponent allowed for "no worse than linear": n log n over 1k–100k is about 1.1, plus noise. */
const MAX_GROWTH_EXPONENT = 1.2;

function engineRows(): BenchRow[] {
  const scale = measureEngineScale();
  const rows = scale.map((r): BenchRow => {
    const growth = r.growth ? `; CPU ×${r.growth.timeRatio.toFixed(1)} for ×${r.growth.sizeRatio} events` : '';
    const isTarget = r.spaceEntries > 0;
    return {
      area: 'Engine scale (median)',
      measurement: r.label,
      value: `org ${ms(r.org.wallMs)} (CPU ${ms(r.org.cpuMs)}), one space ${ms(r.space.wallMs)} (CPU ${ms(r.space.cpuMs)}), profile check ${ms(r.parse.wallMs)}${growth}`,
      budget: isTarget ? `< ${TARGET_MS} ms CPU` : '—',
      verdict: isTarget ? verdict(r.org.cpuMs < TARGET_MS && r.space.cpuMs < TARGET_MS) : 'info',
    };
  });
  const exponent = growthExponent(scale);
  rows.push({
    area: 'Engine scale (median)',
    measurement: 'Growth from 1,000 to 100,000 events (slope of log CPU time over log events)',
    value: `${exponent.toFixed(2)} (1 = linear, 2 = quadratic)`,
    budget: `≤ ${MAX_GROWTH_EXPONENT} (linear; n log n sorting allowed)`,
    verdict: verdict(exponent <= MAX_GROWTH_EXPONENT),
  });
  return rows;
}

async function dailyCheckRows(): Promise<BenchRow[]> {
  const scenarios: DailyCheckScenario[] = [
    { spaces: 10_000, entries: 10_000 },
    { spaces: 10_000, entries: 1_000 },
  ];
  const rows: BenchRow[] = [];
  for (const scenario of scenarios) {
    const label = `${scenario.spaces.toLocaleString('en-US')} spaces, ${scenario.entries.toLocaleString('en-US')} with include/exclude entries`;
    const outcome = await measureDailyCheck(scenario);
    if (!outcome.ok) {
      rows.push({
        area: 'Daily check at scale',
        measurement: label,
        value: `cannot run: ${outcome.stage} failed: ${outcome.error}`,
        budget: 'runs',
        verdict: 'FAIL',
      });
      continue;
    }
    const seed = outcome.seedTally;
    rows.push({
      area: 'Daily check at scale',
      measurement: `${label}: recording them (admin page, ${Math.ceil(scenario.entries / 5000) + 1} batches)`,
      value: `${seed.readRequests} reads + ${seed.queryRequests} queries (${seed.readUnits} units); ${seed.writeRequests} write requests, ${seed.writtenItems} items (${seed.writeUnits} units, ${kb(seed.writtenBytes)})`,
      budget: `≤ ${WRITES_PER_MINUTE_LIMIT} write units/min`,
      verdict: verdict(seed.writeUnits <= WRITES_PER_MINUTE_LIMIT),
    });
    for (const run of outcome.runs) {
      const t = run.tally;
      const inLimits =
        run.durationMs < TRIGGER_TIMEOUT_MS && t.writeUnits <= WRITES_PER_MINUTE_LIMIT && t.readUnits + t.queryRequests <= READS_PER_MINUTE_LIMIT;
      rows.push({
        area: 'Daily check at scale',
        measurement: `${label}: ${run.label}`,
        value: `${ms(run.durationMs)}; ${t.readRequests} reads + ${t.queryRequests} queries (${t.readUnits} units); ${t.writeRequests} write request(s), ${t.writtenItems} items (${t.writeUnits} units, ${kb(t.writtenBytes)}); ${run.changed ? 'changed' : 'unchanged'}`,
        budget: `< ${TRIGGER_TIMEOUT_MS / 1000} s; ≤ ${WRITES_PER_MINUTE_LIMIT} write + ${READS_PER_MINUTE_LIMIT} read units/min`,
        verdict: verdict(inLimits && (run.changed || t.writeRequests === 0)),
      });
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const machine = machineInfo();
  const sections: Array<[string, () => BenchRow[] | Promise<BenchRow[]>]> = [
    ['bundles', bundleRows],
    ['page-cost', pageCostRows],
    ['page-weight', pageWeightRows],
    ['engine', engineRows],
    ['daily-check', dailyCheckRows],
  ];
  const results = new Map<string, BenchRow[]>();
  const measure = async (name: string, run: () => BenchRow[] | Promise<BenchRow[]>) => {
    try {
      results.set(name, await run());
    } catch (error) {
      results.set(name, [
        { area: name, measurement: 'could not measure', value: (error as Error).message.split('\n')[0]!.slice(0, 200), budget: '—', verdict: 'FAIL' },
      ]);
    }
  };
  // Timing-sensitive sections first, before the browser has run; the table keeps its own order.
  for (const name of ['bundles', 'engine', 'daily-check', 'page-weight', 'page-cost']) {
    const section = sections.find(([n]) => n === name)!;
    if (wanted(name)) await measure(name, section[1]);
  }
  const rows = sections.flatMap(([name]) => results.get(name) ?? []);
  console.log(`Machine: ${describeMachine(machine)}\n`);
  console.log(renderTable(rows));
  if (rows.some((r) => r.verdict === 'FAIL')) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
