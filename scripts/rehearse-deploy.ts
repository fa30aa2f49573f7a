/**
 * Deploy rehearsal: what `forge deploy` does before it uploads, run offline with Atlassian's own packages
 * (@forge/manifest, @forge/bundler, @forge/lint through @forge/cli's LintService, @forge/cli's resource
 * packaging, @forge/csp). `npm test` runs it; it fails on anything `forge deploy` would reject or warn about:
 *
 *   1. manifest.yml validates (@forge/manifest);
 *   2. every function bundles with 0 warnings (webpack + ts-loader with tsconfig.json), sizes printed, every
 *      bundle stays within its budget (scripts/rehearsal/budgets.ts: page-view, and the admin budget for the
 *      others) and carries neither zod nor ajv (by the bundle's source map);
 *   3. lint reports 0 errors and 0 warnings, and read every TypeScript file under src/ — with two negative
 *      controls in a scratch copy of the app: a call without its scope must be reported, and a tsconfig that
 *      hides the code from lint must be caught by the "read every file" check; every declared scope is needed
 *      by some call lint sees (except the ones listed in SCOPES_LINT_CANNOT_SEE);
 *   4. the Custom UI resources package as the CLI packages them, every module's page received the bridge;
 *   5. the CSP Forge serves with each resource allows no eval.
 *
 * Needs the built UI (`npm run build`). Outputs go to .forge-rehearsal/ (functions/, resources/).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleFunctions, bundledPackages, type BundleResult } from './rehearsal/bundle';
import { ADMIN_BUDGET_BYTES, PACKAGES_NOT_BUNDLED, PAGE_VIEW_BUDGET_BYTES } from './rehearsal/budgets';
import { runForgeLint, type LintReport } from './rehearsal/lint';
import { packageResources, PACKAGED_DIR } from './rehearsal/package-resources';
import { validateManifest } from './validate-manifest';

const ROOT = path.resolve(__dirname, '..');
export const FUNCTIONS_DIR = path.join(ROOT, '.forge-rehearsal', 'functions');

/** Scopes whose use lint cannot see, with why they are needed. Lint's storage check knows only @forge/api's removed storage, and it has no privacy API check. */
export const SCOPES_LINT_CANNOT_SEE: Readonly<Record<string, string>> = {
  'storage:app': '@forge/kvs and the custom entities (src/platform/forge/kvs-adapter.ts)',
  'report:personal-data': "@forge/api's privacy.reportPersonalData (src/platform/forge/product.ts)",
};

const failures: string[] = [];
const fail = (message: string) => failures.push(message);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join('src', f))
    .sort();
}

function reportLint(report: LintReport): void {
  for (const p of report.problems) console.log(`  ${p.level} ${p.file}:${p.line} ${p.message} [${p.rule}]`);
}

async function inScratchCopy<T>(prepare: (dir: string) => void, run: () => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cl-rehearsal-'));
  const home = process.cwd();
  try {
    for (const entry of ['manifest.yml', 'tsconfig.json', 'package.json', 'locales', 'src'])
      cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
    prepare(dir);
    process.chdir(dir);
    return await run();
  } finally {
    process.chdir(home);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function lintStep(): Promise<void> {
  const expected = sourceFiles(path.join(ROOT, 'src'));
  const report = await runForgeLint();
  const errors = report.problems.filter((p) => p.level === 'error').length;
  const warnings = report.problems.length - errors;
  console.log(`lint: ${errors} error(s), ${warnings} warning(s); read ${report.filesRead.length} of ${expected.length} source files`);
  reportLint(report);
  if (report.problems.length > 0) fail(`lint reported ${errors} error(s) and ${warnings} warning(s)`);
  const unread = expected.filter((f) => !report.filesRead.includes(f));
  if (unread.length > 0) fail(`lint did not read ${unread.length} source file(s): ${unread.slice(0, 5).join(', ')}${unread.length > 5 ? ', …' : ''}`);

  // Negative control 1: a call without its scope must be reported.
  const control = await inScratchCopy(
    (dir) => cpSync(path.join(ROOT, 'test', 'fixtures', 'lint-negative-control', 'uncovered-call.ts'), path.join(dir, 'src', 'lint-negative-control.ts')),
    () => runForgeLint(),
  );
  const caught = control.problems.some((p) => p.file.endsWith('lint-negative-control.ts') && /read:page:confluence/.test(p.message));
  console.log(`lint negative control (call without its scope): ${caught ? 'reported, as it must be' : 'NOT reported'}`);
  if (!caught) fail('lint did not report the negative control: it is not reading our code');

  // Negative control 2: a tsconfig that hides src/ from lint (a folder in `include`) must be noticed.
  const blind = await inScratchCopy(
    (dir) => writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: {}, include: ['src'] })),
    () => runForgeLint(),
  );
  const noticed = blind.filesRead.length < expected.length;
  console.log(
    `lint blindness control (tsconfig include: ["src"]): read ${blind.filesRead.length} file(s), ${noticed ? 'caught by the read-every-file check' : 'NOT caught'}`,
  );
  if (!noticed) fail('the read-every-file check would not notice a blind lint');

  // Every declared scope is needed: without it, lint must report a call that needs it.
  const manifest = (await validateManifest(ROOT)).manifest;
  const scopes: string[] = manifest?.permissions?.scopes ?? [];
  for (const scope of scopes) {
    if (SCOPES_LINT_CANNOT_SEE[scope]) {
      console.log(`scope ${scope}: needed by ${SCOPES_LINT_CANNOT_SEE[scope]} (lint cannot see this use)`);
      continue;
    }
    const without = await runForgeLint({ manifest: (m) => ({ ...m, permissions: { ...m.permissions, scopes: scopes.filter((s) => s !== scope) } }) });
    // Lint names the operation's current scope, which may be a classic one the granular scope stands in for.
    const needing = without.problems.filter((p) => p.rule === 'permission-scope-required');
    console.log(`scope ${scope}: needed by ${needing.length} call(s)${needing[0] ? `, e.g. ${needing[0].file}:${needing[0].line}` : ''}`);
    if (needing.length === 0) fail(`scope ${scope} serves no call lint can see: remove it or list why in SCOPES_LINT_CANNOT_SEE`);
  }
}

