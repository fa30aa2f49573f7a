/**
 * The public operations (space/project page and notices), moved out of ./service so the page-view function
 * (src/page-view.ts) carries only what they need: one notice shard read, a person's concerns, no policy engine,
 * no admin services, no zod. createApp (./service) serves the same operations from here.
 */
import { todayUtc } from '../policy/dates';
import type { PublicInput, PublicKey, PublicResult } from '../shared/contract';
import type { NoticeShard } from '../storage/documents';
import { shardOf, type PublicRepository } from '../storage/public-repository';
import { emptyOrg } from './empty-org';
import { invalid } from './errors';
import { noticeShows, shardEntry, spaceDates, spaceVerdict, statusDay } from './notice-view';
import type { Caller, Clock, PermissionPort } from './ports';

type PublicIn<K extends PublicKey> = PublicInput<K>;
export type PublicOperations = { [K in PublicKey]: (caller: Caller, payload: PublicIn<K>) => Promise<PublicResult<K>> };

export interface PublicDeps {
  repo: PublicRepository;
  product: PermissionPort;
  clock: Clock;
}

/** Own properties only: a locale such as `toString` or `__proto__` must not reach Object.prototype. */
const own = (record: Record<string, string>, key: string | undefined): string | undefined =>
  key !== undefined && Object.hasOwn(record, key) && typeof record[key] === 'string' ? record[key] : undefined;

export function pickText(text: Record<string, string>, locale: string | null): string | null {
  if (locale) {
    const exact = own(text, locale) ?? own(text, locale.replace('_', '-'));
    if (exact) return exact;
    const language = own(text, locale.split(/[-_]/)[0]);
    if (language) return language;
  }
  return own(text, 'default') ?? null;
}

export function requireSpace(caller: Caller): NonNullable<Caller['space']> {
  if (!caller.space) throw invalid('Open this from a space or project.');
  return caller.space;
}

/**
 * The reads of the space page and the notices: one notice shard each. The concern operations are not here:
 * raising one appends to the hash-chained history and re-derives the stored documents (./service), which needs
 * the policy engine, so only the space pages' full function offers them.
 */
export type ReadOperations = Pick<PublicOperations, 'getNotice' | 'getSpaceStatus'>;

export function createPublicOps(deps: PublicDeps): ReadOperations {
  const repo = deps.repo;
  const now = () => deps.clock.now();
  const today = () => todayUtc(now());

  /**
   * A shard that claims a day after today was not written by the app (the daily check rebuilds it):
   * the one-read notice path does not show it; it answers as before anything was recorded.
   */
  const current = (shard: NoticeShard | undefined): NoticeShard | undefined => {
    if (shard && shard.org.day > today()) {
      console.warn(`notice shard ${shard.shard} claims the day ${shard.org.day}, after today; not shown`);
      return undefined;
    }
    return shard;
  };

  return {
    async getSpaceStatus(caller) {
      const space = requireSpace(caller);
      const shard = current(await repo.shard(shardOf(space.key)));
      const org = shard?.org ?? emptyOrg(today());
      const entry = shardEntry(shard, space.key);
      const verdict = spaceVerdict(org, { key: space.key, app: space.app }, entry);
      const dates = spaceDates(org, verdict, space.key, entry);
      // A failing admin check only hides the concern form; the page still shows the status.
      let canRaiseConcern = false;
      if (caller.accountId) {
        try {
          canRaiseConcern = await deps.product.isSpaceAdmin(caller);
        } catch (error) {
          console.error('getSpaceStatus: space admin check failed; not offering concerns', error);
        }
      }
      return {
        product: caller.product,
        space: { key: space.key },
        inAppData: verdict.status,
        ...(verdict.projected ? { projected: verdict.projected } : {}),
        code: verdict.code,
        metadata: org.metadata.status,
        mode: entry?.mode ?? 'default',
        orgExcluded: org.excluded,
        since: dates.since,
        inAppRemovalBy: dates.inAppRemovalBy,
        modelsRetrainedBy: dates.modelsRetrainedBy,
        appAccessBlocked:
          org.accessBlocked === null || (org.accessUnchecked ?? []).includes(caller.product) ? null : org.accessBlocked.includes(caller.product),
        day: statusDay(org, today()),
        canRaiseConcern,
      };
    },

    /** Exactly one storage read: the shard of this space (shard 0 for site-wide modules). */
    async getNotice(caller) {
      const spaceKey = caller.space?.key ?? null;
      const shard = current(await repo.shard(spaceKey ? shardOf(spaceKey) : 0));
      const org = shard?.org ?? emptyOrg(today());
      const entry = spaceKey ? shardEntry(shard, spaceKey) : undefined;
      const verdict = spaceVerdict(org, { key: spaceKey ?? '', app: caller.space?.app ?? caller.product }, entry);
      const mode = caller.moduleType === 'confluence:pageBanner' ? org.banner : org.notice;
      const show = noticeShows(mode, verdict);
      const dates = spaceDates(org, verdict, spaceKey ?? '', entry);
      return {
        show,
        product: caller.product,
        spaceKey,
        inAppData: verdict.status,
        ...(verdict.projected ? { projected: verdict.projected } : {}),
        code: verdict.code,
        metadata: org.metadata.status,
        since: dates.since,
        inAppRemovalBy: dates.inAppRemovalBy,
        text: pickText(org.text, caller.locale),
        day: statusDay(org, today()),
        ...(org.attestedAt !== undefined ? { attestedAt: org.attestedAt } : {}),
      };
    },
  };
}
