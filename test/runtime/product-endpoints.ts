/**
 * Jira and Confluence as the app reaches them through `@forge/api`
 * (`requestJira` / `requestConfluence`, as the app or as the invoking user),
 * answering the calls this app makes with the shapes of the Jira platform v3
 * and Confluence v1/v2 REST references, over a small configurable site.
 */

export interface SiteAccount {
  accountId: string;
  displayName?: string;
  /** Jira global ADMINISTER (a Jira admin also administers every project). */
  jiraAdmin?: boolean;
  /** Confluence `administer` on `application`. */
  confluenceAdmin?: boolean;
  /** Keys of Jira projects the account administers (ADMINISTER_PROJECTS). */
  projectAdminOf?: string[];
  /** Keys of Confluence spaces the account administers. */
  spaceAdminOf?: string[];
}

export interface SiteProject {
  id: string;
  key: string;
  name: string;
  projectTypeKey: 'software' | 'service_desk' | 'business' | 'product_discovery';
}

export interface SiteSpace {
  id: string;
  key: string;
  name: string;
}

export interface SiteConfig {
  cloudId: string;
  siteUrl: string;
  accounts: SiteAccount[];
  projects: SiteProject[];
  spaces: SiteSpace[];
  /** `GET /rest/api/3/instance/license` applications. */
  license: { id: string; plan: 'FREE' | 'PAID' | 'UNLICENSED' }[];
  /** Confluence installed on the site (the app's optional compatibility). */
  confluence: boolean;
  /** App access rules blocking some content from the app, per product. */
  blocked: { jira: boolean; confluence: boolean };
}

export interface ProductRequest {
  product: 'jira' | 'confluence' | 'stargate';
  /** null: the app itself (asApp). */
  accountId: string | null;
  method: string;
  path: string;
  body: unknown;
}

export interface ProductAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface SpaceProperty {
  id: string;
  key: string;
  value: unknown;
  version: number;
  createdAt: string;
}

const json = (status: number, body: unknown): ProductAnswer => ({ status, body });
const jiraError = (status: number, message: string): ProductAnswer => json(status, { errorMessages: [message], errors: {} });
const confluenceError = (status: number, title: string): ProductAnswer =>
  json(status, { errors: [{ status, code: title.toUpperCase().replace(/\W+/g, '_'), title, detail: null }] });

export class ProductSite {
  private readonly properties = new Map<string, SpaceProperty[]>();
  private nextPropertyId = 90001;

  constructor(readonly config: SiteConfig) {}

  clear(): void {
    this.properties.clear();
  }

  /** The space properties Confluence holds for a space (for assertions). */
  spaceProperties(spaceId: string): Record<string, unknown> {
    return Object.fromEntries((this.properties.get(spaceId) ?? []).map((p) => [p.key, p.value]));
  }

  private account(accountId: string | null): SiteAccount | undefined {
    return accountId === null ? undefined : this.config.accounts.find((a) => a.accountId === accountId);
  }

  handle(request: ProductRequest): ProductAnswer {
    const url = new URL(request.path, this.config.siteUrl);
    const method = request.method.toUpperCase();
    if (request.product === 'jira') return this.jira(method, url, request);
    if (request.product === 'confluence') {
      // Without Confluence on the site the app's Confluence calls have nowhere to go.
      if (!this.config.confluence) return json(404, { message: 'Confluence is not installed on this site' });
      return this.confluence(method, url, request);
    }
    return this.stargate(method, url, request);
  }

  // ---------------------------------------------------------------- Jira

  private projectAdmin(accountId: string | null, project: SiteProject): boolean {
    const account = this.account(accountId);
    return account !== undefined && (account.jiraAdmin === true || (account.projectAdminOf ?? []).includes(project.key));
  }

