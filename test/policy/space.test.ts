import fc from 'fast-check';
import { evaluate } from '../../src/policy/engine';
import { spaceDeadlines, spaceInAppStatus } from '../../src/policy/space';
import { arbAnyProfile, arbAt, arbSomeSpace } from './arbitraries';
import { evalAt, plan, profile, scope, setting } from './builders';

const RUNS = Number(process.env.FC_RUNS ?? 300);

describe('R17 space status from a stored evaluation (one-read path)', () => {
  it('spaceInAppStatus agrees with evaluate(..., { space }) for any profile, date and space', () => {
    fc.assert(
      fc.property(arbAnyProfile, arbAt, arbSomeSpace, (p, at, space) => {
        const full = evaluate(p, { at, space });
        const stored = evaluate(p, { at });
        const verdict = spaceInAppStatus(stored, space);
        expect(verdict.status).toBe(full.space!.inAppData);
        expect(verdict.projected).toBe(full.space!.projected);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('R40 space deadlines', () => {
  const base = [plan('2026-01-01', 'confluence', 'standard')];

  it('a space excluded after the effective date while in-app was on stopped that day', () => {
    const e = evalAt(profile([...base, scope('2026-10-01', 'space', 'HR', 'exclude')]), '2026-10-05');
    const exception = e.inAppData.exceptions.find((x) => x.key === 'HR')!;
    expect(exception.since).toBe('2026-10-01');
    const verdict = spaceInAppStatus(e, { key: 'HR', app: 'confluence' });
    expect(verdict.status).toBe('not-contributing');
    expect(spaceDeadlines(e, verdict, exception)).toEqual({ since: '2026-10-01', inAppRemovalBy: '2026-10-31', modelsRetrainedBy: '2026-12-30' });
    // R39: the organization view has the same stop, like an excluded app.
    expect(e.deadlines).toMatchObject({ inAppRemovalBy: '2026-10-31', modelsRetrainedBy: '2026-12-30' });
  });

  it('a space excluded before the effective date never contributed: no deadlines', () => {
    const e = evalAt(profile([...base, scope('2026-06-01', 'space', 'HR', 'exclude')]), '2026-10-05');
    const exception = e.inAppData.exceptions.find((x) => x.key === 'HR')!;
    expect(exception.since).toBe('2026-08-17');
    const verdict = spaceInAppStatus(e, { key: 'HR' });
    expect(spaceDeadlines(e, verdict, exception)).toEqual({ since: '2026-08-17', inAppRemovalBy: null, modelsRetrainedBy: null });
  });

  it('an exclusion that only took effect when the org turned in-app on is no stop for the space', () => {
    const e = evalAt(
      profile([plan('2026-01-01', 'confluence', 'premium'), scope('2026-09-01', 'space', 'HR', 'exclude'), setting('2026-10-01', 'inAppData', 'on')]),
      '2026-10-05',
    );
    const exception = e.inAppData.exceptions.find((x) => x.key === 'HR')!;
    expect(exception.since).toBe('2026-10-01');
    expect(spaceDeadlines(e, spaceInAppStatus(e, { key: 'HR' }), exception).inAppRemovalBy).toBeNull();
  });

  it('a space that follows an org-level opt-out shares the organization deadlines', () => {
    const e = evalAt(profile([...base, setting('2026-11-02', 'inAppData', 'off')]), '2026-11-20');
    const verdict = spaceInAppStatus(e, { key: 'ENG' });
    expect(spaceDeadlines(e, verdict, null)).toEqual({ since: '2026-11-02', inAppRemovalBy: '2026-12-02', modelsRetrainedBy: '2027-01-31' });
  });

  it('a space that follows an org setting which was never on does not borrow deadlines from another space’s stop', () => {
    const e = evalAt(
      profile([plan('2026-01-01', 'confluence', 'premium'), scope('2026-06-01', 'space', 'DOCS', 'include'), scope('2026-10-01', 'space', 'DOCS', 'default')]),
      '2026-10-05',
    );
    expect(e.deadlines.inAppRemovalBy).toBe('2026-10-31'); // DOCS stopped, at org level too
    const verdict = spaceInAppStatus(e, { key: 'ENG' });
    expect(verdict.status).toBe('not-contributing');
    expect(spaceDeadlines(e, verdict, null)).toEqual({ since: '2026-08-17', inAppRemovalBy: null, modelsRetrainedBy: null });
  });

  it('an included space contributes since its inclusion, without deadlines', () => {
    const e = evalAt(profile([plan('2026-01-01', 'confluence', 'premium'), scope('2026-09-05', 'space', 'DOCS', 'include')]), '2026-10-01');
    const exception = e.inAppData.exceptions.find((x) => x.key === 'DOCS')!;
    const verdict = spaceInAppStatus(e, { key: 'DOCS' });
    expect(verdict.status).toBe('contributing');
    expect(spaceDeadlines(e, verdict, exception)).toEqual({ since: '2026-09-05', inAppRemovalBy: null, modelsRetrainedBy: null });
  });

  it('while pending there are no dates', () => {
    const e = evalAt(profile([...base, scope('2026-06-01', 'space', 'HR', 'exclude')]), '2026-07-01');
    const exception = e.inAppData.exceptions.find((x) => x.key === 'HR')!;
    expect(exception.since).toBeUndefined();
    expect(spaceDeadlines(e, spaceInAppStatus(e, { key: 'HR' }), exception)).toEqual({ since: null, inAppRemovalBy: null, modelsRetrainedBy: null });
  });
});
