/**
 * Record your organization: a form laid out like Atlassian Administration, one fieldset per part.
 * Only what the admin changes becomes events; they are previewed on the
 * server (before/after) and saved against the previewed head (CONFLICT-safe).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { EXCLUSION_REASONS, PRODUCTS_WITH_SETTINGS, SECTORS, type ExclusionReason, type Sector } from '../../../../../src/policy/profile';
import type { ApiError } from '../../../../../src/shared/contract';
import { useT } from '../../../i18n/admin';
import { Button } from '../../../ui/Button';
import { EnumSelect } from '../../../ui/EnumSelect';
import { ErrorPanel, Message } from '../../../ui/Message';
import { callAdmin } from '../../api';
import { useAdmin } from '../../context';
import { Field, SectionHeader } from '../../parts';
import { changesFromForm, newAppRow, type ExclusionChoice, type FormState } from '../../recordForm';
import { AppsFieldset } from './AppsFieldset';
import { AttestPanel } from './AttestPanel';
import { ExclusionsFieldset } from './ExclusionsFieldset';
import { ImportPanel } from './ImportPanel';
import { PreviewPanel, type Phase } from './PreviewPanel';
import { SettingsFieldset } from './SettingsFieldset';

const SECTOR_CHOICES: readonly (Sector | '')[] = ['', ...SECTORS];

export default function Record() {
  const t = useT();
  const { overview, announce, applyStatus, reloadOverview } = useAdmin();
  const uid = useId();
  const evaluation = overview.status.evaluation;
  const initialInfo: { organization: string; sector: Sector | '' } = {
    organization: overview.profile.organization ?? '',
    sector: overview.profile.sector ?? '',
  };

  const initialApps = useMemo(() => {
    const extra = evaluation.apps.filter((a) => !a.hasSettings && a.active).map((a) => a.app);
    return [...PRODUCTS_WITH_SETTINGS, ...extra.filter((a) => !(PRODUCTS_WITH_SETTINGS as readonly string[]).includes(a))].map(newAppRow);
  }, [evaluation.apps]);

  const blankForm = (): FormState => ({
    on: overview.status.day,
    organization: initialInfo.organization,
    sector: initialInfo.sector,
    apps: initialApps,
    metadata: 'keep',
    inAppData: 'keep',
    scopes: [],
    exclusions: Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, 'keep'])) as Record<ExclusionReason, ExclusionChoice>,
    terminated: false,
  });

  const [form, setForm] = useState<FormState>(blankForm);
  const [phase, setPhase] = useState<Phase>({ step: 'edit' });
  // Back from the preview: focus returns to the Review button that opened it (WCAG 2.4.3).
  const returnToReview = useRef(false);
  useEffect(() => {
    if (phase.step !== 'edit' || !returnToReview.current) return;
    returnToReview.current = false;
    document.getElementById(`${uid}-review`)?.focus();
  }, [phase.step, uid]);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [newApp, setNewApp] = useState('');
  const [nextScopeId, setNextScopeId] = useState(1);

  const changes = changesFromForm(form, initialInfo);
  const editing = phase.step === 'edit' || phase.step === 'previewing';

  const update = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setSaved(null);
  };
  const addScope = () => {
    update({ scopes: [...form.scopes, { id: nextScopeId, kind: 'space', key: '', mode: 'exclude' }] });
    setNextScopeId((n) => n + 1);
  };

  async function review() {
    setError(null);
    setSaved(null);
    setPhase({ step: 'previewing' });
    const result = await callAdmin('previewEvents', { changes });
    if (!result.ok) {
      setError(result.error);
      setPhase({ step: 'edit' });
      return;
    }
    setPhase({ step: 'preview', preview: result.data, changes });
  }

  async function save() {
    if (phase.step !== 'preview') return;
    setError(null);
    setPhase({ ...phase, step: 'saving' });
    const result = await callAdmin('recordEvents', { changes: phase.changes, expectedHeadSeq: phase.preview.headSeq });
    if (!result.ok) {
      setError(result.error);
      setPhase({ step: 'preview', preview: phase.preview, changes: phase.changes });
      return;
    }
    const message = t.record.saved(result.data.recorded);
    applyStatus(result.data.status);
    setSaved(message);
    announce(message);
    setPhase({ step: 'edit' });
    setForm(blankForm());
    await reloadOverview();
  }

  async function reloadAfterConflict() {
    setError(null);
    setPhase({ step: 'edit' });
    await reloadOverview();
  }

  const conflict = error?.code === 'CONFLICT';
  const fieldset = { uid, form, update, evaluation };
  return (
    <div className="adm-section" data-section="record">
      <SectionHeader title={t.record.heading} intro={t.record.intro} />
      {saved ? (
        <Message key={saved} appearance="success" title={saved} role="status" takeFocus>
          {null}
        </Message>
      ) : null}
      {error && conflict ? (
        <Message
          appearance="warning"
          role="alert"
          title={t.record.conflictTitle}
          actions={
            <Button appearance="primary" onClick={() => void reloadAfterConflict()}>
              {t.record.reload}
            </Button>
          }
        >
          <p>{t.record.conflictBody}</p>
        </Message>
      ) : null}
      {error && !conflict ? <ErrorPanel error={error} onRetry={() => void (phase.step === 'preview' ? save() : review())} /> : null}

      {editing ? (
        <form
          className="adm-form"
          aria-label={t.record.heading}
          onSubmit={(event) => {
            event.preventDefault();
            if (changes.length > 0) void review();
          }}
        >
          <section className="ui-card">
            <div className="adm-form-row">
              <Field id={`${uid}-on`} label={t.record.asOf} help={t.record.asOfHelp}>
                <input
                  id={`${uid}-on`}
                  className="ui-input"
                  type="date"
                  required
                  value={form.on}
                  onChange={(e) => update({ on: e.target.value })}
                  aria-describedby={`${uid}-on-help`}
                />
              </Field>
              <Field id={`${uid}-org`} label={t.record.organization}>
                <input
                  id={`${uid}-org`}
                  className="ui-input"
                  type="text"
                  maxLength={200}
                  value={form.organization}
                  onChange={(e) => update({ organization: e.target.value })}
                />
              </Field>
              <Field id={`${uid}-sector`} label={t.record.sector}>
                <EnumSelect
                  id={`${uid}-sector`}
                  value={form.sector}
                  options={SECTOR_CHOICES}
                  label={(s) => (s === '' ? t.record.sectorNone : t.sectors[s])}
                  onChange={(sector) => update({ sector })}
                />
              </Field>
            </div>
          </section>

          <AppsFieldset {...fieldset} newApp={newApp} setNewApp={setNewApp} />
          <SettingsFieldset {...fieldset} addScope={addScope} />
          <ExclusionsFieldset {...fieldset} />

          <div className="adm-actions">
            <Button
              id={`${uid}-review`}
              type="submit"
              appearance="primary"
              busy={phase.step === 'previewing'}
              disabled={changes.length === 0}
              data-testid="review"
            >
              {t.record.review}
            </Button>
            <span className="ui-subtle">{changes.length === 0 ? t.record.nothingToReview : t.record.changeCount(changes.length)}</span>
          </div>
        </form>
      ) : (
        <PreviewPanel
          phase={phase}
          onSave={() => void save()}
          onBack={() => {
            returnToReview.current = true;
            setPhase({ step: 'edit' });
          }}
        />
      )}

      <AttestPanel />
      <ImportPanel />
    </div>
  );
}
