/**
 * The Confluence page banner is gated in the manifest by a display condition on
 * a space property (`entityPropertyEqualTo`, entity space): Confluence loads the
 * banner's iframe only in spaces where this property is 'on', so with the banner
 * off a page view runs no function and reads no storage. This module keeps the
 * property in step with the banner mode: 'on' in exactly the spaces where the
 * banner should show, absent everywhere else.
 *
 * Only differences are written: the ids of the spaces the app has set 'on' are
 * kept in storage and compared with what the mode asks for. A pass walks the
 * Confluence space list page by page within a budget (time, number of writes,
 * product rate limits); an unfinished pass records its cursor and the next run
 * continues from there.
 */
import type { NoticeMode } from '../shared/contract';
import type { BannerSyncDoc, NoticeSummary, SpaceEntry } from '../storage/documents';
import type { Repository } from '../storage/repository';
import { noticeShows, spaceVerdict } from './derive';
import { ProductRateLimitedError, type Clock, type ProductPort } from './ports';
import { dayOf } from './writer';

/** The manifest's display condition reads this space property (a test keeps them in step). */
export const BANNER_SPACE_PROPERTY = 'contribution-lens-banner';
export const BANNER_PROPERTY_ON = 'on';

const SPACE_PAGE_SIZE = 100;

export interface BannerBudget {
  /** Property writes (set or remove) in one run; each costs two product requests. */
  maxChanges: number;
  /** Wall time for one run, well inside the function's timeout. */
  maxMs: number;
}

export const BANNER_BUDGETS = {
  /** Inside the admin's saveNoticeSettings call (resolvers time out after 25 s). */
  settings: { maxChanges: 100, maxMs: 10_000 },
  /** Inside the daily trigger (timeoutSeconds 300 in the manifest), after the status work. */
  daily: { maxChanges: 2_000, maxMs: 180_000 },
} as const satisfies Record<string, BannerBudget>;

export interface BannerSyncResult {
  mode: NoticeMode;
  /** Properties set or removed by this run. */
  changed: number;
  /** Spaces whose property could not be written (retried by the next pass). */
  failed: number;
  /** false: the budget or a rate limit stopped the pass; the next run continues it. */
  finished: boolean;
  /** Spaces whose property is 'on' after this run. */
  spacesOn: number;
}

/** A space's include/exclude entry by key (the shards hold key hashes, so there is no list of keys). */
export interface SpaceLookup {
  get(key: string): SpaceEntry | undefined;
}

export interface BannerSyncDeps {
  repo: Repository;
  product: ProductPort;
  clock: Clock;
  /** The org summary and include/exclude entries, as the notices read them. */
  readOrgAndSpaces(): Promise<{ org: NoticeSummary; spaces: SpaceLookup }>;
  /** The banner mode saved now; a pass stops when it no longer matches the mode it applies. */
  currentMode?(): Promise<NoticeMode>;
}

const EMPTY: BannerSyncDoc = { schemaVersion: 1, on: [], pass: null, last: null };

/**
 * Brings the banner space properties in line with `mode`. `trigger` decides
 * whether a new pass is needed: after a settings save only when the mode
 * differs from the last finished pass; in the daily check also once a day,
 * since statuses change with time and new spaces appear. Returns null when
 * there was nothing to do (no storage written).
 */
export async function syncBannerProperties(
  deps: BannerSyncDeps,
  mode: NoticeMode,
  trigger: 'settings' | 'daily',
  budget: BannerBudget,
): Promise<BannerSyncResult | null> {
  const { repo, product, clock } = deps;
  const started = clock.now();
  const deadline = started.getTime() + budget.maxMs;
  const today = dayOf(started);
  const state = (await repo.bannerSync()) ?? EMPTY;
  const on = new Set(state.on);

  let pass = state.pass && state.pass.mode === mode ? state.pass : null;
  if (!pass) {
    const needed = mode === 'off' ? on.size > 0 : state.pass !== null || state.last?.mode !== mode || (trigger === 'daily' && state.last.day < today);
    if (!needed) return null;
    if (mode !== 'off' && !(await product.products()).includes('confluence')) return null;
    pass = { mode, cursor: null, startedAt: started.toISOString() };
  }

  /** What this run wrote, merged into the stored set at the end (another run may have written meanwhile). */
  const added = new Set<string>();
  const removed = new Set<string>();
  let changed = 0;
  let failed = 0;
  let stopped = false;
  const outOfBudget = () => changed >= budget.maxChanges || clock.now().getTime() >= deadline;
  /** Writes one space's property; false when the run has to stop (rate limited). */
  const write = async (spaceId: string, want: boolean): Promise<boolean> => {
    try {
      await product.setSpaceProperty(spaceId, BANNER_SPACE_PROPERTY, want ? BANNER_PROPERTY_ON : null);
      if (want) {
        on.add(spaceId);
        added.add(spaceId);
        removed.delete(spaceId);
      } else {
        on.delete(spaceId);
        removed.add(spaceId);
        added.delete(spaceId);
      }
      changed++;
      return true;
    } catch (error) {
      if (error instanceof ProductRateLimitedError) return false;
      console.error(`banner sync: space ${spaceId} property not written`, error);
      failed++;
      return true;
    }
  };

  if (mode === 'off') {
    for (const spaceId of [...on]) {
      if (outOfBudget() || !(await write(spaceId, false))) {
        stopped = true;
        break;
      }
    }
  } else {
    const { org, spaces } = await deps.readOrgAndSpaces();
    let cursor = pass.cursor;
    for (;;) {
      const page = await product.listSpaces('confluence', { limit: SPACE_PAGE_SIZE, ...(cursor ? { cursor } : {}) });
      for (const space of page.spaces) {
        if (!space.id) {
          failed++;
          continue;
        }
        const want = noticeShows(mode, spaceVerdict(org, { key: space.key, app: 'confluence' }, spaces.get(space.key)));
        if (want === on.has(space.id)) continue;
        // Stop before the write; the cursor stays on this page, whose done spaces compare equal next time.
        if (outOfBudget() || !(await write(space.id, want))) {
          stopped = true;
          break;
        }
      }
      if (stopped) break;
      // The admin changed the banner mode during this pass: stop applying the old one (the caller runs the new).
      if (deps.currentMode && (await deps.currentMode()) !== mode) {
        stopped = true;
        break;
      }
      cursor = page.nextCursor ?? null;
      if (!cursor) break;
      pass = { ...pass, cursor };
      if (outOfBudget()) {
        stopped = true;
        break;
      }
    }
  }

  const finishedAt = clock.now().toISOString();
  // A settings save and the daily check can overlap: keep the other run's writes, apply ours on top.
  const latest = new Set(((await repo.bannerSync()) ?? EMPTY).on);
  for (const id of added) latest.add(id);
  for (const id of removed) latest.delete(id);
  const next: BannerSyncDoc = {
    schemaVersion: 1,
    on: [...latest],
    pass: stopped ? pass : null,
    last: stopped ? state.last : { mode, day: today, finishedAt, failed },
  };
  await repo.saveBannerSync(next);
  return { mode, changed, failed, finished: !stopped, spacesOn: latest.size };
}
