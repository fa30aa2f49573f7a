/** The Forge product port against a mocked @forge/api: right calls, as the right principal, failing closed. */
const requests: { as: 'user' | 'app'; product: 'jira' | 'confluence'; path: string }[] = [];
let responder: (req: { as: string; product: string; path: string }) => { ok: boolean; status?: number; body?: unknown; throws?: string } = () => ({
  ok: false,
});
const onJira = jest.fn();

jest.mock('@forge/api', () => {
  const fetcher = (as: 'user' | 'app') => ({
    requestJira: async (path: string) => {
      requests.push({ as, product: 'jira', path });
      const r = responder({ as, product: 'jira', path });
      return { ok: r.ok, status: r.status ?? (r.ok ? 200 : 500), json: async () => r.body };
    },
    requestConfluence: async (path: string) => {
      requests.push({ as, product: 'confluence', path });
      const r = responder({ as, product: 'confluence', path });
      if (r.throws) throw new Error(r.throws);
      return { ok: r.ok, status: r.status ?? (r.ok ? 200 : 500), json: async () => r.body };
    },
  });
  return {
    __esModule: true,
    default: { asUser: () => fetcher('user'), asApp: () => fetcher('app') },
    authorize: () => ({ onJira }),
    route: (s: TemplateStringsArray, ...v: unknown[]) => s.reduce((a, x, i) => a + x + (i < v.length ? encodeURIComponent(String(v[i])) : ''), ''),
  };
});

import type { Caller } from '../../src/app/ports';
import { ForgeProductPort } from '../../src/platform/forge/product';

const port = new ForgeProductPort();
const caller = (over: Partial<Caller> = {}): Caller => ({
  accountId: 'acc-1',
  product: 'jira',
  moduleKey: 'm',
  moduleType: 'jira:adminPage',
  space: null,
  locale: null,
  ...over,
});

beforeEach(() => {
  requests.length = 0;
  onJira.mockReset();
});

test('Jira org admin: mypermissions ADMINISTER as the user', async () => {
  responder = () => ({ ok: true, body: { permissions: { ADMINISTER: { havePermission: true } } } });
  expect(await port.isOrgAdmin(caller())).toBe(true);
  expect(requests).toEqual([{ as: 'user', product: 'jira', path: '/rest/api/3/mypermissions?permissions=ADMINISTER' }]);
  responder = () => ({ ok: true, body: { permissions: { ADMINISTER: { havePermission: false } } } });
  expect(await port.isOrgAdmin(caller())).toBe(false);
  responder = () => ({ ok: false });
  expect(await port.isOrgAdmin(caller())).toBe(false);
  expect(await port.isOrgAdmin(caller({ accountId: null }))).toBe(false);
});

test('Confluence admin: administer on application, as the user', async () => {
  responder = () => ({ ok: true, body: { operations: [{ operation: 'administer', targetType: 'application' }] } });
  expect(await port.isOrgAdmin(caller({ product: 'confluence', moduleType: 'confluence:globalSettings' }))).toBe(true);
  expect(requests[0]).toEqual({ as: 'user', product: 'confluence', path: '/wiki/rest/api/user/current?expand=operations' });
  responder = () => ({ ok: true, body: { operations: [{ operation: 'administer', targetType: 'space' }] } });
  expect(await port.isOrgAdmin(caller({ product: 'confluence' }))).toBe(false);
});

test('space admin: Confluence space operations and Jira ADMINISTER_PROJECTS', async () => {
  responder = () => ({ ok: true, body: { results: [{ operation: 'administer', targetType: 'space' }] } });
  const space = caller({ product: 'confluence', space: { key: 'DOCS', id: '2001', app: 'confluence' } });
  expect(await port.isSpaceAdmin(space)).toBe(true);
  expect(requests[0]).toEqual({ as: 'user', product: 'confluence', path: '/wiki/api/v2/spaces/2001/operations' });
  onJira.mockResolvedValueOnce([{ permission: 'ADMINISTER_PROJECTS', projects: [10001] }]);
  expect(await port.isSpaceAdmin(caller({ space: { key: 'ENG', id: '10001', app: 'jira' } }))).toBe(true);
  expect(onJira).toHaveBeenCalledWith([{ permissions: ['ADMINISTER_PROJECTS'], projects: [10001] }]);
  onJira.mockResolvedValueOnce([{ permission: 'ADMINISTER_PROJECTS', projects: [10002] }]);
  expect(await port.isSpaceAdmin(caller({ space: { key: 'ENG', id: '10001', app: 'jira' } }))).toBe(false);
  expect(await port.isSpaceAdmin(caller({ space: null }))).toBe(false);
});

