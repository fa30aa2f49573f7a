/** Alerts for the admin page and the daily check. */
import { addDays, daysBetween, type CalendarDate } from '../policy/dates';
import type { OrgProfile, Plan } from '../policy/profile';
import type { Evaluation } from '../policy/types';
import type { Alert, Attestation, SpaceProduct } from '../shared/contract';
import type { LicensePlan } from './ports';

export const DEADLINE_ALERT_DAYS = 14;
export const ATTESTATION_MAX_AGE_DAYS = 90;

export interface ExternalFacts {
  license: { app: string; plan: LicensePlan }[] | null;
  /** Products where app access rules block the app from some content; null before the first check. */
  accessBlocked: SpaceProduct[] | null;
  /** Products whose app access rules could not be read on the last check, with why. */
  accessUnchecked: { product: SpaceProduct; reason: string }[];
  checkedOn: CalendarDate | null;
}

export const NO_EXTERNAL_FACTS: ExternalFacts = { license: null, accessBlocked: null, accessUnchecked: [], checkedOn: null };

/** The Jira plan declared for `day`: the last plan/removed event for jira on or before it. */
export function declaredJiraPlan(profile: OrgProfile, day: CalendarDate): Plan | null {
  let plan: Plan | null = null;
  let on = '';
  for (const e of profile.events) {
    if ((e.type === 'plan' || e.type === 'removed') && e.product === 'jira' && e.on <= day && e.on >= on) {
      plan = e.type === 'plan' ? e.plan : null;
      on = e.on;
    }
  }
  return plan;
}

export function computeAlerts(input: {
  evaluation: Evaluation;
  profile: OrgProfile;
  day: CalendarDate;
  lastAttestation: Attestation | null;
  external: ExternalFacts;
}): Alert[] {
  const { evaluation, profile, day, lastAttestation, external } = input;
  const alerts: Alert[] = [];
  if (profile.events.length === 0) {
    alerts.push({ code: 'PROFILE_EMPTY', severity: 'warning', text: 'No plans or settings are declared yet, so the status rests on defaults only.' });
  }
  const soon = addDays(day, DEADLINE_ALERT_DAYS);
  // The deadline id goes to params so the page can word it in the reader's language.
  const deadlines: [CalendarDate | null, string, string][] = [
    [evaluation.deadlines.inAppRemovalBy, 'Contributed in-app data should be removed by', 'in-app-removal'],
    [evaluation.deadlines.modelsRetrainedBy, 'Models should be retrained without the data by', 'models-retrained'],
    [evaluation.deadlines.reviewWindowEndsOn, 'The 30-day review window after the plan change ends on', 'review-window'],
  ];
  for (const entry of evaluation.timeline) {
    if (entry.kind === 'effective' && entry.on >= day && entry.on <= soon) deadlines.push([entry.on, 'Data contribution takes effect on', 'effective']);
  }
  for (const [on, text, deadline] of deadlines) {
    if (on && on >= day && on <= soon) {
      const days = daysBetween(day, on);
      alerts.push({ code: 'DEADLINE_SOON', severity: days <= 3 ? 'critical' : 'warning', text: `${text} ${on} (in ${days} day${days === 1 ? '' : 's'}).`, on, params: { deadline, days } });
    }
  }
  const windowEnds = evaluation.deadlines.reviewWindowEndsOn;
  if (windowEnds && windowEnds >= day) {
    alerts.push({
      code: 'REVIEW_WINDOW_OPEN',
      severity: 'warning',
      text: `A plan change opened a review window until ${windowEnds}: review the data contribution settings in Atlassian Administration before then.`,
      on: windowEnds,
    });
  }
  if (!lastAttestation) {
    alerts.push({ code: 'ATTESTATION_MISSING', severity: 'warning', text: 'No admin has yet confirmed that the declared profile matches Atlassian Administration.' });
  } else {
    const attestedOn = lastAttestation.at.slice(0, 10);
    const age = daysBetween(attestedOn, day);
    if (age > ATTESTATION_MAX_AGE_DAYS) {
      alerts.push({
        code: 'ATTESTATION_STALE',
        severity: 'warning',
        text: `The profile was last confirmed ${age} days ago (${attestedOn}); confirm it again at least every ${ATTESTATION_MAX_AGE_DAYS} days.`,
        on: attestedOn,
        params: { days: age, maxDays: ATTESTATION_MAX_AGE_DAYS },
      });
    }
  }
  if (external.license) {
    const declared = declaredJiraPlan(profile, day);
    const jira = external.license.filter((l) => l.app === 'jira-software' || l.app === 'jira-core' || l.app === 'jira');
    const paid = jira.some((l) => l.plan === 'PAID');
    const free = jira.length > 0 && jira.every((l) => l.plan === 'FREE');
    if (declared && ((paid && declared === 'free') || (free && declared !== 'free'))) {
      alerts.push({
        code: 'LICENSE_MISMATCH',
        severity: 'critical',
        text: `Jira reports a ${paid ? 'paid' : 'Free'} license, but the declared Jira plan is ${declared}. Check Atlassian Administration › Apps and record the right plan.`,
        params: { license: paid ? 'paid' : 'free', plan: declared },
      });
    }
  }
  for (const product of external.accessBlocked ?? []) {
    alerts.push({
      code: 'APP_ACCESS_BLOCKED',
      severity: 'info',
      text: `App access rules block Contribution Lens from some ${product === 'jira' ? 'Jira' : 'Confluence'} content; notices do not show there.`,
      params: { product },
    });
  }
  for (const { product, reason } of external.accessUnchecked) {
    alerts.push({
      code: 'APP_ACCESS_UNCHECKED',
      severity: 'warning',
      text: `Could not check whether app access rules block Contribution Lens from ${product === 'jira' ? 'Jira' : 'Confluence'} content (${reason}); notices there may be missing. The daily check tries again.`,
      params: { product, reason },
    });
  }
  return alerts;
}
