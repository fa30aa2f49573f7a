/**
 * Same-day changes, stops of space-only contribution, review windows and the
 * horizon. Each block is named by the rule it tests.
 */
import { EFFECTIVE_DATE, LATEST_INPUT_DATE } from '../../src/policy/constants';
import { parseProfile } from '../../src/policy/profile';
import type { Evaluation, TimelineEntry } from '../../src/policy/types';
import { evalAt, exclusion, plan, profile, removed, scope, setting, terminated, trial } from './builders';

const timelineOf = (e: Evaluation, kind: TimelineEntry['kind']) => e.timeline.filter((t) => t.kind === kind);
const stopsOn = (e: Evaluation, on: string) => e.timeline.filter((t) => t.kind === 'collection-stopped' && t.on === on);
const noteCodes = (e: Evaluation) => e.notes.map((n) => n.code);

describe('R34 a trial end and another change on the same day are one change', () => {
  const standardJira = plan('2025-01-01', 'jira', 'standard');

  it.each([false, true])('a trial ending with nothing after it plus a same-day purchase equals "then" (migration trial: %s)', (migration) => {
    const declared = profile([standardJira, trial('2026-07-01', 'confluence', 'premium', '2026-09-10', 'standard', migration)]);
    const split = profile([
      standardJira,
      trial('2026-07-01', 'confluence', 'premium', '2026-09-10', 'none', migration),
      plan('2026-09-10', 'confluence', 'standard'),
    ]);
    for (const at of ['2026-09-10', '2026-09-20', '2026-10-20']) expect(evalAt(split, at)).toEqual(evalAt(declared, at));
    const e = evalAt(split, '2026-09-20');
    expect(e.deadlines.reviewWindowEndsOn).toBe('2026-10-10');
    expect(e.inAppData.status).toBe('not-contributing'); // Premium's default keeps applying in the window
    expect(timelineOf(e, 'trial-ended')).toEqual([expect.objectContaining({ on: '2026-09-10', params: expect.objectContaining({ then: 'standard' }) })]);
  });

  it('an Enterprise trial ending the day Enterprise is bought changes nothing: no window, no phantom plan change', () => {
    const p = profile([
      standardJira,
      setting('2026-06-01', 'metadata', 'off'),
      trial('2026-06-01', 'jira', 'enterprise', '2026-09-10', 'none'),
      plan('2026-09-10', 'jira', 'enterprise'),
    ]);
    const e = evalAt(p, '2026-09-20');
    expect(e.highestPlan).toBe('enterprise');
    expect(e.deadlines.reviewWindowEndsOn).toBeNull();
    expect(timelineOf(e, 'plan-changed').filter((t) => t.on === '2026-09-10')).toEqual([]);
    expect(timelineOf(e, 'review-window-ends')).toEqual([]);
    // The metadata opt-out never met a plan that cannot hold it, so it is kept and nothing stopped or restarted.
    expect(e.metadata).toMatchObject({ status: 'not-contributing', since: EFFECTIVE_DATE });
    expect(noteCodes(e)).not.toContain('CHOICE_DROPPED_ON_PLAN_CHANGE');
  });

  it('two trials ending together open one window, with one window end on the timeline', () => {
    const p = profile([
      standardJira,
      trial('2026-07-01', 'confluence', 'premium', '2026-09-10', 'none'),
      trial('2026-07-02', 'jira-service-management', 'premium', '2026-09-10', 'none'),
    ]);
    const e = evalAt(p, '2026-10-20');
    expect(timelineOf(e, 'review-window-ends').map((t) => t.on)).toEqual(['2026-10-10']);
    expect(timelineOf(e, 'trial-ended').map((t) => t.params?.product)).toEqual(['confluence', 'jira-service-management']);
  });

  it('a plan that held for part of a day never appears on the timeline', () => {
    const p = profile([standardJira, removed('2026-09-10', 'jira'), plan('2026-09-10', 'jira', 'premium')]);
    const e = evalAt(p, '2026-09-20');
    expect(
      timelineOf(e, 'plan-changed')
        .filter((t) => t.on === '2026-09-10')
        .map((t) => [t.params?.from, t.params?.to]),
    ).toEqual([['standard', 'premium']]);
    expect(stopsOn(e, '2026-09-10').filter((t) => t.code === 'app-removed')).toEqual([]);
  });
});

