/** Spaces and projects: which products a caller may see, the space list and its rows. */
import type { SpaceProduct, SpaceRow } from '../shared/contract';
import type { NoticeShard, NoticeSummary, SpaceEntry } from '../storage/documents';
import type { Repository } from '../storage/repository';
import { spaceKeyHash, unpackByHash } from '../storage/space-index';
import type { SpaceLookup } from './banner';
import type { AppContext } from './context';
import { spaceVerdict } from './derive';
import { emptyOrg } from './empty-org';
import { forbidden, invalid } from './errors';
import type { Caller, ProductSpace } from './ports';
import type { AdminIn, AdminOperations } from './service';

const SPACE_SCAN_PAGES = 20;
/** The largest page each product's space list serves (Jira project search 100, Confluence v2 spaces 250). */
const EXPORT_PAGE_SIZE = { jira: 100, confluence: 250 } as const satisfies Record<SpaceProduct, number>;
/** Pages per product for the CSV export: 20,000 Jira spaces or 50,000 Confluence spaces. */
const EXPORT_SCAN_PAGES = 200;

interface SpaceCursor {
  product: number;
  inner?: string;
}

function encodeSpaceCursor(c: SpaceCursor): string {
  return Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

function decodeSpaceCursor(cursor: string | undefined): SpaceCursor {
  if (!cursor) return { product: 0 };
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (typeof parsed === 'object' && parsed !== null) {
      const c = parsed as { product?: unknown; inner?: unknown };
      if (typeof c.product === 'number' && Number.isInteger(c.product) && c.product >= 0 && (c.inner === undefined || typeof c.inner === 'string'))
        return c as SpaceCursor;
    }
  } catch {
    // fall through
  }
  throw invalid('cursor is not a space list cursor', [{ path: 'cursor', message: 'is not a space list cursor' }]);
}

/**
 * The products whose spaces and concerns the caller may see: the product of the admin module
 * they called from (the resolver checked that they administer it), and any other installed
 * product only when they administer that one too, checked as the user. Fails closed.
 */
export async function visibleProducts(ctx: AppContext, caller: Caller): Promise<SpaceProduct[]> {
  const installed = await ctx.product.products();
  const allowed = await Promise.all(
    installed.map(async (p) => {
      if (p === caller.product) return true;
      try {
        return await ctx.product.isProductAdmin(caller, p);
      } catch (error) {
        console.error(`admin check for ${p} failed; not listing its spaces`, error);
        return false;
      }
    }),
  );
  return installed.filter((_, i) => allowed[i]);
}

export async function requireVisible(ctx: AppContext, caller: Caller, product: SpaceProduct): Promise<void> {
  if (!(await visibleProducts(ctx, caller)).includes(product)) {
    throw forbidden(
      product === 'confluence'
        ? 'Only Confluence administrators can see Confluence spaces and their concerns.'
        : 'Only Jira administrators can see Jira spaces and their concerns.',
    );
  }
}

/** The org summary and the listed spaces from the notice shards (a shard claiming a day after today is left out, as on the notice path). */
export async function readOrgAndSpaces(ctx: AppContext): Promise<{ org: NoticeSummary; spaces: SpaceLookup }> {
  const today = ctx.today();
  const shards = (await ctx.repo.shards()).map((shard) => (shard && shard.org.day > today ? undefined : shard));
  const org = shards.find((s): s is NoticeShard => s !== undefined)?.org ?? emptyOrg(today);
  // Shards hold key hashes, not keys: look each listed space up by its hash.
  const byHash = new Map<string, SpaceEntry>();
  for (const shard of shards) if (shard) unpackByHash(shard.entries, byHash);
  return { org, spaces: { get: (key: string) => byHash.get(spaceKeyHash(key)) } };
}

/** Open concerns per `product|spaceKey`. */
async function openConcernCounts(repo: Repository): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const res = await repo.concernsPage({ by: { state: 'open' }, limit: 100, ...(cursor ? { cursor } : {}) });
    for (const c of res.concerns) counts.set(`${c.product}|${c.spaceKey}`, (counts.get(`${c.product}|${c.spaceKey}`) ?? 0) + 1);
    cursor = res.nextCursor;
    if (!cursor) break;
  }
  return counts;
}

