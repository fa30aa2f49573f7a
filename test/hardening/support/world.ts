/**
 * A complete backend for hardening tests: the real services and the real
 * resolver handlers (makeResolver → getDefinitions), over the limit-enforcing
 * memory store (optionally behind another adapter), a fake product side and a
 * manual clock. Calls go in exactly as Forge delivers them: context in the
 * first argument, the signed principal in the second.
 */
import { createApp, type App } from '../../../src/app/service';
import { buildResolvers } from '../../../src/resolvers';
import { MemoryKvs } from '../../../src/storage/memory';
import type { KvsPort } from '../../../src/storage/port';
import { DEFAULT_COMMIT_RETRY, RetryingKvs, type CommitRetryOptions } from '../../../src/storage/retry';
import { FakeProduct, ManualClock } from '../../../fixtures/product';
import { seededRandom } from '../../../fixtures/random';

/**
 * The writer's backoff on a virtual clock: a sleep of `ms` lets other work run for
 * ms/10 event-loop turns (as the jitter store's latency is counted in turns) and moves
 * the clock to when the sleeper wakes, so overlapping sleeps overlap in time as they
 * would for real. Deterministic, and no test waits on the wall clock.
 */
export function virtualCommitPacing(seed = 99): CommitRetryOptions {
  let virtualNow = 0;
  return {
    ...DEFAULT_COMMIT_RETRY,
    random: seededRandom(seed),
    now: () => virtualNow,
    sleep: async (ms) => {
      const wakeAt = virtualNow + ms;
      for (let turn = 0; turn < Math.ceil(ms / 10); turn++) await new Promise<void>((resolve) => setImmediate(resolve));
      virtualNow = Math.max(virtualNow, wakeAt);
    },
  };
}

export const ROLES = {
  orgAdmin: 'acc-org-admin',
  otherOrgAdmin: 'acc-org-admin-2',
  spaceAdmin: 'acc-space-admin',
  user: 'acc-plain-user',
  anonymous: null,
} as const;
export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as Role[];

export const ADMIN_MODULES = ['jira:adminPage', 'confluence:globalSettings'] as const;
export const PUBLIC_MODULES = [
  'jira:projectPage',
  'confluence:spacePage',
  'confluence:contentBylineItem',
  'confluence:pageBanner',
  'jira:issueContext',
] as const;
export type ModuleType = (typeof ADMIN_MODULES)[number] | (typeof PUBLIC_MODULES)[number];

/** The space admin administers these; other spaces exist but are not theirs. */
export const ADMINISTERED = ['C1', 'J1'];

/** The extension context each module type receives, in a space the space admin administers or not. */
export function extensionFor(moduleType: ModuleType, own = true): Record<string, unknown> {
  const conf = { id: own ? '65001' : '65002', key: own ? 'C1' : 'C2' };
  const project = { id: own ? '10001' : '10002', key: own ? 'J1' : 'J2', type: 'software' };
  switch (moduleType) {
    case 'jira:adminPage':
    case 'confluence:globalSettings':
      return { type: moduleType, location: 'https://example.atlassian.net/admin' };
    case 'jira:projectPage':
      return { type: moduleType, project };
    case 'confluence:spacePage':
      return { type: moduleType, space: conf };
    case 'confluence:contentBylineItem':
    case 'confluence:pageBanner':
      return { type: moduleType, content: { id: '99', type: 'page' }, space: conf };
    case 'jira:issueContext':
      return { type: moduleType, issue: { id: '1', key: 'J1-1', type: 'Task' }, project };
  }
}

type ForgeHandler = (
  event: { call: { functionKey: string; payload: unknown }; context: Record<string, unknown> },
  runtime: Record<string, unknown>,
) => Promise<unknown>;

export interface World {
  memory: MemoryKvs;
  app: App;
  product: FakeProduct;
  clock: ManualClock;
  handlers: { admin: ForgeHandler; public: ForgeHandler };
  /** Invokes a resolver exactly as Forge does. Never catches: a throw is a finding. */
  call(
    fn: 'admin' | 'public',
    key: string,
    payload: unknown,
    role: Role,
    moduleType: ModuleType,
    options?: { ownSpace?: boolean; locale?: string },
  ): Promise<unknown>;
}

export interface WorldOptions {
  /** Wraps the memory store (fault injection, counting). */
  wrapStore?: (memory: MemoryKvs) => KvsPort;
  /** Retry 429s without sleeping (the production composition retries with backoff). */
  retryRateLimits?: boolean;
  now?: string;
}

export function createWorld(options: WorldOptions = {}): World {
  const memory = new MemoryKvs();
  const inner = options.wrapStore ? options.wrapStore(memory) : memory;
  const kvs = options.retryRateLimits
    ? new RetryingKvs(inner, { retries: 8, baseDelayMs: 0, maxDelayMs: 0, sleep: async () => undefined, random: () => 0 })
    : inner;
  const product = new FakeProduct({
    orgAdmins: [ROLES.orgAdmin, ROLES.otherOrgAdmin],
    spaceAdmins: { [ROLES.spaceAdmin]: ADMINISTERED },
    confluenceSpaces: 12,
    jiraSpaces: 12,
  });
  const clock = new ManualClock(new Date(options.now ?? '2026-09-15T10:00:00Z'));
  let ids = 0;
  const app = createApp({ kvs, product, clock, newId: () => `concern-${++ids}` });
  app.repository.commitRetry = virtualCommitPacing();
  const resolvers = buildResolvers({ app, product });
  const handlers = { admin: resolvers.adminHandler as unknown as ForgeHandler, public: resolvers.publicHandler as unknown as ForgeHandler };
  return {
    memory,
    app,
    product,
    clock,
    handlers,
    call(fn, key, payload, role, moduleType, callOptions = {}) {
      const accountId = ROLES[role];
      return handlers[fn](
        {
          call: { functionKey: key, payload },
          context: {
            moduleKey: `cl-${moduleType.replace(':', '-')}`,
            extension: extensionFor(moduleType, callOptions.ownSpace ?? true),
            ...(callOptions.locale ? { locale: callOptions.locale } : {}),
          },
        },
        { ...(accountId ? { principal: { accountId } } : {}), installContext: 'ari:cloud:jira::site/00000000-0000-0000-0000-000000000001' },
      );
    },
  };
}
