/**
 * The rules not covered in rules.test.ts: timeline basics, independence of the
 * two settings, scope details, apps added later, notes, and the rules that only
 * inform (their one place is the catalogue, which the UI cites).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../../src/policy/engine';
import { RULES } from '../../src/policy/rules';
import { SOURCES } from '../../src/policy/sources';
import { appStatus, evalAt, exclusion, plan, profile, ruleIds, scope, setting } from './builders';

const AFTER = '2026-09-01';

describe('R1 the effective date is 2026-08-17', () => {
  it('the day before is pending, the day itself is settled', () => {
    const p = profile([plan('2026-01-01', 'jira', 'standard')]);
    expect(evalAt(p, '2026-08-16').inAppData.status).toBe('pending');
    expect(evalAt(p, '2026-08-17').inAppData.status).toBe('contributing');
    expect(evalAt(p, '2026-08-17').timeline.find((t) => t.kind === 'effective')?.on).toBe('2026-08-17');
  });
});

describe('R2 before the effective date data only improves the own organization', () => {
  it('the pending reason cites R2 with its source', () => {
    const e = evalAt(profile([plan('2026-01-01', 'jira', 'standard')]), '2026-07-01');
    const reason = e.metadata.reasons.find((r) => r.code === 'BEFORE_EFFECTIVE_DATE');
    expect(reason).toMatchObject({ rule: 'R2', confidence: 'documented', source: SOURCES.FAQ.url });
  });
});

describe('R5 each organization is evaluated on its own profile', () => {
  it('evaluating another organization in between changes nothing (no shared state)', () => {
    const a = profile([plan('2026-01-01', 'jira', 'standard'), setting('2026-09-10', 'inAppData', 'off')]);
    const b = profile([plan('2026-01-01', 'confluence', 'enterprise'), exclusion('2026-02-01', 'hipaa', true)]);
    const first = JSON.stringify(evaluate(a, { at: '2026-10-01' }));
    evaluate(b, { at: '2026-10-01' });
    expect(JSON.stringify(evaluate(a, { at: '2026-10-01' }))).toBe(first);
  });
});

describe('R15 the metadata and in-app settings are independent', () => {
  it('turning in-app data off leaves metadata contributing, and an Enterprise metadata opt-out leaves in-app data as it was', () => {
    const standard = evalAt(profile([plan('2026-01-01', 'jira', 'standard'), setting('2026-09-01', 'inAppData', 'off')]), '2026-09-10');
    expect(standard.inAppData.status).toBe('not-contributing');
    expect(standard.metadata.status).toBe('contributing');
    const enterprise = evalAt(
      profile([plan('2026-01-01', 'jira', 'enterprise'), setting('2026-08-20', 'inAppData', 'on'), setting('2026-09-01', 'metadata', 'off')]),
      '2026-09-10',
    );
    expect(enterprise.metadata.status).toBe('not-contributing');
    expect(enterprise.inAppData.status).toBe('contributing');
  });
});

describe('R16 Atlassian Administration is authoritative', () => {
  it('every evaluation carries the note, with its documented source', () => {
    const e = evalAt(profile([plan('2026-01-01', 'confluence', 'premium')]), AFTER);
    expect(e.notes.find((n) => n.code === 'ADMIN_UI_AUTHORITATIVE')).toMatchObject({ rule: 'R16', confidence: 'documented' });
  });
});

describe('R19 Jira spaces count as spaces in the include/exclude lists (interpreted)', () => {
  it('an excluded Jira space does not contribute, and the reason says it is our reading', () => {
    const e = evaluate(profile([plan('2026-01-01', 'jira', 'standard'), scope('2026-08-20', 'space', 'ENG', 'exclude')]), {
      at: AFTER,
      space: { key: 'ENG', app: 'jira' },
    });
    expect(e.space?.inAppData).toBe('not-contributing');
    expect(e.space?.reasons.find((r) => r.rule === 'R19')).toMatchObject({ confidence: 'interpreted', source: null });
  });
});

describe('R21 in scope: Jira, Confluence, JSM and the platform apps', () => {
  it('lists the eight platform apps with settings once a product with settings is active', () => {
    const e = evalAt(profile([plan('2026-01-01', 'jira-service-management', 'standard')]), AFTER);
    for (const app of ['rovo', 'home', 'teams', 'projects', 'assets', 'goals', 'analytics', 'administration']) {
      expect(appStatus(e, app)).toMatchObject({ hasSettings: true, metadata: 'contributing', inAppData: 'contributing' });
    }
  });
});

describe('R22 the Rovo browser extension follows the organization-level settings', () => {
  it('Rovo is contributing exactly when the org-level in-app setting is', () => {
    const on = evalAt(profile([plan('2026-01-01', 'confluence', 'standard')]), AFTER);
    const off = evalAt(profile([plan('2026-01-01', 'confluence', 'standard'), setting('2026-08-20', 'inAppData', 'off')]), AFTER);
    expect(appStatus(on, 'rovo').inAppData).toBe('contributing');
    expect(appStatus(off, 'rovo').inAppData).toBe('not-contributing');
  });
});

describe('R23 Teamwork Graph connectors have include/exclude entries', () => {
  it('an included connector is an exception in effect while in-app data is off', () => {
    const e = evalAt(profile([plan('2026-01-01', 'confluence', 'premium'), scope('2026-08-20', 'connector', 'google-drive', 'include')]), AFTER);
    expect(e.inAppData.exceptions).toEqual([{ kind: 'connector', key: 'google-drive', mode: 'include', since: '2026-08-20' }]);
  });
});

describe('R25 collections do not widen the scope', () => {
  it('Loom bought alongside Jira and Confluence (Teamwork Collection) contributes nothing', () => {
    const e = evalAt(
      profile([plan('2026-01-01', 'jira', 'standard'), plan('2026-01-01', 'confluence', 'standard'), plan('2026-01-01', 'loom', 'standard')]),
      AFTER,
    );
    expect(appStatus(e, 'loom')).toMatchObject({ hasSettings: false, metadata: 'not-contributing', inAppData: 'not-contributing' });
    expect(appStatus(e, 'confluence').inAppData).toBe('contributing');
  });
});

describe('R26 apps added later follow the existing settings', () => {
  it('Confluence added after an in-app opt-out does not contribute in-app data; Loom added later contributes nothing', () => {
    const e = evalAt(
      profile([
        plan('2026-01-01', 'jira', 'standard'),
        setting('2026-08-20', 'inAppData', 'off'),
        plan('2026-09-05', 'confluence', 'standard'),
        plan('2026-09-05', 'loom', 'free'),
      ]),
      '2026-09-10',
    );
    expect(appStatus(e, 'confluence')).toMatchObject({ active: true, metadata: 'contributing', inAppData: 'not-contributing' });
    expect(appStatus(e, 'loom')).toMatchObject({ metadata: 'not-contributing', inAppData: 'not-contributing' });
  });
});

describe('R33 customer-managed keys imply Enterprise', () => {
  it('a CMEK exclusion on a lower declared plan adds a note to check the plans', () => {
    const e = evalAt(profile([plan('2026-01-01', 'jira', 'premium'), exclusion('2026-02-01', 'customer-managed-keys', true)]), AFTER);
    expect(e.excluded).toBe(true);
    expect(ruleIds(e.notes)).toContain('R33');
  });
});

describe('R41 no Atlassian deadline for removing metadata', () => {
  it('a metadata opt-out gives a retraining date but no in-app removal date, with a note on the missing metadata deadline', () => {
    const e = evalAt(profile([plan('2026-01-01', 'jira', 'enterprise'), setting('2026-09-01', 'metadata', 'off')]), '2026-09-10');
    expect(e.deadlines).toMatchObject({ inAppRemovalBy: null, modelsRetrainedBy: '2026-11-30' });
    expect(e.notes.find((n) => n.code === 'METADATA_REMOVAL_UNKNOWN')).toMatchObject({ rule: 'R41', confidence: 'reported' });
  });
});

// Rules that inform rather than decide: their one place is the catalogue, which the pages cite with its source.
describe.each([
  ['R6', 'documented', 'FAQ'],
  ['R27', 'documented', 'FAQ'],
  ['R44', 'documented', 'PROTECT'],
  ['R45', 'documented', 'FAQ'],
  ['R46', 'documented', 'AITERMS'],
  ['R47', 'documented', 'TYPES'],
  ['R48', 'documented', 'TYPES'],
  ['R49', 'interpreted', 'LICENSE_API'],
  ['R50', 'interpreted', undefined],
] as const)('%s is in the catalogue with the confidence its sources allow', (id, confidence, firstSource) => {
  it(`is ${confidence}${firstSource ? ` and cites ${firstSource} first` : ' with no source of its own'}`, () => {
    const entry = RULES[id]!;
    expect(entry.confidence).toBe(confidence);
    expect(entry.sources[0]).toBe(firstSource);
    expect(entry.title.length).toBeGreaterThan(20);
  });
});

describe('R13 the disputed Enterprise default cites a report that says it', () => {
  it('the note on press reports points at a restatement that says "off by default", not at one that only says Enterprise may opt out', () => {
    const e = evalAt(profile([plan('2025-01-01', 'jira', 'enterprise')]), '2026-09-01');
    const note = e.notes.find((n) => n.code === 'ENTERPRISE_DEFAULT_DISPUTED')!;
    expect(note).toMatchObject({ confidence: 'reported', source: SOURCES.SHACKS.url });
    expect(note.source).not.toBe(SOURCES.REG.url);
    expect(SOURCES.SHACKS.kind).toBe('press');
  });
});

describe('R1–R50 the project stands alone', () => {
  // Built from parts so this file does not match itself.
  const outside = [
    ['RULES', 'md'],
    ['PLATFORM', 'md'],
    ['/work', 'shared'],
  ].map(([a, b]) => (b === 'md' ? `${a}.${b}` : `${a}/${b}`));
  const root = join(__dirname, '..', '..');
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
    );

  it('engine, CLI and their tests cite rule IDs and Atlassian URLs, never files outside the repository', () => {
    const found = ['src/policy', 'test/policy', 'src/cli', 'test/cli']
      .flatMap(files)
      .flatMap((file) => outside.filter((name) => readFileSync(join(root, file), 'utf8').includes(name)).map((name) => `${file}: ${name}`));
    expect(found).toEqual([]);
  });
});
