/**
 * Explanations: the reasons behind each status (of the data types, the apps
 * and one space) and the notes on the whole evaluation, each a message code
 * with params resting on one rule (reasons.ts).
 */
import { EFFECTIVE_DATE, IN_APP_REMOVAL_DAYS, MODEL_RETRAIN_DAYS } from './constants';
import { addDays, type CalendarDate } from './dates';
import { activeSettingsProducts, IN_APP_DEFAULT_ON, status, type Snapshot, type Stop } from './outcome';
import { PLATFORM_APPS, PRODUCTS_WITH_SETTINGS, type ExclusionReason, type OrgProfile, type Plan } from './profile';
import { because } from './reasons';
import { PLAN_RANK, activePlanOf, hasSettings, scopeKey, settingChangeable, type OrgState } from './replay';
import type { AppStatus, DataTypeStatus, Exception, InAppDataStatus, Reason, SpaceStatus, Status } from './types';

function planReason(state: OrgState): Reason | null {
  const plan = state.highestPlan;
  if (plan === null) return null;
  const holderIds = [...state.products.entries()]
    .filter(([product, p]) => hasSettings(product) && activePlanOf(p) === plan)
    .map(([product]) => product)
    .sort();
  const trialEnds = [...state.products.entries()]
    .filter(([product, p]) => hasSettings(product) && p.trial && p.trial.plan === plan)
    .map(([, p]) => p.trial!.endsOn)
    .sort();
  return because('HIGHEST_PLAN', trialEnds.length ? 'R9' : 'R8', {
    plan,
    products: holderIds.join(','),
    ...(trialEnds.length ? { trialUntil: trialEnds[0]!, trialsUntil: trialEnds.join(',') } : {}),
  });
}

function windowReason(state: OrgState): Reason | null {
  if (!state.window) return null;
  return because('REVIEW_WINDOW_OPEN', 'R36', {
    trialEndedOn: state.window.trialEndedOn,
    endsOn: state.window.endsOn,
    plan: state.window.previousPlan ?? '',
    newPlan: state.window.newPlan,
  });
}

/** Reasons shared by both data types when nothing can contribute at all. */
function blockingReasons(state: OrgState): Reason[] | null {
  if (state.exclusions.size > 0) {
    return [...state.exclusions].sort().map((reason) => exclusionReason(reason));
  }
  if (activeSettingsProducts(state).length === 0) {
    if (state.terminatedOn !== null && state.terminatedOn < EFFECTIVE_DATE) {
      return [because('TERMINATED_BEFORE_EFFECTIVE', 'R43', { date: state.terminatedOn })];
    }
    if (state.terminatedOn !== null) {
      return [because('ORGANIZATION_TERMINATED', 'R39', { date: state.terminatedOn })];
    }
    return [because('NO_PRODUCT_WITH_SETTINGS', 'R4', {})];
  }
  return null;
}

function exclusionReason(reason: ExclusionReason): Reason {
  const params = { reason };
  switch (reason) {
    case 'government-cloud':
      return because('EXCLUDED_GOVERNMENT_CLOUD', 'R28', params);
    case 'isolated-cloud':
      return because('EXCLUDED_ISOLATED_CLOUD', 'R28', params);
    case 'customer-managed-keys':
      // Atlassian's list of offerings was unreadable; only the press names customer-managed keys.
      return because('EXCLUDED_CUSTOMER_MANAGED_KEYS', 'R28', params, { confidence: 'reported', source: 'REG' });
    case 'hipaa':
      return because('EXCLUDED_HIPAA', 'R29', params);
    case 'financial-services':
      return because('EXCLUDED_FINANCIAL_SERVICES', 'R29', params);
    case 'government-entity':
      return because('EXCLUDED_GOVERNMENT_ENTITY', 'R30', params);
  }
}

/** Reasons both data types start with: pending, then what blocks everything, or the plan and any review window. */
function leadingReasons(s: OrgState, pending: boolean): { reasons: Reason[]; plan: Plan | null } {
  const reasons = pending ? [pendingReason()] : [];
  const blocked = blockingReasons(s);
  if (blocked) return { reasons: [...reasons, ...blocked], plan: null };
  for (const r of [planReason(s), windowReason(s)]) if (r) reasons.push(r);
  return { reasons, plan: s.governingPlan! };
}

