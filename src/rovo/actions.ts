/**
 * The read-only Rovo actions, over injected operations: the same `public.getNotice` the page notice
 * calls, and the precomputed status document. Each action reads storage exactly once, like the
 * notice. No zod and no engine here: this module is meant for the lean page-view bundle.
 */
import { ATTESTATION_MAX_AGE_DAYS } from '../app/alerts';
import type { Clock } from '../app/ports';
import { alertCode, timelineCode } from '../i18n/messages/render';
import { storedMessageIn } from '../i18n/messages/server';
import { EFFECTIVE_DATE } from '../policy/constants';
import { daysBetween, type CalendarDate } from '../policy/dates';
import { rule, ruleUrl, type Confidence, type RuleId } from '../policy/rules';
import type { TimelineKind } from '../policy/types';
import type { NoticeData } from '../shared/contract';
import { optionalString, readInvocation, RovoInputError, type Invocation, type Language } from './invocation';
import type {
  OrgStatusAnswer,
  ProfileConfirmation,
  RovoError,
  RovoHandler,
  RovoReadDeps,
  RovoReason,
  RovoTimelineEntry,
  StatusHereAnswer,
  TimelineAnswer,
} from './answers';
import { ADMIN_URL, words } from './text';

export const ACTION_KEYS = {
  statusHere: 'contribution-lens-status-here',
  orgStatus: 'contribution-lens-org-status',
  timeline: 'contribution-lens-timeline',
  whatIf: 'contribution-lens-what-if',
} as const;

/** The optional `topic` input only helps Rovo pick the action; it is checked, then the whole answer is given. */
const TOPIC_LENGTH = 500;
const authoritative = { name: 'Atlassian Administration' as const, url: ADMIN_URL };
const today = (clock: Clock): CalendarDate => clock.now().toISOString().slice(0, 10);

function reason(code: string, ruleId: RuleId, statement: string, confidence?: Confidence): RovoReason {
  // A statement may be weaker than its rule (our reading of a documented rule), never stronger.
  return { code, statement, confidence: confidence ?? rule(ruleId).confidence, rule: ruleId, source: ruleUrl(ruleId) };
}

/** An engine reason in the reader's language; where its source is missing, its rule's primary source stands in. */
export function fromEngine(
  language: Language,
  r: { code: string; rule: RuleId; text: string; confidence: Confidence; source: string | null; params?: Record<string, string | number> },
): RovoReason {
  return {
    code: r.code,
    statement: storedMessageIn(language, r.code, r.params, r.text),
    confidence: r.confidence,
    rule: r.rule,
    source: r.source ?? ruleUrl(r.rule),
  };
}

/** `undefined`: not known (an older stored document); `null`: never confirmed. */
export function confirmation(at: string | null | undefined, day: CalendarDate): ProfileConfirmation {
  if (at === undefined) return { known: false, at: null, daysAgo: null, stale: false, maxAgeDays: ATTESTATION_MAX_AGE_DAYS };
  if (at === null) return { known: true, at: null, daysAgo: null, stale: true, maxAgeDays: ATTESTATION_MAX_AGE_DAYS };
  const daysAgo = Math.max(0, daysBetween(at.slice(0, 10), day));
  return { known: true, at, daysAgo, stale: daysAgo > ATTESTATION_MAX_AGE_DAYS, maxAgeDays: ATTESTATION_MAX_AGE_DAYS };
}

export function confirmationText(language: Language, c: ProfileConfirmation): string {
  const w = words(language);
  if (!c.known) return w.confirmationUnknown;
  if (c.at === null || c.daysAgo === null) return w.neverConfirmed;
  return c.stale ? w.stale(c.daysAgo, c.at.slice(0, 10)) : w.confirmed(c.daysAgo, c.at.slice(0, 10));
}

/** Why a space has its status, from the verdict code the notice carries (the same reading as the space page). */
export function spaceReasons(language: Language, notice: Pick<NoticeData, 'product' | 'inAppData' | 'projected' | 'code' | 'inAppRemovalBy'>): RovoReason[] {
  const w = words(language).reason;
  const out: RovoReason[] = [];
  if (notice.inAppData === 'pending') out.push(reason('PENDING', 'R2', w.pending!({})));
  const on = (notice.inAppData === 'pending' ? notice.projected : notice.inAppData) === 'contributing';
  switch (notice.code) {
    case 'EXCLUDED_ORG':
      out.push(reason(notice.code, 'R32', w.orgExcluded!({})));
      break;
    case 'APP_NOT_ACTIVE':
      out.push(reason(notice.code, 'R4', w.appNotActive!({})));
      break;
    case 'SPACE_EXCLUDED':
    case 'SPACE_INCLUDED':
      out.push(reason(notice.code, 'R17', (notice.code === 'SPACE_EXCLUDED' ? w.spaceExcluded : w.spaceIncluded)!({})));
      if (notice.product === 'jira') out.push(reason('JIRA_SPACES_IN_LISTS', 'R19', w.jiraSpacesInLists!({})));
      break;
    case 'FOLLOWS_APP':
    case 'FOLLOWS_ORG':
      out.push(reason(notice.code, 'R17', (on ? w.followsOn : w.followsOff)!({})));
      break;
    default:
      out.push(reason(notice.code, 'R50', w.unknownCode!({}), 'interpreted'));
  }
  if (notice.inAppData === 'not-contributing' && notice.inAppRemovalBy) out.push(reason('REMOVAL', 'R40', w.removal!({ date: notice.inAppRemovalBy })));
  return out;
}