test('space lists page as the app: Jira startAt, Confluence cursor from the next link', async () => {
  responder = ({ product }) =>
    product === 'jira'
      ? {
          ok: true,
          body: {
            values: [
              { key: 'ENG', name: 'Engineering', projectTypeKey: 'software' },
              { key: 'HELP', name: 'Help', projectTypeKey: 'service_desk' },
            ],
            isLast: false,
          },
        }
      : { ok: true, body: { results: [{ key: 'DOCS', name: 'Docs' }], _links: { next: '/wiki/api/v2/spaces?limit=2&cursor=abc%3D%3D' } } };
  expect(await port.listSpaces('jira', { limit: 2, cursor: '4', search: 'e' })).toEqual({
    spaces: [
      { key: 'ENG', name: 'Engineering', app: 'jira' },
      { key: 'HELP', name: 'Help', app: 'jira-service-management' },
    ],
    nextCursor: '6',
  });
  expect(requests[0]).toEqual({ as: 'app', product: 'jira', path: '/rest/api/3/project/search?startAt=4&maxResults=2&query=e' });
  expect(await port.listSpaces('confluence', { limit: 2 })).toEqual({ spaces: [{ key: 'DOCS', name: 'Docs', app: 'confluence' }], nextCursor: 'abc==' });
});

test('license and app access rules are read as the app', async () => {
  responder = ({ path }) =>
    path.includes('license')
      ? {
          ok: true,
          body: {
            applications: [
              { id: 'jira-software', plan: 'PAID' },
              { id: 'odd', plan: 'WHAT' },
            ],
          },
        }
      : path.includes('data-polic')
        ? { ok: true, body: { anyContentBlocked: path.startsWith('/wiki') } }
        : { ok: true, body: { results: [] } };
  expect(await port.jiraLicense()).toEqual([{ app: 'jira-software', plan: 'PAID' }]);
  expect(await port.accessBlocked()).toEqual({ blocked: ['confluence'], unchecked: [] });
  expect(requests.every((r) => r.as === 'app')).toBe(true);
  // The documented v2 endpoint (needs read:configuration:confluence), not the v1 path.
  expect(requests.map((r) => r.path)).toContain('/wiki/api/v2/data-policies/metadata');
});

test('an app access check that fails is reported as unchecked with the reason, never as not blocked', async () => {
  const cases: { answer: (path: string) => { ok: boolean; status?: number; body?: unknown; throws?: string }; reason: RegExp }[] = [
    { answer: () => ({ ok: false, status: 403 }), reason: /HTTP 403/ },
    { answer: () => ({ ok: true, body: { something: 'else' } }), reason: /anyContentBlocked/ },
    { answer: () => ({ ok: true, throws: 'socket hang up' }), reason: /socket hang up/ },
  ];
  for (const { answer, reason } of cases) {
    responder = ({ path }) =>
      path.startsWith('/wiki/api/v2/data-policies')
        ? answer(path)
        : path.includes('data-policy')
          ? { ok: true, body: { anyContentBlocked: false } }
          : { ok: true, body: { results: [] } };
    const result = await port.accessBlocked();
    expect(result.blocked).toEqual([]);
    expect(result.unchecked).toEqual([{ product: 'confluence', reason: expect.stringMatching(reason) }]);
  }
});

test('finding 6: from the Jira admin page, Confluence admin is checked as the user in Confluence', async () => {
  responder = (req) => ({ ok: true, body: req.product === 'confluence' ? { operations: [{ operation: 'administer', targetType: 'application' }] } : {} });
  expect(await port.isProductAdmin(caller(), 'confluence')).toBe(true);
  expect(requests).toEqual([{ as: 'user', product: 'confluence', path: '/wiki/rest/api/user/current?expand=operations' }]);
  responder = () => ({ ok: true, body: { operations: [] } });
  expect(await port.isProductAdmin(caller(), 'confluence')).toBe(false);
});
