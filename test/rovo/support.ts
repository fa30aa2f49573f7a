/** A test world with the example organization recorded, and the Rovo actions composed as src/rovo.ts composes them. */
import { seedExampleOrg } from '../../preview/seed';
import { createRovoActions } from '../../src/rovo/actions';
import { createRovoWhatIf } from '../../src/rovo/what-if';
import { MemoryKvs } from '../../src/storage/memory';
import type { KvsPort } from '../../src/storage/port';
import { makeWorld, PEOPLE, type World } from '../backend/support/world';

/** Counts every storage operation the app makes (reads and writes), by method. */
export class CountingKvs implements KvsPort {
  calls: string[] = [];
  constructor(private readonly inner: KvsPort) {}
  reset() {
    this.calls = [];
  }
  get reads() {
    return this.calls.filter((c) => c === 'get' || c === 'getEntity' || c === 'queryEntity').length;
  }
  get(key: string) {
    this.calls.push('get');
    return this.inner.get(key);
  }
  getEntity(entity: string, key: string) {
    this.calls.push('getEntity');
    return this.inner.getEntity(entity, key);
  }
  createEntityIfAbsent(entity: string, key: string, value: Record<string, unknown>) {
    this.calls.push('createEntityIfAbsent');
    return this.inner.createEntityIfAbsent(entity, key, value);
  }
  transact(ops: Parameters<KvsPort['transact']>[0]) {
    this.calls.push('transact');
    return this.inner.transact(ops);
  }
  queryEntity(query: Parameters<KvsPort['queryEntity']>[0]) {
    this.calls.push('queryEntity');
    return this.inner.queryEntity(query);
  }
}

export interface RovoWorld extends World {
  kvs: CountingKvs;
  rovo: ReturnType<typeof createRovoActions> & ReturnType<typeof createRovoWhatIf>;
}

export function makeRovoWorld(): RovoWorld {
  const store = new MemoryKvs();
  const kvs = new CountingKvs(store);
  const world = makeWorld({ store, kvs });
  const read = createRovoActions({ public: world.app.public, status: { read: () => world.app.repository.status() }, clock: world.clock });
  const admin = createRovoWhatIf({
    admin: world.app.admin,
    lastAttestedAt: async () => (await world.app.repository.status())?.lastAttestation?.at ?? null,
    product: world.product,
    clock: world.clock,
  });
  return { ...world, kvs, rovo: { ...read, ...admin } };
}

/** Records the example organization through the real resolvers (admin page, then a space admin), as the preview does. */
export async function seedExample(world: World): Promise<void> {
  const today = world.clock.now().toISOString().slice(0, 10);
  const restore = world.clock.now().toISOString();
  await seedExampleOrg(
    {
      call: (frame, key, payload) => {
        const admin = frame.moduleType === 'jira:adminPage';
        const extension = admin ? { type: 'jira:adminPage' } : { type: frame.moduleType, space: { id: '2100', key: frame.spaceKey } };
        const handler = admin ? world.adminHandler : world.publicHandler;
        return handler(
          { call: { functionKey: key, payload: payload }, context: { cloudId: 'cloud-1', moduleKey: 'seed', extension } },
          { principal: { accountId: admin ? PEOPLE.orgAdmin : PEOPLE.spaceAdmin }, installContext: 'ari:cloud:jira::site/cloud-1' },
        );
      },
      setNow: (instant) => world.clock.set((instant ?? new Date(restore)).toISOString()),
    },
    today,
  );
  await world.app.dailyCheck();
}

/** Rovo's payload: the action's inputs plus its product context, as the action module documentation shows it. */
export const ROVO_CONTEXT = {
  confluencePage: (spaceKey: string, extra: Record<string, unknown> = {}) => ({
    cloudId: 'cloud-1',
    moduleKey: 'contribution-lens-status-here',
    confluence: {
      url: `https://site.atlassian.net/wiki/spaces/${spaceKey}/pages/44662787`,
      resourceType: 'page',
      contentId: '44662787',
      spaceKey,
      spaceId: '2064386',
      ...extra,
    },
  }),
  jiraWorkItem: (issueKey: string) => ({
    cloudId: 'cloud-1',
    moduleKey: 'contribution-lens-status-here',
    jira: {
      url: `https://site.atlassian.net/browse/${issueKey}`,
      resourceType: 'issue',
      issueKey,
      issueId: 123,
      issueType: 'story',
      issueTypeId: 1234,
      projectKey: issueKey.split('-')[0],
      projectId: 10001,
    },
  }),
  none: () => ({ cloudId: 'cloud-1', moduleKey: 'contribution-lens-status-here' }),
};

/** Forge's invocation context: the person only through the principal. */
export const asPerson = (accountId: string | null) => ({ installContext: 'ari:cloud:jira::site/cloud-1', ...(accountId ? { principal: { accountId } } : {}) });
