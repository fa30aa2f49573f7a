/**
 * From the compiled profile to what is stored for reading: the status document
 * (admin page) and the eight notice shards (one read per notice).
 */
import type { DifferenceCode, Message } from '../i18n/messages/codes';
import { english } from '../i18n/messages/english';
import { evaluate } from '../policy/engine';
import type { CalendarDate } from '../policy/dates';
import type { OrgProfile } from '../policy/profile';
import type { Evaluation, Exception } from '../policy/types';
import type { NoticeSettings, SpaceProduct } from '../shared/contract';
import type { NoticeShard, NoticeSummary, SpaceEntry, StatusDoc } from '../storage/documents';
import { canonicalJson, sha256Hex } from '../storage/hash-chain';
import { KVS_LIMITS, serialisedBytes } from '../storage/limits';
import { SHARD_COUNT, shardOf } from '../storage/repository';
import { SpaceHashCollision, packEntries } from '../storage/space-index';
import { computeAlerts, type ExternalFacts } from './alerts';
import type { Compiled } from './compile';
import { invalid } from './errors';

// The verdicts live in ./notice-view (zod- and engine-free, for the page-view function).
export { noticeShows, spaceVerdict } from './notice-view';

/** Most recent declared-change entries kept in the stored timeline; the history has them all. */
export const STORED_CHANGE_ENTRIES = 200;

/**
 * The evaluation as stored in the status document: space entries move to the
 * shards, and with thousands of include/exclude changes the timeline keeps only
 * the latest declared changes (milestones and deadlines are always kept).
 */
export function compactEvaluation(evaluation: Evaluation): { evaluation: Evaluation; timelineOmitted: number } {
  const changes = evaluation.timeline.filter((t) => t.kind === 'setting-changed');
  const keep = new Set(changes.slice(-STORED_CHANGE_ENTRIES));
  const timeline = evaluation.timeline.filter((t) => t.kind !== 'setting-changed' || keep.has(t));
  return {
    evaluation: {
      ...evaluation,
      inAppData: { ...evaluation.inAppData, exceptions: evaluation.inAppData.exceptions.filter((e) => e.kind !== 'space') },
      timeline,
    },
    timelineOmitted: evaluation.timeline.length - timeline.length,
  };
}

export interface DerivedState {
  evaluation: Evaluation;
  status: StatusDoc;
  shards: NoticeShard[];
}

/**
 * The first day after `day` on which the evaluation can change with time alone:
 * a dated declaration or a timeline milestone still ahead. Null when none is.
 */
export function nextChangeAfter(evaluation: Evaluation, profile: OrgProfile, day: CalendarDate): CalendarDate | null {
  let next: CalendarDate | null = null;
  const consider = (on: CalendarDate | undefined | null) => {
    if (on && on > day && (next === null || on < next)) next = on;
  };
  for (const entry of evaluation.timeline) consider(entry.on);
  for (const event of profile.events) consider(event.on);
  for (const key of ['inAppRemovalBy', 'modelsRetrainedBy', 'reviewWindowEndsOn'] as const) consider(evaluation.deadlines[key]);
  return next;
}

export function orgSummary(
  evaluation: Evaluation,
  day: CalendarDate,
  settings: NoticeSettings,
  facts: { accessBlocked: SpaceProduct[] | null; accessUnchecked: SpaceProduct[]; nextChangeOn: CalendarDate | null; attestedAt?: string | null },
): NoticeSummary {
  return {
    day,
    excluded: evaluation.excluded,
    metadata: { status: evaluation.metadata.status, ...(evaluation.metadata.projected ? { projected: evaluation.metadata.projected } : {}) },
    inAppData: {
      status: evaluation.inAppData.status,
      ...(evaluation.inAppData.projected ? { projected: evaluation.inAppData.projected } : {}),
      since: evaluation.inAppData.since,
    },
    apps: evaluation.apps.map((a) => ({
      app: a.app,
      hasSettings: a.hasSettings,
      active: a.active,
      metadata: a.metadata,
      inAppData: a.inAppData,
      ...(a.projectedMetadata ? { projectedMetadata: a.projectedMetadata } : {}),
      ...(a.projectedInAppData ? { projectedInAppData: a.projectedInAppData } : {}),
    })),
    inAppRemovalBy: evaluation.deadlines.inAppRemovalBy,
    modelsRetrainedBy: evaluation.deadlines.modelsRetrainedBy,
    accessBlocked: facts.accessBlocked,
    ...(facts.accessUnchecked.length > 0 ? { accessUnchecked: facts.accessUnchecked } : {}),
    nextChangeOn: facts.nextChangeOn,
    ...(facts.attestedAt !== undefined ? { attestedAt: facts.attestedAt } : {}),
    notice: settings.notice,
    banner: settings.banner,
    text: settings.text,
  };
}

