/**
 * The policy engine: a declared org profile and a date in, the effective data
 * contribution status with reasons, deadlines and a timeline out. Pure and
 * deterministic: it never reads the clock and never touches storage.
 * evaluate() replays the profile (replay.ts), follows the daily outcome and its
 * stops (outcome.ts), and composes the explanations (explanations.ts) and the
 * timeline with its deadlines (timeline.ts).
 */
import { EFFECTIVE_DATE, LATEST_INPUT_DATE, POLICY_VERSION } from './constants';
import { addDays, isCalendarDate, type CalendarDate } from './dates';
import { describeApps, describeInApp, describeMetadata, describeNotes, describeSpace } from './explanations';
import { cloneState, outcomeOf, recordStops, type OrgStop, type Outcome, type Snapshot, type Stop } from './outcome';
import type { OrgProfile } from './profile';
import { newOrgState, replay } from './replay';
import { buildTimeline, computeDeadlines } from './timeline';
import type { EvaluateOptions, Evaluation } from './types';

export function evaluate(profile: OrgProfile, options: EvaluateOptions): Evaluation {
  const at = options.at;
  if (!isCalendarDate(at)) throw new RangeError(`at: must be a calendar date YYYY-MM-DD, got ${JSON.stringify(at)}`);
  if (at > LATEST_INPUT_DATE) throw new RangeError(`at: must be on or before ${LATEST_INPUT_DATE}, so that every computed date stays within 9999`);
  const state = newOrgState(profile);
  let previous: Outcome | null = null;
  const stops: OrgStop[] = [];
  /** Stops of the evaluated space alone: they explain the space, never the organization's deadlines. */
  const spaceStops: Stop[] = [];
  const since = { metadata: EFFECTIVE_DATE, inApp: EFFECTIVE_DATE, space: EFFECTIVE_DATE };
  // R42: retention runs from each contribution's own date, so both the first and the last contributing day matter.
  const pendingAt = at < EFFECTIVE_DATE;
  const horizonDay = pendingAt ? EFFECTIVE_DATE : at;
  // Widened on purpose: the visitor below assigns them, which the compiler's narrowing does not see.
  let firstContribution = null as CalendarDate | null;
  let lastContribution = null as CalendarDate | null;
  let contributingAtHorizon = false as boolean;
  let atSnapshot: Snapshot | null = null;
  let effectiveSnapshot: Snapshot | null = null;

  const { facts, notes } = replay(
    profile,
    state,
    // Follow scheduled trial ends far enough to show every upcoming window on the timeline.
    { knownUntil: at, checkpoints: [EFFECTIVE_DATE, at], followScheduledUntil: '9999-12-31' },
    {
      endOfDay(date, current) {
        if (date < EFFECTIVE_DATE) {
          if (date === at) atSnapshot = { date, state: cloneState(current), outcome: outcomeOf(current, options.space) };
          return;
        }
        const outcome = outcomeOf(current, options.space);
        if (date <= horizonDay) {
          const anyContribution = outcome.metadata || outcome.anyInApp;
          if (anyContribution && firstContribution === null) firstContribution = date;
          if (contributingAtHorizon && !anyContribution) lastContribution = addDays(date, -1);
          contributingAtHorizon = anyContribution;
        }
        if (date === EFFECTIVE_DATE) effectiveSnapshot = { date, state: cloneState(current), outcome };
        if (previous && date <= at) {
          recordStops(date, previous, outcome, current, stops, spaceStops);
          if (previous.metadata !== outcome.metadata) since.metadata = date;
          if (previous.inApp !== outcome.inApp) since.inApp = date;
          if (previous.space !== outcome.space) since.space = date;
        }
        if (date === at) atSnapshot = { date, state: cloneState(current), outcome };
        if (date <= at) previous = outcome;
      },
    },
  );

  const now = atSnapshot as Snapshot | null;
  if (!now) throw new Error('internal: evaluation date was not visited');
  const effective = effectiveSnapshot as Snapshot | null;
  const pending = at < EFFECTIVE_DATE;
  // Before the effective date the projection is the state on that date if nothing else is recorded (R37).
  const basis: Snapshot = pending && effective ? effective : now;

  const exclusionReasons = [...now.state.exclusions].sort();
  const metadata = describeMetadata(basis, now, pending, since.metadata);
  const inAppData = describeInApp(basis, now, pending, since.inApp);
  const apps = describeApps(profile, basis, now, pending);
  const deadlines = computeDeadlines(stops, facts, at);
  const retention = firstContribution ? { first: firstContribution, last: contributingAtHorizon ? null : lastContribution } : null;
  const timeline = buildTimeline(facts, stops, retention);
  // The same fact recorded twice is one fact: say it once.
  const seenNotes = new Set<string>();
  const allNotes = [...notes, ...describeNotes(profile, now, basis, stops)].filter((n) => {
    const key = `${n.code}\u0000${n.text}`;
    if (seenNotes.has(key)) return false;
    seenNotes.add(key);
    return true;
  });

  const evaluation: Evaluation = {
    at,
    policyVersion: POLICY_VERSION,
    highestPlan: now.state.highestPlan,
    excluded: exclusionReasons.length > 0,
    exclusionReasons,
    metadata,
    inAppData,
    apps,
    deadlines,
    timeline,
    notes: allNotes,
  };
  // The space's own transitions say when it stopped; every one of them is also an org-level stop (see recordStops).
  if (options.space) evaluation.space = describeSpace(options.space, basis, pending, since.space, spaceStops);
  return evaluation;
}
