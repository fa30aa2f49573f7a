/** A simulated site for backend tests: memory storage, a product port with named people, a settable clock. */
import { ProductRateLimitedError, type AccessCheck, type Caller, type LicensePlan, type ProductPort, type ProductSpace } from '../../../src/app/ports';
import { createApp, type App } from '../../../src/app/service';
import { buildResolvers } from '../../../src/resolvers';
import type { SpaceProduct } from '../../../src/shared/contract';
import { MemoryKvs } from '../../../src/storage/memory';
import type { KvsPort } from '../../../src/storage/port';

export const PEOPLE = {
  orgAdmin: 'acc-org-admin',
  spaceAdmin: 'acc-space-admin',
  user: 'acc-plain-user',
} as const;

export class SimulatedProduct implements ProductPort {
  orgAdmins = new Set<string>([PEOPLE.orgAdmin]);
  /** accountId → space keys they administer. */
  spaceAdmins = new Map<string, Set<string>>([[PEOPLE.spaceAdmin, new Set(['ENG', 'DOCS'])]]);
  spaces: Record<SpaceProduct, ProductSpace[]> = {
    jira: [
      { key: 'ENG', name: 'Engineering', app: 'jira' },
      { key: 'HELP', name: 'Help desk', app: 'jira-service-management' },
    ],
    confluence: [
      { key: 'DOCS', name: 'Documentation', app: 'confluence', id: '2001' },
      { key: 'HR', name: 'People team', app: 'confluence', id: '2002' },
    ],
  };
  /** Confluence space id → property key → value, as the product stores them. */
  spaceProperties = new Map<string, Map<string, string>>();
  /** Every property write the app asked for, in order. */
  propertyWrites: { spaceId: string; key: string; value: string | null }[] = [];
  /** Property writes to accept before answering 429 (Infinity: never limited). */
  propertyWritesBeforeRateLimit = Infinity;
  license: { app: string; plan: LicensePlan }[] | null = [{ app: 'jira-software', plan: 'PAID' }];
  access: AccessCheck = { blocked: [], unchecked: [] };
  permissionChecks = 0;
  failPermissionChecks = false;

  async isOrgAdmin(caller: Caller) {
    this.permissionChecks++;
    if (this.failPermissionChecks) throw new Error('product unavailable');
    return caller.accountId !== null && this.orgAdmins.has(caller.accountId);
  }
  /** accountId → the products they administer; org admins not listed administer both. */
  productAdmins = new Map<string, SpaceProduct[]>();
  async isProductAdmin(caller: Caller, product: SpaceProduct) {
    this.permissionChecks++;
    if (this.failPermissionChecks) throw new Error('product unavailable');
    if (caller.accountId === null) return false;
    const only = this.productAdmins.get(caller.accountId);
    return only ? only.includes(product) : this.orgAdmins.has(caller.accountId);
  }
  async isSpaceAdmin(caller: Caller) {
    this.permissionChecks++;
    if (this.failPermissionChecks) throw new Error('product unavailable');
    return caller.accountId !== null && caller.space !== null && (this.spaceAdmins.get(caller.accountId)?.has(caller.space.key) ?? false);
  }
  async listSpaces(product: SpaceProduct, options: { cursor?: string; limit: number }) {
    const start = Number(options.cursor ?? 0);
    const all = this.spaces[product];
    const spaces = all.slice(start, start + options.limit);
    return start + options.limit < all.length ? { spaces, nextCursor: String(start + options.limit) } : { spaces };
  }
  async products(): Promise<SpaceProduct[]> {
    return ['jira', 'confluence'];
  }
  async jiraLicense() {
    return this.license;
  }
  async accessBlocked() {
    return this.access;
  }
  async setSpaceProperty(spaceId: string, key: string, value: string | null) {
    if (this.propertyWritesBeforeRateLimit <= 0) throw new ProductRateLimitedError('429');
    this.propertyWritesBeforeRateLimit--;
    this.propertyWrites.push({ spaceId, key, value });
    const props = this.spaceProperties.get(spaceId) ?? new Map<string, string>();
    if (value === null) props.delete(key);
    else props.set(key, value);
    this.spaceProperties.set(spaceId, props);
  }
  /** What Atlassian's personal data reporting answers, by account; and every batch the app sent. */
  accountStatus = new Map<string, 'closed' | 'updated'>();
  personalDataReports: { accountId: string; updatedAt: string }[][] = [];
  async reportPersonalData(accounts: readonly { accountId: string; updatedAt: string }[]) {
    this.personalDataReports.push(accounts.map((a) => ({ ...a })));
    return accounts.flatMap((a) => {
      const status = this.accountStatus.get(a.accountId);
      return status ? [{ accountId: a.accountId, status }] : [];
    });
  }
  /** Ids of the Confluence spaces whose property `key` equals `value`. */
  spacesWithProperty(key: string, value: string): string[] {
    return [...this.spaceProperties].filter(([, props]) => props.get(key) === value).map(([id]) => id).sort();
  }
}

export class TestClock {
  constructor(public current = new Date('2026-11-23T09:00:00Z')) {}
  now() {
    return new Date(this.current);
  }
  set(iso: string) {
    this.current = new Date(iso);
  }
}

export interface World {
  store: MemoryKvs;
  product: SimulatedProduct;
  clock: TestClock;
  app: App;
  adminHandler: ReturnType<typeof buildResolvers>['adminHandler'];
  publicHandler: ReturnType<typeof buildResolvers>['publicHandler'];
}

export function makeWorld(options: { kvs?: KvsPort; store?: MemoryKvs } = {}): World {
  const store = options.store ?? new MemoryKvs();
  const product = new SimulatedProduct();
  const clock = new TestClock();
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
  byline: { moduleKey: 'cl-byline', extension: { type: 'confluence:contentBylineItem', space: { id: '2001', key: 'DOCS' }, content: { id: '5', type: 'page' } } },
  banner: { moduleKey: 'cl-banner', extension: { type: 'confluence:pageBanner', space: { id: '2002', key: 'HR' }, content: { id: '6', type: 'page' } } },
  issueContext: { moduleKey: 'cl-issue-context', extension: { type: 'jira:issueContext', project: { id: '10001', key: 'ENG', type: 'software' }, issue: { id: '1', key: 'ENG-1' } } },
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
    { call: { functionKey, payload: payload as never }, context: { cloudId: 'cloud-1', moduleKey: m.moduleKey, extension: m.extension, accountId: 'forged-in-context' } },
    { principal: accountId ? { accountId } : undefined, installContext: 'ari:cloud:jira::site/cloud-1' },
  );
}