describe('R34 a plan bought part-way through a trial ends the trial (interpreted)', () => {
  it('the purchase is a trial end: a change of the highest plan opens the 30-day window', () => {
    const p = profile([
      plan('2025-01-01', 'jira', 'standard'),
      trial('2026-08-01', 'confluence', 'premium', '2026-10-01', 'none'),
      plan('2026-09-05', 'confluence', 'standard'),
    ]);
    const e = evalAt(p, '2026-09-10');
    expect(e.highestPlan).toBe('standard');
    expect(e.deadlines.reviewWindowEndsOn).toBe('2026-10-05');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.inAppData.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'REVIEW_WINDOW_OPEN', confidence: 'interpreted' })]));
    // Counting the purchase as the trial's end is our reading, and the entry says so.
    expect(timelineOf(e, 'trial-ended')).toEqual([expect.objectContaining({ on: '2026-09-05', confidence: 'interpreted' })]);
    // The declared end date never comes: the trial is over.
    expect(evalAt(p, '2026-10-10').timeline.some((t) => t.on === '2026-10-01')).toBe(false);
  });

  it('buying the trial plan itself changes nothing', () => {
    const p = profile([
      plan('2025-01-01', 'jira', 'standard'),
      trial('2026-08-01', 'confluence', 'premium', '2026-10-01', 'none'),
      plan('2026-09-05', 'confluence', 'premium'),
    ]);
    expect(evalAt(p, '2026-09-10').deadlines.reviewWindowEndsOn).toBeNull();
  });
});

describe('R34 during a review window what may be changed follows the new plan', () => {
  const upToEnterprise = [plan('2025-01-01', 'jira', 'standard'), trial('2026-08-01', 'confluence', 'premium', '2026-09-01', 'enterprise')];

  it('moving up to Enterprise: metadata is changeable inside the window, and an opt-out there applies when it ends', () => {
    const p = profile([...upToEnterprise, setting('2026-09-05', 'metadata', 'off')]);
    const inside = evalAt(p, '2026-09-10');
    expect(inside.metadata).toMatchObject({ status: 'contributing', locked: false });
    expect(noteCodes(inside)).toContain('SETTING_APPLIES_AFTER_WINDOW');
    expect(noteCodes(inside)).not.toContain('SETTING_IGNORED_LOCKED');
    const after = evalAt(p, '2026-10-05');
    expect(after.metadata).toMatchObject({ status: 'not-contributing', since: '2026-10-01', locked: false });
    expect(stopsOn(after, '2026-10-01').map((t) => t.code)).toEqual(['metadata']);
    expect(after.deadlines.modelsRetrainedBy).toBe('2026-12-30');
  });

  it('moving down from Enterprise: a new metadata opt-out inside the window is ignored, and nothing stops', () => {
    const p = profile([
      plan('2025-01-01', 'jira', 'standard'),
      trial('2026-08-01', 'confluence', 'enterprise', '2026-09-01', 'none'),
      setting('2026-09-05', 'metadata', 'off'),
    ]);
    const e = evalAt(p, '2026-09-10');
    expect(e.metadata).toMatchObject({ status: 'contributing', locked: true });
    expect(e.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'SETTING_IGNORED_LOCKED', confidence: 'interpreted', params: expect.objectContaining({ plan: 'standard' }) }),
      ]),
    );
    expect(timelineOf(e, 'collection-stopped').map((t) => t.code)).not.toContain('metadata');
    expect(evalAt(p, '2026-10-10').metadata).toMatchObject({ status: 'contributing', since: EFFECTIVE_DATE });
  });

  it('the note on a waiting choice speaks in the future until the window ends', () => {
    const p = profile([...upToEnterprise, setting('2026-09-05', 'metadata', 'off')]);
    const note = (at: string) => evalAt(p, at).notes.find((n) => n.code === 'SETTING_APPLIES_AFTER_WINDOW')!;
    expect(note('2026-09-10')).toMatchObject({
      params: expect.objectContaining({ endsOn: '2026-10-01', future: 1 }),
      text: expect.stringContaining('will apply from 2026-10-01'),
    });
    expect(note('2026-10-05')).toMatchObject({
      params: expect.objectContaining({ endsOn: '2026-10-01', future: 0 }),
      text: expect.stringContaining('has applied since 2026-10-01'),
    });
  });

  it('a change that ends the window early with a plan that cannot hold the waiting choice drops it, and says so once', () => {
    const down = evalAt(profile([...upToEnterprise, setting('2026-09-05', 'metadata', 'off'), removed('2026-09-15', 'confluence')]), '2026-09-20');
    expect(down.metadata).toMatchObject({ status: 'contributing', locked: true });
    expect(noteCodes(down)).not.toContain('SETTING_APPLIES_AFTER_WINDOW');
    expect(noteCodes(down).filter((c) => c === 'CHOICE_DROPPED_ON_PLAN_CHANGE')).toHaveLength(1);
    expect(down.deadlines.reviewWindowEndsOn).toBe('2026-09-15');
    // The dropped choice does not come back with a later Enterprise plan (R35).
    const later = evalAt(
      profile([...upToEnterprise, setting('2026-09-05', 'metadata', 'off'), removed('2026-09-15', 'confluence'), plan('2026-10-20', 'jira', 'enterprise')]),
      '2026-10-25',
    );
    expect(later.metadata.status).toBe('contributing');
  });

  it('the in-app setting can always be changed inside the window and applies from its date', () => {
    const p = profile([...upToEnterprise, setting('2026-09-05', 'inAppData', 'on')]);
    expect(evalAt(p, '2026-09-10').inAppData).toMatchObject({ status: 'contributing', since: '2026-09-05', locked: false });
  });
});

