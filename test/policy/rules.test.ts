/**
 * Rule-by-rule tests of the policy engine. Each block is named by the rule
 * (R1–R50 in src/policy/rules.ts) it checks, so a failure points straight at the rule that broke.
 */
import { addDays, addYears } from '../../src/policy/dates';
import { ALL_RULE_IDS, RULES, ruleUrl } from '../../src/policy/rules';
import { SOURCES } from '../../src/policy/sources';
import type { Evaluation } from '../../src/policy/types';
import {
  EFFECTIVE,
  SETTINGS_AVAILABLE,
  allReasons,
  appStatus,
  evalAt,
  exclusion,
  plan,
  profile,
  removed,
  ruleIds,
  scope,
  setting,
  terminated,
  trial,
  withoutSince,
} from './builders';

const AFTER = '2026-09-01';
const BEFORE = '2026-07-01';
const PLATFORM_APPS = ['rovo', 'home', 'teams', 'projects', 'assets', 'goals', 'analytics', 'administration'];
const PLANS = ['free', 'standard', 'premium', 'enterprise'] as const;
type Plan = (typeof PLANS)[number];

function timelineOf(e: Evaluation, kind: string) {
  return e.timeline.filter((t) => t.kind === kind);
}

describe('rule catalogue', () => {
  it('has R1–R50, each with a source or interpreted confidence', () => {
    expect(ALL_RULE_IDS).toEqual(Array.from({ length: 50 }, (_, i) => `R${i + 1}`));
    for (const id of ALL_RULE_IDS) {
      const entry = RULES[id];
      expect(entry).toBeDefined();
      expect(entry!.id).toBe(id);
      expect(entry!.title.length).toBeGreaterThan(10);
      if (entry!.confidence !== 'interpreted') {
        expect(entry!.sources.length).toBeGreaterThan(0);
        expect(ruleUrl(id)).toMatch(/^https:\/\//);
      }
      for (const key of entry!.sources) expect(SOURCES[key]).toBeDefined();
    }
    expect(Object.keys(RULES)).toHaveLength(50);
  });

  it('documented rules rest first on an Atlassian source, reported rules on press', () => {
    for (const id of ALL_RULE_IDS) {
      const entry = RULES[id]!;
      const kinds = entry.sources.map((k) => SOURCES[k].kind);
      if (entry.confidence === 'documented') expect([id, kinds[0]]).toEqual([id, 'atlassian']);
      if (entry.confidence === 'reported') expect([id, kinds.includes('press')]).toEqual([id, true]);
    }
  });

  it.each([
    ['R10', 'interpreted'],
    ['R11', 'documented'],
    ['R36', 'interpreted'],
    ['R40', 'reported'],
    ['R42', 'reported'],
    ['R43', 'reported'],
  ])('%s has confidence %s, as its sources allow', (id, confidence) => {
    expect(RULES[id]!.confidence).toBe(confidence);
  });
});

describe('worked examples', () => {
  it('Jira Free, no action, at 2026-09-01: both contributing, metadata locked', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'free')]), '2026-09-01');
    expect(e.highestPlan).toBe('free');
    expect(e.excluded).toBe(false);
    expect(e.metadata.status).toBe('contributing');
    expect(e.metadata.locked).toBe(true);
    expect(e.inAppData.status).toBe('contributing');
    expect(e.inAppData.locked).toBe(false);
    expect(e.metadata.projected).toBeUndefined();
  });

  it('Confluence Premium + Jira Standard: highest premium, in-app not contributing', () => {
    const e = evalAt(profile([plan('2025-01-01', 'confluence', 'premium'), plan('2025-01-01', 'jira', 'standard')]), AFTER);
    expect(e.highestPlan).toBe('premium');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.metadata.status).toBe('contributing');
  });

  it('Jira Standard, in-app off on 2026-11-02, at 2026-11-20: removal by 2026-12-02, retrain by 2027-01-31', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'standard'), setting('2026-11-02', 'inAppData', 'off')]), '2026-11-20');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.inAppData.since).toBe('2026-11-02');
    expect(e.deadlines).toEqual({ inAppRemovalBy: '2026-12-02', modelsRetrainedBy: '2027-01-31', reviewWindowEndsOn: null });
  });
});

describe('R3 settings exist only from the rollout', () => {
  it('a setting dated before the rollout began (2026-04-16) is ignored with a note', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'standard'), setting('2025-03-01', 'inAppData', 'off')]), AFTER);
    expect(e.inAppData.status).toBe('contributing');
    expect(e.notes.map((n) => n.code)).toContain('SETTING_BEFORE_ROLLOUT');
  });

  it('a setting during the rollout counts', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'standard'), setting('2026-04-20', 'inAppData', 'off')]), AFTER);
    expect(e.inAppData.status).toBe('not-contributing');
  });
});

describe('engine input contract', () => {
  it.each(['2026-02-30', 'yesterday', '2026-9-1', ''])('refuses the evaluation date %j, naming `at`', (at) => {
    expect(() => evalAt(profile([plan('2025-01-01', 'jira', 'standard')]), at)).toThrow(/\bat\b/);
  });

  it('conflicting settings on the same day give the same answer in any order, with a note', () => {
    const off = setting('2026-10-01', 'inAppData', 'off');
    const on = setting('2026-10-01', 'inAppData', 'on');
    const a = evalAt(profile([plan('2025-01-01', 'jira', 'premium'), off, on]), '2026-10-05');
    const b = evalAt(profile([plan('2025-01-01', 'jira', 'premium'), on, off]), '2026-10-05');
    expect(b).toEqual(a);
    expect(a.notes.map((n) => n.code)).toContain('CONFLICTING_SETTINGS_SAME_DAY');
  });
});

