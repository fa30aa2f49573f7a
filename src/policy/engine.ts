/**
 * The policy engine: a declared org profile and a date in, the effective data
 * contribution status with reasons, deadlines and a timeline out. Pure and
 * deterministic: it never reads the clock and never touches storage.
 */
import {
  EFFECTIVE_DATE,
  IN_APP_REMOVAL_DAYS,
  MODEL_RETRAIN_DAYS,
  POLICY_VERSION,
  LATEST_INPUT_DATE,
  RETENTION_YEARS,
  SETTINGS_AVAILABLE,
} from './constants';
import { addDays, addYears, isCalendarDate, type CalendarDate } from './dates';
import { PLATFORM_APPS, PRODUCTS_WITH_SETTINGS, type ExclusionReason, type OrgProfile, type Plan, type ScopeKind } from './profile';
import { because } from './reasons';
import {
  PLAN_RANK,
  activePlanOf,
  exclusionLabel,
  hasSettings,
  newOrgState,
  planLabel,
  productLabel,
  replay,
  scopeKey,
  settingChangeable,
  type OrgState,
  type ReplayFact,
} from './replay';
import type {
  AppStatus,
  DataTypeStatus,
  Deadlines,
  EvaluateOptions,
  Evaluation,
  Exception,
  InAppDataStatus,
  Reason,
  ReasonParams,
  SpaceStatus,
  Status,
  TimelineEntry,
} from './types';

type Settled = Exclude<Status, 'pending'>;

/** The org-level outcome of a state, without explanations: cheap enough to compute every day. */
interface Outcome {
  metadata: boolean;
  /** The org-level in-app setting's outcome (platform apps, site-wide content, everything not listed). */
  inApp: boolean;
  /** Nothing can contribute: excluded, no governing plan or no product with settings. */
  blocked: boolean;
  /** Any in-app data contributes: through the org-level setting or included spaces, apps or connectors (R17). */
  anyInApp: boolean;
  /** Included spaces contribute while the org-level setting is off; the profile does not say which app they belong to. */
  spacesIncluded: boolean;
  /** Per active product with settings: does its in-app data contribute? */
  appInApp: Map<string, boolean>;
  /** Active products with settings whose metadata contributes. */
  appMetadata: Set<string>;
  space: boolean | null;
}

interface Stop {
  on: CalendarDate;
  what: string;
  inApp: boolean;
  /** What stopped: `metadata`, `in-app` (org level), `app-removed`, `target` (spaces, apps, connectors) or `space` (the evaluated space). */
  code: string;
  params: ReasonParams;
  /** Set when the stop rests on our reading (which app an included space belongs to is not declared). */
  interpreted?: boolean;
}

const IN_APP_DEFAULT_ON: Readonly<Record<Plan, boolean>> = { free: true, standard: true, premium: false, enterprise: false };

/** R24/R4: only active products with settings can contribute. */
function activeSettingsProducts(state: OrgState): string[] {
  return [...state.products.keys()].filter(hasSettings).sort();
}

function metadataOn(state: OrgState): boolean {
  if (state.exclusions.size > 0 || state.governingPlan === null || activeSettingsProducts(state).length === 0) return false;
  // R11–R13: only Enterprise can opt out; everything below always contributes metadata.
  return state.governingPlan !== 'enterprise' || state.choices.metadata !== 'off';
}

function inAppOn(state: OrgState): boolean {
  if (state.exclusions.size > 0 || state.governingPlan === null || activeSettingsProducts(state).length === 0) return false;
  const choice = state.choices.inAppData;
  return choice === undefined ? IN_APP_DEFAULT_ON[state.governingPlan] : choice === 'on';
}

/** R17: with in-app on only exclusions matter, with it off only inclusions. */
function scopeAllows(state: OrgState, orgOn: boolean, kind: 'space' | 'app' | 'connector', key: string): boolean | null {
  const entry = state.scopes.get(scopeKey(kind, key));
  if (!entry) return null;
  if (orgOn && entry.mode === 'exclude') return false;
  if (!orgOn && entry.mode === 'include') return true;
  return null;
}

function appInAppOn(state: OrgState, orgOn: boolean, product: string): boolean {
  if (state.exclusions.size > 0 || !state.products.has(product) || !hasSettings(product) || state.governingPlan === null) return false;
  return scopeAllows(state, orgOn, 'app', product) ?? orgOn;
}

function spaceInAppOn(state: OrgState, orgOn: boolean, space: { key: string; app?: string }): boolean {
  if (state.exclusions.size > 0 || state.governingPlan === null || activeSettingsProducts(state).length === 0) return false;
  if (space.app !== undefined && !(state.products.has(space.app) && hasSettings(space.app))) return false;
  const bySpace = scopeAllows(state, orgOn, 'space', space.key);
  if (bySpace !== null) return bySpace;
  return space.app !== undefined ? appInAppOn(state, orgOn, space.app) : orgOn;
}