  private jira(method: string, url: URL, request: ProductRequest): ProductAnswer {
    const path = url.pathname;
    const account = this.account(request.accountId);
    if (method === 'GET' && path === '/rest/api/3/mypermissions') {
      const wanted = url.searchParams.get('permissions');
      if (!wanted) return jiraError(400, 'The permissions query parameter is required.');
      const permissions: Record<string, unknown> = {};
      for (const key of wanted.split(',').map((k) => k.trim())) {
        const have =
          key === 'ADMINISTER'
            ? account?.jiraAdmin === true
            : key === 'ADMINISTER_PROJECTS'
              ? this.config.projects.some((p) => this.projectAdmin(request.accountId, p))
              : key === 'BROWSE_PROJECTS'
                ? true
                : undefined;
        if (have === undefined) return jiraError(404, `No project could be found with key '${key}'.`);
        permissions[key] = { id: key, key, name: key, type: key === 'ADMINISTER' ? 'GLOBAL' : 'PROJECT', description: '', havePermission: have };
      }
      return json(200, { permissions });
    }
    if (method === 'POST' && path === '/rest/api/3/permissions/check') {
      const body = (request.body ?? {}) as {
        accountId?: string;
        globalPermissions?: string[];
        projectPermissions?: { permissions: string[]; projects?: (string | number)[] }[];
      };
      // Checking someone else needs Administer Jira; the app may check any user.
      const subject = body.accountId ?? request.accountId;
      if (request.accountId !== null && subject !== request.accountId && account?.jiraAdmin !== true)
        return jiraError(403, 'You cannot check permissions of other users.');
      // The reference types project ids as int64 numbers (ASSUMED strict, as a schema-validating server is).
      if ((body.projectPermissions ?? []).some((check) => (check.projects ?? []).some((id) => typeof id !== 'number' || !Number.isInteger(id)))) {
        return jiraError(400, 'projectPermissions.projects must be a list of project ids (integers).');
      }
      const subjectAccount = this.account(subject ?? null);
      const globalPermissions = (body.globalPermissions ?? []).filter((p) => p === 'ADMINISTER' && subjectAccount?.jiraAdmin === true);
      const projectPermissions = (body.projectPermissions ?? []).flatMap((check) =>
        check.permissions.map((permission) => {
          const asked = check.projects ?? this.config.projects.map((p) => p.id);
          const granted = asked
            .map((id) => this.config.projects.find((p) => p.id === String(id) || p.key === String(id)))
            .filter((p): p is SiteProject => p !== undefined)
            .filter((p) => (permission === 'ADMINISTER_PROJECTS' ? this.projectAdmin(subject ?? null, p) : permission === 'BROWSE_PROJECTS'));
          return { permission, issues: [], projects: granted.map((p) => Number(p.id)) };
        }),
      );
      return json(200, { globalPermissions, projectPermissions });
    }
    if (method === 'GET' && path === '/rest/api/3/instance/license') return json(200, { applications: this.config.license });
    if (method === 'GET' && path === '/rest/api/3/data-policy') return json(200, { anyContentBlocked: this.config.blocked.jira });
    if (method === 'GET' && path === '/rest/api/3/project/search') {
      const startAt = Number(url.searchParams.get('startAt') ?? '0');
      const maxResults = Math.min(Number(url.searchParams.get('maxResults') ?? '50'), 100);
      if (!Number.isInteger(startAt) || startAt < 0 || !Number.isInteger(maxResults) || maxResults < 0)
        return jiraError(400, 'startAt and maxResults must be non-negative integers.');
      const query = (url.searchParams.get('query') ?? '').toLowerCase();
      const all = this.config.projects.filter((p) => !query || p.key.toLowerCase().includes(query) || p.name.toLowerCase().includes(query));
      const values = all
        .slice(startAt, startAt + maxResults)
        .map((p) => ({ id: p.id, key: p.key, name: p.name, projectTypeKey: p.projectTypeKey, self: `${this.config.siteUrl}/rest/api/3/project/${p.id}` }));
      return json(200, { self: url.toString(), maxResults, startAt, total: all.length, isLast: startAt + values.length >= all.length, values });
    }
    return jiraError(404, `No Jira resource at ${method} ${path}`);
  }

  // ---------------------------------------------------------- Confluence

  private spaceAdmin(accountId: string | null, space: SiteSpace): boolean {
    return (this.account(accountId)?.spaceAdminOf ?? []).includes(space.key);
  }

