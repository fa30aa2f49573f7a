/**
 * The example profiles in examples/, evaluated at fixed dates. Each test checks
 * the outcomes the example exists to show, not a snapshot of everything.
 */
import type { Evaluation } from '../../src/policy/types';
import { allReasons, withoutSince, appStatus, evalAt, exampleFiles, loadExample, ruleIds } from './builders';

const kinds = (e: Evaluation, kind: string) => e.timeline.filter((t) => t.kind === kind).map((t) => t.on);
const NO_DEADLINES = { inAppRemovalBy: null, modelsRetrainedBy: null, reviewWindowEndsOn: null };

describe('examples/small-team-jira-free.json (Jira Free, no action)', () => {
  const p = loadExample('small-team-jira-free.json');

  it('before the effective date: pending, both projected to contribute', () => {
    const e = evalAt(p, '2026-07-01');
    expect(e.metadata).toMatchObject({ status: 'pending', projected: 'contributing', locked: true });
    expect(e.inAppData).toMatchObject({ status: 'pending', projected: 'contributing', locked: false });
  });

  it('after: both contributing, metadata locked, retention to 2033-08-17', () => {
    const e = evalAt(p, '2026-09-01');
    expect(e.highestPlan).toBe('free');
    expect(e.metadata).toMatchObject({ status: 'contributing', locked: true });
    expect(e.inAppData).toMatchObject({ status: 'contributing', locked: false });
    expect(e.deadlines).toEqual(NO_DEADLINES);
    expect(kinds(e, 'retention-ends')).toEqual(['2033-08-17']);
  });
});

describe('examples/agency-confluence-premium-jira-standard.json', () => {
  const p = loadExample('agency-confluence-premium-jira-standard.json');

  it('Premium decides: metadata locked on, in-app off with two included spaces', () => {
    const e = evalAt(p, '2026-09-01');
    expect(e.highestPlan).toBe('premium');
    expect(e.metadata).toMatchObject({ status: 'contributing', locked: true });
    expect(e.inAppData).toMatchObject({ status: 'not-contributing', locked: false });
    expect(withoutSince(e.inAppData.exceptions)).toEqual(
      expect.arrayContaining([
        { kind: 'space', key: 'PLAYBOOK', mode: 'include' },
        { kind: 'space', key: 'BRANDKIT', mode: 'include' },
      ]),
    );
    expect(e.inAppData.exceptions).toHaveLength(2);
    expect(appStatus(e, 'jira')).toMatchObject({ metadata: 'contributing', inAppData: 'not-contributing' });
  });

  it('included spaces contribute, others do not', () => {
    expect(evalAt(p, '2026-09-01', { key: 'PLAYBOOK', app: 'confluence' }).space?.inAppData).toBe('contributing');
    expect(evalAt(p, '2026-09-01', { key: 'ACME-CLIENT', app: 'confluence' }).space?.inAppData).toBe('not-contributing');
  });

  it('BRANDKIT goes back to the default on 2026-10-01', () => {
    expect(evalAt(p, '2026-09-30', { key: 'BRANDKIT' }).space?.inAppData).toBe('contributing');
    const e = evalAt(p, '2026-10-01', { key: 'BRANDKIT' });
    expect(e.space?.inAppData).toBe('not-contributing');
    expect(withoutSince(e.inAppData.exceptions)).toEqual([{ kind: 'space', key: 'PLAYBOOK', mode: 'include' }]);
  });

  it('R39: withdrawing the BRANDKIT include is an organization-level stop with its deadlines', () => {
    const e = evalAt(p, '2026-10-05');
    expect(e.timeline).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ on: '2026-10-01', kind: 'collection-stopped', code: 'target', params: { kind: 'space', key: 'BRANDKIT', others: 0 } }),
      ]),
    );
    expect(e.deadlines).toMatchObject({ inAppRemovalBy: '2026-10-31', modelsRetrainedBy: '2026-12-30' });
  });
});