type Listing = { org: NoticeSummary; spaces: SpaceLookup; concerns: Map<string, number> };

function spaceRow(product: SpaceProduct, space: ProductSpace, { org, spaces, concerns }: Listing): SpaceRow {
  const entry = spaces.get(space.key);
  const verdict = spaceVerdict(org, { key: space.key, app: space.app }, entry);
  return {
    product,
    key: space.key,
    name: space.name,
    app: space.app,
    status: verdict.status,
    ...(verdict.projected ? { projected: verdict.projected } : {}),
    mode: entry?.mode ?? 'default',
    openConcerns: concerns.get(`${product}|${space.key}`) ?? 0,
  };
}

async function listing(ctx: AppContext): Promise<Listing> {
  const [{ org, spaces }, concerns] = await Promise.all([readOrgAndSpaces(ctx), openConcernCounts(ctx.repo)]);
  return { org, spaces, concerns };
}

/**
 * Every visible space for the CSV export: each product walked with the largest page it
 * serves, the products side by side (at most two product calls in flight), instead of
 * up to 400 sequential pages of 50.
 */
export async function allSpaceRows(ctx: AppContext, caller: Caller): Promise<SpaceRow[]> {
  const [products, known] = await Promise.all([visibleProducts(ctx, caller), listing(ctx)]);
  const perProduct = await Promise.all(
    products.map(async (product) => {
      const rows: SpaceRow[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < EXPORT_SCAN_PAGES; page++) {
        const result = await ctx.product.listSpaces(product, { limit: EXPORT_PAGE_SIZE[product], ...(cursor ? { cursor } : {}) });
        for (const space of result.spaces) rows.push(spaceRow(product, space, known));
        cursor = result.nextCursor;
        if (!cursor) break;
      }
      return rows;
    }),
  );
  return perProduct.flat();
}

async function listSpaceRows(
  ctx: AppContext,
  caller: Caller,
  filter: AdminIn<'listSpaces'>,
  limit: number,
): Promise<{ rows: SpaceRow[]; nextCursor: string | null }> {
  if (filter.product) await requireVisible(ctx, caller, filter.product);
  const products = filter.product ? [filter.product] : await visibleProducts(ctx, caller);
  const known = await listing(ctx);
  const search = filter.search?.toLowerCase();
  const rows: SpaceRow[] = [];
  let cursor = decodeSpaceCursor(filter.cursor);
  for (let scanned = 0; scanned < SPACE_SCAN_PAGES; scanned++) {
    const product = products[cursor.product];
    if (!product) return { rows, nextCursor: null };
    // Ask only for as many as still fit, so a page never overshoots `limit` and the cursor never skips rows.
    const want = Math.max(1, Math.min(50, Number.isFinite(limit) ? limit - rows.length : 50));
    const page = await ctx.product.listSpaces(product, { limit: want, ...(cursor.inner ? { cursor: cursor.inner } : {}), ...(search ? { search } : {}) });
    for (const space of page.spaces) {
      if (search && !space.key.toLowerCase().includes(search) && !space.name.toLowerCase().includes(search)) continue;
      const row = spaceRow(product, space, known);
      if (filter.status && row.status !== filter.status && row.projected !== filter.status) continue;
      if (filter.mode && row.mode !== filter.mode) continue;
      if (filter.hasConcern !== undefined && row.openConcerns > 0 !== filter.hasConcern) continue;
      rows.push(row);
    }
    cursor = page.nextCursor ? { product: cursor.product, inner: page.nextCursor } : { product: cursor.product + 1 };
    if (rows.length >= limit) break;
  }
  return { rows, nextCursor: products[cursor.product] ? encodeSpaceCursor(cursor) : null };
}

export function createSpaceOps(ctx: AppContext): Pick<AdminOperations, 'listSpaces'> {
  return {
    async listSpaces(caller, payload) {
      const { rows, nextCursor } = await listSpaceRows(ctx, caller, payload, payload.limit ?? 50);
      return { spaces: rows, nextCursor };
    },
  };
}
