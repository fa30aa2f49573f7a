/**
 * The permission checks on Forge, moved out of ./product (whose ForgeProductPort extends this class) so the
 * page-view function carries only these. They run as the calling user (asUser), so they answer for the person,
 * not the app; the resolver wrapper makes any failure a "no".
 */
import api, { authorize, route } from '@forge/api';
import type { Caller, PermissionPort } from '../../app/ports';
import type { SpaceProduct } from '../../shared/contract';

interface Operation {
  operation?: string;
  targetType?: string;
}

export async function json(response: { ok: boolean; json(): Promise<unknown> }): Promise<unknown> {
  return response.ok ? response.json() : null;
}

const hasOperation = (body: unknown, operation: string, targetType: string): boolean => {
  // The product's answer, not yet trusted: any entry may be missing or null.
  type Ops = (Operation | null | undefined)[];
  const ops = (body as { operations?: Ops; results?: Ops } | null)?.operations ?? (body as { results?: Ops } | null)?.results ?? [];
  return Array.isArray(ops) && ops.some((o) => o?.operation === operation && o.targetType === targetType);
};

export class ForgePermissions implements PermissionPort {
  async isOrgAdmin(caller: Caller): Promise<boolean> {
    return this.isProductAdmin(caller, caller.product);
  }

  /** Administrator of `product` (Jira or Confluence), checked as the user whatever module they call from. */
  async isProductAdmin(caller: Caller, product: SpaceProduct): Promise<boolean> {
    if (!caller.accountId) return false;
    if (product === 'jira') {
      const body = (await json(await api.asUser().requestJira(route`/rest/api/3/mypermissions?permissions=ADMINISTER`))) as {
        permissions?: { ADMINISTER?: { havePermission?: boolean } };
      } | null;
      return body?.permissions?.ADMINISTER?.havePermission === true;
    }
    const body = await json(await api.asUser().requestConfluence(route`/wiki/rest/api/user/current?expand=operations`));
    return hasOperation(body, 'administer', 'application');
  }

  async isSpaceAdmin(caller: Caller): Promise<boolean> {
    if (!caller.accountId || !caller.space) return false;
    if (caller.product === 'jira') {
      // Jira's permissions/check takes project ids as int64 numbers; the context carries them as strings.
      const projectId = /^\d+$/.test(caller.space.id) ? Number(caller.space.id) : caller.space.id;
      const result = await authorize().onJira([{ permissions: ['ADMINISTER_PROJECTS'], projects: [projectId] }]);
      return result.some((p) => p.permission === 'ADMINISTER_PROJECTS' && (p.projects ?? []).map(String).includes(caller.space?.id ?? ''));
    }
    const body = await json(await api.asUser().requestConfluence(route`/wiki/api/v2/spaces/${caller.space.id}/operations`));
    return hasOperation(body, 'administer', 'space');
  }
}
