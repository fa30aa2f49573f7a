/** The runtime rehearsal over the source entries (src/index.ts + src/page-view.ts); flow-bundled.test.ts runs it over the bundles. */
import { join } from 'node:path';
import { REPO_ROOT } from './forge-runtime';
import { handlersAt, runFlow } from './flow';

// Loaded lazily by runFlow: the app's modules must load after the runtime stand-in is installed.
runFlow(handlersAt(join(REPO_ROOT, 'src', 'index.ts'), join(REPO_ROOT, 'src', 'page-view.ts')), { label: 'src/index.ts + src/page-view.ts' });
