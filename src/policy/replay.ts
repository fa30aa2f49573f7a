/**
 * Replays a profile's events day by day into the organization's state
 * (state.ts). Each function here is the one place where a rule (R1–R50 in
 * rules.ts) changes state; the engine (engine.ts) turns snapshots of this
 * state into statuses and reasons. A day is one change: all of a day's events
 * are applied before the highest plan is compared with the day before (R34:
 * "when your trial ends").
 */
import { REVIEW_WINDOW_DAYS, ROLLOUT_BEGAN } from './constants';
import { addDays, type CalendarDate } from './dates';
import type { OrgProfile, Plan, ProfileEvent, SettingName } from './profile';
import { because } from './reasons';
import {
  activePlanOf,
  hasSettings,
  highestActivePlan,
  isPlatformApp,
  scopeKey,
  settingChangeable,
  type OrgState,
  type PlanChangeCause,
  type ReplayFact,
  type ReviewWindow,
  type Trial,
} from './state';
import type { Reason } from './types';
import { orderEvents } from './order';

export { PLAN_RANK, activePlanOf, hasSettings, newOrgState, scopeKey, settingChangeable, type OrgState, type ReplayFact } from './state';
export interface ReplayHooks {
  /** Called after all changes of a day are applied. */
  endOfDay(date: CalendarDate, state: OrgState): void;
}

export interface ReplayOptions {
  /** Events on or before this date are facts; later ones are ignored. */
  knownUntil: CalendarDate;
  /** Days that must be visited even without events (the effective date, the evaluation date). */
  checkpoints: CalendarDate[];
  /** Scheduled changes (trial ends, window ends) are followed up to this date. */
  followScheduledUntil: CalendarDate;
}

export interface ReplayResult {
  facts: ReplayFact[];
  notes: Reason[];
}

/** Events that change the products; within a day they sort before the rest (TYPE_RANK in order.ts). */
const isProductEvent = (e: ProfileEvent): boolean => e.type === 'terminated' || e.type === 'removed' || e.type === 'plan' || e.type === 'trial';

/** What the product events of one day did, settled once when they are all applied. */
interface DayChanges {
  highestBefore: Plan | null;
  productsBefore: Set<string>;
  /** Trials that ended today: on their date, or cut short by a purchase or a removal. */
  trialsEnded: Array<{ product: string; plan: Plan; migration: boolean; cutShort: boolean }>;
  causes: Array<{ product: string; params: PlanChangeCause }>;
  terminated: boolean;
}