describe('R36 a paid plan change inside a review window closes it (interpreted)', () => {
  const p = profile([
    plan('2025-01-01', 'jira', 'standard'),
    trial('2026-07-01', 'confluence', 'premium', '2026-09-10', 'none'),
    plan('2026-09-20', 'jira', 'premium'),
  ]);

  it('statuses, deadlines and the timeline all say the window ended with the change', () => {
    const e = evalAt(p, '2026-10-20');
    expect(e.highestPlan).toBe('premium');
    expect(e.deadlines.reviewWindowEndsOn).toBe('2026-09-20');
    const ends = timelineOf(e, 'review-window-ends');
    expect(ends).toEqual([expect.objectContaining({ on: '2026-09-20', params: { trialEndedOn: '2026-09-10', closedEarly: 1 } })]);
    expect(ends[0]!.text).not.toContain("new plan's settings apply from here");
    expect(e.timeline.some((t) => t.on === '2026-10-10')).toBe(false);
    expect([...e.metadata.reasons, ...e.inAppData.reasons].map((r) => r.code)).not.toContain('REVIEW_WINDOW_OPEN');
  });

  it('inside the window, before the change, the window is still open', () => {
    const e = evalAt(p, '2026-09-15');
    expect(e.inAppData.reasons.map((r) => r.code)).toContain('REVIEW_WINDOW_OPEN');
    expect(e.deadlines.reviewWindowEndsOn).toBe('2026-10-10');
  });
});

describe('R30 a recorded "not active" government-entity exclusion wins over the sector (interpreted)', () => {
  it('the org follows its plan and the notes say why, without claiming it is excluded', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'standard'), exclusion('2026-06-01', 'government-entity', false)], 'government'), '2026-09-01');
    expect(e.excluded).toBe(false);
    expect(e.metadata.status).toBe('contributing');
    expect(noteCodes(e)).not.toContain('SECTOR_GOVERNMENT_EXCLUDED');
    expect(e.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'SECTOR_GOVERNMENT_EXCLUSION_LIFTED', confidence: 'interpreted', params: { date: '2026-06-01' } }),
      ]),
    );
  });

  it('a later "active" event excludes it again, with only the exclusion note', () => {
    const e = evalAt(
      profile(
        [plan('2025-01-01', 'jira', 'standard'), exclusion('2026-06-01', 'government-entity', false), exclusion('2026-07-01', 'government-entity', true)],
        'government',
      ),
      '2026-09-01',
    );
    expect(e.excluded).toBe(true);
    expect(noteCodes(e)).toContain('SECTOR_GOVERNMENT_EXCLUDED');
    expect(noteCodes(e)).not.toContain('SECTOR_GOVERNMENT_EXCLUSION_LIFTED');
  });
});

