/** Function bundle budgets (a page view must load fast and cheaply): the deploy rehearsal, the size test and `npm run bench` hold the bundles to these. */
export const KIB = 1024;
/** The page-view function (the notices): what a reader's cold start loads. */
export const PAGE_VIEW_BUDGET_BYTES = 250 * KIB;
/** Its cold load, as a multiple of the floor bundle's (@forge/resolver + @forge/kvs + @forge/api). */
export const PAGE_VIEW_COLD_LOAD_RATIO = 3;
/** Every other function bundle: the admin function's (index.cjs: admin, space pages, daily check) and Rovo's. */
export const ADMIN_BUDGET_BYTES = 700 * KIB;
/** Packages no function bundle may carry: every runtime check is generated from the zod schemas (scripts/generate-validators.ts). */
export const PACKAGES_NOT_BUNDLED = ['zod', 'ajv'] as const;
