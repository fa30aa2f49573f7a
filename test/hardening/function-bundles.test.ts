/**
 * The function bundles, as `@forge/bundler` wrote them for the deploy rehearsal (npm test runs
 * `npm run rehearse:deploy` before jest): within their size budgets, none with zod (every runtime check is
 * generated), and the page-view one without the policy engine either (BENCHMARKS.md).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundledPackages } from '../../scripts/rehearsal/bundle';
import { ADMIN_BUDGET_BYTES, PACKAGES_NOT_BUNDLED, PAGE_VIEW_BUDGET_BYTES } from '../../scripts/rehearsal/budgets';

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

  test("the markers are real: zod's own code and the admin bundle (which has the engine) contain them", () => {
    const zodCore =
      readFileSync(join(dirname(require.resolve('zod/v4/core')), 'schemas.cjs'), 'utf8') +
      readFileSync(join(dirname(require.resolve('zod/v4/core')), 'errors.cjs'), 'utf8');
    expect(ZOD_MARKERS.filter((m) => !zodCore.includes(m))).toEqual([]);
    const { code } = bundle('index.cjs');
    expect(ENGINE_MARKERS.filter((m) => !code.includes(m))).toEqual([]);
  });
});

describe.each(['index.cjs', 'rovo.cjs'])('the %s bundle', (name) => {
  test(`stays within ${ADMIN_BUDGET_BYTES / 1024} KB`, () => {
    expect(bundle(name).bytes).toBeLessThanOrEqual(ADMIN_BUDGET_BYTES);
  });

  test('carries no zod (its source map lists no zod module, and no zod marker is in the code)', () => {
    const packages = bundledPackages(join(FUNCTIONS, name));
    // The module list is real: the Forge SDKs are in it.
    expect(packages['@forge/kvs']).toBeGreaterThan(0);
    expect(PACKAGES_NOT_BUNDLED.filter((p) => packages[p] !== undefined)).toEqual([]);
    expect(ZOD_MARKERS.filter((m) => bundle(name).code.includes(m))).toEqual([]);
  });
});