  private confluence(method: string, url: URL, request: ProductRequest): ProductAnswer {
    const path = url.pathname;
    const account = this.account(request.accountId);
    if (method === 'GET' && path === '/wiki/rest/api/user/current') {
      const expand = (url.searchParams.get('expand') ?? '').split(',');
      const operations = [
        { operation: 'use', targetType: 'application' },
        ...(account?.confluenceAdmin === true ? [{ operation: 'administer', targetType: 'application' }] : []),
      ];
      const user =
        request.accountId === null
          ? { type: 'known', accountId: 'app-user', accountType: 'app', displayName: 'Contribution Lens' }
          : { type: 'known', accountId: request.accountId, accountType: 'atlassian', displayName: account?.displayName ?? request.accountId };
      return json(200, {
        ...user,
        ...(expand.includes('operations') ? { operations: request.accountId === null ? [operations[0]] : operations } : {}),
        _expandable: {},
      });
    }
    if (method === 'GET' && (path === '/wiki/rest/api/data-policies/metadata' || path === '/wiki/api/v2/data-policies/metadata')) {
      return json(200, { anyContentBlocked: this.config.blocked.confluence });
    }
    if (method === 'GET' && path === '/wiki/api/v2/spaces') {
      const limit = Number(url.searchParams.get('limit') ?? '25');
      if (!Number.isInteger(limit) || limit < 1 || limit > 250) return confluenceError(400, 'Bad Request');
      const cursor = url.searchParams.get('cursor');
      const start = cursor ? Number(Buffer.from(cursor, 'base64url').toString('utf8')) : 0;
      if (!Number.isInteger(start) || start < 0) return confluenceError(400, 'Invalid cursor');
      const page = this.config.spaces.slice(start, start + limit);
      const next = start + page.length;
      return json(200, {
        results: page.map((s) => ({ id: s.id, key: s.key, name: s.name, type: 'global', status: 'current' })),
        _links: {
          base: `${this.config.siteUrl}/wiki`,
          ...(next < this.config.spaces.length
            ? { next: `/wiki/api/v2/spaces?limit=${limit}&cursor=${Buffer.from(String(next), 'utf8').toString('base64url')}` }
            : {}),
        },
      });
    }
    const spaceMatch = /^\/wiki\/api\/v2\/spaces\/([^/]+)\/(operations|properties)(?:\/([^/]+))?$/.exec(path);
    if (spaceMatch) {
      const [, spaceId, what, propertyId] = spaceMatch as unknown as [string, string, string, string | undefined];
      const space = this.config.spaces.find((s) => s.id === decodeURIComponent(spaceId));
      if (!space) return confluenceError(404, 'Not Found');
      if (what === 'operations' && method === 'GET' && propertyId === undefined) {
        const administer = request.accountId !== null && this.spaceAdmin(request.accountId, space);
        return json(200, {
          operations: [
            { operation: 'read', targetType: 'space' },
            ...(administer
              ? [
                  { operation: 'administer', targetType: 'space' },
                  { operation: 'create', targetType: 'page' },
                ]
              : []),
          ],
        });
      }
      if (what === 'properties') return this.spaceProperty(method, url, space, propertyId, request);
    }
    return confluenceError(404, 'Not Found');
  }

  private spaceProperty(method: string, url: URL, space: SiteSpace, propertyId: string | undefined, request: ProductRequest): ProductAnswer {
    const list = this.properties.get(space.id) ?? [];
    const view = (p: SpaceProperty) => ({
      id: p.id,
      key: p.key,
      value: p.value,
      createdAt: p.createdAt,
      version: { number: p.version, createdAt: p.createdAt, message: '' },
    });
    const body = (request.body ?? {}) as { key?: string; value?: unknown; version?: { number?: number } };
    if (propertyId === undefined) {
      if (method === 'GET') {
        const key = url.searchParams.get('key');
        return json(200, { results: list.filter((p) => key === null || p.key === key).map(view), _links: {} });
      }
      if (method === 'POST') {
        if (typeof body.key !== 'string' || body.key.length === 0 || body.value === undefined) return confluenceError(400, 'Bad Request');
        if (list.some((p) => p.key === body.key)) return confluenceError(400, 'A property with this key already exists');
        const created: SpaceProperty = { id: String(this.nextPropertyId++), key: body.key, value: body.value, version: 1, createdAt: new Date().toISOString() };
        this.properties.set(space.id, [...list, created]);
        return json(201, view(created));
      }
      return confluenceError(405, 'Method Not Allowed');
    }
    const existing = list.find((p) => p.id === propertyId);
    if (!existing) return confluenceError(404, 'Not Found');
    if (method === 'GET') return json(200, view(existing));
    if (method === 'DELETE') {
      this.properties.set(
        space.id,
        list.filter((p) => p !== existing),
      );
      return { status: 204 };
    }
    if (method === 'PUT') {
      if (body.key !== existing.key || body.value === undefined) return confluenceError(400, 'Bad Request');
      if (body.version?.number !== existing.version + 1) return confluenceError(409, 'Version must be incremented');
      existing.value = body.value;
      existing.version += 1;
      return json(200, view(existing));
    }
    return confluenceError(405, 'Method Not Allowed');
  }

  // ------------------------------------------------------------ stargate

  /** `privacy.reportPersonalData` posts to `/app/report-accounts` as the app. */
  private stargate(method: string, url: URL, request: ProductRequest): ProductAnswer {
    if (method === 'POST' && url.pathname === '/app/report-accounts') {
      const accounts = ((request.body as { accounts?: { accountId: string }[] } | null)?.accounts ?? []).filter(
        (a) => !this.config.accounts.some((known) => known.accountId === a.accountId),
      );
      // Accounts the site no longer knows are reported closed; nothing to report answers 204.
      return accounts.length === 0 ? { status: 204 } : json(200, { accounts: accounts.map((a) => ({ accountId: a.accountId, status: 'closed' })) });
    }
    return json(404, { message: `No Atlassian API at ${method} ${url.pathname}` });
  }
}