describe('examples/clinic-space-included-then-hipaa.json (in-app data only through an included space)', () => {
  const p = loadExample('clinic-space-included-then-hipaa.json');

  it("R17: with Premium's in-app setting off, only the included space contributes in-app data", () => {
    const e = evalAt(p, '2026-11-01');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(evalAt(p, '2026-11-01', { key: 'PUBLICFAQ', app: 'confluence' }).space?.inAppData).toBe('contributing');
  });

  it('R39/R40: the HIPAA exclusion stops it, and the organization view says so with its deadlines', () => {
    const e = evalAt(p, '2026-12-10');
    expect(e.excluded).toBe(true);
    expect(e.deadlines).toMatchObject({ inAppRemovalBy: '2026-12-31', modelsRetrainedBy: '2027-03-01' });
    expect(
      e.timeline
        .filter((t) => t.kind === 'collection-stopped' && t.on === '2026-12-01')
        .map((t) => t.code)
        .sort(),
    ).toEqual(['in-app', 'metadata']);
    const space = evalAt(p, '2026-12-10', { key: 'PUBLICFAQ', app: 'confluence' }).space!;
    expect(space.reasons.find((r) => r.code === 'SPACE_REMOVAL_DEADLINE')?.params).toMatchObject({ removalBy: '2026-12-31' });
  });
});

describe('examples/scaleup-trial-ends-standard-bought.json (trial end and purchase recorded as two events)', () => {
  const p = loadExample('scaleup-trial-ends-standard-bought.json');
  const declared = loadExample('scaleup-premium-trial-reverts.json');

  it('R34: gives the same statuses, deadlines and timeline as the trial declared "then: standard"', () => {
    for (const at of ['2026-09-10', '2026-09-20', '2026-10-20']) expect(evalAt(p, at)).toEqual(evalAt(declared, at));
    expect(evalAt(p, '2026-09-20').deadlines.reviewWindowEndsOn).toBe('2026-10-10');
  });
});

describe('examples/bank-enterprise-excluded.json (customer-managed keys, financial services)', () => {
  const p = loadExample('bank-enterprise-excluded.json');

  it('is excluded for both reasons; nothing contributes even with in-app turned on and a space included', () => {
    const e = evalAt(p, '2026-09-01', { key: 'RISK' });
    expect(e.excluded).toBe(true);
    expect([...e.exclusionReasons].sort()).toEqual(['customer-managed-keys', 'financial-services']);
    expect(e.metadata).toMatchObject({ status: 'not-contributing', locked: true });
    expect(e.inAppData).toMatchObject({ status: 'not-contributing', locked: true });
    expect(e.space?.inAppData).toBe('not-contributing');
    expect(e.apps.filter((a) => a.metadata === 'contributing' || a.inAppData === 'contributing')).toEqual([]);
    expect(ruleIds(allReasons(e))).toEqual(expect.arrayContaining(['R28', 'R29', 'R32']));
    expect(kinds(e, 'retention-ends')).toEqual([]);
    expect(e.deadlines).toEqual(NO_DEADLINES);
  });

  it('before the effective date the projection is not-contributing', () => {
    const e = evalAt(p, '2026-07-01');
    expect(e.metadata).toMatchObject({ status: 'pending', projected: 'not-contributing' });
    expect(e.inAppData).toMatchObject({ status: 'pending', projected: 'not-contributing' });
  });
});

describe('examples/scaleup-premium-trial-reverts.json (Premium trial ends inside the review window)', () => {
  const p = loadExample('scaleup-premium-trial-reverts.json');

  it('on the effective date the trial makes it Premium: in-app not contributing', () => {
    const e = evalAt(p, '2026-08-20');
    expect(e.highestPlan).toBe('premium');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.metadata.status).toBe('contributing');
  });

  it('after the trial ends, Premium settings keep applying until the window ends on 2026-10-10', () => {
    const e = evalAt(p, '2026-09-20');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.deadlines.reviewWindowEndsOn).toBe('2026-10-10');
    expect(kinds(e, 'trial-ended')).toContain('2026-09-10');
    expect(kinds(e, 'review-window-ends')).toContain('2026-10-10');
  });

  it('after the window, Standard defaults: in-app contributing since the window ended', () => {
    const e = evalAt(p, '2026-10-15');
    expect(e.highestPlan).toBe('standard');
    expect(e.inAppData).toMatchObject({ status: 'contributing', since: '2026-10-10' });
    expect(e.deadlines).toEqual({ inAppRemovalBy: null, modelsRetrainedBy: null, reviewWindowEndsOn: '2026-10-10' });
  });
});

