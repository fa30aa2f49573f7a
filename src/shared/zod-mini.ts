/**
 * zod's mini build, configured like src/shared/zod.ts (jitless, for Forge's CSP without 'unsafe-eval'), for the
 * Custom UI pages that cannot carry the full build. Both builds share one configuration.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
