/**
 * Forge entry point (composition root) of the page-view function: the notices (byline, banner, work item).
 * Only the public reads, their generated validators and the one-space rule: no policy engine, no admin
 * services, no zod, no writes, so a reader opening a notice pays a small bundle's cold start (BENCHMARKS.md).
 * Only the entry files and src/platform/forge import Forge runtime modules.
 */
import { kvs } from '@forge/kvs';
import { createPublicOps } from './app/public';
import { ForgeKvsAdapter } from './platform/forge/kvs-adapter';
import { ForgePermissions } from './platform/forge/permissions';
import { buildPublicHandler } from './resolvers/public';
import { PublicRepository } from './storage/public-repository';
import { RetryingKvs } from './storage/retry';

const product = new ForgePermissions();
const ops = createPublicOps({ repo: new PublicRepository(new RetryingKvs(new ForgeKvsAdapter(kvs))), product, clock: { now: () => new Date() } });

/** manifest function `page-view` */
export const publicHandler = buildPublicHandler({ ops, product });
