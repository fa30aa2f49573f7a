/** What the evaluation declares per app (plan, running trial), for the overview and the record form (pure: no React, no bridge). */
import { PLANS, PLATFORM_APPS, type Plan } from '../../../src/policy/profile';
import type { AppStatus } from '../../../src/policy/types';

const rank = (plan: Plan): number => PLANS.indexOf(plan);

/** Platform apps (Rovo, Home, …) come with the organization and have no plan of their own. */
export const isPlatformApp = (app: string): boolean => (PLATFORM_APPS as readonly string[]).includes(app);

/** The app's declared plan and running trial on the evaluation day; null when it has neither (platform apps, apps that left). */
export interface DeclaredApp {
  plan: Plan | null;
  trial: NonNullable<AppStatus['trial']> | null;
}

export function declaredApp(app: AppStatus | undefined): DeclaredApp | null {
  if (!app) return null;
  const plan = app.plan ?? null;
  const trial = app.trial ?? null;
  return plan === null && trial === null ? null : { plan, trial };
}

/**
 * How an app gives the organization's highest plan: through its paid plan,
 * through its trial (only when the trial is above the paid plan), or not at
 * all. Apps without data contribution settings never count (R8, R24).
 */
export type HighestPlanSource = 'plan' | 'trial' | null;

export function highestPlanSource(app: AppStatus, highest: Plan | null): HighestPlanSource {
  if (highest === null || !app.hasSettings || !app.active) return null;
  const plan = app.plan ?? null;
  const trial = app.trial?.plan ?? null;
  if (plan === highest && (trial === null || rank(trial) <= rank(plan))) return 'plan';
  if (trial === highest && (plan === null || rank(trial) > rank(plan))) return 'trial';
  return null;
}