describe('R32 an opt-out recorded while excluded is kept (interpreted)', () => {
  it('in-app data stays off when the exclusion lifts; an "on" recorded while excluded is ignored', () => {
    const p = profile([
      plan('2025-01-01', 'jira', 'standard'),
      exclusion('2026-06-01', 'hipaa'),
      setting('2026-07-01', 'inAppData', 'off'),
      exclusion('2026-10-01', 'hipaa', false),
    ]);
    const e = evalAt(p, '2026-10-05');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.metadata.status).toBe('contributing');
    expect(e.notes).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'SETTING_KEPT_WHILE_EXCLUDED', confidence: 'interpreted' })]));
    const on = profile([
      plan('2025-01-01', 'jira', 'premium'),
      exclusion('2026-06-01', 'hipaa'),
      setting('2026-07-01', 'inAppData', 'on'),
      exclusion('2026-10-01', 'hipaa', false),
    ]);
    const later = evalAt(on, '2026-10-05');
    expect(later.inAppData.status).toBe('not-contributing');
    expect(noteCodes(later)).toContain('SETTING_IGNORED_EXCLUDED');
  });
});

describe('R39 in-app data that flows only through included spaces, apps or connectors stops at org level', () => {
  // Premium: the org-level in-app setting is off by default, so only the included target contributes.
  const premium = plan('2025-01-01', 'jira', 'premium');
  const stopped = (e: Evaluation, on: string) => {
    expect(e.deadlines).toMatchObject({ inAppRemovalBy: addDaysIso(on, 30), modelsRetrainedBy: addDaysIso(on, 90) });
    expect(stopsOn(e, on).some((t) => t.code === 'in-app' || t.code === 'target')).toBe(true);
    expect(timelineOf(e, 'in-app-removal-deadline').map((t) => t.on)).toContain(addDaysIso(on, 30));
  };

  it.each([
    ['an exclusion starts', exclusion('2026-10-01', 'customer-managed-keys')],
    ['the org terminates', terminated('2026-10-01')],
    ['the include is withdrawn', scope('2026-10-01', 'space', 'ENG', 'default')],
    ['the org turns in-app on and excludes the space that day', scope('2026-10-01', 'space', 'ENG', 'exclude')],
  ])('an included space: %s', (_, event) => {
    const p = profile([premium, scope('2026-06-01', 'space', 'ENG', 'include'), event]);
    const e = evalAt(p, '2026-10-05');
    stopped(e, '2026-10-01');
    expect(evalAt(p, '2026-10-05', { key: 'ENG' }).space?.inAppData).toBe('not-contributing');
  });

  it('removing the app of an included space is an in-app stop too (which app a space belongs to is not declared)', () => {
    const p = profile([premium, plan('2025-01-01', 'confluence', 'premium'), scope('2026-06-01', 'space', 'ENG', 'include'), removed('2026-10-01', 'jira')]);
    const e = evalAt(p, '2026-10-05');
    expect(stopsOn(e, '2026-10-01')).toEqual([expect.objectContaining({ code: 'app-removed' })]);
    expect(e.deadlines.inAppRemovalBy).toBe('2026-10-31');
    expect(evalAt(p, '2026-10-05', { key: 'ENG', app: 'jira' }).space?.reasons.map((r) => r.code)).toContain('SPACE_REMOVAL_DEADLINE');
  });

  it('turning in-app on makes an excluded space stop that may have contributed through an included app (interpreted)', () => {
    const p = profile([
      premium,
      scope('2026-06-01', 'app', 'jira', 'include'),
      scope('2026-06-01', 'space', 'ENG', 'exclude'),
      setting('2026-10-01', 'inAppData', 'on'),
    ]);
    const e = evalAt(p, '2026-10-05');
    expect(stopsOn(e, '2026-10-01')).toEqual([
      expect.objectContaining({ code: 'target', confidence: 'interpreted', params: { kind: 'space', key: 'ENG', others: 0 } }),
    ]);
    expect(e.deadlines.inAppRemovalBy).toBe('2026-10-31');
    expect(evalAt(p, '2026-10-05', { key: 'ENG', app: 'jira' }).space?.reasons.map((r) => r.code)).toContain('SPACE_REMOVAL_DEADLINE');
  });

  it('the org-level entry is an in-app stop when the last included target stops', () => {
    const p = profile([premium, scope('2026-06-01', 'connector', 'google-drive', 'include'), exclusion('2026-10-01', 'hipaa')]);
    const e = evalAt(p, '2026-10-05');
    expect(
      stopsOn(e, '2026-10-01')
        .map((t) => t.code)
        .sort(),
    ).toEqual(['in-app', 'metadata']);
    expect(e.deadlines.inAppRemovalBy).toBe('2026-10-31');
  });
});

