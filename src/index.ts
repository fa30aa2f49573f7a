/**
 * Forge entry point (composition root) of the admin, space-page and daily-check functions: Forge KVS, the Forge
 * product port and the real clock. The notices run in their own lean function (src/page-view.ts), the Rovo
 * actions in theirs (src/rovo.ts). Only the entry files and src/platform/forge import Forge runtime modules.
 */
import { kvs } from '@forge/kvs';
import { createApp } from './app/service';
import { ForgeKvsAdapter } from './platform/forge/kvs-adapter';
import { ForgeProductPort } from './platform/forge/product';
import { buildResolvers } from './resolvers';
import { RetryingKvs } from './storage/retry';

const product = new ForgeProductPort();
const app = createApp({ kvs: new RetryingKvs(new ForgeKvsAdapter(kvs)), product, clock: { now: () => new Date() } });
const resolvers = buildResolvers({ app, product });

/** manifest function `admin-resolver` */
export const adminHandler = resolvers.adminHandler;

/** manifest function `space-resolver`: the space/project pages, whose concern form writes to the history chain. */
export const spaceHandler = resolvers.publicHandler;

/** manifest function `daily-check` (scheduledTrigger, interval day). Idempotent: duplicate runs are no-ops. */
export async function dailyCheck(): Promise<void> {
  try {
    const result = await app.dailyCheck();
    console.log(
      `daily check ${result.day}: ${result.changed ? `${result.transitions} transition(s), ${result.shardsWritten} notice shard(s) written` : 'already up to date'}`,
    );
  } catch (error) {
    console.error('daily check failed', error);
    throw error;
  }
}