function outcomeOf(state: OrgState, space: EvaluateOptions['space']): Outcome {
  const inApp = inAppOn(state);
  const products = activeSettingsProducts(state);
  const appInApp = new Map<string, boolean>();
  for (const product of products) appInApp.set(product, appInAppOn(state, inApp, product));
  const blocked = state.exclusions.size > 0 || state.governingPlan === null || products.length === 0;
  const spacesIncluded = !blocked && !inApp && state.includeCounts.space > 0;
  const metadata = metadataOn(state);
  return {
    metadata,
    inApp,
    blocked,
    anyInApp: !blocked && (inApp || spacesIncluded || state.includeCounts.connector > 0 || [...appInApp.values()].some(Boolean)),
    spacesIncluded,
    appInApp,
    appMetadata: new Set(metadata ? appInApp.keys() : []),
    space: space ? spaceInAppOn(state, inApp, space) : null,
  };
}

/** R17: does a space or connector with this entry contribute under this org-level outcome? */
function targetContributes(mode: 'include' | 'exclude' | undefined, outcome: Outcome): boolean {
  if (outcome.blocked) return false;
  return outcome.inApp ? mode !== 'exclude' : mode === 'include';
}

const status = (on: boolean): Settled => (on ? 'contributing' : 'not-contributing');

interface Snapshot {
  date: CalendarDate;
  state: OrgState;
  outcome: Outcome;
}

function cloneState(state: OrgState): OrgState {
  return {
    products: new Map([...state.products].map(([k, v]) => [k, { base: v.base, trial: v.trial ? { ...v.trial } : null }])),
    choices: { ...state.choices },
    scopes: new Map(state.scopes),
    scopeCounts: { ...state.scopeCounts },
    includeCounts: { ...state.includeCounts },
    excludeCounts: { ...state.excludeCounts },
    scopeChangesToday: new Map(),
    exclusions: new Set(state.exclusions),
    terminatedOn: state.terminatedOn,
    highestPlan: state.highestPlan,
    governingPlan: state.governingPlan,
    window: state.window ? { ...state.window } : null,
  };
}