describe('R17 every kind of include/exclude target stops alike', () => {
  const targets = [
    ['space', 'ENG'],
    ['app', 'confluence'],
    ['connector', 'google-drive'],
  ] as const;

  it.each(targets)('excluding a %s after the effective date while in-app is on: org-level stop and deadlines', (kind, key) => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), plan('2025-01-01', 'confluence', 'standard'), scope('2026-10-01', kind, key, 'exclude')]);
    const e = evalAt(p, '2026-10-05');
    expect(stopsOn(e, '2026-10-01')).toEqual([expect.objectContaining({ code: 'target', params: { kind, key, others: 0 } })]);
    expect(e.deadlines).toMatchObject({ inAppRemovalBy: '2026-10-31', modelsRetrainedBy: '2026-12-30' });
    expect(e.inAppData.status).toBe('contributing');
  });

  it.each(targets)('withdrawing the include of a %s while in-app is off: the same stop and deadlines', (kind, key) => {
    const p = profile([
      plan('2025-01-01', 'jira', 'premium'),
      plan('2025-01-01', 'confluence', 'premium'),
      plan('2025-01-01', 'jira-service-management', 'premium'),
      scope('2026-06-01', kind, key, 'include'),
      scope('2026-06-01', 'space', 'KEEP', 'include'),
      scope('2026-10-01', kind, key, 'default'),
    ]);
    const e = evalAt(p, '2026-10-05');
    expect(stopsOn(e, '2026-10-01')).toEqual([expect.objectContaining({ code: 'target', params: { kind, key, others: 0 } })]);
    expect(e.deadlines).toMatchObject({ inAppRemovalBy: '2026-10-31', modelsRetrainedBy: '2026-12-30' });
  });

  it('many targets stopping on one day make one timeline entry that counts them', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), ...['A', 'B', 'C'].map((k) => scope('2026-10-01', 'space', k, 'exclude'))]);
    const e = evalAt(p, '2026-10-05');
    expect(stopsOn(e, '2026-10-01')).toEqual([expect.objectContaining({ code: 'target', params: { kind: 'space', key: 'A', others: 2 } })]);
    expect(timelineOf(e, 'in-app-removal-deadline')).toHaveLength(1);
  });

  it('an entry that only takes effect later is no stop', () => {
    const p = profile([plan('2025-01-01', 'jira', 'premium'), scope('2026-10-01', 'space', 'ENG', 'exclude')]);
    expect(evalAt(p, '2026-10-05').deadlines.inAppRemovalBy).toBeNull();
  });
});

describe('R40 the timeline names each deadline once', () => {
  it('both data types stopping the same day give one retraining entry', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'standard'), terminated('2026-10-01')]), '2026-10-05');
    expect(
      stopsOn(e, '2026-10-01')
        .map((t) => t.code)
        .sort(),
    ).toEqual(['in-app', 'metadata']);
    expect(timelineOf(e, 'model-retrain-deadline')).toEqual([expect.objectContaining({ on: '2026-12-30' })]);
    expect(timelineOf(e, 'in-app-removal-deadline')).toEqual([expect.objectContaining({ on: '2026-10-31' })]);
  });
});

