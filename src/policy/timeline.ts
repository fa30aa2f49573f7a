/**
 * The timeline and the deadlines: dated milestones, plan changes, declared
 * changes and stops (R39, R40) with the removal and retraining deadlines they
 * start, and the retention horizons (R42). Each entry is a message code with
 * params; its English text comes from the English catalogue.
 */
import { english } from '../i18n/messages/english';
import type { MessageParams, TimelineCode } from '../i18n/messages/codes';
import { EFFECTIVE_DATE, IN_APP_REMOVAL_DAYS, MODEL_RETRAIN_DAYS, RETENTION_YEARS, SETTINGS_AVAILABLE } from './constants';
import { addDays, addYears, type CalendarDate } from './dates';
import type { OrgStop } from './outcome';
import type { ReplayFact } from './replay';
import type { Confidence } from './rules';
import type { Deadlines, ReasonParams, TimelineEntry, TimelineKind } from './types';

/** A timeline entry for one message: `timeline.<kind>[:<code>]` gives the entry's kind and code. */
function entry<C extends TimelineCode>(on: CalendarDate, code: C, params: MessageParams[C], confidence: Confidence): TimelineEntry {
  const [kind, sub] = code.slice('timeline.'.length).split(':') as [TimelineKind, string | undefined];
  const result: TimelineEntry = { on, kind, text: english({ code, params }), confidence };
  if (sub) result.code = sub;
  if (Object.keys(params).length > 0) result.params = params as ReasonParams;
  return result;
}

export function computeDeadlines(stops: OrgStop[], facts: ReplayFact[], at: CalendarDate): Deadlines {
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

const KIND_ORDER: Record<TimelineKind, number> = {
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

function stopEntry(stop: OrgStop): TimelineEntry {
  const confidence = stop.interpreted ? 'interpreted' : 'documented';
  switch (stop.code) {
    case 'metadata':
      return entry(stop.on, 'timeline.collection-stopped:metadata', stop.params, confidence);
    case 'in-app':
      return entry(stop.on, 'timeline.collection-stopped:in-app', stop.params, confidence);
    case 'app-removed':
      return entry(stop.on, 'timeline.collection-stopped:app-removed', stop.params, confidence);
    case 'target':
      return entry(stop.on, 'timeline.collection-stopped:target', stop.params, confidence);
  }
}

function factEntry(fact: ReplayFact): TimelineEntry | null {
  switch (fact.type) {
    case 'plan-changed':
      return entry(fact.on, 'timeline.plan-changed', { from: fact.from ?? '', to: fact.to ?? '', ...fact.causeParams }, 'documented');
    case 'trial-ended':
      // A trial cut short by a purchase or removal counts as ended: our reading of R34.
      return entry(
        fact.on,
        'timeline.trial-ended',
        { product: fact.product, plan: fact.plan, then: fact.then, migration: fact.migration ? 1 : 0 },
        fact.cutShort ? 'interpreted' : 'documented',
      );
    case 'review-window': {
      const { window } = fact;
      return window.closedOn
        ? entry(window.closedOn, 'timeline.review-window-ends', { trialEndedOn: window.trialEndedOn, closedEarly: 1 }, 'interpreted')
        : entry(window.endsOn, 'timeline.review-window-ends', { trialEndedOn: window.trialEndedOn, closedEarly: 0 }, 'interpreted');
    }
    case 'setting-changed':
      switch (fact.code) {
        case 'exclusion':
          return entry(fact.on, 'timeline.setting-changed:exclusion', fact.params, 'documented');
        case 'setting':
          return entry(fact.on, 'timeline.setting-changed:setting', fact.params, 'documented');
        case 'scope':
          return entry(fact.on, 'timeline.setting-changed:scope', fact.params, 'documented');
      }
      return null;
    default:
      return null;
  }
}

export function buildTimeline(facts: ReplayFact[], stops: OrgStop[], retention: { first: CalendarDate; last: CalendarDate | null } | null): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    entry(SETTINGS_AVAILABLE, 'timeline.settings-available', {}, 'documented'),
    entry(EFFECTIVE_DATE, 'timeline.effective', {}, 'documented'),
  ];
  for (const fact of facts) {
    const e = factEntry(fact);
    if (e) entries.push(e);
  }
  // Several stops on one day share one removal and one retraining deadline.
  const deadlineDays = new Set<string>();
  for (const stop of stops) {
    entries.push(stopEntry(stop));
    if (stop.inApp && !deadlineDays.has(`in-app ${stop.on}`)) {
      deadlineDays.add(`in-app ${stop.on}`);
      entries.push(entry(addDays(stop.on, IN_APP_REMOVAL_DAYS), 'timeline.in-app-removal-deadline', { stop: stop.on }, 'reported'));
    }
    if (!deadlineDays.has(`models ${stop.on}`)) {
      deadlineDays.add(`models ${stop.on}`);
      entries.push(entry(addDays(stop.on, MODEL_RETRAIN_DAYS), 'timeline.model-retrain-deadline', { stop: stop.on }, 'reported'));
    }
  }
  if (retention) {
    // R42: each contribution is kept up to 7 years from its own date, so the horizon runs from the first to the last contributing day.
    const ongoing = retention.last === null;
    entries.push(
      entry(
        addYears(retention.first, RETENTION_YEARS),
        'timeline.retention-ends',
        { firstContribution: retention.first, years: RETENTION_YEARS, ongoing: ongoing ? 1 : 0 },
        'reported',
      ),
    );
    if (retention.last !== null) {
      entries.push(
        entry(addYears(retention.last, RETENTION_YEARS), 'timeline.retention-ends', { lastContribution: retention.last, years: RETENTION_YEARS }, 'reported'),
      );
    }
  }
  return entries
    .map((e, index) => ({ e, index }))
    .sort((a, b) => (a.e.on < b.e.on ? -1 : a.e.on > b.e.on ? 1 : KIND_ORDER[a.e.kind] - KIND_ORDER[b.e.kind] || a.index - b.index))
    .map((x) => x.e);
}
