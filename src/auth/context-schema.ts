/**
 * The resolver context as this app accepts it, in zod: the source the generated validator
 * (generated/validators.cjs, `npm run generate:validators`) is made from, and what the agreement test
 * holds it to. At run time the check is the generated one (./context), so no resolver function carries zod for it.
 */
import { z } from '../shared/zod';

// Forge sends ids as strings or numbers; callerFromContext (./context) makes them strings. No transform here:
// the generated check could not reproduce it (scripts/generate-validators.ts refuses transforms).
const id = z.union([z.string(), z.number()]);
const key = z.string().min(1).max(255);

export const resolverContext = z.looseObject({
  accountId: z.string().min(1).max(128).optional().nullable(),
  moduleKey: z.string().min(1).max(255),
  locale: z.string().max(20).optional().nullable(),
  /** Set by the platform from the signed invocation (`ari:cloud:jira::site/<cloudId>`). */
  // Read leniently: an odd value only means no site id, never a refused call.
  installContext: z.unknown().optional(),
  cloudId: z.unknown().optional(),
  extension: z.looseObject({
    type: z.string().regex(/^(jira|confluence):[A-Za-z]+$/),
    space: z.looseObject({ id: id.optional(), key: key.optional() }).optional().nullable(),
    project: z.looseObject({ id, key, type: z.string().optional() }).optional().nullable(),
  }),
});

export type ResolverContextInput = z.input<typeof resolverContext>;
