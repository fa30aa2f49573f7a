/**
 * The org-level outcome of a replayed state (what contributes, R4, R11–R18,
 * R24, R32) and the stops between two days' outcomes (R39, R40). Cheap enough
 * to compute for every day of the replay; explanations.ts words it.
 */
import type { MessageParams } from '../i18n/messages/codes';
import type { CalendarDate } from './dates';
import type { Plan, ScopeKind } from './profile';
import { hasSettings, scopeKey, type OrgState } from './replay';
import type { EvaluateOptions, Status } from './types';

export type Settled = Exclude<Status, 'pending'>;

/** The org-level outcome of a state, without explanations: cheap enough to compute every day. */
export interface Outcome {
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

/** Stops on the timeline: `metadata`, `in-app` (org level), `app-removed`, `target` (spaces, apps, connectors), each with its message params. */
type StopCode = 'metadata' | 'in-app' | 'app-removed' | 'target';
type StopOf<K extends StopCode> = { code: K; params: MessageParams[`timeline.collection-stopped:${K}`] };

/** A day on which something stopped contributing; `space` is the evaluated space's own stop. */
export type Stop = {
  on: CalendarDate;
  inApp: boolean;
  /** Set when the stop rests on our reading (which app an included space belongs to is not declared). */
  interpreted?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- a space's own stop has no params
} & (StopOf<'metadata'> | StopOf<'in-app'> | StopOf<'app-removed'> | StopOf<'target'> | { code: 'space'; params: Record<never, never> });
/** Stops of the organization, its apps and its targets: the ones on the timeline (a space's own stop explains only the space). */
export type OrgStop = Exclude<Stop, { code: 'space' }>;

export const IN_APP_DEFAULT_ON: Readonly<Record<Plan, boolean>> = { free: true, standard: true, premium: false, enterprise: false };

/** R24/R4: only active products with settings can contribute. */
export function activeSettingsProducts(state: OrgState): string[] {
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

export function outcomeOf(state: OrgState, space: EvaluateOptions['space']): Outcome {
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

export const status = (on: boolean): Settled => (on ? 'contributing' : 'not-contributing');

export interface Snapshot {
  date: CalendarDate;
  state: OrgState;
  outcome: Outcome;
}

export function cloneState(state: OrgState): OrgState {
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

export function recordStops(date: CalendarDate, before: Outcome, after: Outcome, state: OrgState, stops: OrgStop[], spaceStops: Stop[]): void {
  // R39/R40: any change that ends contribution after the effective date is a stop.
  const terminated = state.terminatedOn === date;
  const orgMetadataStopped = before.metadata && !after.metadata;
  // The org-level in-app stop: the org setting's data stopped, or the last in-app data (from included targets) did.
  const orgInAppStopped = (before.inApp && !after.inApp) || (before.anyInApp && !after.anyInApp);
  if (orgMetadataStopped) {
    stops.push({ on: date, inApp: false, code: 'metadata', params: { terminated: terminated ? 1 : 0 } });
  }
  if (orgInAppStopped) {
    stops.push({ on: date, inApp: true, code: 'in-app', params: { terminated: terminated ? 1 : 0 } });
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
      const interpreted = inAppStopped && !ownInApp && !metadataStopped;
      stops.push({ on: date, inApp: inAppStopped, code: 'app-removed', params: { app: product }, interpreted });
    } else if (inAppStopped) targets.set(scopeKey('app', product), { kind: 'app', key: product });
  }
  // R17: an excluded (or no longer included) space or connector stops like an app; only today's entries can have changed.
  if (!orgInAppStopped) {
    for (const [id, change] of state.scopeChangesToday) {
      if (change.kind === 'app') continue; // apps are judged above, from their own status
      if (targetContributes(change.before, before) && !targetContributes(state.scopes.get(id)?.mode, after))
        targets.set(id, { kind: change.kind, key: change.key });
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
    stops.push({ on: date, inApp: true, code: 'target', params: { kind: first.kind, key: first.key, others }, interpreted: guessed });
  }
  if (before.space === true && after.space === false) {
    spaceStops.push({ on: date, inApp: true, code: 'space', params: {} });
  }
}