function bundleStep(result: BundleResult): void {
  for (const b of result.bundles) console.log(`bundle src/${b.module}.ts → ${path.relative(ROOT, b.file)}: ${kb(b.bytes)}`);
  for (const w of result.warnings) console.log(`  warning: ${w}`);
  for (const e of result.errors) console.log(`  error: ${e}`);
  if (!result.ok) fail(`bundling failed: ${result.errors.length} error(s), ${result.warnings.length} warning(s)`);
  // The page-view function (notices, space pages) is what readers' cold starts load: it keeps its budget.
  const pageView = result.bundles.find((b) => b.module === 'page-view');
  if (!pageView) fail('no page-view bundle: manifest.yml must name a handler in src/page-view.ts');
  for (const b of result.bundles) {
    const budget = b.module === 'page-view' ? PAGE_VIEW_BUDGET_BYTES : ADMIN_BUDGET_BYTES;
    if (b.bytes > budget) fail(`the ${b.module} bundle is ${kb(b.bytes)}, over its budget of ${kb(budget)}`);
    else console.log(`${b.module} bundle within its budget: ${kb(b.bytes)} ≤ ${kb(budget)}`);
    // Every runtime check is generated from the zod schemas; a bundle with zod means a function imports a schema module.
    const carried = PACKAGES_NOT_BUNDLED.filter((name) => bundledPackages(b.file)[name] !== undefined);
    if (carried.length > 0)
      fail(`the ${b.module} bundle carries ${carried.join(' and ')}: a module it imports takes zod at run time (use the generated checks)`);
    else console.log(`${b.module} bundle carries no ${PACKAGES_NOT_BUNDLED.join(' or ')} (its source map's modules)`);
  }
}

export async function rehearseDeploy(): Promise<string[]> {
  process.chdir(ROOT);
  const manifest = await validateManifest(ROOT);
  console.log(`manifest: ${manifest.ok ? 'valid' : 'NOT valid'}`);
  for (const p of manifest.problems) console.log(`  ${p}`);
  if (!manifest.ok) {
    fail('manifest.yml is not valid');
    return failures;
  }
  bundleStep(await bundleFunctions(FUNCTIONS_DIR));
  await lintStep();
  const packaged = await packageResources(path.join(ROOT, PACKAGED_DIR));
  for (const r of packaged.resources) {
    const scriptSrc = r.csp.find((d) => d.startsWith('script-src')) ?? '';
    const styleSrc = r.csp.find((d) => d.startsWith('style-src')) ?? '';
    console.log(
      `resource ${r.key}: ${r.fileCount} files, bridge injected into ${r.pagesWithoutBridge.length === 0 ? 'every module page' : `all but ${r.pagesWithoutBridge.join(', ')}`}; CSP script-src ${/unsafe-eval/.test(scriptSrc) ? 'allows' : 'has no'} eval, style-src ${/unsafe-inline/.test(styleSrc) ? 'allows' : 'has no'} inline styles`,
    );
    if (/unsafe-eval/.test(scriptSrc)) fail(`resource ${r.key}: its CSP allows eval`);
  }
  for (const p of packaged.problems) fail(p);
  return failures;
}

if (require.main === module) {
  const started = Date.now();
  rehearseDeploy().then(
    (problems) => {
      console.log(`deploy rehearsal: ${problems.length === 0 ? 'passed' : `FAILED (${problems.length})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      for (const p of problems) console.error(`  ✗ ${p}`);
      process.exit(problems.length === 0 ? 0 : 1);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
