/** The simulated product API behind the app's ProductPort: permission checks per identity, spaces, Jira license, space properties. */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { appOfProject } from '../src/auth/context';
import type { AccessCheck, Caller, LicensePlan, ProductPort, ProductSpace } from '../src/app/ports';
import type { SpaceProduct } from '../src/shared/contract';
import { administersSpace, findSpace, identityByAccountId, spacesOf, type JiraPlan, type SimSpace } from './world';

const appOf = (space: SimSpace): string => (space.product === 'confluence' ? 'confluence' : appOfProject(space.projectType));

const storedProperties = z.record(z.string(), z.record(z.string(), z.unknown()));

/**
 * Confluence space properties as the product keeps them (space id → key → JSON value), in a
 * file next to the simulated storage so they survive a restart as they would on a site.
 */
export class SpacePropertyStore {
  private properties: Record<string, Record<string, unknown>> = {};

  constructor(private readonly file: string | null = null) {
    if (file && existsSync(file)) {
      const parsed = storedProperties.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (parsed.success) this.properties = parsed.data;
      else console.warn(`preview: ignoring ${file}: not a space property file`);
    }
  }

  get(spaceId: string, key: string): unknown {
    return this.properties[spaceId]?.[key];
  }

  set(spaceId: string, key: string, value: unknown): void {
    const props = { ...(this.properties[spaceId] ?? {}) };
    if (value === undefined) delete props[key];
    else props[key] = value;
    if (Object.keys(props).length === 0) delete this.properties[spaceId];
    else this.properties[spaceId] = props;
    this.save();
  }

  clear(): void {
    this.properties = {};
    if (this.file) rmSync(this.file, { force: true });
  }

  private save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.properties));
    renameSync(`${this.file}.tmp`, this.file);
  }
}

export class PreviewProduct implements ProductPort {
  constructor(
    private readonly jiraPlan: () => JiraPlan,
    readonly spaceProperties = new SpacePropertyStore(),
  ) {}

  async isOrgAdmin(caller: Caller): Promise<boolean> {
    return caller.accountId !== null && identityByAccountId(caller.accountId).siteAdmin;
  }

  /** The preview's org admin administers both products. */
  async isProductAdmin(caller: Caller, _product: SpaceProduct): Promise<boolean> {
    return this.isOrgAdmin(caller);
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
    const page = all.slice(start, start + options.limit).map((s) => ({ key: s.key, name: s.name, app: appOf(s), id: s.id }));
    const next = start + options.limit;
    return next < all.length ? { spaces: page, nextCursor: String(next) } : { spaces: page };
  }

  async products(): Promise<SpaceProduct[]> {
    return ['jira', 'confluence'];
  }

  async jiraLicense(): Promise<{ app: string; plan: LicensePlan }[] | null> {
    return [{ app: 'jira-software', plan: this.jiraPlan() }];
  }

  async accessBlocked(): Promise<AccessCheck> {
    return { blocked: [], unchecked: [] };
  }

  /** The preview has no Atlassian accounts to close: nothing to erase. */
  async reportPersonalData(): Promise<{ accountId: string; status: 'closed' | 'updated' }[]> {
    return [];
  }

  async setSpaceProperty(spaceId: string, propertyKey: string, value: string | null): Promise<void> {
    const space = spacesOf('confluence').find((s) => s.id === spaceId);
    if (!space) {
      if (value === null) return;
      throw new Error(`Confluence space ${spaceId} was not found`);
    }
    this.spaceProperties.set(spaceId, propertyKey, value ?? undefined);
  }
}
