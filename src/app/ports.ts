/** What the services need from the outside world; Forge, the preview and tests each supply their own. */
import type { SpaceProduct } from '../shared/contract';

export interface Clock {
  now(): Date;
}

/** Who is calling, taken from the resolver context only (never from the payload). */
export interface Caller {
  /** null for anonymous visitors. */
  accountId: string | null;
  /** The product the calling module runs in. */
  product: SpaceProduct;
  moduleKey: string;
  /** The module type, such as `confluence:pageBanner`. */
  moduleType: string;
  /** The space or project the module is rendered in. `app` is the engine's app id (jira, jira-service-management, confluence). */
  space: { key: string; id: string; app: string } | null;
  locale: string | null;
  /** The site (cloud id) the call comes from, when the context names it; evidence bundles carry it. */
  siteId?: string | null;
}

export interface ProductSpace {
  key: string;
  name: string;
  app: string;
  /** The product's own id (Confluence space id); space properties are addressed by it. */
  id?: string;
}

export type LicensePlan = 'FREE' | 'PAID' | 'UNLICENSED';

export interface ProductPort {
  /** Org/site admin of the caller's product (Jira ADMINISTER, Confluence administer). Fails closed. */
  isOrgAdmin(caller: Caller): Promise<boolean>;
  /**
   * Admin of `product` as the calling user (Jira ADMINISTER, Confluence administer), whichever
   * product the caller's module runs in: a Jira-only admin may not list Confluence spaces. Fails closed.
   */
  isProductAdmin(caller: Caller, product: SpaceProduct): Promise<boolean>;
  /** Admin of the space/project the caller's module is rendered in. Fails closed. */
  isSpaceAdmin(caller: Caller): Promise<boolean>;
  /** One page of the product's spaces (Confluence spaces, Jira spaces/projects), read as the app. */
  listSpaces(product: SpaceProduct, options: { cursor?: string; limit: number; search?: string }): Promise<{ spaces: ProductSpace[]; nextCursor?: string }>;
  /** Products installed alongside the app (Jira always; Confluence when the optional compatibility is used). */
  products(): Promise<SpaceProduct[]>;
  /** Jira app plans from GET /rest/api/3/instance/license; null when unavailable. */
  jiraLicense(): Promise<{ app: string; plan: LicensePlan }[] | null>;
  /**
   * Whether app access rules (data policies) block this app from some content, per installed product.
   * A product whose check failed is listed in `unchecked` with the reason, never as "not blocked".
   */
  accessBlocked(): Promise<AccessCheck>;
  /**
   * Sets the app's property `propertyKey` on a Confluence space to the string `value`, or removes
   * it (null), as the app. Idempotent; removing a property or space that is gone is no error.
   * Throws ProductRateLimitedError when the product asks the app to slow down.
   */
  setSpaceProperty(spaceId: string, propertyKey: string, value: string | null): Promise<void>;
  /**
   * Atlassian's personal data reporting for one batch of at most 90 accounts: which of them
   * were closed (erase) or updated since `updatedAt`. Throws when the platform does not answer.
   */
  reportPersonalData(accounts: readonly { accountId: string; updatedAt: string }[]): Promise<{ accountId: string; status: 'closed' | 'updated' }[]>;
}

/** The two permission checks the resolver wrapper and the public operations need (the page-view function has only these). */
export type PermissionPort = Pick<ProductPort, 'isOrgAdmin' | 'isSpaceAdmin'>;

export interface AccessCheck {
  /** Products where app access rules block this app from some content. */
  blocked: SpaceProduct[];
  /** Products whose app access rules could not be read, with why. */
  unchecked: { product: SpaceProduct; reason: string }[];
}

/** The product answered HTTP 429: stop for now and continue on a later run. */
export class ProductRateLimitedError extends Error {
  override readonly name = 'ProductRateLimitedError';
}
