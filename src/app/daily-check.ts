/** The daily check: today's status, the transitions since the last run, integrity, personal data, banner. */
import { POLICY_VERSION } from '../policy/constants';
import type { CalendarDate } from '../policy/dates';
import { evaluate } from '../policy/engine';
import type { OrgProfile } from '../policy/profile';
import type { Evaluation, TimelineKind } from '../policy/types';
import type { HistoryRecord } from '../shared/contract';
import type { HistoryEntry, StatusDoc } from '../storage/documents';
import { NO_EXTERNAL_FACTS, type ExternalFacts } from './alerts';
import type { BannerSyncResult } from './banner';
import type { AppContext } from './context';
import { changedShards, deriveState, differences } from './derive';
import { shardFindings, statusFindings, tolerantRead, trustedThrough, usable } from './integrity';
import { syncBanner } from './notices';
import { rebuildDerived } from './overview';
import { reportPersonalDataSafely, type PersonalDataResult } from './privacy';
import { buildEntries, commitCompiledWithRetry, loadWriteSnapshot } from './writer';

export interface DailyCheckResult {
  day: CalendarDate;
  /** false when today's status was already computed (a repeated or duplicate run). */
  changed: boolean;
  transitions: number;
  shardsWritten: number;
  /** The banner space-property pass of this run, when there was something to do. */
  banner?: BannerSyncResult;
  /** What was wrong with the derived documents when this run rebuilt them from the history. */
  rebuilt?: string[];
  /** The personal data report, when this run's 7-day cycle was due. */
  personalData?: PersonalDataResult;
}

/** Timeline kinds the daily check records when their day arrives (declared changes are already in the history). */
const TRANSITION_KINDS: ReadonlySet<TimelineKind> = new Set<TimelineKind>([
  'settings-available',
  'effective',
  'trial-ended',
  'review-window-ends',
  'collection-stopped',
  'in-app-removal-deadline',
  'model-retrain-deadline',
  'retention-ends',
]);

/** What changed between two days with no new declarations: status changes and dated milestones. */
function transitionsBetween(profile: OrgProfile, fromDay: CalendarDate, toDay: CalendarDate, evaluationToday?: Evaluation): HistoryRecord[] {
  const before = evaluate(profile, { at: fromDay });
  const after = evaluationToday ?? evaluate(profile, { at: toDay });
  const records: HistoryRecord[] = differences(before, after).map((text) => ({ kind: 'transition', code: 'STATUS_CHANGED', text, on: toDay }));
  const seen = new Set<string>();
  for (const entry of [...before.timeline, ...after.timeline]) {
    if (!TRANSITION_KINDS.has(entry.kind) || entry.on <= fromDay || entry.on > toDay) continue;
    const id = `${entry.kind}|${entry.on}`;
    if (seen.has(id)) continue;
    seen.add(id);
    records.push({ kind: 'transition', code: entry.kind.toUpperCase().replace(/-/g, '_'), text: entry.text.slice(0, 1_000), on: entry.on });
  }
  return records;
}

async function readExternal(ctx: AppContext, previous: ExternalFacts, day: CalendarDate): Promise<ExternalFacts> {
  const safely = async <T>(fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn();
    } catch (error) {
      console.error('daily check: product call failed', error);
      return null;
    }
  };
  const [license, access] = await Promise.all([safely(() => ctx.product.jiraLicense()), safely(() => ctx.product.accessBlocked())]);
  // A product whose check failed keeps no "blocked" verdict: it is reported as unchecked, never as not blocked.
  return {
    license: license ?? previous.license,
    accessBlocked: access ? access.blocked : previous.accessBlocked,
    accessUnchecked: access ? access.unchecked : [{ product: 'jira', reason: 'the product calls failed' }],
    checkedOn: day,
  };
}

export async function dailyCheck(ctx: AppContext): Promise<DailyCheckResult> {
  const { repo } = ctx;
  const day = ctx.today();
  const policyVersion = POLICY_VERSION;
  // Exactly today (a day in the future is no reason to skip) and computed from the head as it is now.
  const upToDate = (s: StatusDoc | undefined, head: { seq: number; hash: string }) =>
    !!s &&
    s.day === day &&
    s.transitionsThrough === day &&
    s.policyVersion === policyVersion &&
    s.headSeq === head.seq &&
    (s.headHash === undefined || s.headHash === head.hash);
  const [firstRead, firstHead] = await Promise.all([tolerantRead(() => repo.status()), repo.head()]);
  const first = usable(firstRead);
  if (upToDate(first, firstHead)) {
    const personalData = await reportPersonalDataSafely(ctx);
    return { day, changed: false, transitions: 0, shardsWritten: 0, ...(personalData ? { personalData } : {}) };
  }
  // Before computing the day: are the status and every shard still what the app wrote from this head?
  const probe = await loadWriteSnapshot(repo);
  const findings = [...statusFindings(probe.read.status, probe.head, day), ...shardFindings(probe.read.shards, probe.status, probe.head, day)];
  let rebuilt = false;
  if (findings.length > 0) {
    console.warn(`daily check: ${findings.join('; ')}; rebuilding from the history`);
    await rebuildDerived(ctx, findings, 'daily check', null, 'daily-check');
    rebuilt = true;
  }
  const external = await readExternal(ctx, first ? { ...first.external, accessUnchecked: first.external.accessUnchecked ?? [] } : NO_EXTERNAL_FACTS, day);
  const result = await commitCompiledWithRetry<DailyCheckResult>(repo, (snapshot) => {
    const status = snapshot.status;
    // A duplicate run that lost the race finds today's status already written.
    if (upToDate(status, snapshot.head)) {
      return { plan: null, result: { day, changed: false, transitions: 0, shardsWritten: 0 } };
    }
    const at = ctx.now();
    const evaluation = evaluate(snapshot.compiled.profile, { at: day });
    const records: HistoryRecord[] = [];
    // Transitions since the last check; admin writes in between do not advance this day.
    const from = trustedThrough(status, day);
    if (from !== null && from < day) records.push(...transitionsBetween(snapshot.compiled.profile, from, day, evaluation));
    const { entries, newHead } =
      records.length > 0
        ? buildEntries(snapshot.head, records, { recordedAt: at.toISOString(), recordedBy: 'system', origin: 'daily-check' })
        : { entries: [] as HistoryEntry[], newHead: undefined };
    const compiled = snapshot.extend(entries);
    // The external facts just read and the transitions through today, unlike a write's derive (../context deriveAt).
    const derived = deriveState({
      compiled,
      day,
      now: at,
      head: newHead ?? snapshot.head,
      settings: snapshot.settings,
      external,
      evaluation,
      transitionsThrough: day,
    });
    const shards = changedShards(derived.shards, snapshot.shards);
    return {
      plan: { head: snapshot.head, entries, ...(newHead ? { newHead } : {}), status: derived.status, shards },
      result: { day, changed: true, transitions: records.length, shardsWritten: shards.length, ...(rebuilt ? { rebuilt: findings } : {}) },
    };
  });
  const personalData = await reportPersonalDataSafely(ctx);
  const withPd = personalData ? { ...result, personalData } : result;
  if (!result.changed) return withPd;
  // Statuses move with the days and spaces come and go: the banner's space properties follow once a day.
  const banner = await syncBanner(ctx, 'daily');
  return banner ? { ...withPd, banner } : withPd;
}