describe('examples/university-education-opt-out.json (education, in-app opt-out after the effective date)', () => {
  const p = loadExample('university-education-opt-out.json');

  it('is included as an educational institution and contributes on Standard', () => {
    const e = evalAt(p, '2026-09-01', { key: 'ADMISSIONS' });
    expect(e.excluded).toBe(false);
    expect(ruleIds(e.notes)).toContain('R31');
    expect(e.inAppData.status).toBe('contributing');
    expect(withoutSince(e.inAppData.exceptions)).toEqual([{ kind: 'space', key: 'ADMISSIONS', mode: 'exclude' }]);
    expect(e.space?.inAppData).toBe('not-contributing');
  });

  it('after the opt-out on 2026-11-02: in-app off except two included spaces, with removal deadlines', () => {
    const e = evalAt(p, '2026-11-20');
    expect(e.metadata).toMatchObject({ status: 'contributing', locked: true });
    expect(e.inAppData).toMatchObject({ status: 'not-contributing', since: '2026-11-02' });
    expect(withoutSince(e.inAppData.exceptions)).toEqual(
      expect.arrayContaining([
        { kind: 'space', key: 'OPEN-COURSES', mode: 'include' },
        { kind: 'space', key: 'RESEARCH-PUBLIC', mode: 'include' },
      ]),
    );
    expect(e.inAppData.exceptions).toHaveLength(2);
    expect(e.deadlines).toEqual({ inAppRemovalBy: '2026-12-02', modelsRetrainedBy: '2027-01-31', reviewWindowEndsOn: null });
    expect(kinds(e, 'collection-stopped')).toEqual(['2026-11-02']);
  });

  it('after the opt-out, included spaces contribute and the rest do not', () => {
    expect(evalAt(p, '2026-11-20', { key: 'OPEN-COURSES' }).space?.inAppData).toBe('contributing');
    expect(evalAt(p, '2026-11-20', { key: 'ADMISSIONS' }).space?.inAppData).toBe('not-contributing');
    expect(evalAt(p, '2026-11-20', { key: 'FINANCE' }).space?.inAppData).toBe('not-contributing');
  });
});

describe('examples/government-agency.json (sector government)', () => {
  const p = loadExample('government-agency.json');

  it('is excluded as a government entity; the in-app "on" cannot turn anything on', () => {
    const e = evalAt(p, '2026-09-01');
    expect(e.excluded).toBe(true);
    expect(e.exclusionReasons).toEqual(['government-entity']);
    expect(e.metadata).toMatchObject({ status: 'not-contributing', locked: true });
    expect(e.inAppData).toMatchObject({ status: 'not-contributing', locked: true });
    expect(ruleIds(allReasons(e))).toContain('R30');
  });
});

describe('examples/terminated-before-effective-date.json', () => {
  const p = loadExample('terminated-before-effective-date.json');

  it('while still a customer it is pending and projected to contribute', () => {
    const e = evalAt(p, '2026-07-15');
    expect(e.metadata).toMatchObject({ status: 'pending', projected: 'contributing' });
  });

  it('after terminating on 2026-07-31 it is projected, then found, not to contribute', () => {
    expect(evalAt(p, '2026-08-05').metadata).toMatchObject({ status: 'pending', projected: 'not-contributing' });
    const e = evalAt(p, '2026-09-01');
    expect(e.metadata.status).toBe('not-contributing');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.deadlines).toEqual(NO_DEADLINES);
    expect(kinds(e, 'retention-ends')).toEqual([]);
    expect(ruleIds(allReasons(e))).toContain('R43');
  });
});

describe('examples/studio-loom-trello-bitbucket.json (higher plans on apps without settings)', () => {
  const p = loadExample('studio-loom-trello-bitbucket.json');

  it('Jira Free decides; Loom, Trello and Bitbucket contribute nothing', () => {
    const e = evalAt(p, '2026-09-01');
    expect(e.highestPlan).toBe('free');
    expect(e.metadata).toMatchObject({ status: 'contributing', locked: true });
    expect(e.inAppData.status).toBe('contributing');
    for (const app of ['loom', 'trello', 'bitbucket']) {
      expect(appStatus(e, app)).toMatchObject({ hasSettings: false, metadata: 'not-contributing', inAppData: 'not-contributing' });
    }
    expect(appStatus(e, 'jira')).toMatchObject({ hasSettings: true, metadata: 'contributing', inAppData: 'contributing' });
    expect(appStatus(e, 'rovo')).toMatchObject({ metadata: 'contributing', inAppData: 'contributing' });
    expect(e.notes.length).toBeGreaterThan(
      evalAt({ ...p, events: p.events.filter((ev) => 'product' in ev && ev.product === 'jira') }, '2026-09-01').notes.length,
    );
  });
});