describe('R8 highest active plan', () => {
  it.each<[string, Array<[string, Plan]>, Plan]>([
    [
      'Confluence Standard + Jira Premium → premium',
      [
        ['confluence', 'standard'],
        ['jira', 'premium'],
      ],
      'premium',
    ],
    [
      'Jira Standard + Confluence Premium → premium',
      [
        ['jira', 'standard'],
        ['confluence', 'premium'],
      ],
      'premium',
    ],
    [
      'Jira Free + JSM Enterprise → enterprise',
      [
        ['jira', 'free'],
        ['jira-service-management', 'enterprise'],
      ],
      'enterprise',
    ],
    ['Jira Standard alone → standard', [['jira', 'standard']], 'standard'],
    [
      'three apps, highest in the middle → enterprise',
      [
        ['jira', 'free'],
        ['confluence', 'enterprise'],
        ['jira-service-management', 'premium'],
      ],
      'enterprise',
    ],
  ])('%s', (_name, products, expected) => {
    const e = evalAt(profile(products.map(([p, t]) => plan('2025-01-01', p, t))), AFTER);
    expect(e.highestPlan).toBe(expected);
  });

  it('the latest plan event of a product replaces the earlier one, from its date', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), plan('2026-10-01', 'jira', 'premium')]);
    expect(evalAt(p, '2026-09-30').highestPlan).toBe('standard');
    expect(evalAt(p, '2026-10-01').highestPlan).toBe('premium');
    expect(evalAt(p, '2026-12-01').highestPlan).toBe('premium');
  });

  it('a removed product no longer counts', () => {
    const p = profile([plan('2025-01-01', 'jira', 'premium'), plan('2025-01-01', 'confluence', 'standard'), removed('2026-03-01', 'jira')]);
    expect(evalAt(p, '2026-02-28').highestPlan).toBe('premium');
    expect(evalAt(p, AFTER).highestPlan).toBe('standard');
  });

  it('events dated after `at` do not count yet', () => {
    const p = profile([plan('2025-01-01', 'jira', 'free'), plan('2027-01-01', 'confluence', 'enterprise')]);
    expect(evalAt(p, AFTER).highestPlan).toBe('free');
  });

  it('a higher plan on an app without settings does not raise it, and says so in a note', () => {
    const base = [plan('2025-01-01', 'jira', 'standard')];
    const withLoom = evalAt(profile([...base, plan('2025-01-01', 'loom', 'enterprise')]), AFTER);
    const without = evalAt(profile(base), AFTER);
    expect(withLoom.highestPlan).toBe('standard');
    expect(withLoom.inAppData.status).toBe('contributing');
    expect(withLoom.notes.length).toBeGreaterThan(without.notes.length);
  });

  it('no product with settings → no highest plan', () => {
    expect(evalAt(profile([plan('2025-01-01', 'trello', 'premium')]), AFTER).highestPlan).toBeNull();
    expect(evalAt(profile([]), AFTER).highestPlan).toBeNull();
  });
});

describe('R9 trials count toward the highest active plan', () => {
  it('an active trial raises the highest plan and its defaults', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), trial('2026-07-01', 'confluence', 'premium', '2026-10-01', 'standard')]);
    const e = evalAt(p, AFTER);
    expect(e.highestPlan).toBe('premium');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(ruleIds(allReasons(e))).toEqual(expect.arrayContaining(['R12']));
  });

  it('a Cloud Migration Trial counts the same way', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), trial('2026-07-01', 'jira', 'enterprise', '2026-10-01', 'standard', true)]);
    const e = evalAt(p, AFTER);
    expect(e.highestPlan).toBe('enterprise');
    expect(e.metadata.locked).toBe(false);
  });

  // The paid plan stays active during a trial, and the highest active plan counts both.
  it('a trial of a lower plan does not lower the paid plan of the same product', () => {
    const p = profile([plan('2025-01-01', 'jira', 'enterprise'), trial('2026-09-01', 'jira', 'premium', '2026-10-01', 'enterprise')]);
    const e = evalAt(p, '2026-09-05');
    expect(e.highestPlan).toBe('enterprise');
    expect(e.metadata.locked).toBe(false);
    expect(evalAt(p, '2026-10-05').deadlines.reviewWindowEndsOn).toBeNull();
  });

  it('a trial on an app without settings does not count', () => {
    const p = profile([plan('2025-01-01', 'jira', 'free'), trial('2026-07-01', 'loom', 'enterprise', '2026-10-01', 'none')]);
    expect(evalAt(p, AFTER).highestPlan).toBe('free');
  });

  it('after a trial ends with "none" the product is gone and the other plans decide', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), trial('2026-06-01', 'confluence', 'premium', '2026-07-15', 'none')]);
    expect(evalAt(p, '2026-07-01').highestPlan).toBe('premium');
    expect(evalAt(p, '2026-12-01').highestPlan).toBe('standard');
  });

  it('after a trial ends with a purchase the bought plan counts', () => {
    const p = profile([plan('2025-01-01', 'jira', 'free'), trial('2026-06-01', 'jira', 'premium', '2026-07-01', 'standard')]);
    expect(evalAt(p, '2026-12-01').highestPlan).toBe('standard');
  });
});

describe('R10 plan order Free < Standard < Premium < Enterprise', () => {
  const pairs = PLANS.flatMap((a) => PLANS.map((b) => [a, b] as const));
  it.each(pairs)('Jira %s + Confluence %s → the higher of the two', (a, b) => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', a), plan('2025-01-01', 'confluence', b)]), AFTER);
    expect(e.highestPlan).toBe(PLANS[Math.max(PLANS.indexOf(a), PLANS.indexOf(b))]);
  });
});

describe('R11 Free and Standard defaults', () => {
  it.each(['free', 'standard'] as const)('%s: metadata always on and locked, in-app on by default and changeable', (tier) => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', tier)]), AFTER);
    expect(e.metadata).toMatchObject({ status: 'contributing', locked: true });
    expect(e.inAppData).toMatchObject({ status: 'contributing', locked: false });
    expect(ruleIds(e.metadata.reasons)).toContain('R11');
    expect(ruleIds(e.inAppData.reasons)).toContain('R11');
  });

  it.each(['free', 'standard'] as const)('%s: a metadata opt-out is ignored with a note', (tier) => {
    const base = [plan('2025-01-01', 'jira', tier)];
    const withOptOut = evalAt(profile([...base, setting('2026-06-01', 'metadata', 'off')]), AFTER);
    const without = evalAt(profile(base), AFTER);
    expect(withOptOut.metadata.status).toBe('contributing');
    expect(withOptOut.metadata.locked).toBe(true);
    expect(withOptOut.notes.length).toBeGreaterThan(without.notes.length);
    expect(ruleIds(withOptOut.notes).some((id) => ['R11', 'R13', 'R20'].includes(id))).toBe(true);
  });
});