export function replay(profile: OrgProfile, state: OrgState, options: ReplayOptions, hooks: ReplayHooks): ReplayResult {
  const facts: ReplayFact[] = [];
  const notes: Reason[] = [];
  const events = orderEvents(profile.events.filter((e) => e.on <= options.knownUntil));
  const trialEnds: Array<{ on: CalendarDate; product: string; trialId: number }> = [];
  const checkpoints = [...new Set(options.checkpoints)].sort();
  let trialSeq = 0;
  let eventIndex = 0;
  const sameDaySettings = new Map<string, Set<string>>();

  const excluded = () => state.exclusions.size > 0;

  /** Choices waiting for a review window's end; their notes are rewritten if a later plan change ends the window another way. */
  const waitingForWindow: Array<{ index: number; setting: SettingName; value: 'on' | 'off'; date: CalendarDate }> = [];
  const withdrawnNotes = new Set<number>();
  const afterWindowNote = (w: { setting: SettingName; value: 'on' | 'off'; date: CalendarDate }, plan: Plan, from: CalendarDate): Reason => {
    const future = from > options.knownUntil;
    return because(
      'SETTING_APPLIES_AFTER_WINDOW',
      'R36',
      { setting: w.setting, value: w.value, date: w.date, plan, endsOn: from, future: future ? 1 : 0 },
      { confidence: 'interpreted' },
    );
  };
  /** A plan change ended the window: waiting choices apply from `from` under `plan`, or are dropped (CHOICE_DROPPED says so). */
  const resettleWaiting = (plan: Plan | null, from: CalendarDate, keepWaiting: boolean) => {
    for (const w of waitingForWindow) {
      if (plan !== null && settingChangeable(w.setting, plan, false)) notes[w.index] = afterWindowNote(w, plan, from);
      else withdrawnNotes.add(w.index);
    }
    if (!keepWaiting) waitingForWindow.length = 0;
    // Back to the plan already governing: no change of governing plan will drop a choice it cannot hold, so drop it here.
    if (!keepWaiting && plan === state.governingPlan) dropLockedChoice(from, plan);
  };

  /** R35 (interpreted): explicit choices survive a plan change only where the new plan allows them. */
  const setGoverningPlan = (on: CalendarDate, plan: Plan | null) => {
    if (state.governingPlan === plan) return;
    state.governingPlan = plan;
    dropLockedChoice(on, plan);
  };

  const dropLockedChoice = (on: CalendarDate, plan: Plan | null) => {
    if (plan !== null && state.choices.metadata !== undefined && !settingChangeable('metadata', plan, false)) {
      // Scheduled changes (trial and window ends) can lie after the evaluation date: say those in the future tense.
      const future = on > options.knownUntil;
      notes.push(
        because(
          'CHOICE_DROPPED_ON_PLAN_CHANGE',
          'R35',
          { date: on, plan, value: state.choices.metadata, future: future ? 1 : 0 },
          { confidence: 'interpreted' },
        ),
      );
      delete state.choices.metadata;
    }
  };

  const endTrialNow = (day: DayChanges, product: string) => {
    const trial = state.products.get(product)?.trial;
    if (trial) day.trialsEnded.push({ product, plan: trial.plan, migration: trial.migration, cutShort: true });
  };

  const applyProductEvent = (day: DayChanges, event: ProfileEvent) => {
    switch (event.type) {
      case 'plan': {
        // A purchase during a trial ends the trial that day (our reading of R34, see README).
        endTrialNow(day, event.product);
        state.products.set(event.product, { base: event.plan, trial: null });
        state.terminatedOn = null;
        day.causes.push({ product: event.product, params: { cause: 'plan', product: event.product, plan: event.plan } });
        return;
      }
      case 'trial': {
        const existing = state.products.get(event.product);
        const trial: Trial = { id: ++trialSeq, plan: event.plan, endsOn: event.endsOn, then: event.then, migration: event.migration === true };
        state.products.set(event.product, { base: existing?.base ?? null, trial });
        state.terminatedOn = null;
        // Keep trialEnds ordered by (on, trialId) with a binary-search insert, not a sort per trial.
        const end = { on: event.endsOn, product: event.product, trialId: trial.id };
        let lo = 0;
        let hi = trialEnds.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          const m = trialEnds[mid]!;
          if (m.on < end.on || (m.on === end.on && m.trialId < end.trialId)) lo = mid + 1;
          else hi = mid;
        }
        trialEnds.splice(lo, 0, end);
        day.causes.push({
          product: event.product,
          params: { cause: 'trial-started', product: event.product, plan: event.plan, migration: trial.migration ? 1 : 0 },
        });
        return;
      }
      case 'removed': {
        if (!state.products.has(event.product)) return;
        endTrialNow(day, event.product);
        state.products.delete(event.product);
        day.causes.push({ product: event.product, params: { cause: 'removed', product: event.product } });
        return;
      }
      case 'terminated': {
        state.products.clear();
        state.terminatedOn = event.on;
        day.terminated = true;
        facts.push({ type: 'terminated', on: event.on });
        return;
      }
      default:
        return;
    }
  };

  const endScheduledTrial = (day: DayChanges, product: string, trialId: number) => {
    const current = state.products.get(product);
    if (!current?.trial || current.trial.id !== trialId) return; // superseded by a later event
    const { trial } = current;
    day.trialsEnded.push({ product, plan: trial.plan, migration: trial.migration, cutShort: false });
    if (trial.then === 'none') state.products.delete(product);
    else state.products.set(product, { base: trial.then, trial: null });
  };

  /**
   * Compares the highest plan at the end of the day with the day before: a plan
   * that held for part of a day never held (R8). If a trial ended that day and the
   * highest plan changed, R34's 30-day window opens; any other change applies at once.
   */
  const settleDay = (day: DayChanges, on: CalendarDate) => {
    const before = day.highestBefore;
    const after = highestActivePlan(state.products);
    state.highestPlan = after;
    const ended = [...day.trialsEnded].sort((a, b) => (a.product < b.product ? -1 : a.product > b.product ? 1 : 0));
    const nowOf = (product: string): Plan | 'none' => {
      const p = state.products.get(product);
      return p ? (p.base ?? p.trial?.plan ?? 'none') : 'none';
    };
    const reported = new Set<string>();
    for (const t of ended) {
      if (reported.has(t.product)) continue;
      reported.add(t.product);
      facts.push({ type: 'trial-ended', on, product: t.product, plan: t.plan, then: nowOf(t.product), migration: t.migration, cutShort: t.cutShort });
    }
    for (const product of [...day.productsBefore].sort()) if (!state.products.has(product)) facts.push({ type: 'app-removed', on, product });
    if (before === after) return;

    let cause: PlanChangeCause;
    const firstEnded = ended[0];
    if (day.terminated && after === null) cause = { cause: 'terminated' };
    else if (firstEnded) {
      cause = { cause: 'trial-ended', product: firstEnded.product, plan: firstEnded.plan, migration: firstEnded.migration ? 1 : 0 };
    } else {
      // The event on a product that now holds the new highest plan explains the change best.
      const holder = [...day.causes].reverse().find((c) => {
        const p = state.products.get(c.product);
        return p !== undefined && activePlanOf(p) === after;
      });
      const last = holder ?? day.causes[day.causes.length - 1];
      cause = last ? last.params : { cause: 'terminated' };
    }
    facts.push({ type: 'plan-changed', on, from: before, to: after, causeParams: cause });
    // A later change closes an open window early: its end no longer comes.
    const wasOpen = state.window !== null;
    if (state.window) state.window.closedOn = on;
    // No window when nothing with settings is left: there are no settings to review.
    if (ended.length > 0 && after !== null && state.governingPlan !== after) {
      // R34/R36: the settings in force before the trial ended keep applying for 30 days.
      const window: ReviewWindow = { trialEndedOn: on, endsOn: addDays(on, REVIEW_WINDOW_DAYS), previousPlan: state.governingPlan, newPlan: after };
      state.window = window;
      facts.push({ type: 'review-window', on, window });
      if (wasOpen) resettleWaiting(after, window.endsOn, true);
      return;
    }
    state.window = null;
    if (wasOpen) resettleWaiting(after, on, false);
    setGoverningPlan(on, after);
  };

  const applyEvent = (event: ProfileEvent) => {
    switch (event.type) {
      case 'exclusion': {
        const had = state.exclusions.has(event.reason);
        if (event.active) state.exclusions.add(event.reason);
        else state.exclusions.delete(event.reason);
        if (had !== event.active) {
          facts.push({
            type: 'setting-changed',
            on: event.on,
            code: 'exclusion',
            params: { reason: event.reason, active: event.active ? 1 : 0 },
          });
        }
        return;
      }
      case 'setting': {
        const dayKey = `${event.on}\u0000${event.setting}`;
        const seen = sameDaySettings.get(dayKey) ?? new Set<string>();
        seen.add(event.value);
        sameDaySettings.set(dayKey, seen);
        if (seen.size === 2) {
          notes.push(because('CONFLICTING_SETTINGS_SAME_DAY', 'R37', { setting: event.setting, date: event.on }, { confidence: 'interpreted' }));
        }
        if (event.on < ROLLOUT_BEGAN) {
          notes.push(because('SETTING_BEFORE_ROLLOUT', 'R3', { setting: event.setting, date: event.on, rolloutBegan: ROLLOUT_BEGAN }));
          return;
        }
        // R34: during a review window the admin manages the settings of the new highest plan, so its rules decide what may change.
        const plan = state.highestPlan;
        if (excluded()) {
          // R32 forbids turning contribution on; an opt-out is kept so it still holds if the exclusion ends (our reading).
          if (event.value !== 'off' || !settingChangeable(event.setting, plan, false)) {
            notes.push(because('SETTING_IGNORED_EXCLUDED', 'R32', { setting: event.setting, date: event.on }));
            return;
          }
          notes.push(because('SETTING_KEPT_WHILE_EXCLUDED', 'R32', { setting: event.setting, date: event.on }, { confidence: 'interpreted' }));
        } else if (!settingChangeable(event.setting, plan, false)) {
          const why =
            plan === null
              ? because('SETTING_IGNORED_NO_PLAN', 'R4', { setting: event.setting, date: event.on })
              : because(
                  'SETTING_IGNORED_LOCKED',
                  plan === 'premium' ? 'R12' : 'R11',
                  { value: event.value, plan, date: event.on },
                  // Inside a review window, judging by the new plan is our reading of R34.
                  state.window ? { confidence: 'interpreted' } : {},
                );
          notes.push(why);
          return;
        }
        if (state.window && !excluded() && !settingChangeable(event.setting, state.governingPlan, false)) {
          // Allowed by the new plan but not by the one still applying: it takes effect when the window ends.
          const waiting = { index: notes.length, setting: event.setting, value: event.value, date: event.on };
          waitingForWindow.push(waiting);
          notes.push(afterWindowNote(waiting, state.window.newPlan, state.window.endsOn));
        }
        if (state.choices[event.setting] !== event.value) {
          state.choices[event.setting] = event.value;
          facts.push({
            type: 'setting-changed',
            on: event.on,
            code: 'setting',
            params: { setting: event.setting, value: event.value },
          });
        }
        return;
      }
      case 'scope': {
        const { kind, key } = event.target;
        if (kind === 'app' && isPlatformApp(key)) {
          notes.push(because('PLATFORM_APP_SCOPE_IGNORED', 'R18', { mode: event.mode, app: key, date: event.on }));
          return;
        }
        if (kind === 'app' && !hasSettings(key)) {
          notes.push(because('APP_WITHOUT_SETTINGS_SCOPE_IGNORED', 'R24', { mode: event.mode, app: key, date: event.on }));
          return;
        }
        const id = scopeKey(kind, key);
        const before = state.scopes.get(id)?.mode;
        if (!state.scopeChangesToday.has(id)) state.scopeChangesToday.set(id, { kind, key, before });
        if (before) {
          state.scopeCounts[before]--;
          (before === 'include' ? state.includeCounts : state.excludeCounts)[kind]--;
        }
        if (event.mode === 'default') state.scopes.delete(id);
        else {
          state.scopes.set(id, { kind, key, mode: event.mode, on: before === event.mode ? state.scopes.get(id)!.on : event.on });
          state.scopeCounts[event.mode]++;
          (event.mode === 'include' ? state.includeCounts : state.excludeCounts)[kind]++;
        }
        const after = event.mode === 'default' ? undefined : event.mode;
        if (before !== after) {
          facts.push({
            type: 'setting-changed',
            on: event.on,
            code: 'scope',
            params: { kind, key, mode: after ?? 'default' },
          });
        }
        return;
      }
      default:
        return;
    }
  };

  const nextDay = (after: CalendarDate | null): CalendarDate | null => {
    const candidates: CalendarDate[] = [];
    const event = events[eventIndex];
    if (event) candidates.push(event.on);
    const pendingTrial = trialEnds.find((t) => t.on <= options.followScheduledUntil && (after === null || t.on > after));
    if (pendingTrial) candidates.push(pendingTrial.on);
    if (state.window && state.window.endsOn <= options.followScheduledUntil && (after === null || state.window.endsOn > after))
      candidates.push(state.window.endsOn);
    const checkpoint = checkpoints.find((c) => after === null || c > after);
    if (checkpoint) candidates.push(checkpoint);
    const valid = candidates.filter((c) => after === null || c > after);
    return valid.length ? valid.reduce((a, b) => (a < b ? a : b)) : null;
  };

  let day = nextDay(null);
  while (day !== null) {
    const today = day;
    state.scopeChangesToday.clear();
    if (state.window && state.window.endsOn <= today) {
      state.window = null;
      waitingForWindow.length = 0;
      setGoverningPlan(today, state.highestPlan);
    }
    const changes: DayChanges = {
      highestBefore: state.highestPlan,
      productsBefore: new Set(state.products.keys()),
      trialsEnded: [],
      causes: [],
      terminated: false,
    };
    while (trialEnds.length && trialEnds[0]!.on <= today) {
      const t = trialEnds.shift()!;
      endScheduledTrial(changes, t.product, t.trialId);
    }
    while (eventIndex < events.length && events[eventIndex]!.on === today && isProductEvent(events[eventIndex]!))
      applyProductEvent(changes, events[eventIndex++]!);
    settleDay(changes, today);
    while (eventIndex < events.length && events[eventIndex]!.on === today) applyEvent(events[eventIndex++]!);
    hooks.endOfDay(today, state);
    day = nextDay(today);
  }
  return { facts, notes: withdrawnNotes.size ? notes.filter((_, i) => !withdrawnNotes.has(i)) : notes };
}
