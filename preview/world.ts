/**
 * The simulated Atlassian site the preview runs against: Confluence spaces,
 * Jira spaces (projects), who may administer what, the Jira license, and the
 * product REST endpoints the backend calls as the user. Deterministic data.
 */

export type Product = 'jira' | 'confluence';

export interface SimSpace {
  product: Product;
  id: string;
  key: string;
  name: string;
  /** Jira project type; Confluence spaces have none. */
  projectType?: 'software' | 'business' | 'service_desk';
  /** Anonymous visitors may read (public Confluence spaces only). */
  anonymousAccess: boolean;
}

export type IdentityId = 'org-admin' | 'user' | 'anonymous' | `space-admin:${string}`;

export interface Identity {
  id: IdentityId;
  accountId: string | undefined;
  accountType: 'licensed' | 'anonymous';
  displayName: string;
  /** Space keys (either product) this identity administers. */
  administers: 'all' | string[];
  siteAdmin: boolean;
}

const CONFLUENCE_SPACES: [string, string][] = [
  ['ENG', 'Engineering'],
  ['PROD', 'Product'],
  ['DES', 'Design'],
  ['MKT', 'Marketing'],
  ['SALES', 'Sales'],
  ['SUP', 'Support'],
  ['HR', 'People'],
  ['FIN', 'Finance'],
  ['LEGAL', 'Legal'],
  ['SEC', 'Security'],
  ['OPS', 'Operations'],
  ['DATA', 'Data Platform'],
  ['MOB', 'Mobile'],
  ['WEB', 'Web'],
  ['QA', 'Quality'],
  ['DOCS', 'Public Documentation'],
  ['ONB', 'Onboarding'],
  ['RND', 'Research'],
  ['PART', 'Partners'],
  ['EXEC', 'Leadership'],
  ['IT', 'IT Services'],
  ['FAC', 'Facilities'],
  ['COMMS', 'Communications'],
  ['EVT', 'Events'],
  ['TRAIN', 'Training'],
  ['ARCH', 'Architecture'],
  ['INFRA', 'Infrastructure'],
  ['API', 'Public API'],
  ['CS', 'Customer Success'],
  ['BRAND', 'Brand'],
];
/** Open to anonymous visitors: the Confluence DOCS and API spaces, the Jira API space. */
const PUBLIC_SPACES = new Set(['DOCS', 'API']);

const JIRA_PROJECTS: [string, string, SimSpace['projectType']][] = [
  ['ENG', 'Engineering', 'software'],
  ['WEB', 'Web Platform', 'software'],
  ['MOB', 'Mobile Apps', 'software'],
  ['API', 'Public API', 'software'],
  ['DATA', 'Data Pipeline', 'software'],
  ['INFRA', 'Infrastructure', 'software'],
  ['SEC', 'Security Findings', 'software'],
  ['QA', 'Test Automation', 'software'],
  ['DES', 'Design Requests', 'business'],
  ['MKT', 'Campaigns', 'business'],
  ['HR', 'Hiring', 'business'],
  ['FIN', 'Finance Operations', 'business'],
  ['LEGAL', 'Contracts', 'business'],
  ['EVT', 'Events', 'business'],
  ['BRAND', 'Brand Refresh', 'business'],
  ['OPS', 'Operations', 'business'],
  ['HELP', 'IT Help Desk', 'service_desk'],
  ['CSD', 'Customer Support', 'service_desk'],
  ['FAC', 'Facilities Requests', 'service_desk'],
  ['PAY', 'Payroll Questions', 'service_desk'],
  ['MIG', 'Cloud Migration', 'software'],
  ['AI', 'AI Experiments', 'software'],
  ['ACC', 'Accessibility', 'software'],
  ['PERF', 'Performance', 'software'],
];

export const SPACES: readonly SimSpace[] = [
  ...CONFLUENCE_SPACES.map(([key, name], i): SimSpace => ({
    product: 'confluence',
    id: String(65_000 + i),
    key,
    name,
    anonymousAccess: PUBLIC_SPACES.has(key),
  })),
  ...JIRA_PROJECTS.map(([key, name, projectType], i): SimSpace => ({
    product: 'jira',
    id: String(10_000 + i),
    key,
    name,
    projectType,
    anonymousAccess: PUBLIC_SPACES.has(key),
  })),
];

export function findSpace(product: Product, key: string): SimSpace | undefined {
  return SPACES.find((s) => s.product === product && s.key === key);
}

export function spacesOf(product: Product): SimSpace[] {
  return SPACES.filter((s) => s.product === product);
}

const SPACE_ADMIN_PREFIX = 'space-admin:';

export function parseIdentity(raw: string): IdentityId | null {
  if (raw === 'org-admin' || raw === 'user' || raw === 'anonymous') return raw;
  if (raw.startsWith(SPACE_ADMIN_PREFIX)) {
    const key = raw.slice(SPACE_ADMIN_PREFIX.length);
    if (SPACES.some((s) => s.key === key)) return raw as IdentityId;
  }
  return null;
}

export function identity(id: IdentityId): Identity {
  if (id === 'org-admin') {
    return { id, accountId: '5b10ac8d82e05b22cc7d4ef5', accountType: 'licensed', displayName: 'Avery Chen (org admin)', administers: 'all', siteAdmin: true };
  }
  if (id === 'user') {
    return { id, accountId: '5b10a2844c20165700ede21g', accountType: 'licensed', displayName: 'Uma Patel', administers: [], siteAdmin: false };
  }
  if (id === 'anonymous') {
    return { id, accountId: undefined, accountType: 'anonymous', displayName: 'Anonymous visitor', administers: [], siteAdmin: false };
  }
  const key = id.slice(SPACE_ADMIN_PREFIX.length);
  return {
    id,
    accountId: `712020:space-admin-${key.toLowerCase()}`,
    accountType: 'licensed',
    displayName: `Sam Ortiz (admin of ${key})`,
    administers: [key],
    siteAdmin: false,
  };
}

export function identityByAccountId(accountId: string | undefined): Identity {
  if (!accountId) return identity('anonymous');
  for (const id of ['org-admin', 'user'] as const) if (identity(id).accountId === accountId) return identity(id);
  const match = /^712020:space-admin-(.+)$/.exec(accountId);
  if (match?.[1]) {
    const spaceId = parseIdentity(`${SPACE_ADMIN_PREFIX}${match[1].toUpperCase()}`);
    if (spaceId) return identity(spaceId);
  }
  // Unknown accounts are plain users without rights: fail closed.
  return { id: 'user', accountId, accountType: 'licensed', displayName: accountId, administers: [], siteAdmin: false };
}

export function administersSpace(who: Identity, space: SimSpace): boolean {
  return who.administers === 'all' || who.administers.includes(space.key);
}

export function canView(who: Identity, space: SimSpace): boolean {
  return who.accountType !== 'anonymous' || space.anonymousAccess;
}

/** Who the start page offers: the org admin, the admins of the selected spaces, a plain user, an anonymous visitor. */
export function identityChoices(spaceKeys: string[], current: IdentityId): IdentityId[] {
  const spaceAdmins = [...new Set(spaceKeys)].map((key) => `space-admin:${key}` as IdentityId);
  const choices: IdentityId[] = ['org-admin', ...spaceAdmins, 'user', 'anonymous'];
  return choices.includes(current) ? choices : [...choices, current];
}

export type JiraPlan = 'FREE' | 'PAID';