describe('R12 Premium defaults', () => {
  it('metadata always on and locked, in-app off by default and changeable', () => {
    const e = evalAt(profile([plan('2025-01-01', 'confluence', 'premium')]), AFTER);
    expect(e.metadata).toMatchObject({ status: 'contributing', locked: true });
    expect(e.inAppData).toMatchObject({ status: 'not-contributing', locked: false });
    expect(ruleIds(e.metadata.reasons)).toContain('R12');
    expect(ruleIds(e.inAppData.reasons)).toContain('R12');
  });

  it('in-app can be turned on', () => {
    const e = evalAt(profile([plan('2025-01-01', 'confluence', 'premium'), setting('2026-06-01', 'inAppData', 'on')]), AFTER);
    expect(e.inAppData.status).toBe('contributing');
  });

  it('a metadata opt-out is ignored with a note', () => {
    const base = [plan('2025-01-01', 'confluence', 'premium')];
    const withOptOut = evalAt(profile([...base, setting('2026-06-01', 'metadata', 'off')]), AFTER);
    expect(withOptOut.metadata.status).toBe('contributing');
    expect(withOptOut.notes.length).toBeGreaterThan(evalAt(profile(base), AFTER).notes.length);
  });
});

describe('R13 Enterprise defaults', () => {
  it('metadata on by default and changeable, in-app off by default', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'enterprise')]), AFTER);
    expect(e.metadata).toMatchObject({ status: 'contributing', locked: false });
    expect(e.inAppData).toMatchObject({ status: 'not-contributing', locked: false });
    expect(ruleIds(e.metadata.reasons)).toContain('R13');
  });

  it('metadata can be turned off', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'enterprise'), setting('2026-06-01', 'metadata', 'off')]), AFTER);
    expect(e.metadata.status).toBe('not-contributing');
    expect(e.metadata.locked).toBe(false);
  });

  it('both settings can be flipped together', () => {
    const e = evalAt(
      profile([plan('2025-01-01', 'jira', 'enterprise'), setting('2026-06-01', 'metadata', 'off'), setting('2026-06-01', 'inAppData', 'on')]),
      AFTER,
    );
    expect(e.metadata.status).toBe('not-contributing');
    expect(e.inAppData.status).toBe('contributing');
  });
});

describe('R14 every customer can opt out of in-app data', () => {
  it.each(PLANS)('%s: in-app off → not contributing and changeable', (tier) => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', tier), setting('2026-07-01', 'inAppData', 'off')]), AFTER);
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.inAppData.locked).toBe(false);
  });
});

describe('R17 include/exclude lists for in-app data', () => {
  const standard = plan('2025-01-01', 'jira', 'standard');
  const premium = plan('2025-01-01', 'confluence', 'premium');

  it('in-app on: an excluded space does not contribute, other spaces do', () => {
    const p = profile([standard, scope('2026-07-01', 'space', 'HR', 'exclude')]);
    expect(evalAt(p, AFTER, { key: 'HR' }).space).toMatchObject({ key: 'HR', inAppData: 'not-contributing' });
    expect(evalAt(p, AFTER, { key: 'ENG' }).space).toMatchObject({ key: 'ENG', inAppData: 'contributing' });
    expect(withoutSince(evalAt(p, AFTER).inAppData.exceptions)).toEqual([{ kind: 'space', key: 'HR', mode: 'exclude' }]);
  });

  it('in-app off: an included space contributes, other spaces do not', () => {
    const p = profile([premium, scope('2026-07-01', 'space', 'DOCS', 'include')]);
    expect(evalAt(p, AFTER, { key: 'DOCS' }).space?.inAppData).toBe('contributing');
    expect(evalAt(p, AFTER, { key: 'LEGAL' }).space?.inAppData).toBe('not-contributing');
    expect(withoutSince(evalAt(p, AFTER).inAppData.exceptions)).toEqual([{ kind: 'space', key: 'DOCS', mode: 'include' }]);
  });

  it('only entries that work under the current org setting are listed as exceptions', () => {
    const p = profile([standard, scope('2026-07-01', 'space', 'A', 'include'), scope('2026-07-01', 'space', 'B', 'exclude')]);
    expect(withoutSince(evalAt(p, AFTER).inAppData.exceptions)).toEqual([{ kind: 'space', key: 'B', mode: 'exclude' }]);
    const off = profile([...p.events, setting('2026-10-01', 'inAppData', 'off')]);
    expect(withoutSince(evalAt(off, '2026-10-02').inAppData.exceptions)).toEqual([{ kind: 'space', key: 'A', mode: 'include' }]);
    // An include waiting for the org toggle to go off does not make its space contribute now.
    expect(evalAt(p, AFTER, { key: 'A' }).space?.inAppData).toBe('contributing');
    expect(evalAt(off, '2026-10-02', { key: 'A' }).space?.inAppData).toBe('contributing');
    expect(evalAt(off, '2026-10-02', { key: 'B' }).space?.inAppData).toBe('not-contributing');
  });

  it('mode "default" removes an earlier entry from its date', () => {
    const p = profile([standard, scope('2026-07-01', 'space', 'HR', 'exclude'), scope('2026-10-01', 'space', 'HR', 'default')]);
    expect(evalAt(p, '2026-09-30', { key: 'HR' }).space?.inAppData).toBe('not-contributing');
    expect(evalAt(p, '2026-10-01', { key: 'HR' }).space?.inAppData).toBe('contributing');
    expect(withoutSince(evalAt(p, '2026-10-01').inAppData.exceptions)).toEqual([]);
  });

  it('an excluded Atlassian app stops contributing in-app data', () => {
    const p = profile([standard, plan('2025-01-01', 'confluence', 'standard'), scope('2026-07-01', 'app', 'confluence', 'exclude')]);
    const e = evalAt(p, AFTER);
    expect(appStatus(e, 'confluence').inAppData).toBe('not-contributing');
    expect(appStatus(e, 'jira').inAppData).toBe('contributing');
    expect(e.inAppData.status).toBe('contributing');
  });

  it('a space inside an excluded app does not contribute', () => {
    const p = profile([standard, plan('2025-01-01', 'confluence', 'standard'), scope('2026-07-01', 'app', 'confluence', 'exclude')]);
    expect(evalAt(p, AFTER, { key: 'DOCS', app: 'confluence' }).space?.inAppData).toBe('not-contributing');
    expect(evalAt(p, AFTER, { key: 'ENG', app: 'jira' }).space?.inAppData).toBe('contributing');
  });

  it('connector entries are listed with their kind', () => {
    const p = profile([standard, scope('2026-07-01', 'connector', 'google-drive', 'exclude')]);
    expect(withoutSince(evalAt(p, AFTER).inAppData.exceptions)).toEqual([{ kind: 'connector', key: 'google-drive', mode: 'exclude' }]);
  });

  it('later entries for the same target replace earlier ones', () => {
    const p = profile([premium, scope('2026-07-01', 'space', 'X', 'include'), scope('2026-07-05', 'space', 'X', 'exclude')]);
    expect(evalAt(p, AFTER, { key: 'X' }).space?.inAppData).toBe('not-contributing');
    expect(withoutSince(evalAt(p, AFTER).inAppData.exceptions)).toEqual([]);
  });
});

