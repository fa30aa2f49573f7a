/** The simulated product API behind the app's ProductPort: permission checks per identity, spaces, Jira license, space properties. */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { appOfProject } from '../src/auth/context';
import { FakeProduct } from '../fixtures/product';
import type { Caller, LicensePlan, ProductSpace } from '../src/app/ports';
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

/**
 * The shared fake product (fixtures/product.ts) over the preview's world: its identities decide who
 * administers what, its spaces are listed, the Jira license follows the start page, and space
 * properties live in a file next to the simulated storage.
 */
export class PreviewProduct extends FakeProduct {
  constructor(
    private readonly jiraPlan: () => JiraPlan,
    readonly propertyStore = new SpacePropertyStore(),
  ) {
    super({ orgAdmins: [], spaceAdmins: {} });
    const listed = (product: SpaceProduct): ProductSpace[] => spacesOf(product).map((s) => ({ key: s.key, name: s.name, app: appOf(s), id: s.id }));
    this.spaces = { jira: listed('jira'), confluence: listed('confluence') };
  }

  /** The preview's org admin administers both products. */
  protected override isOrgAdminAccount(accountId: string): boolean {
    return identityByAccountId(accountId).siteAdmin;
  }

  protected override administersSpace(accountId: string, caller: NonNullable<Caller['space']>, product: SpaceProduct): boolean {
    const space = findSpace(product, caller.key);
    return space !== undefined && space.id === caller.id && administersSpace(identityByAccountId(accountId), space);
  }

  override async jiraLicense(): Promise<{ app: string; plan: LicensePlan }[] | null> {
    return [{ app: 'jira-software', plan: this.jiraPlan() }];
  }

  override async setSpaceProperty(spaceId: string, propertyKey: string, value: string | null): Promise<void> {
    const space = spacesOf('confluence').find((s) => s.id === spaceId);
    if (!space) {
      if (value === null) return;
      throw new Error(`Confluence space ${spaceId} was not found`);
    }
    this.propertyStore.set(spaceId, propertyKey, value ?? undefined);
  }
}