export function evaluate(profile: OrgProfile, options: EvaluateOptions): Evaluation {
  const at = options.at;
  if (!isCalendarDate(at)) throw new RangeError(`at: must be a calendar date YYYY-MM-DD, got ${JSON.stringify(at)}`);
  if (at > LATEST_INPUT_DATE) throw new RangeError(`at: must be on or before ${LATEST_INPUT_DATE}, so that every computed date stays within 9999`);
  const state = newOrgState(profile);
  let previous: Outcome | null = null;
  const stops: Stop[] = [];
  /** Stops of the evaluated space alone: they explain the space, never the organization's deadlines. */
  const spaceStops: Stop[] = [];
  const since = { metadata: EFFECTIVE_DATE, inApp: EFFECTIVE_DATE, space: EFFECTIVE_DATE };
  // R42: retention runs from each contribution's own date, so both the first and the last contributing day matter.
  const pendingAt = at < EFFECTIVE_DATE;
  const horizonDay = pendingAt ? EFFECTIVE_DATE : at;
  let firstContribution: CalendarDate | null = null;
  let lastContribution: CalendarDate | null = null;
  let contributingAtHorizon = false;
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

  const exclusionReasons = [...now.state.exclusions].sort() as ExclusionReason[];
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

function recordStops(date: CalendarDate, before: Outcome, after: Outcome, state: OrgState, stops: Stop[], spaceStops: Stop[]): void {
  // R39/R40: any change that ends contribution after the effective date is a stop.
  const terminated = state.terminatedOn === date;
  const orgMetadataStopped = before.metadata && !after.metadata;
  // The org-level in-app stop: the org setting's data stopped, or the last in-app data (from included targets) did.
  const orgInAppStopped = (before.inApp && !after.inApp) || (before.anyInApp && !after.anyInApp);
  if (orgMetadataStopped) {
    stops.push({ on: date, what: terminated ? 'Organization terminated: metadata collection stopped' : 'Metadata collection stopped', inApp: false, code: 'metadata', params: { terminated: terminated ? 1 : 0 } });
  }
  if (orgInAppStopped) {
    stops.push({ on: date, what: terminated ? 'Organization terminated: in-app data collection stopped' : 'In-app data collection stopped', inApp: true, code: 'in-app', params: { terminated: terminated ? 1 : 0 } });
  }
  // A removed app stops on its own while the organization goes on contributing.
  const targets = new Map<string, { kind: ScopeKind; key: string }>();
  let bulkSpaces: { first: string | null; count: number } | null = null;
  let guessed = false;
  for (const product of before.appInApp.keys()) {
    const gone = !state.products.has(product);
    // An included space may belong to the removed app: the profile does not say, so count it as stopping too (our reading).
    const ownInApp = before.appInApp.get(product) === true;
    const carried = ownInApp || (gone && before.spacesIncluded);
    const inAppStopped = carried && after.appInApp.get(product) !== true && !orgInAppStopped;
    const metadataStopped = gone && before.appMetadata.has(product) && !orgMetadataStopped;
    if (gone && (inAppStopped || metadataStopped)) {
      const what = `${productLabel(product)} removed: collection from it stopped`;
      const interpreted = inAppStopped && !ownInApp && !metadataStopped;
      stops.push({ on: date, what, inApp: inAppStopped, code: 'app-removed', params: { app: product }, interpreted });
    } else if (inAppStopped) targets.set(scopeKey('app', product), { kind: 'app', key: product });
  }
  // R17: an excluded (or no longer included) space or connector stops like an app; only today's entries can have changed.
  if (!orgInAppStopped) {
    for (const [id, change] of state.scopeChangesToday) {
      if (change.kind === 'app') continue; // apps are judged above, from their own status
      if (targetContributes(change.before, before) && !targetContributes(state.scopes.get(id)?.mode, after)) targets.set(id, { kind: change.kind, key: change.key });
    }
    // Turning the org setting on activates exclusions and silences inclusions. An excluded app may hold an
    // included space, and an excluded space may have contributed through an included app (our reading).
    if (!before.inApp && after.inApp && before.spacesIncluded) {
      for (const [product, on] of after.appInApp) {
        if (on || targets.has(scopeKey('app', product))) continue;
        targets.set(scopeKey('app', product), { kind: 'app', key: product });
        guessed = true;
      }
    }
    if (!before.inApp && after.inApp && state.excludeCounts.space > 0 && [...before.appInApp.values()].some(Boolean)) {
      // Every excluded space stops; they are counted, and the first in canonical order is named, without sorting them all.
      let first: string | null = null;
      for (const entry of state.scopes.values()) {
        if (entry.kind === 'space' && entry.mode === 'exclude' && !targets.has(scopeKey('space', entry.key))) {
          first = entry.key;
          break;
        }
      }
      const alreadyNamed = [...targets.values()].filter((t) => t.kind === 'space' && state.scopes.get(scopeKey('space', t.key))?.mode === 'exclude').length;
      bulkSpaces = { first, count: state.excludeCounts.space - alreadyNamed };
      if (bulkSpaces.count > 0) guessed = true;
    }
  }
  const total = targets.size + (bulkSpaces?.count ?? 0);
  if (total > 0) {
    // One entry per day however many targets stop, so a bulk change cannot flood the timeline.
    const kindOrder: Record<ScopeKind, number> = { app: 0, connector: 1, space: 2 };
    const list = [...targets.values()].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const first = list[0] ?? { kind: 'space' as const, key: bulkSpaces!.first! };
    const others = total - 1;
    const what = `${targetLabel(first.kind, first.key)}${others > 0 ? ` and ${others} more` : ''}: in-app data collection stopped`;
    stops.push({ on: date, what, inApp: true, code: 'target', params: { kind: first.kind, key: first.key, others }, interpreted: guessed });
  }
  if (before.space === true && after.space === false) {
    spaceStops.push({ on: date, what: 'This space: in-app data collection stopped', inApp: true, code: 'space', params: {} });
  }
}

function targetLabel(kind: ScopeKind, key: string): string {
  return kind === 'app' ? productLabel(key) : `${kind === 'space' ? 'Space' : 'Connector'} ${key}`;
}

function planReason(state: OrgState): Reason | null {
  const plan = state.highestPlan;
  if (plan === null) return null;
  const holders = [...state.products.entries()]
    .filter(([product, p]) => hasSettings(product) && activePlanOf(p) === plan)
    .map(([product, p]) => `${productLabel(product)}${p.trial && p.trial.plan === plan ? ` (${p.trial.migration ? 'Cloud Migration Trial' : 'trial'} until ${p.trial.endsOn})` : ''}`)
    .sort();
  const holderIds = [...state.products.entries()]
    .filter(([product, p]) => hasSettings(product) && activePlanOf(p) === plan)
    .map(([product]) => product)
    .sort();
  const trialEnds = [...state.products.entries()]
    .filter(([product, p]) => hasSettings(product) && p.trial && p.trial.plan === plan)
    .map(([, p]) => p.trial!.endsOn)
    .sort();
  return because(
    'HIGHEST_PLAN',
    trialEnds.length ? 'R9' : 'R8',
    `The highest active plan is ${planLabel(plan)}, from ${holders.join(', ')}. It decides the defaults for the whole organization.`,
    { params: { plan, products: holderIds.join(','), ...(trialEnds.length ? { trialUntil: trialEnds[0]!, trialsUntil: trialEnds.join(',') } : {}) } },
  );
}

function windowReason(state: OrgState): Reason | null {
  if (!state.window) return null;
  const prev = state.window.previousPlan ? planLabel(state.window.previousPlan) : 'previous';
  return because(
    'REVIEW_WINDOW_OPEN',
    'R36',
    `A trial ended on ${state.window.trialEndedOn} and changed the highest plan; until ${state.window.endsOn} the settings of the ${prev} plan keep applying, while what may be changed already follows the new ${planLabel(state.window.newPlan)} plan (30-day review window, R34; how it applies is our reading).`,
    { params: { trialEndedOn: state.window.trialEndedOn, endsOn: state.window.endsOn, plan: state.window.previousPlan ?? '', newPlan: state.window.newPlan } },
  );
}

/** Reasons shared by both data types when nothing can contribute at all. */
function blockingReasons(state: OrgState): Reason[] | null {
  if (state.exclusions.size > 0) {
    return [...state.exclusions].sort().map((reason) => exclusionReason(reason));
  }
  if (activeSettingsProducts(state).length === 0) {
    if (state.terminatedOn !== null && state.terminatedOn < EFFECTIVE_DATE) {
      return [because('TERMINATED_BEFORE_EFFECTIVE', 'R43', `The organization ended its cloud subscriptions on ${state.terminatedOn}, before ${EFFECTIVE_DATE}: it is not affected.`, { params: { date: state.terminatedOn } })];
    }
    if (state.terminatedOn !== null) {
      return [because('ORGANIZATION_TERMINATED', 'R39', `The organization ended its cloud subscriptions on ${state.terminatedOn}; Atlassian stops collecting its data.`, { params: { date: state.terminatedOn } })];
    }
    return [
      because('NO_PRODUCT_WITH_SETTINGS', 'R4', 'The organization has no active Jira, Confluence or Jira Service Management plan, so it has no data contribution settings and contributes nothing (R24).'),
    ];
  }
  return null;
}

export function exclusionReason(reason: ExclusionReason): Reason {
  const text = `Excluded as an organization with ${exclusionLabel(reason)}: none of its metadata or in-app data is used, and contribution cannot be turned on (R32).`;
  const params = { reason };
  switch (reason) {
    case 'government-cloud':
    case 'isolated-cloud':
      return because(`EXCLUDED_${reason.toUpperCase().replace(/-/g, '_')}`, 'R28', text, { params });
    case 'customer-managed-keys':
      // Atlassian's list of offerings was unreadable; only the press names customer-managed keys.
      return because('EXCLUDED_CUSTOMER_MANAGED_KEYS', 'R28', text, { confidence: 'reported', source: 'REG', params });
    case 'hipaa':
    case 'financial-services':
      return because(`EXCLUDED_${reason.toUpperCase().replace(/-/g, '_')}`, 'R29', text, { params });
    case 'government-entity':
      return because('EXCLUDED_GOVERNMENT_ENTITY', 'R30', text, { params });
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
function settleDataType(setting: 'metadata' | 'inAppData', on: boolean, now: Snapshot, pending: boolean, since: CalendarDate, reasons: Reason[]): DataTypeStatus {
  const value = status(on);
  // R34: during a review window the admin manages the new highest plan's settings, so its rules decide the lock.
  const locked = !settingChangeable(setting, now.state.highestPlan, now.state.exclusions.size > 0) || activeSettingsProducts(now.state).length === 0;
  return pending ? { status: 'pending', projected: value, locked, since: null, reasons } : { status: value, locked, since, reasons };
}

function describeMetadata(basis: Snapshot, now: Snapshot, pending: boolean, since: CalendarDate): DataTypeStatus {
  const s = basis.state;
  const { reasons, plan } = leadingReasons(s, pending);
  if (plan !== null && plan !== 'enterprise') {
    reasons.push(
      because(
        'METADATA_ALWAYS_ON',
        plan === 'premium' ? 'R12' : 'R11',
        `On the ${planLabel(plan)} plan metadata is always contributed and cannot be turned off; only Enterprise can opt out.`, { params: { plan } },
      ),
    );
  } else if (plan === 'enterprise' && s.choices.metadata === 'off') {
    reasons.push(because('METADATA_TURNED_OFF', 'R13', 'An org admin turned metadata contribution off, which Enterprise allows.'));
  } else if (plan === 'enterprise' && s.choices.metadata === 'on') {
    reasons.push(because('METADATA_TURNED_ON', 'R13', 'An org admin confirmed metadata contribution on (Enterprise can turn it off).'));
  } else if (plan === 'enterprise') {
    reasons.push(because('METADATA_DEFAULT_ON_ENTERPRISE', 'R13', 'On Enterprise metadata is contributed by default; an org admin can turn it off.'));
  }
  return settleDataType('metadata', basis.outcome.metadata, now, pending, since, reasons);
}

function describeInApp(basis: Snapshot, now: Snapshot, pending: boolean, since: CalendarDate): InAppDataStatus {
  const s = basis.state;
  const { reasons, plan } = leadingReasons(s, pending);
  if (plan !== null) {
    const choice = s.choices.inAppData;
    if (choice === 'off') reasons.push(because('IN_APP_TURNED_OFF', 'R14', 'An org admin turned in-app data contribution off.'));
    else if (choice === 'on') reasons.push(because('IN_APP_TURNED_ON', 'R17', 'An org admin turned in-app data contribution on.'));
    else if (IN_APP_DEFAULT_ON[plan]) {
      reasons.push(because('IN_APP_DEFAULT_ON', 'R11', `On the ${planLabel(plan)} plan in-app data is contributed by default; an org admin can turn it off.`, { params: { plan } }));
    } else {
      reasons.push(
        because('IN_APP_DEFAULT_OFF', plan === 'premium' ? 'R12' : 'R13', `On the ${planLabel(plan)} plan in-app data is not contributed by default; an org admin can turn it on.`, { params: { plan } }),
      );
    }
  }
  const exceptions = effectiveExceptions(s, basis.outcome.inApp, pending ? null : since);
  if (plan !== null && exceptions.length > 0) {
    const verb = basis.outcome.inApp ? 'excluded' : 'included';
    const n = exceptions.length;
    reasons.push(
      because(
        basis.outcome.inApp ? 'IN_APP_EXCLUSIONS' : 'IN_APP_INCLUSIONS',
        'R17',
        `${n} space${n === 1 ? '' : 's'}, app${n === 1 ? '' : 's'} or connector${n === 1 ? '' : 's'} ${n === 1 ? 'is' : 'are'} ${verb}; platform apps and site-wide content follow the organization setting (R18).`, { params: { count: n } },
      ),
    );
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

function describeApps(profile: OrgProfile, basis: Snapshot, now: Snapshot, pending: boolean): AppStatus[] {
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
    if (!withSettings) return { app, hasSettings: false, active: now.state.products.has(app), ...declared(app), metadata: 'not-contributing', inAppData: 'not-contributing' };
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

function describeSpace(space: { key: string; app?: string }, basis: Snapshot, pending: boolean, since: CalendarDate, stops: Stop[]): SpaceStatus {
  const s = basis.state;
  const on = basis.outcome.space === true;
  const reasons: Reason[] = [];
  if (pending) reasons.push(pendingReason());
  const blocked = blockingReasons(s);
  if (blocked) reasons.push(...blocked);
  else if (space.app !== undefined && !(s.products.has(space.app) && hasSettings(space.app))) {
    reasons.push(
      because('SPACE_APP_NOT_CONTRIBUTING', 'R24', `${productLabel(space.app)} is not an active app with data contribution settings in this organization, so nothing from this space is contributed.`, { params: { app: space.app } }),
    );
  } else {
    const orgOn = basis.outcome.inApp;
    const entry = s.scopes.get(scopeKey('space', space.key));
    const appEntry = space.app ? s.scopes.get(scopeKey('app', space.app)) : undefined;
    const orgText = `In-app data is ${orgOn ? 'on' : 'off'} for the organization`;
    if (entry && entry.mode === (orgOn ? 'exclude' : 'include')) {
      reasons.push(because(orgOn ? 'SPACE_EXCLUDED' : 'SPACE_INCLUDED', 'R17', `${orgText}, and an org admin ${orgOn ? 'excluded' : 'included'} this space.`, { params: { space: space.key } }));
      reasons.push(because('SPACE_ALSO_JIRA', 'R19', 'Contribution Lens treats Jira spaces (formerly projects) like Confluence spaces in these lists.'));
    } else if (appEntry && space.app && appEntry.mode === (orgOn ? 'exclude' : 'include')) {
      reasons.push(
        because(orgOn ? 'APP_EXCLUDED' : 'APP_INCLUDED', 'R17', `${orgText}, and an org admin ${orgOn ? 'excluded' : 'included'} ${productLabel(space.app)} as a whole.`, { params: { app: space.app } }),
      );
    } else {
      if (entry) {
        reasons.push(
          because('SPACE_ENTRY_DORMANT', 'R17', `This space is on the ${entry.mode} list, which only takes effect while in-app data is ${entry.mode === 'include' ? 'off' : 'on'}.`, {
            params: { mode: entry.mode },
            confidence: 'interpreted',
          }),
        );
      }
      reasons.push(because(orgOn ? 'SPACE_FOLLOWS_ORG_ON' : 'SPACE_FOLLOWS_ORG_OFF', 'R17', `${orgText} and this space follows that setting.`));
    }
  }
  if (!pending) {
    const lastStop = stops[stops.length - 1];
    if (!on && lastStop && lastStop.on >= since) {
      reasons.push(
        because(
          'SPACE_REMOVAL_DEADLINE',
          'R40',
          `Collection from this space stopped on ${lastStop.on}; in-app data should be removed by ${addDays(lastStop.on, IN_APP_REMOVAL_DAYS)} and models retrained by ${addDays(lastStop.on, MODEL_RETRAIN_DAYS)}.`, { params: { date: lastStop.on, removalBy: addDays(lastStop.on, IN_APP_REMOVAL_DAYS), retrainBy: addDays(lastStop.on, MODEL_RETRAIN_DAYS) } },
        ),
      );
    }
  }
  const value = status(on);
  return pending ? { key: space.key, inAppData: 'pending', projected: value, reasons } : { key: space.key, inAppData: value, since, reasons };
}

function pendingReason(): Reason {
  return because(
    'BEFORE_EFFECTIVE_DATE',
    'R2',
    `Until ${EFFECTIVE_DATE} data is used only to improve this organization's own experience; the projected status is what applies on ${EFFECTIVE_DATE} if nothing changes (R37).`,
  );
}

function computeDeadlines(stops: Stop[], facts: ReplayFact[], at: CalendarDate): Deadlines {
  const past = stops.filter((s) => s.on <= at);
  const lastStop = past[past.length - 1];
  const lastInAppStop = [...past].reverse().find((s) => s.inApp);
  const lastWindow = [...facts].reverse().find((f): f is Extract<ReplayFact, { type: 'review-window' }> => f.type === 'review-window' && f.on <= at);
  return {
    inAppRemovalBy: lastInAppStop ? addDays(lastInAppStop.on, IN_APP_REMOVAL_DAYS) : null,
    modelsRetrainedBy: lastStop ? addDays(lastStop.on, MODEL_RETRAIN_DAYS) : null,
    // A window closed early by a later plan change ended that day (the timeline says so too).
    reviewWindowEndsOn: lastWindow ? (lastWindow.window.closedOn ?? lastWindow.window.endsOn) : null,
  };
}

const KIND_ORDER: Record<TimelineEntry['kind'], number> = {
  'settings-available': 0,
  effective: 1,
  'trial-ended': 2,
  'plan-changed': 3,
  'review-window-ends': 4,
  'setting-changed': 5,
  'collection-stopped': 6,
  'in-app-removal-deadline': 7,
  'model-retrain-deadline': 8,
  'retention-ends': 9,
};

function buildTimeline(facts: ReplayFact[], stops: Stop[], retention: { first: CalendarDate; last: CalendarDate | null } | null): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    { on: SETTINGS_AVAILABLE, kind: 'settings-available', text: 'Data contribution settings available to every organization (rollout began 2026-04-16).', confidence: 'documented' },
    { on: EFFECTIVE_DATE, kind: 'effective', text: 'Atlassian starts using contributed data to improve its apps for all customers.', confidence: 'documented' },
  ];
  for (const fact of facts) {
    switch (fact.type) {
      case 'plan-changed':
        entries.push({
          on: fact.on,
          kind: 'plan-changed',
          text: `Highest active plan: ${fact.from ? planLabel(fact.from) : 'none'} → ${fact.to ? planLabel(fact.to) : 'none'} (${fact.cause}).`,
          confidence: 'documented',
          params: { from: fact.from ?? '', to: fact.to ?? '', ...fact.causeParams },
        });
        break;
      case 'trial-ended':
        entries.push({
          on: fact.on,
          kind: 'trial-ended',
          text: `${productLabel(fact.product)} ${planLabel(fact.plan)} ${fact.migration ? 'Cloud Migration Trial' : 'trial'} ended${fact.then === 'none' ? '; the app left the organization' : `; now ${planLabel(fact.then)}`}.`,
          // A trial cut short by a purchase or removal counts as ended: our reading of R34.
          confidence: fact.cutShort ? 'interpreted' : 'documented',
          params: { product: fact.product, plan: fact.plan, then: fact.then, migration: fact.migration ? 1 : 0 },
        });
        break;
      case 'review-window': {
        const { window } = fact;
        entries.push(
          window.closedOn
            ? {
                on: window.closedOn,
                kind: 'review-window-ends',
                text: `The review window after the trial ended on ${window.trialEndedOn} closed early: a later change of the highest plan applies from this date.`,
                confidence: 'interpreted',
                params: { trialEndedOn: window.trialEndedOn, closedEarly: 1 },
              }
            : {
                on: window.endsOn,
                kind: 'review-window-ends',
                text: `End of the 30-day review window after the trial ended on ${window.trialEndedOn}: the new plan's settings apply from here.`,
                confidence: 'interpreted',
                params: { trialEndedOn: window.trialEndedOn, closedEarly: 0 },
              },
        );
        break;
      }
      case 'setting-changed':
        entries.push({ on: fact.on, kind: 'setting-changed', text: `${fact.text}.`, confidence: 'documented', code: fact.code, params: fact.params });
        break;
      default:
        break;
    }
  }
  // Index the causes by day once: filtering every fact for every stop would be quadratic.
  const causesByDay = new Map<CalendarDate, ReplayFact[]>();
  for (const f of facts) {
    if (f.type !== 'plan-changed' && f.type !== 'setting-changed') continue;
    const list = causesByDay.get(f.on);
    if (list) list.push(f);
    else causesByDay.set(f.on, [f]);
  }
  // Several stops on one day share one removal and one retraining deadline.
  const deadlineDays = new Set<string>();
  for (const stop of stops) {
    const causes = (causesByDay.get(stop.on) ?? [])
      .map((f) => (f.type === 'plan-changed' ? `highest plan now ${f.to ? planLabel(f.to) : 'none'}` : f.type === 'setting-changed' ? f.text.charAt(0).toLowerCase() + f.text.slice(1) : ''));
    const why = causes.length ? ` (${causes.join('; ')})` : '';
    entries.push({ on: stop.on, kind: 'collection-stopped', text: `${stop.what}${why}.`, confidence: stop.interpreted ? 'interpreted' : 'documented', code: stop.code, params: stop.params });
    if (stop.inApp && !deadlineDays.has(`in-app ${stop.on}`)) {
      deadlineDays.add(`in-app ${stop.on}`);
      entries.push({ on: addDays(stop.on, IN_APP_REMOVAL_DAYS), kind: 'in-app-removal-deadline', text: `In-app data from the stop on ${stop.on} removed from datasets by this date.`, confidence: 'reported', params: { stop: stop.on } });
    }
    if (!deadlineDays.has(`models ${stop.on}`)) {
      deadlineDays.add(`models ${stop.on}`);
      entries.push({ on: addDays(stop.on, MODEL_RETRAIN_DAYS), kind: 'model-retrain-deadline', text: `Models trained on data from before the stop on ${stop.on} retrained by this date.`, confidence: 'reported', params: { stop: stop.on } });
    }
  }
  if (retention) {
    // R42: each contribution is kept up to 7 years from its own date, so the horizon runs from the first to the last contributing day.
    const ongoing = retention.last === null;
    entries.push({
      on: addYears(retention.first, RETENTION_YEARS),
      kind: 'retention-ends',
      text: ongoing
        ? `Up to ${RETENTION_YEARS} years after the first contribution on ${retention.first}: data contributed that day may be kept until this date; data contributed later is kept up to ${RETENTION_YEARS} years from its own date, so the horizon moves on while contribution continues.`
        : `Up to ${RETENTION_YEARS} years after the first contribution on ${retention.first}: data contributed that day may be kept until this date; data contributed later is kept up to ${RETENTION_YEARS} years from its own date.`,
      confidence: 'reported',
      params: { firstContribution: retention.first, years: RETENTION_YEARS, ongoing: ongoing ? 1 : 0 },
    });
    if (retention.last !== null) {
      entries.push({
        on: addYears(retention.last, RETENTION_YEARS),
        kind: 'retention-ends',
        text: `Up to ${RETENTION_YEARS} years after the last contribution on ${retention.last}: the latest date any contributed data may be kept.`,
        confidence: 'reported',
        params: { lastContribution: retention.last, years: RETENTION_YEARS },
      });
    }
  }
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.on < b.entry.on ? -1 : a.entry.on > b.entry.on ? 1 : KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.index - b.index))
    .map((x) => x.entry);
}

function describeNotes(profile: OrgProfile, now: Snapshot, basis: Snapshot, stops: Stop[]): Reason[] {
  const notes: Reason[] = [];
  const s = now.state;
  const excluded = s.exclusions.size > 0;
  notes.push(
    because('ADMIN_UI_AUTHORITATIVE', 'R16', 'Some organizations, including some with compliance requirements, see different defaults: Atlassian Administration › Security › Data contribution is authoritative. Attest regularly that this profile matches it.'),
  );
  if (!excluded && basis.state.governingPlan === 'enterprise') {
    notes.push(
      because('ENTERPRISE_DEFAULT_DISPUTED', 'R13', 'Press reports say Enterprise has metadata off by default; Atlassian’s own table says on, which Contribution Lens follows. Check Atlassian Administration.', {
        confidence: 'reported',
        // A restatement that does say "off by default"; the other reports only say Enterprise may opt out.
        source: 'SHACKS',
      }),
    );
  }
  const highest = s.highestPlan;
  // Sorted, so the order never depends on the order products were recorded in.
  const products = [...s.products.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [product, p] of products) {
    const plan = activePlanOf(p);
    if (!hasSettings(product) && plan && (highest === null || PLAN_RANK[plan] > PLAN_RANK[highest])) {
      notes.push(
        because(
          'PLAN_WITHOUT_SETTINGS_NOT_COUNTED',
          'R24',
          `${productLabel(product)} is on ${planLabel(plan)}, but apps without data contribution settings are not counted toward the highest plan (our reading; Atlassian has not said).`,
          { params: { product, plan }, confidence: 'interpreted' },
        ),
      );
    }
  }
  if (profile.sector === 'financial-services' && !s.exclusions.has('financial-services')) {
    notes.push(
      because('SECTOR_FINANCIAL_MAY_BE_EXCLUDED', 'R29', 'Certain financial services customers are excluded, but Atlassian does not publish which: check Atlassian Administration and record the exclusion if it shows contribution off and locked.'),
    );
  }
  if (profile.sector === 'education') {
    notes.push(because('SECTOR_EDUCATION_INCLUDED', 'R31', 'Educational institutions, including government-run ones, are included and follow their highest active plan.'));
  }
  if (profile.sector === 'government') {
    if (s.exclusions.has('government-entity')) {
      notes.push(because('SECTOR_GOVERNMENT_EXCLUDED', 'R30', 'The organization is declared a government entity, which Atlassian excludes; contact Atlassian Support to confirm.'));
    } else {
      // Only a recorded "not active" government-entity exclusion lifts the sector's exclusion: the more specific fact wins.
      const lifted = profile.events
        .filter((e) => e.type === 'exclusion' && e.reason === 'government-entity' && !e.active && e.on <= now.date)
        .reduce<CalendarDate>((latest, e) => (e.on > latest ? e.on : latest), '');
      notes.push(
        because(
          'SECTOR_GOVERNMENT_EXCLUSION_LIFTED',
          'R30',
          `The organization is declared a government entity, but the government-entity exclusion was recorded as not active on ${lifted}; Contribution Lens follows that recorded fact, the more specific one (our reading). Contact Atlassian Support to confirm.`,
          { params: { date: lifted }, confidence: 'interpreted' },
        ),
      );
    }
  }
  if (s.exclusions.has('customer-managed-keys') && highest !== null && highest !== 'enterprise') {
    notes.push(
      because('CMEK_WITHOUT_ENTERPRISE', 'R33', `Customer-managed keys are only offered with Enterprise, but the declared highest plan is ${planLabel(highest)}: check the declared plans.`, { params: { plan: highest } }),
    );
  }
  if (!excluded && s.governingPlan !== null) {
    const orgOn = basis.outcome.inApp;
    const dormant = [...basis.state.scopes.values()].filter((e) => e.mode === (orgOn ? 'include' : 'exclude')).length;
    if (dormant > 0) {
      notes.push(
        because(
          'SCOPE_ENTRIES_DORMANT',
          'R17',
          `${dormant} ${orgOn ? 'include' : 'exclude'} entr${dormant === 1 ? 'y takes' : 'ies take'} no effect while in-app data is ${orgOn ? 'on' : 'off'}; Atlassian offers ${orgOn ? 'exclusions' : 'inclusions'} in this mode.`,
          { params: { count: dormant, mode: orgOn ? 'include' : 'exclude' }, confidence: 'interpreted' },
        ),
      );
    }
  }
  if (stops.some((stop) => !stop.inApp && stop.on <= now.date)) {
    notes.push(because('METADATA_REMOVAL_UNKNOWN', 'R41', 'No Atlassian text gives a removal deadline for metadata after an opt-out; one report says 90 days for content attributes.'));
  }
  if (s.highestPlan !== null) {
    const inTrial = products.filter(([product, p]) => hasSettings(product) && p.trial);
    for (const [product, p] of inTrial) {
      notes.push(
        because(
          'TRIAL_ENDS',
          'R34',
          `${productLabel(product)} is on a ${planLabel(p.trial!.plan)} ${p.trial!.migration ? 'Cloud Migration Trial' : 'trial'} until ${p.trial!.endsOn}; if the highest plan changes then, there are 30 days to review the settings.`, { params: { product, plan: p.trial!.plan, endsOn: p.trial!.endsOn, migration: p.trial!.migration ? 1 : 0 } },
        ),
      );
    }
  }
  return notes;
}
