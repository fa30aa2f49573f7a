/**
 * The two resolver functions. The admin function is attached only to admin
 * modules and is the only place admin operations exist; the public function
 * serves the space/project page and the notices.
 */
import { makeResolver } from '@forge/resolver';
import type { App } from '../app/service';
import type { ProductPort } from '../app/ports';
import { ADMIN_MODULE_TYPES, PUBLIC_MODULE_TYPES, type Requirement } from '../auth/policy';
import { adminPayloads, publicPayloads, type AdminDefs, type AdminKey, type PublicDefs, type PublicKey } from '../shared/contract';
import { unknownOperation, wrap } from './wrapper';

/** Who may call each operation. Every admin operation needs an org admin. */
export const ADMIN_REQUIREMENTS: Readonly<Record<AdminKey, Requirement>> = Object.fromEntries(
  (Object.keys(adminPayloads) as AdminKey[]).map((k) => [k, 'org-admin']),
) as Record<AdminKey, Requirement>;

export const PUBLIC_REQUIREMENTS: Readonly<Record<PublicKey, Requirement>> = {
  getSpaceStatus: 'anyone',
  getNotice: 'anyone',
  raiseConcern: 'space-admin',
  getMyConcerns: 'signed-in',
};

export interface ResolverDeps {
  app: App;
  product: ProductPort;
}

function adminHandlers({ app, product }: ResolverDeps) {
  const options = { product, moduleTypes: ADMIN_MODULE_TYPES };
  const handlers = {} as Record<AdminKey, unknown>;
  for (const key of Object.keys(adminPayloads) as AdminKey[]) {
    handlers[key] = wrap(key, { schema: adminPayloads[key], requirement: ADMIN_REQUIREMENTS[key], run: app.admin[key] as never }, options);
  }
  return handlers as Parameters<typeof makeResolver<AdminDefs>>[0];
}

function publicHandlers({ app, product }: ResolverDeps) {
  const options = { product, moduleTypes: PUBLIC_MODULE_TYPES };
  const handlers = {} as Record<PublicKey, unknown>;
  for (const key of Object.keys(publicPayloads) as PublicKey[]) {
    handlers[key] = wrap(key, { schema: publicPayloads[key], requirement: PUBLIC_REQUIREMENTS[key], run: app.public[key] as never }, options);
  }
  return handlers as Parameters<typeof makeResolver<PublicDefs>>[0];
}

type Definitions = ReturnType<typeof makeResolver>;

/**
 * @forge/resolver finds a handler with `key in handlers`, so an inherited name (`constructor`, `toString`…)
 * would run an Object.prototype method and an unknown key throws. Only the operations defined here run;
 * anything else answers with the error envelope.
 */
function ownKeysOnly(handlers: object, definitions: Definitions): Definitions {
  return async (event, backendPayload) => {
    const key: unknown = (event as { call?: { functionKey?: unknown } } | undefined)?.call?.functionKey;
    if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, key)) return unknownOperation(key);
    return definitions(event, backendPayload);
  };
}

/** Forge function handlers for the admin and public resolver functions. */
export function buildResolvers(deps: ResolverDeps) {
  const admin = adminHandlers(deps);
  const pub = publicHandlers(deps);
  return {
    adminHandler: ownKeysOnly(admin, makeResolver<AdminDefs>(admin)),
    publicHandler: ownKeysOnly(pub, makeResolver<PublicDefs>(pub)),
  };
}
