/**
 * The application core the resolvers call, composed from one module per operation group
 * over a shared context (./context). Pure of Forge: storage, product, clock and id source
 * are injected, so the same code runs on Forge, in the local preview and in tests.
 * Authorization happens before these are called (src/resolvers + src/auth); services
 * trust the Caller they are given.
 */
import { randomUUID } from 'node:crypto';
import type { AdminInput, AdminKey, AdminResult } from '../shared/contract';
import type { KvsPort } from '../storage/port';
import { Repository } from '../storage/repository';
import { createConcernOps } from './concerns';
import type { AppContext } from './context';
import { dailyCheck, type DailyCheckResult } from './daily-check';
import { createEvidenceOps } from './evidence-ops';
import { createHistoryOps } from './history';
import { createNoticeOps } from './notices';
import { createOverviewOps } from './overview';
import type { Caller, Clock, ProductPort } from './ports';
import { taggedProduct } from './product-errors';
import { createPublicOps, type PublicOperations } from './public';
import { createRecordOps } from './record';
import { createSpaceOps } from './spaces';
import { dayOf } from './writer';

export interface AppDeps {
  kvs: KvsPort;
  product: ProductPort;
  clock: Clock;
  /** Concern ids; random UUIDs unless a test needs them predictable. */
  newId?: () => string;
  /** Site id for evidence bundles (cloudId), when known. */
  siteId?: string | null;
}

export type AdminIn<K extends AdminKey> = AdminInput<K>;
export type AdminOperations = { [K in AdminKey]: (caller: Caller, payload: AdminIn<K>) => Promise<AdminResult<K>> };
export type { PublicOperations } from './public';
export type { DailyCheckResult } from './daily-check';

export interface App {
  admin: AdminOperations;
  public: PublicOperations;
  dailyCheck(): Promise<DailyCheckResult>;
  repository: Repository;
}

export function createApp(deps: AppDeps): App {
  const repo = new Repository(deps.kvs);
  const now = () => deps.clock.now();
  const ctx: AppContext = {
    repo,
    // Product failures are told apart from storage failures in the answer (see ./product-errors).
    product: taggedProduct(deps.product),
    clock: deps.clock,
    newId: deps.newId ?? randomUUID,
    siteId: deps.siteId ?? null,
    now,
    today: () => dayOf(now()),
  };
  const concerns = createConcernOps(ctx);
  const admin: AdminOperations = {
    ...createOverviewOps(ctx),
    ...createRecordOps(ctx),
    ...createHistoryOps(ctx),
    ...createEvidenceOps(ctx),
    ...createNoticeOps(ctx),
    ...createSpaceOps(ctx),
    ...concerns.admin,
  };
  // The reads are the page-view function's own (./public); raising a concern appends to the chain, so it is in ./concerns.
  const publicOps: PublicOperations = { ...createPublicOps({ repo, product: ctx.product, clock: deps.clock }), ...concerns.public };
  return { admin, public: publicOps, dailyCheck: () => dailyCheck(ctx), repository: repo };
}
