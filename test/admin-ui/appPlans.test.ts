import fc from 'fast-check';
import { evaluate } from '../../src/policy/engine';
import type { OrgProfile } from '../../src/policy/profile';
import { declaredApp, highestPlanSource, isPlatformApp } from '../../static/src/admin/appPlans';
import { arbAt, arbProfile } from '../policy/arbitraries';

const profile = (events: OrgProfile['events']): OrgProfile => ({ schemaVersion: 1, events });
const appsOf = (events: OrgProfile['events'], at: string) => {
  const evaluation = evaluate(profile(events), { at });
  return { evaluation, app: (name: string) => evaluation.apps.find((a) => a.app === name) };
};

describe('declaredApp', () => {
  it('reads the plan and the running trial from the evaluation, and nothing for platform apps or apps that left', () => {
    const { app } = appsOf(
      [
        { type: 'plan', on: '2024-03-01', product: 'jira', plan: 'standard' },
        { type: 'plan', on: '2024-03-01', product: 'confluence', plan: 'standard' },
        { type: 'trial', on: '2026-11-01', product: 'confluence', plan: 'enterprise', endsOn: '2026-12-31', then: 'none', migration: true },
        { type: 'plan', on: '2024-01-01', product: 'loom', plan: 'free' },
        { type: 'removed', on: '2025-01-01', product: 'loom' },
        { type: 'trial', on: '2026-01-01', product: 'jira', plan: 'premium', endsOn: '2026-02-01', then: 'standard' },
      ],
      '2026-11-23',
    );
    expect(declaredApp(app('jira'))).toEqual({ plan: 'standard', trial: null });
    expect(declaredApp(app('confluence'))).toEqual({ plan: 'standard', trial: { plan: 'enterprise', endsOn: '2026-12-31', then: 'none', migration: true } });
    expect(declaredApp(app('loom'))).toBeNull();
    expect(declaredApp(app('rovo'))).toBeNull();
    expect(declaredApp(undefined)).toBeNull();
    expect(isPlatformApp('rovo')).toBe(true);
    expect(isPlatformApp('loom')).toBe(false);
  });
});

describe('highestPlanSource', () => {
  it('names the paid plan, the trial above it, and never an app without settings', () => {
    const { evaluation, app } = appsOf(
      [
        { type: 'plan', on: '2024-03-01', product: 'jira', plan: 'standard' },
        { type: 'trial', on: '2026-11-01', product: 'jira', plan: 'premium', endsOn: '2026-12-31', then: 'standard' },
        { type: 'plan', on: '2024-03-01', product: 'confluence', plan: 'premium' },
        { type: 'trial', on: '2026-11-01', product: 'confluence', plan: 'free', endsOn: '2026-12-31', then: 'premium' },
        { type: 'plan', on: '2024-03-01', product: 'jira-service-management', plan: 'standard' },
        { type: 'plan', on: '2024-03-01', product: 'loom', plan: 'enterprise' },
      ],
      '2026-11-23',
    );
    expect(evaluation.highestPlan).toBe('premium');
    expect(highestPlanSource(app('jira')!, evaluation.highestPlan)).toBe('trial');
    // A lower trial never lowers the paid plan: Confluence gives Premium by its plan.
    expect(highestPlanSource(app('confluence')!, evaluation.highestPlan)).toBe('plan');
    expect(highestPlanSource(app('jira-service-management')!, evaluation.highestPlan)).toBeNull();
    expect(highestPlanSource(app('loom')!, evaluation.highestPlan)).toBeNull();
    expect(highestPlanSource(app('rovo')!, evaluation.highestPlan)).toBeNull();
  });

  it('marks nobody when no app with settings is left', () => {
    const { evaluation, app } = appsOf(
      [
        { type: 'plan', on: '2024-03-01', product: 'jira', plan: 'premium' },
        { type: 'removed', on: '2025-03-01', product: 'jira' },
      ],
      '2026-11-23',
    );
    expect(evaluation.highestPlan).toBeNull();
    expect(app('jira')?.active ?? false).toBe(false);
    expect(evaluation.apps.map((a) => highestPlanSource(a, evaluation.highestPlan)).filter(Boolean)).toEqual([]);
  });

  it('agrees with the engine for any profile: some app gives the highest plan exactly when there is one', () => {
    fc.assert(
      fc.property(arbProfile(), arbAt, (p, at) => {
        const evaluation = evaluate(p, { at });
        const givers = evaluation.apps.filter((a) => highestPlanSource(a, evaluation.highestPlan) !== null);
        if (evaluation.highestPlan === null) expect(givers).toEqual([]);
        else expect(givers.length).toBeGreaterThan(0);
        for (const app of givers) {
          const source = highestPlanSource(app, evaluation.highestPlan);
          expect(source === 'trial' ? app.trial?.plan : app.plan).toBe(evaluation.highestPlan);
        }
      }),
      { numRuns: 300 },
    );
  });
});
