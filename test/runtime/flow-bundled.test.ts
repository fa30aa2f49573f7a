/**
 * The runtime rehearsal over the bundles `@forge/bundler` wrote (npm test runs `npm run rehearse:deploy` first):
 * `index.cjs` serves the admin function and the daily check, `page-view.cjs` the notices and space pages, as
 * manifest.yml attaches them. The same flow as over the source, so the bundles behave as the code they came from,
 * the notice included: one storage read in the page-view bundle.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './forge-runtime';
import { handlersAt, runFlow } from './flow';

const FUNCTIONS = join(REPO_ROOT, '.forge-rehearsal', 'functions');
const admin = join(FUNCTIONS, 'index.cjs');
const pageView = join(FUNCTIONS, 'page-view.cjs');

runFlow(
  () => {
    for (const file of [admin, pageView]) {
      if (!existsSync(file)) throw new Error(`No bundle at ${file}: run "npm run rehearse:deploy" (npm test does) and re-run.`);
    }
    return handlersAt(admin, pageView)();
  },
  { label: 'bundled: index.cjs + page-view.cjs' },
);
