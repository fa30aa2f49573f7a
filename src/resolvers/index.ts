/**
 * The resolver functions. The admin function is attached only to admin modules
 * and is the only place admin operations exist; the public operations (./public)
 * serve the space/project pages (all of them, on the full function) and the
 * notices (the reads only, on Forge as the lean page-view function, src/page-view.ts).
 */
import { makeResolver } from '@forge/resolver';
import type { App } from '../app/service';
import type { ProductPort } from '../app/ports';
import { ADMIN_MODULE_TYPES, type Requirement } from '../auth/policy';
import { adminValidators } from '../shared/admin-validators';
import { ADMIN_KEYS, type AdminDefs, type AdminKey } from '../shared/contract';
import { buildPublicHandler, ownKeysOnly } from './public';
import { wrap } from './wrapper';

/** Who may call each operation. Every admin operation needs an org admin. */
export const ADMIN_REQUIREMENTS: Readonly<Record<AdminKey, Requirement>> = Object.fromEntries(ADMIN_KEYS.map((k) => [k, 'org-admin'])) as Record<
  AdminKey,
  Requirement
>;

export interface ResolverDeps {
  app: App;
  product: ProductPort;
}

function adminHandlers({ app, product }: ResolverDeps) {
  const options = { product, moduleTypes: ADMIN_MODULE_TYPES };
  const handlers = {} as Record<AdminKey, unknown>;
  // The payload checks generated from the zod schemas (src/shared/schemas.ts): the function carries no zod.
  for (const key of ADMIN_KEYS) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the per-key check's type is the key's; the loop cannot name it
    handlers[key] = wrap(key, { check: adminValidators.payloads[key] as never, requirement: ADMIN_REQUIREMENTS[key], run: app.admin[key] as never }, options);
  }
  return handlers as Parameters<typeof makeResolver<AdminDefs>>[0];
}

/**
 * Forge function handlers: admin; every public operation (the space-resolver function of the space/project
 * pages, and what the tests call); and the reads only, as the page-view function of the notices serves them.
 */
export function buildResolvers(deps: ResolverDeps) {
  const admin = adminHandlers(deps);
  const { raiseConcern: _writes, ...reads } = deps.app.public;
  return {
    adminHandler: ownKeysOnly(admin, makeResolver<AdminDefs>(admin)),
    publicHandler: buildPublicHandler({ ops: deps.app.public, product: deps.product }),
    pageViewHandler: buildPublicHandler({ ops: reads, product: deps.product }),
  };
}
