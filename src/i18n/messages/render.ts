/**
 * Renders messages: a catalogue plus a vocabulary (how one locale words dates,
 * numbers, plans and apps). Also maps the stored shapes (Reason.code, a
 * timeline entry's kind and code, an alert's code) to their message code, and
 * checks stored params before rendering: messages stored by an older version
 * may lack params, and then their stored English text is shown instead.
 */
import type { Code, Message, MessageParams, PartialCatalogue, Vocabulary } from './codes';

/** The params each code cannot be worded without (optional ones are left out). */
export const REQUIRED_PARAMS: { readonly [C in Code]: readonly (keyof MessageParams[C] & string)[] } = {
  BEFORE_EFFECTIVE_DATE: [],
  HIGHEST_PLAN: ['plan', 'products'],
  REVIEW_WINDOW_OPEN: ['trialEndedOn', 'endsOn'],
  TERMINATED_BEFORE_EFFECTIVE: ['date'],
  ORGANIZATION_TERMINATED: ['date'],
  NO_PRODUCT_WITH_SETTINGS: [],
  EXCLUDED_GOVERNMENT_CLOUD: ['reason'],
  EXCLUDED_ISOLATED_CLOUD: ['reason'],
  EXCLUDED_CUSTOMER_MANAGED_KEYS: ['reason'],
  EXCLUDED_HIPAA: ['reason'],
  EXCLUDED_FINANCIAL_SERVICES: ['reason'],
  EXCLUDED_GOVERNMENT_ENTITY: ['reason'],
  METADATA_ALWAYS_ON: ['plan'],
  METADATA_TURNED_OFF: [],
  METADATA_TURNED_ON: [],
  METADATA_DEFAULT_ON_ENTERPRISE: [],
  IN_APP_TURNED_OFF: [],
  IN_APP_TURNED_ON: [],
  IN_APP_DEFAULT_ON: ['plan'],
  IN_APP_DEFAULT_OFF: ['plan'],
  IN_APP_EXCLUSIONS: ['count'],
  IN_APP_INCLUSIONS: ['count'],
  SPACE_APP_NOT_CONTRIBUTING: ['app'],
  SPACE_EXCLUDED: ['space'],
  SPACE_INCLUDED: ['space'],
  SPACE_ALSO_JIRA: [],
  APP_EXCLUDED: ['app'],
  APP_INCLUDED: ['app'],
  SPACE_ENTRY_DORMANT: ['mode'],
  SPACE_FOLLOWS_ORG_ON: [],
  SPACE_FOLLOWS_ORG_OFF: [],
  SPACE_REMOVAL_DEADLINE: ['date', 'removalBy', 'retrainBy'],
  ADMIN_UI_AUTHORITATIVE: [],
  ENTERPRISE_DEFAULT_DISPUTED: [],
  PLAN_WITHOUT_SETTINGS_NOT_COUNTED: ['product', 'plan'],
  SECTOR_FINANCIAL_MAY_BE_EXCLUDED: [],
  SECTOR_EDUCATION_INCLUDED: [],
  SECTOR_GOVERNMENT_EXCLUDED: [],
  SECTOR_GOVERNMENT_EXCLUSION_LIFTED: ['date'],
  CMEK_WITHOUT_ENTERPRISE: ['plan'],
  SCOPE_ENTRIES_DORMANT: ['count', 'mode'],
  METADATA_REMOVAL_UNKNOWN: [],
  TRIAL_ENDS: ['product', 'plan', 'endsOn'],
  CHOICE_DROPPED_ON_PLAN_CHANGE: ['date', 'plan', 'value'],
  CONFLICTING_SETTINGS_SAME_DAY: ['setting', 'date'],
  SETTING_BEFORE_ROLLOUT: ['setting', 'date'],
  SETTING_IGNORED_EXCLUDED: ['setting', 'date'],
  SETTING_KEPT_WHILE_EXCLUDED: ['setting', 'date'],
  SETTING_APPLIES_AFTER_WINDOW: ['setting', 'value', 'date', 'plan', 'endsOn'],
  SETTING_IGNORED_NO_PLAN: ['setting', 'date'],
  SETTING_IGNORED_LOCKED: ['value', 'plan', 'date'],
  PLATFORM_APP_SCOPE_IGNORED: ['mode', 'app', 'date'],
  APP_WITHOUT_SETTINGS_SCOPE_IGNORED: ['mode', 'app', 'date'],
  'timeline.settings-available': [],
  'timeline.effective': [],
  'timeline.plan-changed': ['from', 'to'],
  'timeline.trial-ended': ['product', 'plan', 'then'],
  'timeline.review-window-ends': ['trialEndedOn'],
  'timeline.setting-changed:exclusion': ['reason', 'active'],
  'timeline.setting-changed:setting': ['setting', 'value'],
  'timeline.setting-changed:scope': ['kind', 'key', 'mode'],
  'timeline.collection-stopped:metadata': ['terminated'],
  'timeline.collection-stopped:in-app': ['terminated'],
  'timeline.collection-stopped:app-removed': ['app'],
  'timeline.collection-stopped:target': ['kind', 'key', 'others'],
  'timeline.collection-stopped:app-excluded': ['app'],
  'timeline.in-app-removal-deadline': ['stop'],
  'timeline.model-retrain-deadline': ['stop'],
  'timeline.retention-ends': ['years'],
  'alert.PROFILE_EMPTY': [],
  'alert.DEADLINE_SOON': ['deadline', 'on', 'days'],
  'alert.REVIEW_WINDOW_OPEN': ['on'],
  'alert.ATTESTATION_MISSING': [],
  'alert.ATTESTATION_STALE': ['on', 'days', 'maxDays'],
  'alert.LICENSE_MISMATCH': ['license', 'plan'],
  'alert.APP_ACCESS_BLOCKED': ['product'],
  'alert.APP_ACCESS_UNCHECKED': ['product', 'reason'],
  'difference.excluded': ['excluded'],
  'difference.highest-plan': ['from', 'to'],
  'difference.metadata': ['from', 'to'],
  'difference.in-app': ['from', 'to'],
  'difference.app-joined': ['app'],
  'difference.app-in-app': ['app', 'from', 'to'],
  'difference.entries': ['from', 'to'],
  'difference.deadline': ['deadline', 'from', 'to'],
};

