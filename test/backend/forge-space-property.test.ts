/** The Forge product port's space property writes against a mocked @forge/api: v2 endpoints, as the app, only what differs. */
type Reply = { status: number; body?: unknown };
const requests: { as: string; method: string; path: string; body?: unknown }[] = [];
let responder: (req: { method: string; path: string }) => Reply = () => ({ status: 500 });

jest.mock('@forge/api', () => {
  const fetcher = (as: string) => ({
    requestConfluence: async (path: string, init?: { method?: string; body?: string }) => {
      const method = init?.method ?? 'GET';
      requests.push({ as, method, path, ...(init?.body ? { body: JSON.parse(init.body) } : {}) });
      const r = responder({ method, path });
      return { ok: r.status >= 200 && r.status < 300, status: r.status, json: async () => r.body };
    },
    requestJira: async () => ({ ok: false, status: 500, json: async () => null }),
  });
  return {
    __esModule: true,
    default: { asUser: () => fetcher('user'), asApp: () => fetcher('app') },
    authorize: () => ({ onJira: jest.fn() }),
    route: (s: TemplateStringsArray, ...v: unknown[]) => s.reduce((a, x, i) => a + x + (i < v.length ? encodeURIComponent(String(v[i])) : ''), ''),
  };
});

import { ProductRateLimitedError } from '../../src/app/ports';
import { ForgeProductPort } from '../../src/platform/forge/product';

const port = new ForgeProductPort();
const lookup = '/wiki/api/v2/spaces/65001/properties?key=contribution-lens-banner';

beforeEach(() => {
  requests.length = 0;
});

test('creates the property when the space has none', async () => {
  responder = ({ method }) => (method === 'GET' ? { status: 200, body: { results: [] } } : { status: 201, body: {} });
  await port.setSpaceProperty('65001', 'contribution-lens-banner', 'on');
  expect(requests).toEqual([
    { as: 'app', method: 'GET', path: lookup },
    { as: 'app', method: 'POST', path: '/wiki/api/v2/spaces/65001/properties', body: { key: 'contribution-lens-banner', value: 'on' } },
  ]);
});

test('updates a different value with the next version, and leaves an equal value alone', async () => {
  responder = ({ method }) =>
    method === 'GET'
      ? { status: 200, body: { results: [{ id: 77, key: 'contribution-lens-banner', value: 'off', version: { number: 3 } }] } }
      : { status: 200, body: {} };
  await port.setSpaceProperty('65001', 'contribution-lens-banner', 'on');
  expect(requests[1]).toEqual({
    as: 'app',
    method: 'PUT',
    path: '/wiki/api/v2/spaces/65001/properties/77',
    body: { key: 'contribution-lens-banner', value: 'on', version: { number: 4 } },
  });

  requests.length = 0;
  responder = () => ({ status: 200, body: { results: [{ id: 77, key: 'contribution-lens-banner', value: 'on', version: { number: 4 } }] } });
  await port.setSpaceProperty('65001', 'contribution-lens-banner', 'on');
  expect(requests.map((r) => r.method)).toEqual(['GET']);
});

test('removes by id; a missing property or space is already removed', async () => {
  responder = ({ method }) =>
    method === 'GET' ? { status: 200, body: { results: [{ id: 77, key: 'contribution-lens-banner', value: 'on' }] } } : { status: 204 };
  await port.setSpaceProperty('65001', 'contribution-lens-banner', null);
  expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${lookup}`, 'DELETE /wiki/api/v2/spaces/65001/properties/77']);

  requests.length = 0;
  responder = () => ({ status: 404 });
  await expect(port.setSpaceProperty('65001', 'contribution-lens-banner', null)).resolves.toBeUndefined();
  await expect(port.setSpaceProperty('65001', 'contribution-lens-banner', 'on')).rejects.toThrow('was not found');
});

test('HTTP 429 is a rate limit the sync stops on; other failures are errors', async () => {
  responder = () => ({ status: 429 });
  await expect(port.setSpaceProperty('65001', 'contribution-lens-banner', 'on')).rejects.toBeInstanceOf(ProductRateLimitedError);
  responder = ({ method }) => (method === 'GET' ? { status: 200, body: { results: [] } } : { status: 403 });
  await expect(port.setSpaceProperty('65001', 'contribution-lens-banner', 'on')).rejects.toThrow('HTTP 403');
});

test('the Confluence space list carries the space id', async () => {
  responder = () => ({ status: 200, body: { results: [{ id: 65001, key: 'ENG', name: 'Engineering' }] } });
  expect(await port.listSpaces('confluence', { limit: 10 })).toEqual({ spaces: [{ key: 'ENG', name: 'Engineering', app: 'confluence', id: '65001' }] });
});
