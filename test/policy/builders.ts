/** Small builders so rule tests read like the profiles an admin would declare. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../../src/policy/engine';
import { parseProfile, type OrgProfile, type ProfileEvent, type Sector } from '../../src/policy/profile';
import type { Evaluation, Exception, Reason } from '../../src/policy/types';

export const SETTINGS_AVAILABLE = '2026-05-19';
export const EFFECTIVE = '2026-08-17';

type Plan = 'free' | 'standard' | 'premium' | 'enterprise';

export const plan = (on: string, product: string, tier: Plan): ProfileEvent => ({ type: 'plan', on, product, plan: tier });

export const trial = (on: string, product: string, tier: Plan, endsOn: string, then: Plan | 'none', migration?: boolean): ProfileEvent =>
  migration === undefined ? { type: 'trial', on, product, plan: tier, endsOn, then } : { type: 'trial', on, product, plan: tier, endsOn, then, migration };

export const removed = (on: string, product: string): ProfileEvent => ({ type: 'removed', on, product });

export const setting = (on: string, name: 'metadata' | 'inAppData', value: 'on' | 'off'): ProfileEvent => ({
  type: 'setting',
  on,
  setting: name,
  value,
});

export const scope = (on: string, kind: 'space' | 'app' | 'connector', key: string, mode: 'include' | 'exclude' | 'default'): ProfileEvent => ({
  type: 'scope',
  on,
  target: { kind, key },
  mode,
});

export const exclusion = (
  on: string,
  reason: 'government-cloud' | 'isolated-cloud' | 'customer-managed-keys' | 'hipaa' | 'government-entity' | 'financial-services',
  active = true,
): ProfileEvent => ({ type: 'exclusion', on, reason, active });

export const terminated = (on: string): ProfileEvent => ({ type: 'terminated', on });

export function profile(events: ProfileEvent[], sector?: Sector): OrgProfile {
  return sector ? { schemaVersion: 1, sector, events } : { schemaVersion: 1, events };
}

export function evalAt(p: OrgProfile, at: string, space?: { key: string; app?: string }): Evaluation {
  return evaluate(p, space ? { at, space } : { at });
}

/** Every reason the evaluation gives, wherever it appears. */
export function allReasons(e: Evaluation): Reason[] {
  return [...e.metadata.reasons, ...e.inAppData.reasons, ...(e.space?.reasons ?? []), ...e.notes];
}

export const ruleIds = (reasons: Reason[]): string[] => reasons.map((r) => r.rule);

export function appStatus(e: Evaluation, app: string) {
  const found = e.apps.find((a) => a.app === app);
  if (!found) throw new Error(`app ${app} missing from evaluation; apps: ${e.apps.map((a) => a.app).join(', ')}`);
  return found;
}

export const EXAMPLES_DIR = join(__dirname, '..', '..', 'examples');

export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** Loads an example through the same validation every user input goes through. */
export function loadExample(file: string): OrgProfile {
  const raw: unknown = JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
  const parsed = parseProfile(raw);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return parsed.value;
}

/** Exceptions without their `since` dates, for tests about which entries are in effect (dates are tested in space.test.ts). */
export const withoutSince = (exceptions: Exception[]) => exceptions.map(({ since: _since, ...rest }) => rest);