export function evaluateAt(compiled: Compiled, day: CalendarDate): Evaluation {
  return evaluate(compiled.profile, { at: day });
}

export function deriveState(input: {
  compiled: Compiled;
  day: CalendarDate;
  now: Date;
  /** The history head the documents are computed from; they carry it so readers can tell when they fall behind. */
  head: { seq: number; hash: string };
  settings: NoticeSettings;
  external: ExternalFacts;
  /** Carried over from the stored status; only the daily check advances it. */
  transitionsThrough: CalendarDate | null;
  evaluation?: Evaluation;
}): DerivedState {
  const { compiled, day, settings, external } = input;
  const evaluation = input.evaluation ?? evaluateAt(compiled, day);
  const exceptions = evaluation.inAppData.exceptions;
  const spaceExceptions = exceptions.filter((e) => e.kind === 'space');
  const org = orgSummary(evaluation, day, settings, {
    accessBlocked: external.accessBlocked,
    accessUnchecked: external.accessUnchecked.map((u) => u.product),
    nextChangeOn: nextChangeAfter(evaluation, compiled.profile, day),
    attestedAt: compiled.lastAttestation?.at ?? null,
  });
  const shards = buildShards(org, spaceExceptions, input.head, day);
  const compact = compactEvaluation(evaluation);
  const status: StatusDoc = {
    schemaVersion: 1,
    day,
    computedAt: input.now.toISOString(),
    headSeq: input.head.seq,
    headHash: input.head.hash,
    shardDigests: shards.map(shardDigest),
    policyVersion: evaluation.policyVersion,
    transitionsThrough: input.transitionsThrough,
    evaluation: compact.evaluation,
    timelineOmitted: compact.timelineOmitted,
    alerts: computeAlerts({ evaluation, profile: compiled.profile, day, lastAttestation: compiled.lastAttestation, external }),
    exceptionCounts: {
      include: exceptions.filter((e) => e.mode === 'include').length,
      exclude: exceptions.filter((e) => e.mode === 'exclude').length,
    },
    lastAttestation: compiled.lastAttestation,
    external: { license: external.license, accessBlocked: external.accessBlocked, accessUnchecked: external.accessUnchecked, checkedOn: external.checkedOn },
    profile: {
      ...(compiled.profile.organization !== undefined ? { organization: compiled.profile.organization } : {}),
      ...(compiled.profile.sector !== undefined ? { sector: compiled.profile.sector } : {}),
      eventCount: compiled.eventCount,
      lastRecordedAt: compiled.lastRecordedAt,
      lastRecordedBy: compiled.lastRecordedBy,
    },
  };
  const statusBytes = serialisedBytes(status);
  if (statusBytes > KVS_LIMITS.valueBytes) throw new DerivedTooLarge('the status document', day, statusBytes, spaceExceptions.length);
  return { evaluation, status, shards };
}

/** A derived document would not fit one stored value; names the document, the day and the size. */
export class DerivedTooLarge extends Error {
  override readonly name = 'DerivedTooLarge';
  constructor(
    readonly document: string,
    readonly day: CalendarDate,
    readonly bytes: number,
    readonly entries: number,
  ) {
    super(`On ${day} ${document} would hold ${bytes} bytes (${entries} include/exclude entries in effect); one stored value holds ${KVS_LIMITS.valueBytes}.`);
  }
}

