/**
 * The English wording of every message code: the server's English (CLI, CSV,
 * history, evidence, Rovo) and the English Custom UI both come from here.
 * Standalone, so the Custom UI can load one language at a time.
 */
import { EFFECTIVE_DATE, IN_APP_REMOVAL_DAYS, MODEL_RETRAIN_DAYS, REVIEW_WINDOW_DAYS, ROLLOUT_BEGAN } from '../../policy/constants';
import type { Catalogue, ListMode, MessageParams, OnOff, StatusWord, Vocabulary } from './codes';
import { wordFor } from './lookup';

const setting = (id: string) => (id === 'metadata' ? 'metadata' : 'in-app data');
const list = (mode: ListMode | 'default') => (mode === 'default' ? 'default' : mode === 'include' ? 'include' : 'exclude');
const onOff = (value: OnOff) => (value === 'on' ? 'on' : 'off');
const trial = (migration: unknown) => (migration === 1 ? 'Cloud Migration Trial' : 'trial');
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const status = (s: StatusWord) => (s === 'not-contributing' ? 'not contributing' : s);
const target = (kind: string, key: string, v: Vocabulary, space = 'space', connector = 'connector') =>
  kind === 'app' ? v.app(key) : `${kind === 'connector' ? connector : space} ${key}`;

function planCause(p: MessageParams['timeline.plan-changed'], v: Vocabulary): string {
  switch (p.cause) {
    case 'plan':
      return ` (${v.app(p.product)} on ${v.plan(p.plan)})`;
    case 'trial-started':
      return ` (${v.app(p.product)} ${v.plan(p.plan)} ${trial(p.migration)} started)`;
    case 'trial-ended':
      return ` (${v.app(p.product)} ${v.plan(p.plan)} ${trial(p.migration)} ended)`;
    case 'removed':
      return ` (${v.app(p.product)} removed)`;
    case 'terminated':
      return ' (all cloud subscriptions ended)';
    default:
      return '';
  }
}

const excluded = (p: { reason: string }, v: Vocabulary) =>
  `Excluded as an organization with ${v.exclusion(p.reason)}: none of its metadata or in-app data is used, and contribution cannot be turned on (R32).`;
const followsOrg = (on: boolean) => () => `In-app data is ${on ? 'on' : 'off'} for the organization and this space follows that setting.`;
const ignored = (why: string) => (p: { setting: string; date: string }, v: Vocabulary) =>
  `The ${setting(p.setting)} setting recorded on ${v.date(p.date)} is ignored: ${why}`;
const stopped = (what: string) => (p: { terminated: number }) => `${p.terminated === 1 ? 'Organization terminated: ' : ''}${what} collection stopped.`;

const DEADLINE = {
  'in-app-removal': 'Contributed in-app data should be removed by',
  'models-retrained': 'Models should be retrained without the data by',
  'review-window': 'The review window after the plan change ends on',
  effective: 'Data contribution takes effect on',
} as const;

const DEADLINE_NAME = {
  inAppRemovalBy: 'In-app data removal',
  modelsRetrainedBy: 'Model retraining',
  reviewWindowEndsOn: 'End of the review window',
} as const;

