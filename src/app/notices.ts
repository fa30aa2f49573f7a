/** The notice settings and the banner's space properties that follow them. */
import type { NoticeMode, NoticeSettings } from '../shared/contract';
import { DEFAULT_NOTICE_SETTINGS } from '../storage/documents';
import { serialisedBytes } from '../storage/limits';
import { BANNER_BUDGETS, syncBannerProperties, type BannerSyncResult } from './banner';
import { deriveAt, fitsAhead, fitsOrRefuse, requireAccount, type AppContext } from './context';
import { changedShards } from './derive';
import type { AdminOperations } from './service';
import { readOrgAndSpaces } from './spaces';
import { commitCompiledWithRetry, dayOf } from './writer';

/**
 * Keeps the banner's display-condition space properties in step (see ./banner); never fails the caller.
 * The mode is read when the pass starts and re-read on every page, so a run never applies a mode
 * the admin has replaced meanwhile; when it changed during the run, one more pass applies the new one.
 */
export async function syncBanner(ctx: AppContext, trigger: 'settings' | 'daily'): Promise<BannerSyncResult | null> {
  // The banner mode as saved now (never a snapshot's: the admin may have changed it meanwhile).
  const currentBannerMode = async (): Promise<NoticeMode> => (await ctx.repo.noticeSettings())?.settings.banner ?? DEFAULT_NOTICE_SETTINGS.banner;
  try {
    let result: BannerSyncResult | null = null;
    for (let pass = 0; pass < 2; pass++) {
      const mode = await currentBannerMode();
      result = await syncBannerProperties(
        { repo: ctx.repo, product: ctx.product, clock: ctx.clock, readOrgAndSpaces: () => readOrgAndSpaces(ctx), currentMode: currentBannerMode },
        mode,
        trigger,
        BANNER_BUDGETS[trigger],
      );
      if ((await currentBannerMode()) === mode) break;
    }
    return result;
  } catch (error) {
    console.error(`banner sync (${trigger}) failed; the next run retries`, error);
    return null;
  }
}

export function createNoticeOps(ctx: AppContext): Pick<AdminOperations, 'getNoticeSettings' | 'saveNoticeSettings'> {
  const { repo } = ctx;
  return {
    async getNoticeSettings() {
      const doc = await repo.noticeSettings();
      return { settings: doc?.settings ?? structuredClone(DEFAULT_NOTICE_SETTINGS), updatedAt: doc?.updatedAt ?? null, updatedBy: doc?.updatedBy ?? null };
    },

    async saveNoticeSettings(caller, payload) {
      const by = requireAccount(caller);
      const saved = await commitCompiledWithRetry(repo, (snapshot) => {
        const at = ctx.now();
        const settings: NoticeSettings = payload.settings;
        const field = () => 'settings.text';
        const derived = fitsOrRefuse(field, () => deriveAt(snapshot, snapshot.compiled, snapshot.head, at, settings));
        // Longer texts make every shard longer, on every later day too.
        fitsAhead(field, {
          compiled: snapshot.compiled,
          today: dayOf(at),
          settings,
          external: snapshot.external,
          head: snapshot.head,
          now: at,
          statusBytesToday: serialisedBytes(derived.status),
        });
        const doc = { schemaVersion: 2 as const, settings, updatedAt: at.toISOString(), updatedBy: by };
        return {
          plan: { head: snapshot.head, status: derived.status, shards: changedShards(derived.shards, snapshot.shards), noticeSettings: doc },
          result: { settings, updatedAt: doc.updatedAt, updatedBy: by },
        };
      });
      // After the commit: the settings are saved even when the product is slow; the daily check finishes what this run could not.
      await syncBanner(ctx, 'settings');
      return saved;
    },
  };
}
