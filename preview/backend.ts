/**
 * The preview's composition root: the app's own services and resolver
 * definitions (the same `createApp` + `buildResolvers` as src/index.ts, whose
 * public handler is src/page-view.ts's `buildPublicHandler`), wired
 * to preview adapters: file storage, simulated product API, simulated clock.
 */
import { createApp, type DailyCheckResult } from '../src/app/service';
import type { Clock, ProductPort } from '../src/app/ports';
import { buildResolvers } from '../src/resolvers';
import { createRovoActions } from '../src/rovo/actions';
import { createRovoWhatIf } from '../src/rovo/what-if';
import { FUNCTION_KEYS } from '../src/shared/contract';
import type { KvsPort } from '../src/storage/port';
import { CLOUD_ID } from './frames';

/** A Forge function handler as `getDefinitions()` / `makeResolver()` returns it. */
export type ForgeFunction = (
  event: { call: { functionKey: string; payload: unknown }; context: Record<string, unknown> },
  runtime: { principal?: { accountId: string }; installContext: string },
) => Promise<unknown>;

export interface BackendDeps {
  kvs: KvsPort;
  product: ProductPort;
  clock: Clock;
}

export interface PreviewBackend {
  /** Manifest function key → handler. */
  functions: Record<string, ForgeFunction>;
  /** The scheduled trigger's work (manifest function `daily-check`). */
  dailyCheck(): Promise<DailyCheckResult>;
  /** The Rovo action functions by handler, as src/rovo.ts exports them (`rovo.statusHere` …): `(payload, context)`. */
  rovo: Record<string, (payload: unknown, context: unknown) => Promise<unknown>>;
}

export function createBackend(deps: BackendDeps): PreviewBackend {
  const app = createApp({ ...deps, siteId: CLOUD_ID });
  const resolvers = buildResolvers({ app, product: deps.product });
  return {
    functions: {
      [FUNCTION_KEYS.admin]: resolvers.adminHandler,
      [FUNCTION_KEYS.space]: resolvers.publicHandler,
      [FUNCTION_KEYS.public]: resolvers.pageViewHandler,
    },
    dailyCheck: () => app.dailyCheck(),
    // Composed as src/rovo.ts composes them, over the preview's storage, product and clock.
    rovo: (() => {
      const read = createRovoActions({ public: app.public, status: { read: () => app.repository.status() }, clock: deps.clock });
      const admin = createRovoWhatIf({
        admin: app.admin,
        lastAttestedAt: async () => (await app.repository.status())?.lastAttestation?.at ?? null,
        product: deps.product,
        clock: deps.clock,
      });
      return { 'rovo.statusHere': read.statusHere, 'rovo.orgStatus': read.orgStatus, 'rovo.timeline': read.timeline, 'rovo.whatIf': admin.whatIf };
    })(),
  };
}