describe('examples/healthcare-hipaa.json', () => {
  const p = loadExample('healthcare-hipaa.json');

  it('is excluded under HIPAA and contributes nothing', () => {
    const e = evalAt(p, '2026-09-01', { key: 'PATIENT-SUPPORT', app: 'jira-service-management' });
    expect(e.excluded).toBe(true);
    expect(e.exclusionReasons).toEqual(['hipaa']);
    expect(e.highestPlan).toBe('premium');
    expect(e.metadata.status).toBe('not-contributing');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.space?.inAppData).toBe('not-contributing');
    expect(ruleIds(allReasons(e))).toContain('R29');
  });
});

describe('examples/enterprise-manufacturer-opt-outs.json (Enterprise opt-outs, app removed)', () => {
  const p = loadExample('enterprise-manufacturer-opt-outs.json');

  it('on the effective date: metadata opted out, in-app on except HR and JSM', () => {
    const e = evalAt(p, '2026-09-01', { key: 'HR' });
    expect(e.highestPlan).toBe('enterprise');
    expect(e.metadata).toMatchObject({ status: 'not-contributing', locked: false });
    expect(e.inAppData).toMatchObject({ status: 'contributing', locked: false });
    expect(e.space?.inAppData).toBe('not-contributing');
    expect(appStatus(e, 'jira-service-management').inAppData).toBe('not-contributing');
    expect(appStatus(e, 'confluence').inAppData).toBe('contributing');
    expect(e.deadlines).toEqual(NO_DEADLINES);
  });

  it('a space in Jira that is not excluded contributes', () => {
    expect(evalAt(p, '2026-09-01', { key: 'PLANT-OPS', app: 'jira' }).space?.inAppData).toBe('contributing');
  });

  it('removing Confluence on 2026-10-15 stops it, with removal and retraining deadlines', () => {
    const e = evalAt(p, '2026-10-20');
    expect(e.highestPlan).toBe('enterprise');
    expect(e.inAppData.status).toBe('contributing');
    expect(appStatus(e, 'confluence')).toMatchObject({ active: false, metadata: 'not-contributing', inAppData: 'not-contributing' });
    expect(e.deadlines).toEqual({ inAppRemovalBy: '2026-11-14', modelsRetrainedBy: '2027-01-13', reviewWindowEndsOn: null });
    expect(kinds(e, 'collection-stopped')).toEqual(['2026-10-15']);
  });
});

describe('every example', () => {
  it.each(exampleFiles())('%s evaluates at several dates without error and with a full contract', (file) => {
    const p = loadExample(file);
    for (const at of ['2026-05-01', '2026-08-16', '2026-08-17', '2026-12-31', '2028-01-01']) {
      const e = evalAt(p, at);
      expect(e.at).toBe(at);
      expect(e.policyVersion).toMatch(/\S/);
      expect(e.metadata.reasons.length).toBeGreaterThan(0);
      expect(e.inAppData.reasons.length).toBeGreaterThan(0);
      expect(kinds(e, 'effective')).toEqual(['2026-08-17']);
    }
  });

  it('there is one test block above for each example file', () => {
    expect(exampleFiles()).toEqual([
      'agency-confluence-premium-jira-standard.json',
      'bank-enterprise-excluded.json',
      'clinic-space-included-then-hipaa.json',
      'enterprise-manufacturer-opt-outs.json',
      'government-agency.json',
      'healthcare-hipaa.json',
      'scaleup-premium-trial-reverts.json',
      'scaleup-trial-ends-standard-bought.json',
      'small-team-jira-free.json',
      'studio-loom-trello-bitbucket.json',
      'terminated-before-effective-date.json',
      'university-education-opt-out.json',
    ]);
  });
});