describe('R18 platform apps follow the org-level toggle', () => {
  it('platform apps are listed when a product with settings is active and mirror the org statuses', () => {
    for (const tier of ['standard', 'premium'] as const) {
      const e = evalAt(profile([plan('2025-01-01', 'jira', tier)]), AFTER);
      for (const app of PLATFORM_APPS) {
        expect(appStatus(e, app)).toMatchObject({ metadata: e.metadata.status, inAppData: e.inAppData.status });
      }
    }
  });

  it('a platform app cannot be included while the org toggle is off', () => {
    const e = evalAt(profile([plan('2025-01-01', 'confluence', 'premium'), scope('2026-07-01', 'app', 'rovo', 'include')]), AFTER);
    expect(appStatus(e, 'rovo').inAppData).toBe('not-contributing');
  });

  it('a platform app cannot be excluded while the org toggle is on', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'standard'), scope('2026-07-01', 'app', 'goals', 'exclude')]), AFTER);
    expect(appStatus(e, 'goals').inAppData).toBe('contributing');
  });

  it('platform apps are not listed when no product has settings', () => {
    const e = evalAt(profile([plan('2025-01-01', 'loom', 'enterprise')]), AFTER);
    expect(e.apps.map((a) => a.app)).toEqual(['loom']);
  });
});

describe('R20 metadata has no per-space or per-app control', () => {
  it('excluding a space or an app leaves metadata contributing', () => {
    const p = profile([
      plan('2025-01-01', 'jira', 'standard'),
      plan('2025-01-01', 'confluence', 'standard'),
      scope('2026-07-01', 'space', 'HR', 'exclude'),
      scope('2026-07-01', 'app', 'confluence', 'exclude'),
    ]);
    const e = evalAt(p, AFTER, { key: 'HR' });
    expect(e.space?.inAppData).toBe('not-contributing');
    expect(e.metadata.status).toBe('contributing');
    expect(appStatus(e, 'confluence').metadata).toBe('contributing');
  });
});

describe('R24 apps without settings contribute nothing', () => {
  it.each(['loom', 'trello', 'bitbucket', 'jira-product-discovery', 'compass', 'data-center', 'marketplace', 'some-future-app'])(
    '%s at Enterprise contributes nothing and does not raise the plan',
    (product) => {
      const e = evalAt(profile([plan('2025-01-01', 'jira', 'free'), plan('2025-01-01', product, 'enterprise')]), AFTER);
      expect(appStatus(e, product)).toMatchObject({
        app: product,
        hasSettings: false,
        active: true,
        metadata: 'not-contributing',
        inAppData: 'not-contributing',
      });
      expect(appStatus(e, 'jira')).toMatchObject({ app: 'jira', hasSettings: true, active: true, metadata: 'contributing', inAppData: 'contributing' });
      expect(e.highestPlan).toBe('free');
    },
  );

  it('R4: an org with only apps without settings contributes nothing', () => {
    const e = evalAt(profile([plan('2025-01-01', 'loom', 'enterprise'), plan('2025-01-01', 'bitbucket', 'premium')]), AFTER);
    expect(e.metadata.status).toBe('not-contributing');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.apps.every((a) => a.metadata === 'not-contributing' && a.inAppData === 'not-contributing' && !a.hasSettings)).toBe(true);
  });

  it('every product of the profile is listed', () => {
    const e = evalAt(
      profile([plan('2025-01-01', 'jira', 'standard'), plan('2025-01-01', 'trello', 'standard'), plan('2025-01-01', 'jira-service-management', 'premium')]),
      AFTER,
    );
    expect(e.apps.map((a) => a.app)).toEqual(expect.arrayContaining(['jira', 'trello', 'jira-service-management', ...PLATFORM_APPS]));
    expect(appStatus(e, 'jira-service-management').hasSettings).toBe(true);
  });
});

function expectNothingContributes(e: Evaluation) {
  expect(e.excluded).toBe(true);
  expect(e.metadata).toMatchObject({ status: 'not-contributing', locked: true });
  expect(e.inAppData).toMatchObject({ status: 'not-contributing', locked: true });
  for (const app of e.apps) expect(app).toMatchObject({ metadata: 'not-contributing', inAppData: 'not-contributing' });
  if (e.space) expect(e.space.inAppData).toBe('not-contributing');
}

describe('R28 excluded offerings', () => {
  it.each(['government-cloud', 'isolated-cloud', 'customer-managed-keys'] as const)('%s excludes the org', (reason) => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'enterprise'), exclusion('2025-06-01', reason)]), AFTER);
    expectNothingContributes(e);
    expect(e.exclusionReasons).toEqual([reason]);
    expect(ruleIds(allReasons(e))).toContain('R28');
  });
});

