/** Alerts for the admin page and the daily check: message codes with params, their English from the catalogue. */
import type { AlertCode, MessageParams } from '../i18n/messages/codes';
import { english } from '../i18n/messages/english';
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

/**
 * One alert as stored: its code without the `alert.` prefix, the English text,
 * the date it is about as `on` (outside params, as stored since version 1) and
 * the other params for wording it in the reader's language.
 */
function alert<C extends AlertCode>(code: C, severity: Alert['severity'], params: MessageParams[C]): Alert {
  const text = english({ code, params });
  const { on, ...rest } = params as MessageParams[C] & { on?: CalendarDate };
  const result: Alert = { code: code.slice('alert.'.length) as Alert['code'], severity, text };
  if (on !== undefined) result.on = on;
  if (Object.keys(rest).length > 0) result.params = rest as Record<string, string | number>;
  return result;
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
  if (profile.events.length === 0) alerts.push(alert('alert.PROFILE_EMPTY', 'warning', {}));
  const soon = addDays(day, DEADLINE_ALERT_DAYS);
  const deadlines: [CalendarDate | null, MessageParams['alert.DEADLINE_SOON']['deadline']][] = [
    [evaluation.deadlines.inAppRemovalBy, 'in-app-removal'],
    [evaluation.deadlines.modelsRetrainedBy, 'models-retrained'],
    [evaluation.deadlines.reviewWindowEndsOn, 'review-window'],
  ];
  for (const entry of evaluation.timeline) {
    if (entry.kind === 'effective' && entry.on >= day && entry.on <= soon) deadlines.push([entry.on, 'effective']);
  }
  for (const [on, deadline] of deadlines) {
    if (on && on >= day && on <= soon) {
      const days = daysBetween(day, on);
      alerts.push(alert('alert.DEADLINE_SOON', days <= 3 ? 'critical' : 'warning', { deadline, on, days }));
    }
  }
  const windowEnds = evaluation.deadlines.reviewWindowEndsOn;
  if (windowEnds && windowEnds >= day) alerts.push(alert('alert.REVIEW_WINDOW_OPEN', 'warning', { on: windowEnds }));
  if (!lastAttestation) {
    alerts.push(alert('alert.ATTESTATION_MISSING', 'warning', {}));
  } else {
    const attestedOn = lastAttestation.at.slice(0, 10);
    const age = daysBetween(attestedOn, day);
    if (age > ATTESTATION_MAX_AGE_DAYS)
      alerts.push(alert('alert.ATTESTATION_STALE', 'warning', { on: attestedOn, days: age, maxDays: ATTESTATION_MAX_AGE_DAYS }));
  }
  if (external.license) {
    const declared = declaredJiraPlan(profile, day);
    const jira = external.license.filter((l) => l.app === 'jira-software' || l.app === 'jira-core' || l.app === 'jira');
    const paid = jira.some((l) => l.plan === 'PAID');
    const free = jira.length > 0 && jira.every((l) => l.plan === 'FREE');
    if (declared && ((paid && declared === 'free') || (free && declared !== 'free'))) {
      alerts.push(alert('alert.LICENSE_MISMATCH', 'critical', { license: paid ? 'paid' : 'free', plan: declared }));
    }
  }
  for (const product of external.accessBlocked ?? []) alerts.push(alert('alert.APP_ACCESS_BLOCKED', 'info', { product }));
  for (const { product, reason } of external.accessUnchecked) alerts.push(alert('alert.APP_ACCESS_UNCHECKED', 'warning', { product, reason }));
  return alerts;
}