/** The eight notice shards: the org summary and each shard's packed include/exclude entries. */
export function buildShards(org: NoticeSummary, spaceExceptions: readonly Exception[], head: { seq: number; hash: string }, day: CalendarDate): NoticeShard[] {
  const perShard: [string, SpaceEntry][][] = Array.from({ length: SHARD_COUNT }, () => []);
  for (const e of spaceExceptions) (perShard[shardOf(e.key)] as [string, SpaceEntry][]).push([e.key, { mode: e.mode, ...(e.since ? { since: e.since } : {}) }]);
  return perShard.map((entries, shard) => {
    let packed: Record<string, string>;
    try {
      packed = packEntries(entries);
    } catch (error) {
      if (error instanceof SpaceHashCollision) throw invalid(error.message, [{ path: 'changes', message: error.message }]);
      throw error;
    }
    const doc: NoticeShard = { schemaVersion: 3, shard, headSeq: head.seq, headHash: head.hash, org, entries: packed };
    const bytes = serialisedBytes(doc);
    if (bytes > KVS_LIMITS.valueBytes) throw new DerivedTooLarge(`notice shard ${shard}`, day, bytes, spaceExceptions.length);
    return doc;
  });
}

/**
 * Shards whose content differs from what is stored. A new head or a new day
 * alone is no change, so the daily check rewrites shards only when a status
 * actually changes; a shard's `day` is the day its content was last computed.
 */
export function changedShards(next: readonly NoticeShard[], stored: readonly (NoticeShard | undefined)[]): NoticeShard[] {
  return next.filter((s) => {
    const current = stored[s.shard];
    return !current || content(current) !== content(s);
  });
}

/** A shard's content without what changes without a change of content (head, day computed). */
const content = (s: NoticeShard) => canonicalJson({ ...s, headSeq: 0, headHash: undefined, org: { ...s.org, day: '' } });

/**
 * SHA-256 of a shard's content; the status document records one per shard, so a
 * shard edited in storage no longer matches what the app wrote with the status.
 */
export function shardDigest(shard: NoticeShard): string {
  return sha256Hex(content(shard));
}

/** Differences an admin cares about between two evaluations, as messages (in the reader's language on the admin page). */
export function differenceMessages(before: Evaluation, after: Evaluation): Message<DifferenceCode>[] {
  const out: Message<DifferenceCode>[] = [];
  if (before.excluded !== after.excluded) out.push({ code: 'difference.excluded', params: { excluded: after.excluded ? 1 : 0 } });
  if (before.highestPlan !== after.highestPlan)
    out.push({ code: 'difference.highest-plan', params: { from: before.highestPlan ?? '', to: after.highestPlan ?? '' } });
  if (before.metadata.status !== after.metadata.status)
    out.push({ code: 'difference.metadata', params: { from: before.metadata.status, to: after.metadata.status } });
  if (before.inAppData.status !== after.inAppData.status)
    out.push({ code: 'difference.in-app', params: { from: before.inAppData.status, to: after.inAppData.status } });
  const beforeApps = new Map(before.apps.map((a) => [a.app, a]));
  for (const app of after.apps) {
    const prev = beforeApps.get(app.app);
    if (!prev) {
      if (app.active) out.push({ code: 'difference.app-joined', params: { app: app.app } });
      continue;
    }
    if (prev.inAppData !== app.inAppData) out.push({ code: 'difference.app-in-app', params: { app: app.app, from: prev.inAppData, to: app.inAppData } });
  }
  const count = (e: Evaluation) => e.inAppData.exceptions.length;
  if (count(before) !== count(after)) out.push({ code: 'difference.entries', params: { from: count(before), to: count(after) } });
  for (const key of ['inAppRemovalBy', 'modelsRetrainedBy', 'reviewWindowEndsOn'] as const) {
    if (before.deadlines[key] !== after.deadlines[key])
      out.push({ code: 'difference.deadline', params: { deadline: key, from: before.deadlines[key] ?? '', to: after.deadlines[key] ?? '' } });
  }
  return out;
}

/** The same differences in the server's English (history transitions, Rovo, the `differences` of previews). */
export function differences(before: Evaluation, after: Evaluation): string[] {
  return differenceMessages(before, after).map(english);
}
