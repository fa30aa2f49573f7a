/**
 * The public operations (space/project page and notices), moved out of ./service so the page-view function
 * (src/page-view.ts) carries only what they need: one notice shard read, a person's concerns, no policy engine,
 * no admin services, no zod. createApp (./service) serves the same operations from here.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { todayUtc } from '../policy/dates';
import type { Concern, PublicKey, PublicResult, publicPayloads } from '../shared/contract';
import type { ConcernDoc } from '../storage/documents';
import { shardOf, type PublicRepository } from '../storage/public-repository';
import { emptyOrg } from './empty-org';
import { AppError, forbidden, invalid } from './errors';
import { noticeShows, spaceDates, spaceVerdict, statusDay } from './notice-view';
import type { Caller, Clock, PermissionPort } from './ports';

type PublicIn<K extends PublicKey> = z.output<(typeof publicPayloads)[K]>;
export type PublicOperations = { [K in PublicKey]: (caller: Caller, payload: PublicIn<K>) => Promise<PublicResult<K>> };

export interface PublicDeps {
  repo: PublicRepository;
  product: PermissionPort;
  clock: Clock;
  /** Concern ids; random UUIDs unless a test needs them predictable. */
  newId?: () => string;
}

export const MAX_OPEN_CONCERNS_PER_PERSON = 20;

export function concernView(doc: ConcernDoc): Concern {
  return {
    id: doc.id,
    product: doc.product,
    spaceKey: doc.spaceKey,
    raisedBy: doc.raisedBy,
    raisedAt: doc.raisedAt,
    kind: doc.details.kind,
    message: doc.details.message,
    state: doc.state,
    ...(doc.details.answer !== undefined ? { answer: doc.details.answer } : {}),
    ...(doc.details.answeredBy !== undefined ? { answeredBy: doc.details.answeredBy } : {}),
    ...(doc.details.answeredAt !== undefined ? { answeredAt: doc.details.answeredAt } : {}),
    ...(doc.details.resolvedBy !== undefined ? { resolvedBy: doc.details.resolvedBy } : {}),
    ...(doc.details.resolvedAt !== undefined ? { resolvedAt: doc.details.resolvedAt } : {}),
    ...(doc.details.resolutionNote !== undefined ? { resolutionNote: doc.details.resolutionNote } : {}),
  };
}

export function pickText(text: Record<string, string>, locale: string | null): string | null {
  if (locale) {
    const exact = text[locale] ?? text[locale.replace('_', '-')];
    if (exact) return exact;
    const language = locale.split(/[-_]/)[0];
    if (language && text[language]) return text[language];
  }
  return text.default ?? null;
}

export function requireAccount(caller: Caller): string {
  if (!caller.accountId) throw forbidden('Sign in to do this.');
  return caller.accountId;
};

export function requireSpace(caller: Caller): NonNullable<Caller['space']> {
  if (!caller.space) throw invalid('Open this from a space or project.');
  return caller.space;
};

export function createPublicOps(deps: PublicDeps): PublicOperations {
  const repo = deps.repo;
  const newId = deps.newId ?? randomUUID;
  const now = () => deps.clock.now();
  const today = () => todayUtc(now());

  return {
  async getSpaceStatus(caller) {
    const space = requireSpace(caller);
    const shard = await repo.shard(shardOf(space.key));
    const org = shard?.org ?? emptyOrg(today());
    const entry = shard?.spaces[space.key];
    const verdict = spaceVerdict(org, { key: space.key, app: space.app }, entry);
    const dates = spaceDates(org, verdict, space.key, entry);
    const canRaiseConcern = caller.accountId ? await deps.product.isSpaceAdmin(caller) : false;
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
      appAccessBlocked: org.accessBlocked === null || (org.accessUnchecked ?? []).includes(caller.product) ? null : org.accessBlocked.includes(caller.product),
      day: statusDay(org, today()),
      canRaiseConcern,
    };
  },

  /** Exactly one storage read: the shard of this space (shard 0 for site-wide modules). */
  async getNotice(caller) {
    const spaceKey = caller.space?.key ?? null;
    const shard = await repo.shard(spaceKey ? shardOf(spaceKey) : 0);
    const org = shard?.org ?? emptyOrg(today());
    const entry = spaceKey ? shard?.spaces[spaceKey] : undefined;
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
    };
  },

  async raiseConcern(caller, payload) {
    const by = requireAccount(caller);
    const space = requireSpace(caller);
    const mine = await repo.concernsPage({ by: { raisedBy: by }, limit: 100 });
    if (mine.concerns.filter((c) => c.state === 'open').length >= MAX_OPEN_CONCERNS_PER_PERSON) {
      throw new AppError('RATE_LIMITED', `You have ${MAX_OPEN_CONCERNS_PER_PERSON} open concerns; wait for an answer before raising more.`);
    }
    const doc: ConcernDoc = {
      schemaVersion: 2,
      id: newId(),
      product: caller.product,
      spaceKey: space.key,
      raisedBy: by,
      raisedAt: now().toISOString(),
      state: 'open',
      details: { kind: payload.kind, message: payload.message },
    };
    await repo.saveConcern(doc);
    return concernView(doc);
  },

  async getMyConcerns(caller) {
    const by = requireAccount(caller);
    const space = requireSpace(caller);
    const page = await repo.concernsPage({ by: { raisedBy: by }, limit: 100 });
    return { concerns: page.concerns.filter((c) => c.spaceKey === space.key && c.product === caller.product).map(concernView) };
  },
  };
}