export const MESSAGE_CODES = Object.keys(REQUIRED_PARAMS) as Code[];

export const isCode = (code: string): code is Code => Object.prototype.hasOwnProperty.call(REQUIRED_PARAMS, code);

/** The message code of a stored timeline entry. */
export const timelineCode = (entry: { kind: string; code?: string }): string => `timeline.${entry.kind}${entry.code ? `:${entry.code}` : ''}`;
/** The message code of a stored alert. */
export const alertCode = (code: string): string => `alert.${code}`;

/** Renders a message the compiler has checked. */
export function render<C extends Code>(catalogue: PartialCatalogue<C>, message: Message<C>, v: Vocabulary): string {
  const word = catalogue[message.code];
  return word(message.params, v);
}

/**
 * Renders a stored message (any code, params as read back from storage) when
 * the catalogue has its code and every param it needs; null otherwise, so the
 * caller can show the stored text.
 */
export function renderStored(
  catalogue: Partial<Record<string, unknown>>,
  code: string,
  params: Readonly<Record<string, unknown>> | undefined,
  v: Vocabulary,
): string | null {
  if (!isCode(code)) return null;
  const word = catalogue[code];
  if (typeof word !== 'function') return null;
  const p = params ?? {};
  if (REQUIRED_PARAMS[code].some((key) => p[key] === undefined || p[key] === null)) return null;
  try {
    return (word as (params: unknown, v: Vocabulary) => string)(p, v);
  } catch {
    return null;
  }
}
