/**
 * The preview's composition root: the app's own services and resolver
 * definitions (the same `createApp` + `buildResolvers` as src/index.ts, whose
 * public handler is src/page-view.ts's `buildPublicHandler`), wired
 * to preview adapters: file storage, simulated product API, simulated clock.
 */
import { createApp, type DailyCheckResult } from '../src/app/service';
import type { Clock, ProductPort } from '../src/app/ports';
import { buildResolvers } from '../src/resolvers';
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
}

export function createBackend(deps: BackendDeps): PreviewBackend {
  const app = createApp({ ...deps, siteId: CLOUD_ID });
  const resolvers = buildResolvers({ app, product: deps.product });
  return {
    functions: {
      [FUNCTION_KEYS.admin]: resolvers.adminHandler as unknown as ForgeFunction,
      [FUNCTION_KEYS.public]: resolvers.publicHandler as unknown as ForgeFunction,
    },
    dailyCheck: () => app.dailyCheck(),
  };
}