/** Timeline kinds and the rule each rests on (the engine's entries carry confidence, not a source). */
const TIMELINE_RULE: Record<TimelineKind, RuleId> = {
  'settings-available': 'R3',
  effective: 'R1',
  'plan-changed': 'R8',
  'trial-ended': 'R34',
  'review-window-ends': 'R34',
  'setting-changed': 'R37',
  'collection-stopped': 'R39',
  'in-app-removal-deadline': 'R40',
  'model-retrain-deadline': 'R40',
  'retention-ends': 'R42',
};

function failure(language: Language, error: unknown, actionKey: string): RovoError {
  const w = words(language);
  if (error instanceof RovoInputError) {
    return { ok: false, language, error: { code: 'INVALID', field: error.field, message: error.message }, summary: w.invalid(error.field, error.problem) };
  }
  // Storage or unexpected errors: logged, never shown with internals.
  console.error(`rovo action ${actionKey} failed`, error);
  return { ok: false, language, error: { code: 'INTERNAL', message: w.failed }, summary: w.failed };
}

/** Runs an action: read the invocation, answer, and turn every failure into a plain answer (Rovo shows what it gets). */
export function action<T>(actionKey: string, acceptsSpace: boolean, run: (invocation: Invocation) => Promise<T>): RovoHandler<T> {
  return async (payload, context) => {
    let language: Language = 'en';
    try {
      const invocation = readInvocation(payload, context, { actionKey, acceptsSpace });
      language = invocation.language;
      return await run(invocation);
    } catch (error) {
      return failure(language, error, actionKey);
    }
  };
}

