/**
 * The product port on Forge. Permission checks (./permissions, which this
 * class extends) run as the calling user (asUser), so they answer for the
 * person, not the app; they fail closed. Listing spaces and reading the
 * license run as the app.
 */
import api, { privacy, route } from '@forge/api';
import { ProductRateLimitedError, type AccessCheck, type LicensePlan, type ProductPort, type ProductSpace } from '../../app/ports';
import { appOfProject } from '../../auth/context';
import type { SpaceProduct } from '../../shared/contract';
import { ForgePermissions, json } from './permissions';

export class ForgeProductPort extends ForgePermissions implements ProductPort {
  async listSpaces(
    product: SpaceProduct,
    options: { cursor?: string; limit: number; search?: string },
  ): Promise<{ spaces: ProductSpace[]; nextCursor?: string }> {
    if (product === 'jira') {
      const startAt = Number(options.cursor ?? '0') || 0;
      const query = options.search ?? '';
      const body = (await json(
        await api.asApp().requestJira(route`/rest/api/3/project/search?startAt=${startAt}&maxResults=${options.limit}&query=${query}`),
      )) as { values?: { key: string; name: string; projectTypeKey?: string }[]; isLast?: boolean } | null;
      if (!body) throw new Error('Jira project search failed');
      const values = body.values ?? [];
      const spaces = values.map((p) => ({ key: p.key, name: p.name, app: appOfProject(p.projectTypeKey) }));
      return body.isLast === false ? { spaces, nextCursor: String(startAt + values.length) } : { spaces };
    }
    const body = (await json(
      options.cursor
        ? await api.asApp().requestConfluence(route`/wiki/api/v2/spaces?limit=${options.limit}&cursor=${options.cursor}`)
        : await api.asApp().requestConfluence(route`/wiki/api/v2/spaces?limit=${options.limit}`),
    )) as { results?: { id?: string | number; key: string; name: string }[]; _links?: { next?: string } } | null;
    if (!body) throw new Error('Confluence space list failed');
    const next = body._links?.next ? new URL(body._links.next, 'https://x.invalid').searchParams.get('cursor') : null;
    const spaces = (body.results ?? []).map((s) => ({ key: s.key, name: s.name, app: 'confluence', ...(s.id !== undefined ? { id: String(s.id) } : {}) }));
    return next ? { spaces, nextCursor: next } : { spaces };
  }

  async products(): Promise<SpaceProduct[]> {
    // Jira is the required product; Confluence answers only when the optional compatibility is installed.
    try {
      const response = await api.asApp().requestConfluence(route`/wiki/api/v2/spaces?limit=1`);
      return response.ok ? ['jira', 'confluence'] : ['jira'];
    } catch {
      return ['jira'];
    }
  }

  async jiraLicense(): Promise<{ app: string; plan: LicensePlan }[] | null> {
    const body = (await json(await api.asApp().requestJira(route`/rest/api/3/instance/license`))) as { applications?: { id?: string; plan?: string }[] } | null;
    if (!body?.applications) return null;
    return body.applications
      .filter((a): a is { id: string; plan: LicensePlan } => typeof a.id === 'string' && ['FREE', 'PAID', 'UNLICENSED'].includes(String(a.plan)))
      .map((a) => ({ app: a.id, plan: a.plan }));
  }

  /** Jira GET /rest/api/3/data-policy and Confluence GET /wiki/api/v2/data-policies/metadata, as the app. */
  async accessBlocked(): Promise<AccessCheck> {
    const result: AccessCheck = { blocked: [], unchecked: [] };
    const check = async (product: SpaceProduct, request: () => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>) => {
      try {
        const response = await request();
        if (!response.ok) return result.unchecked.push({ product, reason: `HTTP ${response.status}` });
        const blocked = ((await response.json()) as { anyContentBlocked?: unknown } | null)?.anyContentBlocked;
        if (typeof blocked !== 'boolean') return result.unchecked.push({ product, reason: 'the answer had no anyContentBlocked flag' });
        if (blocked) result.blocked.push(product);
      } catch (error) {
        result.unchecked.push({ product, reason: (error as Error).message || 'the request failed' });
      }
      return undefined;
    };
    await check('jira', () => api.asApp().requestJira(route`/rest/api/3/data-policy`));
    if ((await this.products()).includes('confluence')) {
      await check('confluence', () => api.asApp().requestConfluence(route`/wiki/api/v2/data-policies/metadata`));
    }
    return result;
  }

  /** privacy.reportPersonalData (scope report:personal-data); the caller sends at most 90 accounts per call. */
  async reportPersonalData(accounts: readonly { accountId: string; updatedAt: string }[]): Promise<{ accountId: string; status: 'closed' | 'updated' }[]> {
    return privacy.reportPersonalData(accounts.slice(0, 90).map((a) => ({ accountId: a.accountId, updatedAt: a.updatedAt })));
  }

  /**
   * Confluence v2 space properties, as the app (scopes read:space:confluence and write:space:confluence,
   * as the v2 specification lists them). Properties are addressed by id, so the key is looked up first.
   */
  async setSpaceProperty(spaceId: string, propertyKey: string, value: string | null): Promise<void> {
    const confluence = api.asApp();
    const found = await confluence.requestConfluence(route`/wiki/api/v2/spaces/${spaceId}/properties?key=${propertyKey}`);
    expectStatus(found, [200, 404], `reading property ${propertyKey} of space ${spaceId}`);
    if (found.status === 404) {
      // The space is gone: nothing to remove, nowhere to set.
      if (value === null) return;
      throw new Error(`Confluence space ${spaceId} was not found`);
    }
    const body = (await found.json()) as { results?: { id: string | number; key: string; value: unknown; version?: { number?: number } }[] } | null;
    const existing = (body?.results ?? []).find((p) => p.key === propertyKey);
    if (value === null) {
      if (!existing) return;
      const removed = await confluence.requestConfluence(route`/wiki/api/v2/spaces/${spaceId}/properties/${existing.id}`, { method: 'DELETE' });
      expectStatus(removed, [204, 404], `removing property ${propertyKey} of space ${spaceId}`);
      return;
    }
    if (existing?.value === value) return;
    const written = existing
      ? await confluence.requestConfluence(route`/wiki/api/v2/spaces/${spaceId}/properties/${existing.id}`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ key: propertyKey, value, version: { number: (existing.version?.number ?? 1) + 1 } }),
        })
      : await confluence.requestConfluence(route`/wiki/api/v2/spaces/${spaceId}/properties`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ key: propertyKey, value }),
        });
    expectStatus(written, [200, 201], `writing property ${propertyKey} of space ${spaceId}`);
  }
}

function expectStatus(response: { status: number }, expected: number[], what: string): void {
  if (response.status === 429) throw new ProductRateLimitedError(`Confluence rate limit while ${what}`);
  if (!expected.includes(response.status)) throw new Error(`Confluence answered HTTP ${response.status} while ${what}`);
}
