/** The runtime rehearsal over the source entry; the same flow runs over the bundles once they exist. */
import { join } from 'node:path';
import { REPO_ROOT } from './forge-runtime';
import { handlersAt, runFlow } from './flow';

// Loaded lazily by runFlow: the app's modules must load after the runtime stand-in is installed.
runFlow(handlersAt(join(REPO_ROOT, 'src', 'index.ts')), { label: 'src/index.ts' });
