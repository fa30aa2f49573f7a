/**
 * What-if for admins ("What changes if we upgrade to Enterprise?"): the admin page's own `simulate`
 * operation, read-only (nothing is recorded). Only Jira administrators, checked as the person through
 * the product port, failing closed. This one may use the admin side (the engine): it is not meant
 * for the lean page-view bundle.
 */
import type { Clock, ProductPort } from '../app/ports';
import type { AdminOperations } from '../app/service';
import { PLANS, PRODUCTS_WITH_SETTINGS } from '../policy/profile';
import type { Evaluation, Status } from '../policy/types';
import { adminValidators } from '../shared/admin-validators';
import { action, ACTION_KEYS, confirmation, confirmationText, fromEngine } from './actions';
import type { ProfileConfirmation, RovoError, RovoHandler, RovoReason } from './answers';
import { storedMessageIn } from '../i18n/messages/server';
import { optionalString, RovoInputError, type Invocation } from './invocation';
import { ADMIN_URL, words } from './text';

export interface WhatIfAnswer {
  ok: true;
  action: 'what-if';
  language: Invocation['language'];
  at: string;
  /** The hypothetical changes, as the admin page would record them (nothing is recorded here). */
  changes: { type: string; [field: string]: unknown }[];
  current: Snapshot;
  simulated: Snapshot;
  differences: string[];
  reasons: RovoReason[];
  profileConfirmed: ProfileConfirmation;
  authoritative: { name: 'Atlassian Administration'; url: string };
  summary: string;
}

interface Snapshot {
  highestPlan: string | null;
  excluded: boolean;
  inAppData: { status: Status; locked: boolean };
  metadata: { status: Status; locked: boolean };
}

export interface RovoWhatIfDeps {
  /** The admin operations' `simulate` (loads the declared history; writes nothing). */
  admin: Pick<AdminOperations, 'simulate'>;
  /** When an admin last confirmed the profile (the status document), for the answer's freshness line. */
  lastAttestedAt(): Promise<string | null>;
  product: Pick<ProductPort, 'isOrgAdmin'>;
  clock: Clock;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function pick<T extends string>(inputs: Record<string, unknown>, field: string, allowed: readonly T[]): T | undefined {
  const value = optionalString(inputs, field, 40)?.toLowerCase().replace(/\s+/g, '-');
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new RovoInputError(field, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
  return value as T;
}

/** The hypothetical changes from the inputs; at least one of plan and inAppData. */
export function whatIfChanges(inv: Invocation, day: string) {
  const inputs = inv.inputs;
  const plan = pick(inputs, 'plan', PLANS);
  const inAppData = pick(inputs, 'inAppData', ['on', 'off'] as const);
  const app = pick(inputs, 'app', PRODUCTS_WITH_SETTINGS) ?? inv.caller.product;
  const on = optionalString(inputs, 'on', 10);
  if (on !== undefined && (!DATE.test(on) || Number.isNaN(Date.parse(`${on}T00:00:00Z`))))
    throw new RovoInputError('on', 'must be a date such as "2026-12-01"');
  if (plan === undefined && inAppData === undefined) throw new RovoInputError('plan', 'or inAppData is needed: say which plan or setting to try');
  const date = on ?? day;
  const changes = [
    ...(plan ? [{ type: 'plan', on: date, product: app, plan }] : []),
    ...(inAppData ? [{ type: 'setting', on: date, setting: 'inAppData', value: inAppData }] : []),
  ];
  // The admin page's own schema decides what a valid change is; its first complaint names the input.
  const checked = adminValidators.payloads.simulate({ changes, at: date < day ? day : date });
  if (!checked.ok) {
    const issue = checked.issues[0];
    const field = /\.product$/.test(issue?.path ?? '')
      ? 'app'
      : /\.plan$/.test(issue?.path ?? '')
        ? 'plan'
        : /\.value$/.test(issue?.path ?? '')
          ? 'inAppData'
          : 'on';
    throw new RovoInputError(field, issue?.message ?? 'is not valid');
  }
  return { changes, payload: checked.value };
}

const snapshot = (e: Evaluation): Snapshot => ({
  highestPlan: e.highestPlan,
  excluded: e.excluded,
  inAppData: { status: e.inAppData.status, locked: e.inAppData.locked },
  metadata: { status: e.metadata.status, locked: e.metadata.locked },
});

export function createRovoWhatIf(deps: RovoWhatIfDeps): { whatIf: RovoHandler<WhatIfAnswer> } {
  const whatIf = action<WhatIfAnswer | RovoError>(ACTION_KEYS.whatIf, false, async (inv) => {
    const w = words(inv.language);
    const day = deps.clock.now().toISOString().slice(0, 10);
    // Identity from the invocation context only; the admin check runs as the person, on Jira, and fails closed.
    const admin = inv.audience === 'signed-in' && (await deps.product.isOrgAdmin({ ...inv.caller, product: 'jira', space: null }).catch(() => false));
    if (!admin) return { ok: false, language: inv.language, error: { code: 'FORBIDDEN', message: w.forbiddenWhatIf }, summary: w.forbiddenWhatIf };
    const { changes, payload } = whatIfChanges(inv, day);
    const [result, attestedAt] = await Promise.all([deps.admin.simulate({ ...inv.caller, product: 'jira' }, payload), deps.lastAttestedAt()]);
    const reasons: RovoReason[] = [...result.simulated.inAppData.reasons, ...result.simulated.metadata.reasons].map((r) => fromEngine(inv.language, r));
    const differences = result.changes.map((c, i) => storedMessageIn(inv.language, c.code, c.params, result.differences[i] ?? ''));
    const confirmed = confirmation(attestedAt, day);
    const described = changes.map((c) => (c.type === 'plan' ? `${c.product} ${c.plan}` : `in-app data ${c.value}`)).join(', ');
    const lines = [
      w.whatIf(described, result.at),
      ...(differences.length > 0 ? [w.differences(differences.length), ...differences.map((d) => `- ${d}`)] : [w.noDifference]),
      ...reasons.map((r) => `${r.statement} (${w.confidence[r.confidence]}${r.source ? `: ${r.source}` : ''})`),
      confirmationText(inv.language, confirmed),
      w.authoritative,
    ];
    return {
      ok: true,
      action: 'what-if',
      language: inv.language,
      at: result.at,
      changes,
      current: snapshot(result.current),
      simulated: snapshot(result.simulated),
      differences,
      reasons,
      profileConfirmed: confirmed,
      authoritative: { name: 'Atlassian Administration', url: ADMIN_URL },
      summary: lines.join('\n'),
    };
  });
  return { whatIf: whatIf as RovoHandler<WhatIfAnswer> };
}
