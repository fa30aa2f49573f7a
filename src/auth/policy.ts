/**
 * Who may call what. Every operation names one requirement; the resolver
 * wrapper checks it before the service runs. Checks go through the product
 * port (asUser calls on Forge) and fail closed: an error means "no".
 */
import type { Caller, PermissionPort } from '../app/ports';

export type Requirement =
  /** Jira administrator (jira:adminPage) or Confluence administrator (confluence:globalSettings). */
  | 'org-admin'
  /** Admin of the space/project the module is shown in (or an org admin). */
  | 'space-admin'
  /** Any signed-in user of the module. */
  | 'signed-in'
  /** Anyone who can render the module, anonymous and unlicensed included. */
  | 'anyone';

/** Module types each resolver function serves: admin operations cannot be reached from other modules. */
export const ADMIN_MODULE_TYPES: ReadonlySet<string> = new Set(['jira:adminPage', 'confluence:globalSettings']);
export const PUBLIC_MODULE_TYPES: ReadonlySet<string> = new Set([
  'jira:projectPage',
  'confluence:spacePage',
  'confluence:contentBylineItem',
  'confluence:pageBanner',
  'jira:issueContext',
]);

async function safely(check: () => Promise<boolean>): Promise<boolean> {
  try {
    return await check();
  } catch (error) {
    console.error('permission check failed; denying', error);
    return false;
  }
}

export async function isAllowed(requirement: Requirement, caller: Caller, product: PermissionPort): Promise<boolean> {
  switch (requirement) {
    case 'anyone':
      return true;
    case 'signed-in':
      return caller.accountId !== null;
    case 'org-admin':
      return caller.accountId !== null && (await safely(() => product.isOrgAdmin(caller)));
    case 'space-admin':
      if (caller.accountId === null || caller.space === null) return false;
      return (await safely(() => product.isSpaceAdmin(caller))) || (await safely(() => product.isOrgAdmin(caller)));
  }
}
