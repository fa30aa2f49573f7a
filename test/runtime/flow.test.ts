/** The runtime rehearsal over the source entry; the same flow runs over the bundles once they exist. */
import { runFlow, type Handlers } from './flow';

// Required lazily: the app's modules must load after the runtime stand-in is installed.
runFlow(() => require('../../src/index') as Handlers, { label: 'src/index.ts' });
