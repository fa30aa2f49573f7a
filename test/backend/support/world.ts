/** A simulated site for backend tests: memory storage, the seeded fake product (../../../fixtures), a settable clock. */
import { FakeProduct, ManualClock } from '../../../fixtures/product';
import { createApp, type App } from '../../../src/app/service';
import { buildResolvers } from '../../../src/resolvers';
import { MemoryKvs } from '../../../src/storage/memory';
import type { KvsPort } from '../../../src/storage/port';

export { PEOPLE } from '../../../fixtures/product';

export interface World {
  store: MemoryKvs;
  product: FakeProduct;
  clock: ManualClock;
  app: App;
  adminHandler: ReturnType<typeof buildResolvers>['adminHandler'];
  publicHandler: ReturnType<typeof buildResolvers>['publicHandler'];
}

export function makeWorld(options: { kvs?: KvsPort; store?: MemoryKvs } = {}): World {
  const store = options.store ?? new MemoryKvs();
  const product = new FakeProduct();
  const clock = new ManualClock(new Date('2026-11-23T09:00:00Z'));
  let n = 0;
  const app = createApp({ kvs: options.kvs ?? store, product, clock, newId: () => `c${++n}` });
  const { adminHandler, publicHandler } = buildResolvers({ app, product });
  return { store, product, clock, app, adminHandler, publicHandler };
}

export type ModuleName = 'jiraAdmin' | 'confluenceAdmin' | 'projectPage' | 'spacePage' | 'byline' | 'banner' | 'issueContext';

export const MODULES: Record<ModuleName, { moduleKey: string; extension: Record<string, unknown> }> = {
  jiraAdmin: { moduleKey: 'cl-jira-admin', extension: { type: 'jira:adminPage' } },
  confluenceAdmin: { moduleKey: 'cl-confluence-admin', extension: { type: 'confluence:globalSettings' } },
  projectPage: { moduleKey: 'cl-jira-project', extension: { type: 'jira:projectPage', project: { id: '10001', key: 'ENG', type: 'software' } } },
  spacePage: { moduleKey: 'cl-confluence-space', extension: { type: 'confluence:spacePage', space: { id: '2001', key: 'DOCS' } } },
  byline: {
    moduleKey: 'cl-byline',
    extension: { type: 'confluence:contentBylineItem', space: { id: '2001', key: 'DOCS' }, content: { id: '5', type: 'page' } },
  },
  banner: { moduleKey: 'cl-banner', extension: { type: 'confluence:pageBanner', space: { id: '2002', key: 'HR' }, content: { id: '6', type: 'page' } } },
  issueContext: {
    moduleKey: 'cl-issue-context',
    extension: { type: 'jira:issueContext', project: { id: '10001', key: 'ENG', type: 'software' }, issue: { id: '1', key: 'ENG-1' } },
  },
};

type Handler = World['adminHandler'];

/**
 * Calls a REAL getDefinitions() handler the way Forge does. The accountId goes in the
 * second argument: getDefinitions overwrites context.accountId from it. A payload
 * `accountId` (like the forged one below) must never matter.
 */
export async function call(handler: Handler, module: ModuleName, functionKey: string, payload: unknown, accountId: string | null): Promise<any> {
  const m = MODULES[module];
  return handler(
    {
      call: { functionKey, payload: payload },
      context: { cloudId: 'cloud-1', moduleKey: m.moduleKey, extension: m.extension, accountId: 'forged-in-context' },
    },
    { principal: accountId ? { accountId } : undefined, installContext: 'ari:cloud:jira::site/cloud-1' },
  );
}