export function createRovoActions(deps: RovoReadDeps) {
  const statusHereAnswer = async (inv: Invocation): Promise<StatusHereAnswer> => {
    const w = words(inv.language);
    const notice = await deps.public.getNotice(inv.caller, {});
    const scope = { product: notice.product, spaceKey: notice.spaceKey, item: inv.context.item, from: inv.spaceFrom };
    const notes = [
      ...(inv.spaceFrom === 'named' && notice.spaceKey ? [w.named(notice.spaceKey)] : []),
      ...(inv.ignored.length > 0 ? [w.ignored(inv.ignored)] : []),
      ...(notice.product === 'jira' && notice.spaceKey ? [w.serviceProjects] : []),
    ];
    const restricted = inv.audience === 'notice-only';
    if (restricted && !notice.show) {
      return {
        ok: true,
        action: 'status-here',
        language: inv.language,
        available: false,
        restricted,
        scope,
        reasons: [],
        adminMessage: null,
        notes,
        authoritative,
        summary: `${w.noNotice} ${w.authoritative}`,
      };
    }
    const reasons = spaceReasons(inv.language, notice);
    const confirmed = restricted ? undefined : confirmation(notice.attestedAt, today(deps.clock));
    const lines = [
      `${w.here({ product: notice.product, spaceKey: notice.spaceKey, itemKind: inv.context.item?.kind ?? null })}: ${w.status(notice.inAppData, notice.projected, EFFECTIVE_DATE)}`,
      w.metadata(notice.metadata),
      ...reasons.map((r) => `${r.statement} (${w.confidence[r.confidence]}${r.source ? `: ${r.source}` : ''})`),
      ...(notice.since ? [w.since(notice.since)] : []),
      ...(notice.text ? [w.adminMessage(notice.text)] : []),
      ...notes,
      ...(confirmed ? [confirmationText(inv.language, confirmed)] : [w.restricted]),
      w.authoritative,
    ];
    return {
      ok: true,
      action: 'status-here',
      language: inv.language,
      available: true,
      restricted,
      scope,
      inAppData: notice.inAppData,
      ...(notice.projected ? { projected: notice.projected } : {}),
      metadata: notice.metadata,
      since: notice.since,
      inAppRemovalBy: notice.inAppRemovalBy,
      day: notice.day,
      reasons,
      adminMessage: notice.text,
      ...(confirmed ? { profileConfirmed: confirmed } : {}),
      notes,
      authoritative,
      summary: lines.join('\n'),
    };
  };

  /** The organization-wide documents; undefined before an admin recorded anything. */
  const readStatus = async () => deps.status.read();

  const statusHere = action(ACTION_KEYS.statusHere, true, statusHereAnswer);

  /** Anonymous and unlicensed people get what the notice would show them, nothing more. */
  const noticeOnly = (inv: Invocation) => statusHereAnswer({ ...inv, caller: { ...inv.caller, space: null } });

  const orgStatus = action<OrgStatusAnswer | StatusHereAnswer>(ACTION_KEYS.orgStatus, false, async (inv) => {
    optionalString(inv.inputs, 'topic', TOPIC_LENGTH);
    if (inv.audience === 'notice-only') return noticeOnly(inv);
    const w = words(inv.language);
    const status = await readStatus();
    const day = today(deps.clock);
    const confirmed = confirmation(status?.lastAttestation?.at ?? null, day);
    if (!status) {
      const summary = [w.neverConfirmed, w.authoritative].join('\n');
      return {
        ok: true,
        action: 'org-status',
        language: inv.language,
        day,
        excluded: false,
        highestPlan: null,
        inAppData: { status: 'pending', locked: false, since: null },
        metadata: { status: 'pending', locked: false, since: null },
        apps: [],
        reasons: [],
        alerts: [],
        profileConfirmed: confirmed,
        authoritative,
        summary,
      };
    }
    const e = status.evaluation;
    const reasons = [...e.inAppData.reasons, ...e.metadata.reasons, ...e.notes].map((r) => fromEngine(inv.language, r));
    const lines = [
      w.org(e.inAppData.status, e.inAppData.projected, e.metadata.status, e.excluded, EFFECTIVE_DATE),
      ...reasons.map((r) => `${r.statement} (${w.confidence[r.confidence]}${r.source ? `: ${r.source}` : ''})`),
      w.computedFor(status.day),
      confirmationText(inv.language, confirmed),
      w.authoritative,
    ];
    return {
      ok: true,
      action: 'org-status',
      language: inv.language,
      day: status.day,
      excluded: e.excluded,
      highestPlan: e.highestPlan,
      inAppData: {
        status: e.inAppData.status,
        ...(e.inAppData.projected ? { projected: e.inAppData.projected } : {}),
        locked: e.inAppData.locked,
        since: e.inAppData.since,
      },
      metadata: {
        status: e.metadata.status,
        ...(e.metadata.projected ? { projected: e.metadata.projected } : {}),
        locked: e.metadata.locked,
        since: e.metadata.since,
      },
      apps: e.apps.filter((a) => a.hasSettings).map((a) => ({ app: a.app, inAppData: a.inAppData, metadata: a.metadata, active: a.active })),
      reasons,
      alerts: status.alerts.map((a) => ({
        code: a.code,
        severity: a.severity,
        text: storedMessageIn(inv.language, alertCode(a.code), { ...a.params, ...(a.on ? { on: a.on } : {}) }, a.text),
      })),
      profileConfirmed: confirmed,
      authoritative,
      summary: lines.join('\n'),
    };
  });

  const timeline = action<TimelineAnswer | StatusHereAnswer>(ACTION_KEYS.timeline, false, async (inv) => {
    optionalString(inv.inputs, 'topic', TOPIC_LENGTH);
    if (inv.audience === 'notice-only') return noticeOnly(inv);
    const w = words(inv.language);
    const status = await readStatus();
    const day = today(deps.clock);
    const confirmed = confirmation(status?.lastAttestation?.at ?? null, day);
    const entries: RovoTimelineEntry[] = (status?.evaluation.timeline ?? []).map((t) => {
      // A kind stored by another version of the app has no entry here.
      const ruleId = (TIMELINE_RULE as Partial<Record<string, RuleId>>)[t.kind] ?? 'R50';
      return {
        on: t.on,
        kind: t.kind,
        text: storedMessageIn(inv.language, timelineCode(t), t.params, t.text),
        confidence: t.confidence,
        rule: ruleId,
        source: ruleUrl(ruleId),
      };
    });
    const upcoming = entries.filter((t) => t.on > day).slice(0, 20);
    const recent = entries.filter((t) => t.on <= day).slice(-5);
    const deadlines = (['inAppRemovalBy', 'modelsRetrainedBy', 'reviewWindowEndsOn'] as const).flatMap((kind) => {
      const on = status?.evaluation.deadlines[kind];
      if (!on) return [];
      const ruleId: RuleId = kind === 'reviewWindowEndsOn' ? 'R34' : 'R40';
      return [{ kind, on, upcoming: on > day, rule: ruleId, confidence: rule(ruleId).confidence, source: ruleUrl(ruleId) }];
    });
    const lines = [
      ...deadlines.filter((d) => d.upcoming).map((d) => `${w.deadline(d.kind, d.on)} (${w.confidence[d.confidence]}: ${d.source})`),
      upcoming.length > 0 ? w.upcoming(upcoming.length) : w.nothingUpcoming,
      ...upcoming.map((t) => `${t.on}: ${t.text} (${w.confidence[t.confidence]}${t.source ? `: ${t.source}` : ''})`),
      ...(status ? [w.computedFor(status.day)] : []),
      confirmationText(inv.language, confirmed),
      w.authoritative,
    ];
    return {
      ok: true,
      action: 'timeline',
      language: inv.language,
      day: status?.day ?? day,
      deadlines,
      upcoming,
      recent,
      profileConfirmed: confirmed,
      authoritative,
      summary: lines.join('\n'),
    };
  });

  return { statusHere, orgStatus, timeline };
}