describe('R29 HIPAA and certain financial services customers', () => {
  it.each(['hipaa', 'financial-services'] as const)('%s excludes the org', (reason) => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'standard'), exclusion('2025-06-01', reason)]), AFTER);
    expectNothingContributes(e);
    expect(e.exclusionReasons).toEqual([reason]);
    expect(ruleIds(allReasons(e))).toContain('R29');
  });

  it('a financial-services sector without a declared exclusion is not excluded but gets a note', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'standard')], 'financial-services'), AFTER);
    expect(e.excluded).toBe(false);
    expect(e.inAppData.status).toBe('contributing');
    expect(ruleIds(e.notes)).toContain('R29');
  });

  it('an exclusion that ends makes the org follow its plan again', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), exclusion('2025-06-01', 'hipaa'), exclusion('2026-10-01', 'hipaa', false)]);
    expect(evalAt(p, '2026-09-30').excluded).toBe(true);
    const later = evalAt(p, '2026-10-02');
    expect(later.excluded).toBe(false);
    expect(later.exclusionReasons).toEqual([]);
    expect(later.metadata.status).toBe('contributing');
  });

  it('ending one exclusion keeps the org excluded by another', () => {
    const p = profile([
      plan('2025-01-01', 'jira', 'standard'),
      exclusion('2025-06-01', 'hipaa'),
      exclusion('2025-06-01', 'customer-managed-keys'),
      exclusion('2026-10-01', 'hipaa', false),
    ]);
    const e = evalAt(p, '2026-10-02');
    expectNothingContributes(e);
    expect(e.exclusionReasons).toEqual(['customer-managed-keys']);
  });
});

describe('R30 organizations associated with a government entity', () => {
  it('a government-entity exclusion excludes the org', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'premium'), exclusion('2025-06-01', 'government-entity')]), AFTER);
    expectNothingContributes(e);
    expect(ruleIds(allReasons(e))).toContain('R30');
  });

  it('sector "government" counts as a government-entity exclusion', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'premium')], 'government'), AFTER);
    expectNothingContributes(e);
    expect(e.exclusionReasons).toEqual(['government-entity']);
    expect(ruleIds(allReasons(e))).toContain('R30');
  });
});

describe('R31 educational institutions are included', () => {
  it('an education org follows its plan and gets a note saying so', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'standard')], 'education'), AFTER);
    expect(e.excluded).toBe(false);
    expect(e.metadata.status).toBe('contributing');
    expect(e.inAppData.status).toBe('contributing');
    expect(ruleIds(e.notes)).toContain('R31');
  });

  it('an education org on Premium gets Premium defaults', () => {
    const e = evalAt(profile([plan('2025-01-01', 'confluence', 'premium')], 'education'), AFTER);
    expect(e.inAppData.status).toBe('not-contributing');
  });
});

describe('R32 an excluded org contributes nothing and cannot turn anything on', () => {
  it('explicit settings, includes and an Enterprise plan change nothing', () => {
    const p = profile([
      plan('2025-01-01', 'jira', 'enterprise'),
      plan('2025-01-01', 'confluence', 'enterprise'),
      exclusion('2025-06-01', 'customer-managed-keys'),
      setting('2026-07-01', 'metadata', 'on'),
      setting('2026-07-01', 'inAppData', 'on'),
      scope('2026-07-01', 'space', 'OPEN', 'include'),
    ]);
    const e = evalAt(p, AFTER, { key: 'OPEN' });
    expectNothingContributes(e);
    expect(ruleIds(allReasons(e))).toContain('R32');
  });

  it('before the effective date the projection is not-contributing', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'free'), exclusion('2025-06-01', 'hipaa')]), BEFORE);
    expect(e.metadata).toMatchObject({ status: 'pending', projected: 'not-contributing', locked: true });
    expect(e.inAppData).toMatchObject({ status: 'pending', projected: 'not-contributing', locked: true });
  });
});

describe('R34 30-day review window when a trial end changes the highest plan', () => {
  // Premium trial over the effective date, reverting to Standard: in-app stays off for the window.
  const scaleUp = profile([
    plan('2025-01-01', 'jira', 'standard'),
    plan('2025-01-01', 'confluence', 'standard'),
    trial('2026-07-20', 'confluence', 'premium', '2026-09-10', 'standard'),
  ]);

  it('the settings before the trial end keep applying inside the window', () => {
    const e = evalAt(scaleUp, '2026-09-20');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.deadlines.reviewWindowEndsOn).toBe('2026-10-10');
  });

  it('after the window the new plan’s defaults apply', () => {
    const e = evalAt(scaleUp, '2026-10-20');
    expect(e.highestPlan).toBe('standard');
    expect(e.inAppData.status).toBe('contributing');
    expect(e.deadlines.reviewWindowEndsOn).toBe('2026-10-10');
  });

  it('the timeline shows the trial end and the window end', () => {
    const e = evalAt(scaleUp, '2026-10-20');
    expect(timelineOf(e, 'trial-ended').map((t) => t.on)).toContain('2026-09-10');
    expect(timelineOf(e, 'review-window-ends').map((t) => t.on)).toContain('2026-10-10');
  });

  it('no window before the trial has ended', () => {
    expect(evalAt(scaleUp, '2026-09-01').deadlines.reviewWindowEndsOn).toBeNull();
  });

  it('a drop at trial end is also delayed by the window, but what may be changed follows the new plan at once', () => {
    const p = profile([plan('2025-01-01', 'jira', 'premium'), trial('2026-09-01', 'confluence', 'enterprise', '2026-10-01', 'premium')]);
    // Trial end drops Enterprise back to Premium: Premium cannot opt out of metadata, so it is locked inside the window.
    expect(evalAt(p, '2026-09-20').metadata.locked).toBe(false);
    expect(evalAt(p, '2026-10-05').metadata.locked).toBe(true);
    expect(evalAt(p, '2026-10-05').deadlines.reviewWindowEndsOn).toBe('2026-10-31');
    expect(evalAt(p, '2026-11-05').metadata.locked).toBe(true);
  });

  it('a Cloud Migration Trial end opens the same window', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), trial('2026-07-01', 'confluence', 'premium', '2026-09-15', 'standard', true)]);
    expect(evalAt(p, '2026-09-20').deadlines.reviewWindowEndsOn).toBe('2026-10-15');
    expect(evalAt(p, '2026-09-20').inAppData.status).toBe('not-contributing');
  });

  it('the new settings apply from reviewWindowEndsOn itself; the day before still has the old ones', () => {
    expect(evalAt(scaleUp, '2026-10-09').inAppData.status).toBe('not-contributing');
    expect(evalAt(scaleUp, '2026-10-10').inAppData).toMatchObject({ status: 'contributing', since: '2026-10-10' });
  });

  it('a space follows the window too', () => {
    expect(evalAt(scaleUp, '2026-09-20', { key: 'ENG' }).space?.inAppData).toBe('not-contributing');
    expect(evalAt(scaleUp, '2026-10-20', { key: 'ENG' }).space?.inAppData).toBe('contributing');
  });

  // With no product with settings left there are no settings to review (R4), so no window either.
  it('a trial end that leaves no product with settings opens no review window', () => {
    const p = profile([trial('2026-06-23', 'jira', 'enterprise', '2026-09-10', 'none')]);
    const e = evalAt(p, '2026-09-20');
    expect(e.highestPlan).toBeNull();
    expect(e.metadata.status).toBe('not-contributing');
    expect(e.deadlines.reviewWindowEndsOn).toBeNull();
    expect(timelineOf(e, 'review-window-ends')).toEqual([]);
  });

  it('a trial end that keeps the highest plan opens no window', () => {
    const p = profile([plan('2025-01-01', 'jira', 'premium'), trial('2026-07-01', 'confluence', 'premium', '2026-09-10', 'standard')]);
    expect(evalAt(p, '2026-09-20').deadlines.reviewWindowEndsOn).toBeNull();
    const bought = profile([plan('2025-01-01', 'jira', 'standard'), trial('2026-07-01', 'confluence', 'premium', '2026-09-10', 'premium')]);
    expect(evalAt(bought, '2026-09-20').deadlines.reviewWindowEndsOn).toBeNull();
  });

  it('a paid plan change applies at once, without a window', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), plan('2026-09-10', 'jira', 'premium')]);
    const e = evalAt(p, '2026-09-11');
    expect(e.highestPlan).toBe('premium');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.deadlines.reviewWindowEndsOn).toBeNull();
  });

  it('the window is reported from the most recent qualifying trial end', () => {
    const p = profile([
      plan('2025-01-01', 'jira', 'standard'),
      trial('2026-07-01', 'confluence', 'premium', '2026-09-10', 'none'),
      trial('2026-11-01', 'confluence', 'premium', '2026-12-01', 'none'),
    ]);
    expect(evalAt(p, '2026-11-15').deadlines.reviewWindowEndsOn).toBe('2026-10-10');
    expect(evalAt(p, '2026-12-05').deadlines.reviewWindowEndsOn).toBe('2026-12-31');
  });
});

