/**
 * zod, configured once for every schema in the app. Forge's Custom UI Content-Security-Policy has no
 * 'unsafe-eval', and zod v4 otherwise probes `new Function` (and compiles object parsers with it) as soon as an
 * object schema is built: each probe is a CSP violation. The setting must run before any schema exists, so
 * every module takes `z` from here, never from 'zod' itself (test/backend/csp-safety.test.ts keeps it so).
 */
import * as z from './zod-api';

z.config({ jitless: true });

export { z };
