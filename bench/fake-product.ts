/**
 * A deterministic product side (Jira/Confluence REST as the backend sees it)
 * for benchmarks and hardening tests: who administers what, and N spaces.
 */
import type { AccessCheck, Caller, LicensePlan, ProductPort, ProductSpace } from '../src/app/ports';
import type { SpaceProduct } from '../src/shared/contract';

export interface FakeProductOptions {
  orgAdmins?: readonly string[];
  /** accountId → space keys administered. */
  spaceAdmins?: Readonly<Record<string, readonly string[]>>;
  /** accountId → the only products they administer (default: org admins administer both). */
  productAdmins?: Readonly<Record<string, readonly SpaceProduct[]>>;
  confluenceSpaces?: number;
  jiraSpaces?: number;
}

export class FakeProduct implements ProductPort {
  readonly calls = { isOrgAdmin: 0, isProductAdmin: 0, isSpaceAdmin: 0, listSpaces: 0, products: 0, jiraLicense: 0, accessBlocked: 0, setSpaceProperty: 0 };
  /** Space properties the app wrote (the page banner's display condition), by space id then key. */
  readonly spaceProperties = new Map<string, Map<string, string>>();
  private readonly spaces: Record<SpaceProduct, ProductSpace[]>;

  constructor(private readonly options: FakeProductOptions = {}) {
    const make = (prefix: string, count: number, app: string): ProductSpace[] =>
      Array.from({ length: count }, (_, i) => ({ key: `${prefix}${i}`, name: `${prefix} space ${i}`, app }));
    this.spaces = {
      confluence: make('C', options.confluenceSpaces ?? 20, 'confluence'),
      jira: make('J', options.jiraSpaces ?? 20, 'jira'),
    };
  }

  async isOrgAdmin(caller: Caller): Promise<boolean> {
    this.calls.isOrgAdmin++;
    return caller.accountId !== null && (this.options.orgAdmins ?? []).includes(caller.accountId);
  }

  async isProductAdmin(caller: Caller, product: SpaceProduct): Promise<boolean> {
    this.calls.isProductAdmin++;
    if (caller.accountId === null || !(this.options.orgAdmins ?? []).includes(caller.accountId)) return false;
    const only = this.options.productAdmins?.[caller.accountId];
    return only === undefined || only.includes(product);
  }

  async isSpaceAdmin(caller: Caller): Promise<boolean> {
    this.calls.isSpaceAdmin++;
    if (caller.accountId === null || caller.space === null) return false;
    return (this.options.spaceAdmins?.[caller.accountId] ?? []).includes(caller.space.key);
  }

  async listSpaces(product: SpaceProduct, options: { cursor?: string; limit: number; search?: string }): Promise<{ spaces: ProductSpace[]; nextCursor?: string }> {
    this.calls.listSpaces++;
    const start = options.cursor ? Number.parseInt(options.cursor, 10) : 0;
    const all = this.spaces[product];
    const page = all.slice(start, start + options.limit);
    const next = start + page.length;
    return { spaces: page, ...(next < all.length ? { nextCursor: String(next) } : {}) };
  }

  async products(): Promise<SpaceProduct[]> {
    this.calls.products++;
    return ['jira', 'confluence'];
  }

  async jiraLicense(): Promise<{ app: string; plan: LicensePlan }[] | null> {
    this.calls.jiraLicense++;
    return [{ app: 'jira-software', plan: 'PAID' }];
  }

  async accessBlocked(): Promise<AccessCheck> {
    this.calls.accessBlocked++;
    return { blocked: [], unchecked: [] };
  }

  async reportPersonalData(): Promise<{ accountId: string; status: 'closed' | 'updated' }[]> {
    return [];
  }

  async setSpaceProperty(spaceId: string, propertyKey: string, value: string | null): Promise<void> {
    this.calls.setSpaceProperty++;
    const properties = this.spaceProperties.get(spaceId) ?? new Map<string, string>();
    if (value === null) properties.delete(propertyKey);
    else properties.set(propertyKey, value);
    this.spaceProperties.set(spaceId, properties);
  }
}

/** A clock the caller moves. */
export class ManualClock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}
