/**
 * The in-app status of one space from a stored evaluation, without replaying
 * the profile: the notice and the space page use it on their one-read path.
 * It agrees with `evaluate(..., { space })` (a property test holds it to that).
 */
import { EFFECTIVE_DATE, IN_APP_REMOVAL_DAYS, MODEL_RETRAIN_DAYS, PLATFORM_APPS } from './constants';
import { addDays } from './dates';
import type { Evaluation, Exception, Status } from './types';

type Settled = Exclude<Status, 'pending'>;

export interface SpaceVerdict {
  status: Status;
  projected?: Settled;
  /** Why, as a stable code: EXCLUDED_ORG, APP_NOT_ACTIVE, SPACE_INCLUDED, SPACE_EXCLUDED, FOLLOWS_APP, FOLLOWS_ORG. */
  code: string;
}

export type SpaceLookup = Pick<Evaluation, 'excluded' | 'inAppData' | 'apps'>;

export function spaceInAppStatus(evaluation: SpaceLookup, space: { key: string; app?: string }, spaceException?: Exception | null): SpaceVerdict {
  const pending = evaluation.inAppData.status === 'pending';
  const settle = (status: Settled, code: string): SpaceVerdict => (pending ? { status: 'pending', projected: status, code } : { status, code });
  if (evaluation.excluded) return settle('not-contributing', 'EXCLUDED_ORG');
  const orgStatus: Settled = pending ? (evaluation.inAppData.projected ?? 'not-contributing') : (evaluation.inAppData.status as Settled);
  const anyActive = evaluation.apps.some((a) => a.hasSettings && a.active && !PLATFORM.has(a.app));
  if (!anyActive) return settle('not-contributing', 'APP_NOT_ACTIVE');
  let app: Evaluation['apps'][number] | undefined;
  if (space.app !== undefined) {
    app = evaluation.apps.find((a) => a.app === space.app);
    if (!app || !app.hasSettings || !app.active) return settle('not-contributing', 'APP_NOT_ACTIVE');
  }
  // Only exceptions in effect are stored, so an entry decides on its own (R17).
  const entry = spaceException === undefined ? evaluation.inAppData.exceptions.find((e) => e.kind === 'space' && e.key === space.key) : spaceException;
  if (entry) return settle(entry.mode === 'include' ? 'contributing' : 'not-contributing', entry.mode === 'include' ? 'SPACE_INCLUDED' : 'SPACE_EXCLUDED');
  if (app) {
    const appStatus: Settled = pending ? (app.projectedInAppData ?? 'not-contributing') : (app.inAppData as Settled);
    return settle(appStatus, 'FOLLOWS_APP');
  }
  return settle(orgStatus, 'FOLLOWS_ORG');
}

const PLATFORM: ReadonlySet<string> = new Set(PLATFORM_APPS);

export interface SpaceDeadlines {
  /** Since when the space's in-app status holds (null while pending). */
  since: string | null;
  inAppRemovalBy: string | null;
  modelsRetrainedBy: string | null;
}

/**
 * Dates for one space (R38–R40). A space excluded while the organization was
 * contributing stopped on the day of its exclusion; otherwise the space shares
 * the organization's dates.
 */
export function spaceDeadlines(
  evaluation: Pick<Evaluation, 'inAppData' | 'deadlines'>,
  verdict: SpaceVerdict,
  spaceException?: Exception | null,
): SpaceDeadlines {
  if (verdict.status === 'pending') return { since: null, inAppRemovalBy: null, modelsRetrainedBy: null };
  const orgSince = evaluation.inAppData.since;
  const own = spaceException && spaceException.since ? spaceException : null;
  if (own && own.mode === 'exclude' && orgSince !== null && own.since! > orgSince) {
    return { since: own.since!, inAppRemovalBy: addDays(own.since!, IN_APP_REMOVAL_DAYS), modelsRetrainedBy: addDays(own.since!, MODEL_RETRAIN_DAYS) };
  }
  if (own) return { since: own.since!, inAppRemovalBy: null, modelsRetrainedBy: null };
  if (verdict.status !== 'not-contributing') return { since: orgSince, inAppRemovalBy: null, modelsRetrainedBy: null };
  if (evaluation.inAppData.status === 'not-contributing') {
    // The org-level setting stopped on `since` only if it changed after the effective date; the org's own
    // deadlines may come from another space's or app's stop, which this space did not share.
    const stoppedOn = orgSince !== null && orgSince > EFFECTIVE_DATE ? orgSince : null;
    return {
      since: orgSince,
      inAppRemovalBy: stoppedOn ? addDays(stoppedOn, IN_APP_REMOVAL_DAYS) : null,
      modelsRetrainedBy: stoppedOn ? addDays(stoppedOn, MODEL_RETRAIN_DAYS) : null,
    };
  }
  return { since: orgSince, inAppRemovalBy: evaluation.deadlines.inAppRemovalBy, modelsRetrainedBy: evaluation.deadlines.modelsRetrainedBy };
}
