/**
 * The page-view function's bundle, as `@forge/bundler` wrote it for the deploy rehearsal (npm test runs
 * `npm run rehearse:deploy` before jest): within its size budget, and without zod or the policy engine,
 * which are what made the one shared bundle slow to start (BENCHMARKS.md).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_VIEW_BUDGET_BYTES } from '../../scripts/rehearsal/budgets';

const FUNCTIONS = join(__dirname, '..', '..', '.forge-rehearsal', 'functions');

function bundle(name: string): { bytes: number; code: string } {
  const file = join(FUNCTIONS, name);
  if (!existsSync(file)) throw new Error(`No bundle at ${file}: run "npm run rehearse:deploy" (npm test does) and re-run.`);
  return { bytes: statSync(file).size, code: readFileSync(file, 'utf8') };
}

// Markers that survive bundling unminified: zod's error class and base type, and functions only the engine defines.
const ZOD_MARKERS = ['ZodError', '$ZodType'];
const ENGINE_MARKERS = ['function evaluate(', 'function spaceInAppOn(', 'function recordStops('];

describe('page-view bundle (.forge-rehearsal/functions/page-view.cjs)', () => {
  test(`stays within ${PAGE_VIEW_BUDGET_BYTES / 1024} KB`, () => {
    expect(bundle('page-view.cjs').bytes).toBeLessThanOrEqual(PAGE_VIEW_BUDGET_BYTES);
  });

  test('carries no zod and no policy engine', () => {
    const { code } = bundle('page-view.cjs');
    expect(ZOD_MARKERS.filter((m) => code.includes(m))).toEqual([]);
    expect(ENGINE_MARKERS.filter((m) => code.includes(m))).toEqual([]);
  });

  test('the markers are real: the admin bundle, which has zod and the engine, contains every one', () => {
    const { code } = bundle('index.cjs');
    expect([...ZOD_MARKERS, ...ENGINE_MARKERS].filter((m) => !code.includes(m))).toEqual([]);
  });
});