/** Status, projection and lock of one data type; locks come from today's plan even while pending. */
function settleDataType(
  setting: 'metadata' | 'inAppData',
  on: boolean,
  now: Snapshot,
  pending: boolean,
  since: CalendarDate,
  reasons: Reason[],
): DataTypeStatus {
  const value = status(on);
  // R34: during a review window the admin manages the new highest plan's settings, so its rules decide the lock.
  const locked = !settingChangeable(setting, now.state.highestPlan, now.state.exclusions.size > 0) || activeSettingsProducts(now.state).length === 0;
  return pending ? { status: 'pending', projected: value, locked, since: null, reasons } : { status: value, locked, since, reasons };
}

export function describeMetadata(basis: Snapshot, now: Snapshot, pending: boolean, since: CalendarDate): DataTypeStatus {
  const s = basis.state;
  const { reasons, plan } = leadingReasons(s, pending);
  if (plan !== null && plan !== 'enterprise') {
    reasons.push(because('METADATA_ALWAYS_ON', plan === 'premium' ? 'R12' : 'R11', { plan }));
  } else if (plan === 'enterprise' && s.choices.metadata === 'off') {
    reasons.push(because('METADATA_TURNED_OFF', 'R13', {}));
  } else if (plan === 'enterprise' && s.choices.metadata === 'on') {
    reasons.push(because('METADATA_TURNED_ON', 'R13', {}));
  } else if (plan === 'enterprise') {
    reasons.push(because('METADATA_DEFAULT_ON_ENTERPRISE', 'R13', {}));
  }
  return settleDataType('metadata', basis.outcome.metadata, now, pending, since, reasons);
}

export function describeInApp(basis: Snapshot, now: Snapshot, pending: boolean, since: CalendarDate): InAppDataStatus {
  const s = basis.state;
  const { reasons, plan } = leadingReasons(s, pending);
  if (plan !== null) {
    const choice = s.choices.inAppData;
    if (choice === 'off') reasons.push(because('IN_APP_TURNED_OFF', 'R14', {}));
    else if (choice === 'on') reasons.push(because('IN_APP_TURNED_ON', 'R17', {}));
    else if (IN_APP_DEFAULT_ON[plan]) {
      reasons.push(because('IN_APP_DEFAULT_ON', 'R11', { plan }));
    } else {
      reasons.push(because('IN_APP_DEFAULT_OFF', plan === 'premium' ? 'R12' : 'R13', { plan }));
    }
  }
  const exceptions = effectiveExceptions(s, basis.outcome.inApp, pending ? null : since);
  if (plan !== null && exceptions.length > 0) {
    const n = exceptions.length;
    reasons.push(because(basis.outcome.inApp ? 'IN_APP_EXCLUSIONS' : 'IN_APP_INCLUSIONS', 'R17', { count: n }));
  }
  return { ...settleDataType('inAppData', basis.outcome.inApp, now, pending, since, reasons), exceptions };
}