export const en: Catalogue = {
  BEFORE_EFFECTIVE_DATE: (_, v) =>
    `Until ${v.date(EFFECTIVE_DATE)} data is used only to improve this organization's own experience; the projected status is what applies on ${v.date(EFFECTIVE_DATE)} if nothing changes (R37).`,
  HIGHEST_PLAN: (p, v) =>
    `The highest active plan is ${v.plan(p.plan)}, from ${v.apps(p.products)}${p.trialsUntil ? ` (trial until ${v.dates(p.trialsUntil)})` : ''}. It decides the defaults for the whole organization.`,
  REVIEW_WINDOW_OPEN: (p, v) =>
    `A trial ended on ${v.date(p.trialEndedOn)} and changed the highest plan; until ${v.date(p.endsOn)} the settings of the ${p.plan ? v.plan(p.plan) : 'previous'} plan keep applying${p.newPlan ? `, while what may be changed already follows the new ${v.plan(p.newPlan)} plan` : ''} (${REVIEW_WINDOW_DAYS}-day review window, R34; how it applies is our reading).`,
  TERMINATED_BEFORE_EFFECTIVE: (p, v) =>
    `The organization ended its cloud subscriptions on ${v.date(p.date)}, before ${v.date(EFFECTIVE_DATE)}: it is not affected.`,
  ORGANIZATION_TERMINATED: (p, v) => `The organization ended its cloud subscriptions on ${v.date(p.date)}; Atlassian stops collecting its data.`,
  NO_PRODUCT_WITH_SETTINGS: () =>
    'The organization has no active Jira, Confluence or Jira Service Management plan, so it has no data contribution settings and contributes nothing (R24).',
  EXCLUDED_GOVERNMENT_CLOUD: excluded,
  EXCLUDED_ISOLATED_CLOUD: excluded,
  EXCLUDED_CUSTOMER_MANAGED_KEYS: excluded,
  EXCLUDED_HIPAA: excluded,
  EXCLUDED_FINANCIAL_SERVICES: excluded,
  EXCLUDED_GOVERNMENT_ENTITY: excluded,
  METADATA_ALWAYS_ON: (p, v) => `On the ${v.plan(p.plan)} plan metadata is always contributed and cannot be turned off; only Enterprise can opt out.`,
  METADATA_TURNED_OFF: () => 'An org admin turned metadata contribution off, which Enterprise allows.',
  METADATA_TURNED_ON: () => 'An org admin confirmed metadata contribution on (Enterprise can turn it off).',
  METADATA_DEFAULT_ON_ENTERPRISE: () => 'On Enterprise metadata is contributed by default; an org admin can turn it off.',
  IN_APP_TURNED_OFF: () => 'An org admin turned in-app data contribution off.',
  IN_APP_TURNED_ON: () => 'An org admin turned in-app data contribution on.',
  IN_APP_DEFAULT_ON: (p, v) => `On the ${v.plan(p.plan)} plan in-app data is contributed by default; an org admin can turn it off.`,
  IN_APP_DEFAULT_OFF: (p, v) => `On the ${v.plan(p.plan)} plan in-app data is not contributed by default; an org admin can turn it on.`,
  IN_APP_EXCLUSIONS: (p, v) =>
    `${v.number(p.count)} ${plural(p.count, 'space, app or connector is', 'spaces, apps or connectors are')} excluded; platform apps and site-wide content follow the organization setting (R18).`,
  IN_APP_INCLUSIONS: (p, v) =>
    `${v.number(p.count)} ${plural(p.count, 'space, app or connector is', 'spaces, apps or connectors are')} included; platform apps and site-wide content follow the organization setting (R18).`,
  SPACE_APP_NOT_CONTRIBUTING: (p, v) =>
    `${v.app(p.app)} is not an active app with data contribution settings in this organization, so nothing from this space is contributed.`,
  SPACE_EXCLUDED: (p) => `In-app data is on for the organization, and an org admin excluded this space (${p.space}).`,
  SPACE_INCLUDED: (p) => `In-app data is off for the organization, and an org admin included this space (${p.space}).`,
  SPACE_ALSO_JIRA: () => 'Contribution Lens treats Jira spaces (formerly projects) like Confluence spaces in these lists.',
  APP_EXCLUDED: (p, v) => `In-app data is on for the organization, and an org admin excluded ${v.app(p.app)} as a whole.`,
  APP_INCLUDED: (p, v) => `In-app data is off for the organization, and an org admin included ${v.app(p.app)} as a whole.`,
  SPACE_ENTRY_DORMANT: (p) => `This space is on the ${list(p.mode)} list, which only takes effect while in-app data is ${p.mode === 'include' ? 'off' : 'on'}.`,
  SPACE_FOLLOWS_ORG_ON: followsOrg(true),
  SPACE_FOLLOWS_ORG_OFF: followsOrg(false),
  SPACE_REMOVAL_DEADLINE: (p, v) =>
    `Collection from this space stopped on ${v.date(p.date)}; in-app data should be removed by ${v.date(p.removalBy)} and models retrained by ${v.date(p.retrainBy)}.`,
  ADMIN_UI_AUTHORITATIVE: () =>
    'Some organizations, including some with compliance requirements, see different defaults: Atlassian Administration › Security › Data contribution is authoritative. Attest regularly that this profile matches it.',
  ENTERPRISE_DEFAULT_DISPUTED: () =>
    'Press reports say Enterprise has metadata off by default; Atlassian’s own table says on, which Contribution Lens follows. Check Atlassian Administration.',
  PLAN_WITHOUT_SETTINGS_NOT_COUNTED: (p, v) =>
    `${v.app(p.product)} is on ${v.plan(p.plan)}, but apps without data contribution settings are not counted toward the highest plan (our reading; Atlassian has not said).`,
  SECTOR_FINANCIAL_MAY_BE_EXCLUDED: () =>
    'Certain financial services customers are excluded, but Atlassian does not publish which: check Atlassian Administration and record the exclusion if it shows contribution off and locked.',
  SECTOR_EDUCATION_INCLUDED: () => 'Educational institutions, including government-run ones, are included and follow their highest active plan.',
  SECTOR_GOVERNMENT_EXCLUDED: () => 'The organization is declared a government entity, which Atlassian excludes; contact Atlassian Support to confirm.',
  SECTOR_GOVERNMENT_EXCLUSION_LIFTED: (p, v) =>
    `The organization is declared a government entity, but the government-entity exclusion was recorded as not active on ${v.date(p.date)}; Contribution Lens follows that recorded fact, the more specific one (our reading). Contact Atlassian Support to confirm.`,
  CMEK_WITHOUT_ENTERPRISE: (p, v) =>
    `Customer-managed keys are only offered with Enterprise, but the declared highest plan is ${v.plan(p.plan)}: check the declared plans.`,
  SCOPE_ENTRIES_DORMANT: (p, v) =>
    `${v.number(p.count)} ${list(p.mode)} ${plural(p.count, 'entry takes', 'entries take')} no effect while in-app data is ${p.mode === 'include' ? 'on' : 'off'}; Atlassian offers ${p.mode === 'include' ? 'exclusions' : 'inclusions'} in this mode.`,
  METADATA_REMOVAL_UNKNOWN: () => 'No Atlassian text gives a removal deadline for metadata after an opt-out; one report says 90 days for content attributes.',
  TRIAL_ENDS: (p, v) =>
    `${v.app(p.product)} is on a ${v.plan(p.plan)} ${trial(p.migration)} until ${v.date(p.endsOn)}; if the highest plan changes then, there are ${REVIEW_WINDOW_DAYS} days to review the settings.`,
  CHOICE_DROPPED_ON_PLAN_CHANGE: (p, v) =>
    p.future === 1
      ? `On ${v.date(p.date)} the plan that governs the settings will become ${v.plan(p.plan)}, which cannot change metadata; the earlier metadata choice "${onOff(p.value)}" will then no longer apply.`
      : `On ${v.date(p.date)} the plan that governs the settings became ${v.plan(p.plan)}, which cannot change metadata; the earlier metadata choice "${onOff(p.value)}" no longer applies.`,
  CONFLICTING_SETTINGS_SAME_DAY: (p, v) =>
    `Both "on" and "off" were recorded for ${setting(p.setting)} on ${v.date(p.date)}; Contribution Lens assumes "on", the reading that never understates contribution. Record the final value again to settle it.`,
  SETTING_BEFORE_ROLLOUT: (p, v) =>
    `The ${setting(p.setting)} setting recorded on ${v.date(p.date)} is ignored: the settings did not exist before ${v.date(p.rolloutBegan ?? ROLLOUT_BEGAN)}.`,
  SETTING_IGNORED_EXCLUDED: ignored('an excluded organization cannot turn contribution on or change its settings.'),
  SETTING_KEPT_WHILE_EXCLUDED: (p, v) =>
    `The ${setting(p.setting)} opt-out recorded on ${v.date(p.date)}, while the organization was excluded, is kept: it applies if the exclusion ends (our reading).`,
  SETTING_APPLIES_AFTER_WINDOW: (p, v) =>
    `The ${setting(p.setting)} setting "${onOff(p.value)}" recorded on ${v.date(p.date)} is kept: the new ${v.plan(p.plan)} plan allows it, and it ${p.future === 1 ? 'will apply from' : 'has applied since'} ${v.date(p.endsOn)}, the end of the review window (our reading).`,
  SETTING_IGNORED_NO_PLAN: ignored('the organization had no Jira, Confluence or Jira Service Management plan then.'),
  SETTING_IGNORED_LOCKED: (p, v) =>
    `Metadata cannot be turned ${onOff(p.value)} on the ${v.plan(p.plan)} plan; the setting recorded on ${v.date(p.date)} is ignored (only Enterprise can opt out of metadata).`,
  PLATFORM_APP_SCOPE_IGNORED: (p, v) =>
    `The ${list(p.mode)} entry for the platform app "${v.app(p.app)}" (${v.date(p.date)}) is ignored: platform apps always follow the organization-level setting.`,
  APP_WITHOUT_SETTINGS_SCOPE_IGNORED: (p, v) =>
    `The ${list(p.mode)} entry for "${v.app(p.app)}" (${v.date(p.date)}) is ignored: that app has no data contribution settings and never contributes.`,

  'timeline.settings-available': (_, v) => `Data contribution settings available to every organization (rollout began ${v.date(ROLLOUT_BEGAN)}).`,
  'timeline.effective': () => 'Atlassian starts using contributed data to improve its apps for all customers.',
  'timeline.plan-changed': (p, v) => `Highest active plan: ${v.plan(p.from)} → ${v.plan(p.to)}${planCause(p, v)}.`,
  'timeline.trial-ended': (p, v) =>
    `${v.app(p.product)} ${v.plan(p.plan)} ${trial(p.migration)} ended${p.then === 'none' ? '; the app left the organization' : `; now ${v.plan(p.then)}`}.`,
  'timeline.review-window-ends': (p, v) =>
    p.closedEarly === 1
      ? `The review window after the trial ended on ${v.date(p.trialEndedOn)} closed early: a later change of the highest plan applies from this date.`
      : `End of the ${REVIEW_WINDOW_DAYS}-day review window after the trial ended on ${v.date(p.trialEndedOn)}: the new plan's settings apply from here.`,
  'timeline.setting-changed:exclusion': (p, v) => `Exclusion ${p.active === 1 ? 'recorded' : 'ended'}: ${v.exclusion(p.reason)}.`,
  'timeline.setting-changed:setting': (p) => `${p.setting === 'metadata' ? 'Metadata' : 'In-app data'} turned ${onOff(p.value)} by an org admin.`,
  'timeline.setting-changed:scope': (p, v) =>
    p.mode === 'default'
      ? `In-app data: ${target(p.kind, p.key, v)} back to the organization setting.`
      : `In-app data: ${target(p.kind, p.key, v)} ${p.mode === 'include' ? 'included' : 'excluded'}.`,
  'timeline.collection-stopped:metadata': stopped('Metadata'),
  'timeline.collection-stopped:in-app': stopped('In-app data'),
  'timeline.collection-stopped:app-removed': (p, v) => `${v.app(p.app)} removed: collection from it stopped.`,
  'timeline.collection-stopped:target': (p, v) =>
    `${target(p.kind, p.key, v, 'Space', 'Connector')}${p.others > 0 ? ` and ${v.number(p.others)} more` : ''}: in-app data collection stopped.`,
  'timeline.collection-stopped:app-excluded': (p, v) => `${v.app(p.app)}: in-app data collection stopped (app excluded).`,
  'timeline.in-app-removal-deadline': (p, v) =>
    `In-app data from the stop on ${v.date(p.stop)} removed from datasets by this date (${IN_APP_REMOVAL_DAYS} days).`,
  'timeline.model-retrain-deadline': (p, v) =>
    `Models trained on data from before the stop on ${v.date(p.stop)} retrained by this date (${MODEL_RETRAIN_DAYS} days).`,
  'timeline.retention-ends': (p, v) =>
    p.lastContribution !== undefined
      ? `Up to ${v.number(p.years)} years after the last contribution on ${v.date(p.lastContribution)}: the latest date any contributed data may be kept.`
      : `Up to ${v.number(p.years)} years after the first contribution on ${v.date(p.firstContribution)}: data contributed that day may be kept until this date; data contributed later is kept up to ${v.number(p.years)} years from its own date${p.ongoing === 1 ? ', so the horizon moves on while contribution continues' : ''}.`,

  'alert.PROFILE_EMPTY': () => 'No plans or settings are declared yet, so the status rests on defaults only.',
  'alert.DEADLINE_SOON': (p, v) =>
    `${wordFor(DEADLINE, p.deadline) ?? DEADLINE.effective} ${v.date(p.on)} (in ${v.number(p.days)} ${plural(p.days, 'day', 'days')}).`,
  'alert.REVIEW_WINDOW_OPEN': (p, v) =>
    `A plan change opened a review window until ${v.date(p.on)}: review the data contribution settings in Atlassian Administration before then.`,
  'alert.ATTESTATION_MISSING': () => 'No admin has yet confirmed that the declared profile matches Atlassian Administration.',
  'alert.ATTESTATION_STALE': (p, v) =>
    `The profile was last confirmed ${v.number(p.days)} days ago (${v.date(p.on)}); confirm it again at least every ${v.number(p.maxDays)} days.`,
  'alert.LICENSE_MISMATCH': (p, v) =>
    `Jira reports a ${p.license === 'paid' ? 'paid' : 'Free'} license, but the declared Jira plan is ${v.plan(p.plan)}. Check Atlassian Administration › Apps and record the right plan.`,
  'alert.APP_ACCESS_BLOCKED': (p, v) => `App access rules block Contribution Lens from some ${v.app(p.product)} content; notices do not show there.`,
  'alert.APP_ACCESS_UNCHECKED': (p, v) =>
    `Could not check whether app access rules block Contribution Lens from ${v.app(p.product)} content (${p.reason}); notices there may be missing. The daily check tries again.`,

  'difference.excluded': (p) => (p.excluded === 1 ? 'The organization becomes excluded from data contribution.' : 'The organization is no longer excluded.'),
  'difference.highest-plan': (p, v) => `Highest active plan: ${v.plan(p.from)} → ${v.plan(p.to)}.`,
  'difference.metadata': (p) => `Metadata: ${status(p.from)} → ${status(p.to)}.`,
  'difference.in-app': (p) => `In-app data: ${status(p.from)} → ${status(p.to)}.`,
  'difference.app-joined': (p, v) => `${v.app(p.app)}: now part of the organization.`,
  'difference.app-in-app': (p, v) => `${v.app(p.app)} in-app data: ${status(p.from)} → ${status(p.to)}.`,
  'difference.entries': (p, v) => `Include/exclude entries in effect: ${v.number(p.from)} → ${v.number(p.to)}.`,
  'difference.deadline': (p, v) => `${DEADLINE_NAME[p.deadline]} deadline: ${p.from ? v.date(p.from) : 'none'} → ${p.to ? v.date(p.to) : 'none'}.`,
};