describe('R35 plan changes keep explicit choices where the new plan allows them', () => {
  it('an explicit in-app "on" survives an upgrade to Premium', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), setting('2026-06-01', 'inAppData', 'on'), plan('2026-09-10', 'jira', 'premium')]);
    expect(evalAt(p, '2026-09-20').inAppData.status).toBe('contributing');
  });

  it('a never-made choice follows the new plan’s default', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), plan('2026-09-10', 'jira', 'premium')]);
    expect(evalAt(p, '2026-09-20').inAppData.status).toBe('not-contributing');
    const down = profile([plan('2025-01-01', 'jira', 'premium'), plan('2026-09-10', 'jira', 'standard')]);
    expect(evalAt(down, '2026-09-20').inAppData.status).toBe('contributing');
  });

  it('an explicit in-app "off" equal to the old default survives a downgrade to Standard', () => {
    const p = profile([plan('2025-01-01', 'jira', 'premium'), setting('2026-06-01', 'inAppData', 'off'), plan('2026-09-10', 'jira', 'standard')]);
    expect(evalAt(p, '2026-09-20').inAppData.status).toBe('not-contributing');
  });

  it('an Enterprise metadata opt-out is lost on a downgrade (the new plan does not allow it)', () => {
    const p = profile([plan('2025-01-01', 'jira', 'enterprise'), setting('2026-06-01', 'metadata', 'off'), plan('2026-09-10', 'jira', 'premium')]);
    expect(evalAt(p, '2026-09-01').metadata.status).toBe('not-contributing');
    const after = evalAt(p, '2026-09-20');
    expect(after.metadata).toMatchObject({ status: 'contributing', locked: true });
  });

  // Interpreted reading: a choice the plan cannot hold is dropped (with a note), so it must be made again.
  it('an Enterprise metadata opt-out dropped on a downgrade does not come back by itself', () => {
    const p = profile([
      plan('2025-01-01', 'jira', 'enterprise'),
      setting('2026-06-01', 'metadata', 'off'),
      plan('2026-09-10', 'jira', 'premium'),
      plan('2026-10-10', 'jira', 'enterprise'),
    ]);
    const e = evalAt(p, '2026-10-20');
    expect(e.metadata).toMatchObject({ status: 'contributing', locked: false });
    const dropped = e.notes.filter((n) => n.rule === 'R35');
    expect(dropped).toEqual([expect.objectContaining({ code: 'CHOICE_DROPPED_ON_PLAN_CHANGE', confidence: 'interpreted' })]);
  });
});

describe('R36 the settings in force before a trial end govern during the window', () => {
  it('an explicit choice made inside the window applies at once', () => {
    const p = profile([
      plan('2025-01-01', 'jira', 'standard'),
      trial('2026-07-20', 'confluence', 'premium', '2026-09-10', 'none'),
      setting('2026-09-15', 'inAppData', 'on'),
    ]);
    expect(evalAt(p, '2026-09-14').inAppData.status).toBe('not-contributing');
    const e = evalAt(p, '2026-09-20');
    expect(e.deadlines.reviewWindowEndsOn).toBe('2026-10-10');
    expect(e.inAppData).toMatchObject({ status: 'contributing', since: '2026-09-15' });
  });

  it('window reasons carry interpreted confidence', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), trial('2026-07-20', 'confluence', 'premium', '2026-09-10', 'none')]);
    const e = evalAt(p, '2026-09-20');
    const windowReasons = allReasons(e).filter((r) => r.rule === 'R36' || r.rule === 'R34');
    expect(windowReasons.length).toBeGreaterThan(0);
    expect(windowReasons.some((r) => r.confidence === 'interpreted')).toBe(true);
  });
});

