import type { HistoryRecord } from '../../src/shared/contract';
import { describeRecord } from '../../static/src/admin/describe';
import { adminDe } from '../../static/src/i18n/admin.de';
import { adminEn } from '../../static/src/i18n/admin.en';

const records: HistoryRecord[] = [
  { kind: 'event', event: { type: 'plan', on: '2026-01-01', product: 'jira', plan: 'premium' } },
  { kind: 'event', event: { type: 'trial', on: '2026-01-01', product: 'loom', plan: 'enterprise', endsOn: '2026-02-01', then: 'none' } },
  { kind: 'event', event: { type: 'removed', on: '2026-01-01', product: 'confluence' } },
  { kind: 'event', event: { type: 'setting', on: '2026-01-01', setting: 'inAppData', value: 'off' } },
  { kind: 'event', event: { type: 'scope', on: '2026-01-01', target: { kind: 'space', key: 'HR' }, mode: 'exclude' } },
  { kind: 'event', event: { type: 'exclusion', on: '2026-01-01', reason: 'hipaa', active: true } },
  { kind: 'event', event: { type: 'terminated', on: '2026-01-01' } },
  { kind: 'profile-info', organization: 'Acme', sector: null },
  { kind: 'attestation', note: 'checked' },
  { kind: 'transition', code: 'X', text: 'In-app data now contributing' },
];

describe('describeRecord', () => {
  it.each([
    ['en', adminEn],
    ['de', adminDe],
  ] as const)('words every record kind in %s without gaps', (_language, t) => {
    const lines = records.map((r) =>
      describeRecord(
        r,
        t,
        (d) => `<${d}>`,
        (a) => t.apps[a] ?? a,
      ),
    );
    for (const line of lines) expect(line).not.toMatch(/undefined|null|\[object/);
    expect(lines[0]).toContain('Jira');
    expect(lines[0]).toContain('Premium');
    expect(lines[1]).toContain('<2026-02-01>');
    expect(lines[4]).toContain('HR');
    expect(lines[7]).toContain('Acme');
    expect(lines[8]).toContain('checked');
    expect(lines[9]).toBe('In-app data now contributing');
  });

  it('uses the German words in German', () => {
    const line = describeRecord(
      records[4]!,
      adminDe,
      (d) => d,
      (a) => a,
    );
    expect(line).toBe('Bereich HR: Ausschließen ab 2026-01-01');
  });
});
