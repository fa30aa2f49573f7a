/**
 * The public resolver function: the space/project page and the notices. Moved out of ./index so the page-view
 * function (src/page-view.ts) composes it without the admin operations or zod: payloads are checked by the
 * validators generated from the contract (src/shared/validators.ts), through the same wrapper and envelope.
 */
import { makeResolver } from '@forge/resolver';
import type { PublicOperations, ReadOperations } from '../app/public';
import type { PermissionPort } from '../app/ports';
import { PUBLIC_MODULE_TYPES, type Requirement } from '../auth/policy';
import type { PublicDefs, PublicKey } from '../shared/contract';
import { validators } from '../shared/validators';
import { unknownOperation, wrap } from './wrapper';

export const PUBLIC_REQUIREMENTS: Readonly<Record<PublicKey, Requirement>> = {
  getSpaceStatus: 'anyone',
  getNotice: 'anyone',
  raiseConcern: 'space-admin',
  getMyConcerns: 'signed-in',
};

export interface PublicResolverDeps {
  /** The operations this function offers: every public one, or only the reads (the page-view function). */
  ops: PublicOperations | ReadOperations;
  product: PermissionPort;
}

function publicHandlers({ ops, product }: PublicResolverDeps) {
  const options = { product, moduleTypes: PUBLIC_MODULE_TYPES };
  const handlers = {} as Record<PublicKey, unknown>;
  for (const key of Object.keys(validators.payloads) as PublicKey[]) {
    if (!Object.prototype.hasOwnProperty.call(ops, key)) continue;
    handlers[key] = wrap(
      key,
      { check: validators.payloads[key], requirement: PUBLIC_REQUIREMENTS[key], run: (ops as Record<string, unknown>)[key] as never },
      options,
    );
  }
  return handlers as Parameters<typeof makeResolver<PublicDefs>>[0];
}

type Definitions = ReturnType<typeof makeResolver>;

/**
 * @forge/resolver finds a handler with `key in handlers`, so an inherited name (`constructor`, `toString`…)
 * would run an Object.prototype method and an unknown key throws. Only the operations defined here run;
 * anything else answers with the error envelope.
 */
export function ownKeysOnly(handlers: object, definitions: Definitions): Definitions {
  return async (event, backendPayload) => {
    const key: unknown = (event as { call?: { functionKey?: unknown } } | undefined)?.call?.functionKey;
    if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, key)) return unknownOperation(key);
    return definitions(event, backendPayload);
  };
}

/** The Forge function handler of the public resolver function. */
export function buildPublicHandler(deps: PublicResolverDeps): Definitions {
  const pub = publicHandlers(deps);
  return ownKeysOnly(pub, makeResolver<PublicDefs>(pub));
}