describe('R37 settings in force on the effective date govern from it', () => {
  const optedOutBefore = profile([plan('2025-01-01', 'jira', 'standard'), setting('2026-06-01', 'inAppData', 'off')]);

  it('before the effective date everything is pending with a projection', () => {
    const e = evalAt(optedOutBefore, BEFORE);
    expect(e.metadata).toMatchObject({ status: 'pending', projected: 'contributing', since: null });
    expect(e.inAppData).toMatchObject({ status: 'pending', projected: 'not-contributing', since: null });
    expect(e.metadata.reasons.length).toBeGreaterThan(0);
  });

  it('an opt-out before the effective date means in-app never contributes and nothing needs removing', () => {
    const e = evalAt(optedOutBefore, AFTER);
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.deadlines).toEqual({ inAppRemovalBy: null, modelsRetrainedBy: null, reviewWindowEndsOn: null });
    expect(timelineOf(e, 'collection-stopped')).toEqual([]);
  });

  it('a choice reversed before the effective date leaves only the last one', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), setting('2026-06-01', 'inAppData', 'off'), setting('2026-08-01', 'inAppData', 'on')]);
    expect(evalAt(p, BEFORE).inAppData.projected).toBe('not-contributing');
    expect(evalAt(p, '2026-08-10').inAppData.projected).toBe('contributing');
    expect(evalAt(p, AFTER).inAppData.status).toBe('contributing');
    expect(evalAt(p, AFTER).deadlines.inAppRemovalBy).toBeNull();
  });

  it('the effective date itself is no longer pending', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'free')]), EFFECTIVE);
    expect(e.metadata.status).toBe('contributing');
    expect(evalAt(profile([plan('2025-01-01', 'jira', 'free')]), addDays(EFFECTIVE, -1)).metadata.status).toBe('pending');
  });

  it('the timeline shows when settings became available and the effective date, as documented', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'free')]), BEFORE);
    expect(timelineOf(e, 'settings-available')).toEqual([expect.objectContaining({ on: SETTINGS_AVAILABLE, confidence: 'documented' })]);
    expect(timelineOf(e, 'effective')).toEqual([expect.objectContaining({ on: EFFECTIVE, confidence: 'documented' })]);
  });
});

describe('R38 changes after the effective date apply from their date', () => {
  const p = profile([plan('2025-01-01', 'jira', 'standard'), setting('2026-11-02', 'inAppData', 'off'), setting('2026-12-10', 'inAppData', 'on')]);

  it('the day before the change the old setting applies', () => {
    const e = evalAt(p, '2026-11-01');
    expect(e.inAppData.status).toBe('contributing');
    expect(e.deadlines.inAppRemovalBy).toBeNull();
  });

  it('from the change the new setting applies, with its date', () => {
    expect(evalAt(p, '2026-11-02').inAppData).toMatchObject({ status: 'not-contributing', since: '2026-11-02' });
    expect(evalAt(p, '2026-12-10').inAppData).toMatchObject({ status: 'contributing', since: '2026-12-10' });
  });

  it('turning in-app back on keeps the deadlines of the earlier stop', () => {
    expect(evalAt(p, '2026-12-20').deadlines).toMatchObject({ inAppRemovalBy: '2026-12-02', modelsRetrainedBy: '2027-01-31' });
  });

  it('the change is on the timeline', () => {
    expect(timelineOf(evalAt(p, '2026-12-20'), 'setting-changed').map((t) => t.on)).toEqual(expect.arrayContaining(['2026-11-02', '2026-12-10']));
  });

  it('an Enterprise metadata opt-out after the effective date stops metadata from that day', () => {
    const ent = profile([plan('2025-01-01', 'jira', 'enterprise'), setting('2026-10-05', 'metadata', 'off')]);
    expect(evalAt(ent, '2026-10-04').metadata.status).toBe('contributing');
    const e = evalAt(ent, '2026-10-06');
    expect(e.metadata).toMatchObject({ status: 'not-contributing', since: '2026-10-05' });
    expect(e.deadlines.modelsRetrainedBy).toBe('2027-01-03');
    expect(timelineOf(e, 'collection-stopped').map((t) => t.on)).toContain('2026-10-05');
  });
});

describe('R39 a stop ends collection that day', () => {
  it('an in-app opt-out puts collection-stopped on the timeline', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'standard'), setting('2026-11-02', 'inAppData', 'off')]), '2026-11-20');
    expect(timelineOf(e, 'collection-stopped').map((t) => t.on)).toEqual(['2026-11-02']);
    expect(ruleIds(e.inAppData.reasons)).toContain('R14');
  });

  it('removing an app after the effective date is a stop for that app', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), plan('2025-01-01', 'confluence', 'standard'), removed('2026-10-01', 'confluence')]);
    const e = evalAt(p, '2026-10-10');
    expect(e.metadata.status).toBe('contributing');
    expect(e.deadlines).toMatchObject({ inAppRemovalBy: '2026-10-31', modelsRetrainedBy: '2026-12-30' });
    const confluence = e.apps.find((a) => a.app === 'confluence');
    if (confluence) expect(confluence).toMatchObject({ metadata: 'not-contributing', inAppData: 'not-contributing' });
  });

  it('excluding a space after the effective date stops that space, with its own deadlines', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), scope('2026-10-01', 'space', 'HR', 'exclude')]);
    const e = evalAt(p, '2026-10-05', { key: 'HR' });
    expect(e.space).toMatchObject({ inAppData: 'not-contributing', since: '2026-10-01' });
    expect(e.space?.reasons.filter((r) => r.rule === 'R40')).toEqual([expect.objectContaining({ confidence: 'reported' })]);
    expect(e.inAppData.status).toBe('contributing');
  });

  it('the org-level deadlines and timeline do not depend on which space is asked about', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), scope('2026-10-01', 'space', 'HR', 'exclude')]);
    const orgOnly = evalAt(p, '2026-10-05');
    for (const key of ['HR', 'ENG']) {
      const withSpace = evalAt(p, '2026-10-05', { key });
      expect([key, withSpace.deadlines, withSpace.timeline]).toEqual([key, orgOnly.deadlines, orgOnly.timeline]);
    }
  });

  it('terminating after the effective date stops everything', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), terminated('2026-10-01')]);
    expect(evalAt(p, '2026-09-30').inAppData.status).toBe('contributing');
    const e = evalAt(p, '2026-10-02');
    expect(e.metadata.status).toBe('not-contributing');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.deadlines).toMatchObject({ inAppRemovalBy: '2026-10-31', modelsRetrainedBy: '2026-12-30' });
  });

  // Metadata from the removed app was being collected, so its removal stops that collection (R39).
  it('removing an app whose metadata was contributing is a stop even with in-app off', () => {
    const p = profile([plan('2025-01-01', 'jira', 'premium'), plan('2025-01-01', 'confluence', 'premium'), removed('2026-09-01', 'confluence')]);
    const e = evalAt(p, '2026-09-05');
    expect(timelineOf(e, 'collection-stopped').map((t) => t.on)).toEqual(['2026-09-01']);
    expect(e.deadlines).toMatchObject({ modelsRetrainedBy: '2026-11-30', inAppRemovalBy: null });
  });

  it('removing an app that contributed nothing is not a stop', () => {
    const p = profile([
      plan('2025-01-01', 'jira', 'enterprise'),
      plan('2025-01-01', 'confluence', 'enterprise'),
      setting('2026-06-01', 'metadata', 'off'),
      removed('2026-09-01', 'confluence'),
    ]);
    const e = evalAt(p, '2026-09-05');
    expect(timelineOf(e, 'collection-stopped')).toEqual([]);
    expect(e.deadlines).toEqual({ inAppRemovalBy: null, modelsRetrainedBy: null, reviewWindowEndsOn: null });
  });

  it('removing an app without settings is not a stop', () => {
    const p = profile([plan('2025-01-01', 'jira', 'standard'), plan('2025-01-01', 'loom', 'enterprise'), removed('2026-10-01', 'loom')]);
    expect(evalAt(p, '2026-10-10').deadlines.inAppRemovalBy).toBeNull();
  });
});