/** R17: the include/exclude entries that take effect under the org-level setting; none for an excluded org. */
function effectiveExceptions(state: OrgState, orgOn: boolean, orgSettingSince: CalendarDate | null): Exception[] {
  if (state.exclusions.size > 0 || state.governingPlan === null) return [];
  const wanted = orgOn ? 'exclude' : 'include';
  const out: Exception[] = [];
  for (const entry of state.scopes.values()) {
    if (entry.mode !== wanted) continue;
    const exception: Exception = { kind: entry.kind, key: entry.key, mode: entry.mode };
    if (orgSettingSince !== null) exception.since = entry.on > orgSettingSince ? entry.on : orgSettingSince;
    out.push(exception);
  }
  const kindOrder = { app: 0, connector: 1, space: 2 } as const;
  return out.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function describeApps(profile: OrgProfile, basis: Snapshot, now: Snapshot, pending: boolean): AppStatus[] {
  const named = new Set<string>();
  for (const e of profile.events) if ((e.type === 'plan' || e.type === 'trial' || e.type === 'removed') && e.on <= now.date) named.add(e.product);
  const order = (p: string) => {
    const i = (PRODUCTS_WITH_SETTINGS as readonly string[]).indexOf(p);
    return i === -1 ? PRODUCTS_WITH_SETTINGS.length : i;
  };
  const products = [...named].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  const settled = (on: boolean): Status => (pending ? 'pending' : status(on));
  const declared = (app: string): Pick<AppStatus, 'plan' | 'trial'> => {
    const p = now.state.products.get(app);
    if (!p) return {};
    return { plan: p.base, ...(p.trial ? { trial: { plan: p.trial.plan, endsOn: p.trial.endsOn, then: p.trial.then, migration: p.trial.migration } } : {}) };
  };
  const apps: AppStatus[] = products.map((app) => {
    const withSettings = hasSettings(app);
    const active = basis.state.products.has(app);
    if (!withSettings)
      return { app, hasSettings: false, active: now.state.products.has(app), ...declared(app), metadata: 'not-contributing', inAppData: 'not-contributing' };
    const contributesMeta = active && basis.outcome.metadata;
    const contributesInApp = active && (basis.outcome.appInApp.get(app) ?? false);
    return {
      app,
      hasSettings: true,
      active: now.state.products.has(app),
      ...declared(app),
      metadata: settled(contributesMeta),
      inAppData: settled(contributesInApp),
      ...(pending ? { projectedMetadata: status(contributesMeta), projectedInAppData: status(contributesInApp) } : {}),
    };
  });
  if (activeSettingsProducts(now.state).length > 0 || activeSettingsProducts(basis.state).length > 0) {
    // R18/R21: platform apps follow the organization-level toggles.
    for (const app of PLATFORM_APPS) {
      apps.push({
        app,
        hasSettings: true,
        active: true,
        metadata: settled(basis.outcome.metadata),
        inAppData: settled(basis.outcome.inApp),
        ...(pending ? { projectedMetadata: status(basis.outcome.metadata), projectedInAppData: status(basis.outcome.inApp) } : {}),
      });
    }
  }
  return apps;
}

export function describeSpace(space: { key: string; app?: string }, basis: Snapshot, pending: boolean, since: CalendarDate, stops: Stop[]): SpaceStatus {
  const s = basis.state;
  const on = basis.outcome.space === true;
  const reasons: Reason[] = [];
  if (pending) reasons.push(pendingReason());
  const blocked = blockingReasons(s);
  if (blocked) reasons.push(...blocked);
  else if (space.app !== undefined && !(s.products.has(space.app) && hasSettings(space.app))) {
    reasons.push(because('SPACE_APP_NOT_CONTRIBUTING', 'R24', { app: space.app }));
  } else {
    const orgOn = basis.outcome.inApp;
    const entry = s.scopes.get(scopeKey('space', space.key));
    const appEntry = space.app ? s.scopes.get(scopeKey('app', space.app)) : undefined;
    if (entry && entry.mode === (orgOn ? 'exclude' : 'include')) {
      reasons.push(because(orgOn ? 'SPACE_EXCLUDED' : 'SPACE_INCLUDED', 'R17', { space: space.key }));
      reasons.push(because('SPACE_ALSO_JIRA', 'R19', {}));
    } else if (appEntry && space.app && appEntry.mode === (orgOn ? 'exclude' : 'include')) {
      reasons.push(because(orgOn ? 'APP_EXCLUDED' : 'APP_INCLUDED', 'R17', { app: space.app }));
    } else {
      if (entry) {
        reasons.push(because('SPACE_ENTRY_DORMANT', 'R17', { mode: entry.mode }, { confidence: 'interpreted' }));
      }
      reasons.push(because(orgOn ? 'SPACE_FOLLOWS_ORG_ON' : 'SPACE_FOLLOWS_ORG_OFF', 'R17', {}));
    }
  }
  if (!pending) {
    const lastStop = stops[stops.length - 1];
    if (!on && lastStop && lastStop.on >= since) {
      reasons.push(
        because('SPACE_REMOVAL_DEADLINE', 'R40', {
          date: lastStop.on,
          removalBy: addDays(lastStop.on, IN_APP_REMOVAL_DAYS),
          retrainBy: addDays(lastStop.on, MODEL_RETRAIN_DAYS),
        }),
      );
    }
  }
  const value = status(on);
  return pending ? { key: space.key, inAppData: 'pending', projected: value, reasons } : { key: space.key, inAppData: value, since, reasons };
}

function pendingReason(): Reason {
  return because('BEFORE_EFFECTIVE_DATE', 'R2', {});
}

export function describeNotes(profile: OrgProfile, now: Snapshot, basis: Snapshot, stops: Stop[]): Reason[] {
  const notes: Reason[] = [];
  const s = now.state;
  const excluded = s.exclusions.size > 0;
  notes.push(because('ADMIN_UI_AUTHORITATIVE', 'R16', {}));
  if (!excluded && basis.state.governingPlan === 'enterprise') {
    notes.push(
      // A restatement that does say "off by default"; the other reports only say Enterprise may opt out.
      because('ENTERPRISE_DEFAULT_DISPUTED', 'R13', {}, { confidence: 'reported', source: 'SHACKS' }),
    );
  }
  const highest = s.highestPlan;
  // Sorted, so the order never depends on the order products were recorded in.
  const products = [...s.products.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [product, p] of products) {
    const plan = activePlanOf(p);
    if (!hasSettings(product) && plan && (highest === null || PLAN_RANK[plan] > PLAN_RANK[highest])) {
      notes.push(because('PLAN_WITHOUT_SETTINGS_NOT_COUNTED', 'R24', { product, plan }, { confidence: 'interpreted' }));
    }
  }
  if (profile.sector === 'financial-services' && !s.exclusions.has('financial-services')) {
    notes.push(because('SECTOR_FINANCIAL_MAY_BE_EXCLUDED', 'R29', {}));
  }
  if (profile.sector === 'education') {
    notes.push(because('SECTOR_EDUCATION_INCLUDED', 'R31', {}));
  }
  if (profile.sector === 'government') {
    if (s.exclusions.has('government-entity')) {
      notes.push(because('SECTOR_GOVERNMENT_EXCLUDED', 'R30', {}));
    } else {
      // Only a recorded "not active" government-entity exclusion lifts the sector's exclusion: the more specific fact wins.
      const lifted = profile.events
        .filter((e) => e.type === 'exclusion' && e.reason === 'government-entity' && !e.active && e.on <= now.date)
        .reduce<CalendarDate>((latest, e) => (e.on > latest ? e.on : latest), '');
      notes.push(because('SECTOR_GOVERNMENT_EXCLUSION_LIFTED', 'R30', { date: lifted }, { confidence: 'interpreted' }));
    }
  }
  if (s.exclusions.has('customer-managed-keys') && highest !== null && highest !== 'enterprise') {
    notes.push(because('CMEK_WITHOUT_ENTERPRISE', 'R33', { plan: highest }));
  }
  if (!excluded && s.governingPlan !== null) {
    const orgOn = basis.outcome.inApp;
    const dormant = [...basis.state.scopes.values()].filter((e) => e.mode === (orgOn ? 'include' : 'exclude')).length;
    if (dormant > 0) {
      notes.push(because('SCOPE_ENTRIES_DORMANT', 'R17', { count: dormant, mode: orgOn ? 'include' : 'exclude' }, { confidence: 'interpreted' }));
    }
  }
  if (stops.some((stop) => !stop.inApp && stop.on <= now.date)) {
    notes.push(because('METADATA_REMOVAL_UNKNOWN', 'R41', {}));
  }
  if (s.highestPlan !== null) {
    const inTrial = products.filter(([product, p]) => hasSettings(product) && p.trial);
    for (const [product, p] of inTrial) {
      notes.push(because('TRIAL_ENDS', 'R34', { product, plan: p.trial!.plan, endsOn: p.trial!.endsOn, migration: p.trial!.migration ? 1 : 0 }));
    }
  }
  return notes;
}