describe('R42 retention runs from each contribution’s own date (reported)', () => {
  it('while contributing: the earliest horizon, and the text says it moves on', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'standard')]), '2027-01-01');
    const entries = timelineOf(e, 'retention-ends');
    expect(entries).toEqual([expect.objectContaining({ on: '2033-08-17', params: { firstContribution: EFFECTIVE_DATE, years: 7, ongoing: 1 } })]);
    expect(entries[0]!.text).toMatch(/moves on/);
  });

  it('after everything stopped: the earliest and the latest horizon (last contributing day + 7 years)', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'standard'), terminated('2027-03-01')]), '2027-04-01');
    expect(timelineOf(e, 'retention-ends').map((t) => [t.on, t.params])).toEqual([
      ['2033-08-17', { firstContribution: EFFECTIVE_DATE, years: 7, ongoing: 0 }],
      ['2034-02-28', { lastContribution: '2027-02-28', years: 7 }],
    ]);
  });

  it('a partial stop (one app removed) leaves the horizon moving', () => {
    const e = evalAt(
      profile([plan('2025-01-01', 'jira', 'standard'), plan('2025-01-01', 'confluence', 'standard'), removed('2027-03-01', 'confluence')]),
      '2027-04-01',
    );
    expect(timelineOf(e, 'retention-ends').map((t) => t.params?.ongoing)).toEqual([1]);
  });
});

describe('R35 notes about changes after the evaluation day speak in the future tense', () => {
  it('a metadata opt-out that a scheduled trial end will drop is announced as future', () => {
    const p = profile([
      plan('2025-01-01', 'jira', 'standard'),
      trial('2026-08-01', 'jira', 'enterprise', '2026-11-01', 'standard'),
      setting('2026-08-20', 'metadata', 'off'),
    ]);
    const before = evalAt(p, '2026-09-01').notes.find((n) => n.code === 'CHOICE_DROPPED_ON_PLAN_CHANGE')!;
    expect(before.params).toMatchObject({ date: '2026-12-01', future: 1 });
    expect(before.text).toMatch(/will become .* will then no longer apply/);
    const after = evalAt(p, '2026-12-05').notes.find((n) => n.code === 'CHOICE_DROPPED_ON_PLAN_CHANGE')!;
    expect(after.params).toMatchObject({ date: '2026-12-01', future: 0 });
    expect(after.text).toMatch(/became .* no longer applies/);
  });
});

describe('R1 dates at the horizon', () => {
  it(`event dates after ${LATEST_INPUT_DATE} are refused with the field path`, () => {
    const result = parseProfile({
      schemaVersion: 1,
      events: [
        { type: 'plan', on: '2025-01-01', product: 'jira', plan: 'free' },
        { type: 'terminated', on: '9999-01-01' },
      ],
    });
    expect(result).toEqual({ ok: false, issues: [{ path: 'events[1].on', message: expect.stringContaining('9999-12-31') }] });
    const endsLate = parseProfile({
      schemaVersion: 1,
      events: [{ type: 'trial', on: '2026-01-01', product: 'jira', plan: 'premium', endsOn: '9995-01-01', then: 'none' }],
    });
    expect(endsLate.ok ? [] : endsLate.issues.map((i) => i.path)).toEqual(['events[0].endsOn']);
    expect(parseProfile({ schemaVersion: 1, events: [{ type: 'terminated', on: LATEST_INPUT_DATE }] }).ok).toBe(true);
  });

  it('the latest accepted dates keep every computed date within 9999, in order', () => {
    const last = LATEST_INPUT_DATE;
    const p = profile([plan('2025-01-01', 'jira', 'standard'), trial(addDaysIso(last, -10), 'confluence', 'premium', last, 'standard')]);
    const e = evalAt(p, last);
    for (const t of e.timeline) expect(t.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(e.timeline.map((t) => t.on)).toEqual(e.timeline.map((t) => t.on).sort());
    expect(() => evalAt(p, addDaysIso(last, 1))).toThrow(/^at: /);
  });
});

function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
