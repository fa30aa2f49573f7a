/** The simulated product API behind the app's ProductPort: permission checks per identity, spaces, Jira license. */
import { appOfProject } from '../src/auth/context';
import type { Caller, LicensePlan, ProductPort, ProductSpace } from '../src/app/ports';
import type { SpaceProduct } from '../src/shared/contract';
import { administersSpace, findSpace, identityByAccountId, spacesOf, type JiraPlan, type SimSpace } from './world';

const appOf = (space: SimSpace): string => (space.product === 'confluence' ? 'confluence' : appOfProject(space.projectType));

export class PreviewProduct implements ProductPort {
  constructor(private readonly jiraPlan: () => JiraPlan) {}

  async isOrgAdmin(caller: Caller): Promise<boolean> {
    return caller.accountId !== null && identityByAccountId(caller.accountId).siteAdmin;
  }

  async isSpaceAdmin(caller: Caller): Promise<boolean> {
    if (caller.accountId === null || caller.space === null) return false;
    const space = findSpace(caller.product, caller.space.key);
    return space !== undefined && space.id === caller.space.id && administersSpace(identityByAccountId(caller.accountId), space);
  }

  async listSpaces(product: SpaceProduct, options: { cursor?: string; limit: number; search?: string }): Promise<{ spaces: ProductSpace[]; nextCursor?: string }> {
    const search = options.search?.toLowerCase();
    const all = spacesOf(product).filter((s) => !search || s.key.toLowerCase().includes(search) || s.name.toLowerCase().includes(search));
    const start = options.cursor ? Number.parseInt(options.cursor, 10) || 0 : 0;
    const page = all.slice(start, start + options.limit).map((s) => ({ key: s.key, name: s.name, app: appOf(s) }));
    const next = start + options.limit;
    return next < all.length ? { spaces: page, nextCursor: String(next) } : { spaces: page };
  }

  async products(): Promise<SpaceProduct[]> {
    return ['jira', 'confluence'];
  }

  async jiraLicense(): Promise<{ app: string; plan: LicensePlan }[] | null> {
    return [{ app: 'jira-software', plan: this.jiraPlan() }];
  }

  async accessBlocked(): Promise<SpaceProduct[] | null> {
    return [];
  }
}
