/** The record form's state and how it becomes profile changes (pure: no React, no bridge). */
import { EXCLUSION_REASONS, type ExclusionReason, type Plan, type ScopeKind, type Sector } from '../../../src/policy/profile';
import type { ProfileChange } from '../../../src/shared/contract';

export type PlanChoice = 'keep' | Plan | 'removed';
export type Toggle = 'keep' | 'on' | 'off';
export type ExclusionChoice = 'keep' | 'active' | 'inactive';

export interface AppRow {
  product: string;
  plan: PlanChoice;
  trial: boolean;
  trialPlan: Plan;
  trialEndsOn: string;
  trialThen: Plan | 'none';
  migration: boolean;
}

export interface ScopeRow {
  id: number;
  kind: ScopeKind;
  key: string;
  mode: 'include' | 'exclude' | 'default';
}

export interface FormState {
  on: string;
  organization: string;
  sector: Sector | '';
  apps: AppRow[];
  metadata: Toggle;
  inAppData: Toggle;
  scopes: ScopeRow[];
  exclusions: Record<ExclusionReason, ExclusionChoice>;
  terminated: boolean;
}

export const newAppRow = (product: string): AppRow => ({
  product,
  plan: 'keep',
  trial: false,
  trialPlan: 'premium',
  trialEndsOn: '',
  trialThen: 'none',
  migration: false,
});

/** Turns the form into profile changes; untouched fields produce nothing. */
export function changesFromForm(form: FormState, initial: { organization: string; sector: Sector | '' }): ProfileChange[] {
  const changes: ProfileChange[] = [];
  const on = form.on;
  const organizationChanged = form.organization.trim() !== initial.organization;
  const sectorChanged = form.sector !== initial.sector;
  if (organizationChanged || sectorChanged) {
    changes.push({
      type: 'profile-info',
      ...(organizationChanged ? { organization: form.organization.trim() === '' ? null : form.organization.trim() } : {}),
      ...(sectorChanged ? { sector: form.sector === '' ? null : form.sector } : {}),
    });
  }
  for (const row of form.apps) {
    if (row.plan === 'removed') changes.push({ type: 'removed', on, product: row.product });
    else if (row.plan !== 'keep') changes.push({ type: 'plan', on, product: row.product, plan: row.plan });
    if (row.trial) {
      changes.push({
        type: 'trial',
        on,
        product: row.product,
        plan: row.trialPlan,
        endsOn: row.trialEndsOn,
        then: row.trialThen,
        ...(row.migration ? { migration: true } : {}),
      });
    }
  }
  if (form.metadata !== 'keep') changes.push({ type: 'setting', on, setting: 'metadata', value: form.metadata });
  if (form.inAppData !== 'keep') changes.push({ type: 'setting', on, setting: 'inAppData', value: form.inAppData });
  for (const scope of form.scopes) changes.push({ type: 'scope', on, target: { kind: scope.kind, key: scope.key.trim() }, mode: scope.mode });
  for (const reason of EXCLUSION_REASONS) {
    const choice = form.exclusions[reason];
    if (choice !== 'keep') changes.push({ type: 'exclusion', on, reason, active: choice === 'active' });
  }
  if (form.terminated) changes.push({ type: 'terminated', on });
  return changes;
}