describe('R40 removal within 30 days and retraining within 90 days (reported)', () => {
  it.each([
    ['2026-08-18', '2026-09-17', '2026-11-16'],
    ['2026-12-31', '2027-01-30', '2027-03-31'],
    ['2028-02-28', '2028-03-29', '2028-05-28'],
  ])('in-app off on %s → removal by %s, retrain by %s', (stop, removal, retrain) => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'free'), setting(stop, 'inAppData', 'off')]), addDays(stop, 1));
    expect(e.deadlines.inAppRemovalBy).toBe(removal);
    expect(e.deadlines.modelsRetrainedBy).toBe(retrain);
    expect(timelineOf(e, 'in-app-removal-deadline')).toEqual([expect.objectContaining({ on: removal, confidence: 'reported' })]);
    expect(timelineOf(e, 'model-retrain-deadline')).toEqual([expect.objectContaining({ on: retrain, confidence: 'reported' })]);
  });

  it('deadlines come from the most recent stop on or before the evaluation date', () => {
    const p = profile([
      plan('2025-01-01', 'jira', 'standard'),
      plan('2025-01-01', 'confluence', 'standard'),
      removed('2026-09-01', 'confluence'),
      setting('2026-11-02', 'inAppData', 'off'),
    ]);
    expect(evalAt(p, '2026-10-01').deadlines.inAppRemovalBy).toBe('2026-10-01');
    expect(evalAt(p, '2026-11-20').deadlines.inAppRemovalBy).toBe('2026-12-02');
  });

  it('no stop → no deadlines', () => {
    expect(evalAt(profile([plan('2025-01-01', 'jira', 'standard')]), '2027-05-01').deadlines).toEqual({
      inAppRemovalBy: null,
      modelsRetrainedBy: null,
      reviewWindowEndsOn: null,
    });
  });
});

describe('R42 retention of up to 7 years (reported)', () => {
  it('runs 7 years from the effective date for an org contributing from it', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'free')]), AFTER);
    expect(timelineOf(e, 'retention-ends')).toEqual([expect.objectContaining({ on: '2033-08-17', confidence: 'reported' })]);
  });

  it('runs from the first contribution of an org that starts later', () => {
    const e = evalAt(profile([plan('2026-10-05', 'jira', 'standard')]), '2026-11-01');
    expect(timelineOf(e, 'retention-ends').map((t) => t.on)).toEqual([addYears('2026-10-05', 7)]);
  });

  it('an org that never contributed has no retention entry', () => {
    const excluded = evalAt(profile([plan('2025-01-01', 'jira', 'free'), exclusion('2025-01-01', 'hipaa')]), AFTER);
    expect(timelineOf(excluded, 'retention-ends')).toEqual([]);
    const loomOnly = evalAt(profile([plan('2025-01-01', 'loom', 'enterprise')]), AFTER);
    expect(timelineOf(loomOnly, 'retention-ends')).toEqual([]);
  });
});

describe('R43 an org terminated before the effective date contributes nothing', () => {
  const p = profile([plan('2023-01-01', 'jira', 'standard'), plan('2023-01-01', 'confluence', 'premium'), terminated('2026-07-31')]);

  it('after the effective date: nothing contributes, nothing to remove', () => {
    const e = evalAt(p, AFTER);
    expect(e.metadata.status).toBe('not-contributing');
    expect(e.inAppData.status).toBe('not-contributing');
    expect(e.deadlines).toEqual({ inAppRemovalBy: null, modelsRetrainedBy: null, reviewWindowEndsOn: null });
    expect(timelineOf(e, 'retention-ends')).toEqual([]);
    expect(ruleIds(allReasons(e))).toContain('R43');
  });

  it('between termination and the effective date: pending, projected not-contributing', () => {
    const e = evalAt(p, '2026-08-05');
    expect(e.metadata).toMatchObject({ status: 'pending', projected: 'not-contributing' });
    expect(e.inAppData).toMatchObject({ status: 'pending', projected: 'not-contributing' });
  });
});

describe('R7 the apps list shows each app’s declared plan and running trial', () => {
  it('lists the paid plan and the trial that raises it, and nothing for an app that left', () => {
    const e = evalAt(
      profile([
        plan('2026-01-01', 'jira', 'standard'),
        trial('2026-09-01', 'confluence', 'premium', '2026-10-01', 'standard'),
        plan('2026-01-01', 'loom', 'enterprise'),
        plan('2026-01-01', 'bitbucket', 'standard'),
        removed('2026-06-01', 'bitbucket'),
      ]),
      '2026-09-15',
    );
    expect(appStatus(e, 'jira')).toMatchObject({ active: true, plan: 'standard' });
    expect(appStatus(e, 'jira').trial).toBeUndefined();
    expect(appStatus(e, 'confluence')).toMatchObject({ plan: null, trial: { plan: 'premium', endsOn: '2026-10-01', then: 'standard', migration: false } });
    expect(appStatus(e, 'loom')).toMatchObject({ hasSettings: false, plan: 'enterprise' });
    expect(appStatus(e, 'bitbucket').active).toBe(false);
    expect(appStatus(e, 'bitbucket').plan).toBeUndefined();
  });
});
