import { adminPayloads } from '../../src/shared/schemas';
import { EXCLUSION_REASONS } from '../../src/policy/profile';
import { changesFromForm, newAppRow, type FormState } from '../../static/src/admin/recordForm';

const blank = (): FormState => ({
  on: '2026-10-01',
  organization: 'Northwind',
  sector: 'other',
  apps: ['jira', 'confluence'].map(newAppRow),
  metadata: 'keep',
  inAppData: 'keep',
  scopes: [],
  exclusions: Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, 'keep'])) as FormState['exclusions'],
  terminated: false,
});
const initial = { organization: 'Northwind', sector: 'other' as const };

describe('changesFromForm', () => {
  it('produces nothing for an untouched form', () => {
    expect(changesFromForm(blank(), initial)).toEqual([]);
  });

  it('turns each touched field into one dated change that the contract accepts', () => {
    const form = blank();
    form.apps[0] = { ...form.apps[0]!, plan: 'enterprise' };
    form.apps[1] = { ...form.apps[1]!, plan: 'removed', trial: true, trialPlan: 'premium', trialEndsOn: '2026-11-01', trialThen: 'none', migration: true };
    form.inAppData = 'off';
    form.scopes = [{ id: 1, kind: 'space', key: ' ENG ', mode: 'exclude' }];
    form.exclusions.hipaa = 'active';
    form.exclusions['isolated-cloud'] = 'inactive';
    form.terminated = true;
    const changes = changesFromForm(form, initial);
    expect(changes).toEqual([
      { type: 'plan', on: '2026-10-01', product: 'jira', plan: 'enterprise' },
      { type: 'removed', on: '2026-10-01', product: 'confluence' },
      { type: 'trial', on: '2026-10-01', product: 'confluence', plan: 'premium', endsOn: '2026-11-01', then: 'none', migration: true },
      { type: 'setting', on: '2026-10-01', setting: 'inAppData', value: 'off' },
      { type: 'scope', on: '2026-10-01', target: { kind: 'space', key: 'ENG' }, mode: 'exclude' },
      { type: 'exclusion', on: '2026-10-01', reason: 'isolated-cloud', active: false },
      { type: 'exclusion', on: '2026-10-01', reason: 'hipaa', active: true },
      { type: 'terminated', on: '2026-10-01' },
    ]);
    expect(adminPayloads.recordEvents.safeParse({ changes, expectedHeadSeq: 3 }).success).toBe(true);
  });

  it('only sends the organization details that changed, and clears an emptied name', () => {
    const form = blank();
    form.organization = '  ';
    expect(changesFromForm(form, initial)).toEqual([{ type: 'profile-info', organization: null }]);
    const sector = blank();
    sector.sector = '';
    expect(changesFromForm(sector, initial)).toEqual([{ type: 'profile-info', sector: null }]);
  });

  it('leaves a trial without an end date for the contract to reject with the field path', () => {
    const form = blank();
    form.apps[0] = { ...form.apps[0]!, trial: true };
    const parsed = adminPayloads.previewEvents.safeParse({ changes: changesFromForm(form, initial) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('changes.0.endsOn');
  });
});
