/**
 * Record your organization: a form laid out like Atlassian Administration.
 * Only what the admin changes becomes events; they are previewed on the
 * server (before/after) and saved against the previewed head (CONFLICT-safe).
 */
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { TableWrap } from '../../ui/TableWrap';
import { EXCLUSION_REASONS, PLANS, PRODUCTS_WITH_SETTINGS, SCOPE_KINDS, SECTORS, type ExclusionReason, type Plan, type ScopeKind, type Sector } from '../../../../src/policy/profile';
import type { AppStatus } from '../../../../src/policy/types';
import { LIMITS, type ApiError, type ImportData, type PreviewData, type ProfileChange } from '../../../../src/shared/contract';
import { useT } from '../../i18n/admin';
import { keyedRequestIds } from '../../ui/requestId';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/download';
import { focusOnMount } from '../../ui/focus';
import { ErrorPanel, Message } from '../../ui/Message';
import { StatusLozenge } from '../../ui/Lozenge';
import { formatDate } from '../../ui/format';
import { useLanguage } from '../../ui/language';
import { callAdmin } from '../api';
import { DifferenceList, EvaluationCompare } from '../compare';
import { useAdmin } from '../context';
import { Field, SectionHeader, useAppName } from '../parts';
import { declaredApp } from '../appPlans';
import { changesFromForm, newAppRow, type AppRow, type ExclusionChoice, type FormState, type PlanChoice, type ScopeRow, type Toggle } from '../recordForm';

type Phase =
  | { step: 'edit' }
  | { step: 'previewing' }
  | { step: 'preview'; preview: PreviewData; changes: ProfileChange[] }
  | { step: 'saving'; preview: PreviewData; changes: ProfileChange[] };

export default function Record() {
  const t = useT();
  const { overview, canWrite, announce, applyStatus, reloadOverview } = useAdmin();
  const appName = useAppName();
  const uid = useId();
  const evaluation = overview.status.evaluation;
  const initialInfo = { organization: overview.profile.organization ?? '', sector: (overview.profile.sector ?? '') as Sector | '' };

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
  const updateApp = (index: number, patch: Partial<AppRow>) =>
    update({ apps: form.apps.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  const updateScope = (id: number, patch: Partial<ScopeRow>) => update({ scopes: form.scopes.map((s) => (s.id === id ? { ...s, ...patch } : s)) });

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

  if (!canWrite) {
    return (
      <div className="adm-section">
        <SectionHeader title={t.record.heading} />
        <Message>
          <p>{t.readOnlyNote}</p>
        </Message>
      </div>
    );
  }

  const conflict = error?.code === 'CONFLICT';
  return (
    <div className="adm-section" data-section="record">
      <SectionHeader title={t.record.heading} intro={t.record.intro} />
      {saved ? (
        <Message key={saved} appearance="success" title={saved} role="status" takeFocus>
          {null}
        </Message>
      ) : null}
      {error && conflict ? (
        <Message appearance="warning" role="alert" title={t.record.conflictTitle} actions={<Button appearance="primary" onClick={() => void reloadAfterConflict()}>{t.record.reload}</Button>}>
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
                <input id={`${uid}-on`} className="ui-input" type="date" required value={form.on} onChange={(e) => update({ on: e.target.value })} aria-describedby={`${uid}-on-help`} />
              </Field>
              <Field id={`${uid}-org`} label={t.record.organization}>
                <input id={`${uid}-org`} className="ui-input" type="text" maxLength={200} value={form.organization} onChange={(e) => update({ organization: e.target.value })} />
              </Field>
              <Field id={`${uid}-sector`} label={t.record.sector}>
                <select id={`${uid}-sector`} className="ui-select" value={form.sector} onChange={(e) => update({ sector: e.target.value as Sector | '' })}>
                  <option value="">{t.record.sectorNone}</option>
                  {SECTORS.map((s) => (
                    <option key={s} value={s}>
                      {t.sectors[s]}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          </section>

          <fieldset className="adm-fieldset ui-card">
            <legend>{t.record.appsHeading}</legend>
            <p className="ui-small ui-subtle">{t.record.appsHelp}</p>
            <TableWrap label={t.record.appsHeading}>
              <table className="ui-table" data-testid="record-apps">
                <thead>
                  <tr>
                    <th scope="col">{t.record.app}</th>
                    <th scope="col">{t.record.declaredNow}</th>
                    <th scope="col">{t.record.plan}</th>
                    <th scope="col">{t.record.trial}</th>
                  </tr>
                </thead>
                <tbody>
                  {form.apps.map((row, index) => {
                    const current = evaluation.apps.find((a) => a.app === row.product);
                    const id = `${uid}-app-${index}`;
                    return (
                      <tr key={row.product} data-product={row.product}>
                        <th scope="row" className="adm-row-head" id={`${id}-name`}>
                          {appName(row.product)}
                        </th>
                        <td data-testid={`declared-${row.product}`}>
                          <DeclaredCell app={current} />
                        </td>
                        <td>
                          <label className="ui-visually-hidden" htmlFor={`${id}-plan`}>
                            {t.record.plan}: {appName(row.product)}
                          </label>
                          <select id={`${id}-plan`} className="ui-select" value={row.plan} onChange={(e) => updateApp(index, { plan: e.target.value as PlanChoice })} data-testid={`plan-${row.product}`}>
                            <option value="keep">{t.record.unchanged}</option>
                            {PLANS.map((p) => (
                              <option key={p} value={p}>
                                {t.plans[p]}
                              </option>
                            ))}
                            <option value="removed">{t.record.removed}</option>
                          </select>
                        </td>
                        <td>
                          <div className="ui-stack">
                            <label className="ui-checkbox">
                              <input type="checkbox" checked={row.trial} onChange={(e) => updateApp(index, { trial: e.target.checked })} aria-describedby={`${id}-name`} />
                              {t.record.trial}
                            </label>
                            {row.trial ? (
                              <div className="adm-form-row">
                                <Field id={`${id}-tplan`} label={t.record.trialPlan}>
                                  <select id={`${id}-tplan`} className="ui-select" value={row.trialPlan} onChange={(e) => updateApp(index, { trialPlan: e.target.value as Plan })}>
                                    {PLANS.map((p) => (
                                      <option key={p} value={p}>
                                        {t.plans[p]}
                                      </option>
                                    ))}
                                  </select>
                                </Field>
                                <Field id={`${id}-tends`} label={t.record.trialEnds}>
                                  <input id={`${id}-tends`} className="ui-input" type="date" required value={row.trialEndsOn} onChange={(e) => updateApp(index, { trialEndsOn: e.target.value })} />
                                </Field>
                                <Field id={`${id}-tthen`} label={t.record.trialThen}>
                                  <select id={`${id}-tthen`} className="ui-select" value={row.trialThen} onChange={(e) => updateApp(index, { trialThen: e.target.value as Plan | 'none' })}>
                                    {PLANS.map((p) => (
                                      <option key={p} value={p}>
                                        {t.plans[p]}
                                      </option>
                                    ))}
                                    <option value="none">{t.record.trialThenNone}</option>
                                  </select>
                                </Field>
                                <label className="ui-checkbox">
                                  <input type="checkbox" checked={row.migration} onChange={(e) => updateApp(index, { migration: e.target.checked })} />
                                  {t.record.migrationTrial}
                                </label>
                              </div>
                            ) : null}
                          </div>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableWrap>
            <div className="adm-form-row">
              <Field id={`${uid}-newapp`} label={t.record.addAppLabel}>
                <input id={`${uid}-newapp`} className="ui-input" type="text" maxLength={64} value={newApp} onChange={(e) => setNewApp(e.target.value.toLowerCase())} />
              </Field>
              <Button
                onClick={() => {
                  const product = newApp.trim();
                  if (product && !form.apps.some((a) => a.product === product)) update({ apps: [...form.apps, newAppRow(product)] });
                  setNewApp('');
                }}
              >
                {t.record.addApp}
              </Button>
            </div>
          </fieldset>

          <fieldset className="adm-fieldset ui-card">
            <legend>{t.record.settingsHeading}</legend>
            <p className="ui-small ui-subtle">{t.record.settingsHelp}</p>
            <div className="adm-form-row">
              {(['metadata', 'inAppData'] as const).map((setting) => (
                <Field
                  key={setting}
                  id={`${uid}-${setting}`}
                  label={t.dataTypes[setting]}
                  help={
                    <span className="ui-row">
                      <StatusLozenge status={evaluation[setting].status} />
                      {evaluation[setting].locked ? t.overview.cardLocked : t.overview.cardChangeable}
                    </span>
                  }
                >
                  <select
                    id={`${uid}-${setting}`}
                    className="ui-select"
                    value={form[setting]}
                    onChange={(e: ChangeEvent<HTMLSelectElement>) => update({ [setting]: e.target.value as Toggle } as Partial<FormState>)}
                    aria-describedby={`${uid}-${setting}-help`}
                    data-testid={`setting-${setting}`}
                  >
                    <option value="keep">{t.record.settingValue.keep}</option>
                    <option value="on">{t.record.settingValue.on}</option>
                    <option value="off">{t.record.settingValue.off}</option>
                  </select>
                </Field>
              ))}
            </div>
            <h3 className="ui-h4">{t.record.scopeHeading}</h3>
            <p className="ui-small ui-subtle">{t.record.scopeHelp}</p>
            {form.scopes.map((scope) => {
              const id = `${uid}-scope-${scope.id}`;
              return (
                <div className="adm-form-row" key={scope.id} data-testid="scope-row">
                  <Field id={`${id}-kind`} label={t.record.scopeKindLabel}>
                    <select id={`${id}-kind`} className="ui-select" value={scope.kind} onChange={(e) => updateScope(scope.id, { kind: e.target.value as ScopeKind })}>
                      {SCOPE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t.record.scopeKind[k]}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field id={`${id}-key`} label={t.record.scopeKey}>
                    <input id={`${id}-key`} className="ui-input" type="text" required maxLength={255} value={scope.key} onChange={(e) => updateScope(scope.id, { key: e.target.value })} />
                  </Field>
                  <Field id={`${id}-mode`} label={t.spaces.mode}>
                    <select id={`${id}-mode`} className="ui-select" value={scope.mode} onChange={(e) => updateScope(scope.id, { mode: e.target.value as ScopeRow['mode'] })}>
                      {(['include', 'exclude', 'default'] as const).map((m) => (
                        <option key={m} value={m}>
                          {t.record.scopeMode[m]}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Button appearance="subtle" onClick={() => update({ scopes: form.scopes.filter((s) => s.id !== scope.id) })}>
                    {t.record.removeEntry}
                  </Button>
                </div>
              );
            })}
            <div>
              <Button
                onClick={() => {
                  update({ scopes: [...form.scopes, { id: nextScopeId, kind: 'space', key: '', mode: 'exclude' }] });
                  setNextScopeId((n) => n + 1);
                }}
              >
                {t.record.addScope}
              </Button>
            </div>
          </fieldset>

          <fieldset className="adm-fieldset ui-card">
            <legend>{t.record.exclusionsHeading}</legend>
            <p className="ui-small ui-subtle">{t.record.exclusionsHelp}</p>
            <TableWrap label={t.record.exclusionsHeading}>
              <table className="ui-table" data-testid="record-exclusions">
                <thead>
                  <tr>
                    <th scope="col">{t.record.exclusionColumn}</th>
                    <th scope="col">{t.record.declaredNow}</th>
                    <th scope="col">{t.record.changeColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  {EXCLUSION_REASONS.map((reason) => {
                    const active = evaluation.exclusionReasons.includes(reason);
                    return (
                      <tr key={reason}>
                        <th scope="row" id={`${uid}-ex-${reason}-name`}>
                          {t.exclusions[reason]}
                        </th>
                        <td>{active ? t.record.exclusionState.active : t.record.exclusionState.inactive}</td>
                        <td>
                          <select
                            id={`${uid}-ex-${reason}`}
                            className="ui-select"
                            aria-labelledby={`${uid}-ex-${reason}-name`}
                            value={form.exclusions[reason]}
                            onChange={(e) => update({ exclusions: { ...form.exclusions, [reason]: e.target.value as ExclusionChoice } })}
                            data-testid={`exclusion-${reason}`}
                          >
                            <option value="keep">{t.record.exclusionState.keep}</option>
                            <option value="active">{t.record.exclusionState.active}</option>
                            <option value="inactive">{t.record.exclusionState.inactive}</option>
                          </select>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableWrap>
            <label className="ui-checkbox">
              <input type="checkbox" checked={form.terminated} onChange={(e) => update({ terminated: e.target.checked })} />
              {t.record.terminated}
            </label>
          </fieldset>

          <div className="adm-actions">
            <Button type="submit" appearance="primary" busy={phase.step === 'previewing'} disabled={changes.length === 0} data-testid="review">
              {t.record.review}
            </Button>
            <span className="ui-subtle">{changes.length === 0 ? t.record.nothingToReview : t.record.changeCount(changes.length)}</span>
          </div>
        </form>
      ) : (
        <PreviewPanel phase={phase} onSave={() => void save()} onBack={() => setPhase({ step: 'edit' })} />
      )}

      <AttestPanel />
      <ImportPanel />
    </div>
  );
}

/** What "keep as declared" keeps: the app's plan and running trial from the overview's evaluation (no call of its own). */
function DeclaredCell({ app }: { app: AppStatus | undefined }) {
  const t = useT();
  const language = useLanguage();
  const d = declaredApp(app);
  if (!d) return <span className="ui-subtlest">{t.record.removed}</span>;
  return (
    <span className="ui-stack adm-gap-none">
      {d.plan ? <span>{t.plans[d.plan]}</span> : null}
      {d.trial ? (
        <span className="ui-small ui-subtle">{t.record.declaredTrial(t.plans[d.trial.plan], formatDate(d.trial.endsOn, language), d.trial.then === 'none' ? t.record.declaredThenRemoved : t.plans[d.trial.then])}</span>
      ) : null}
    </span>
  );
}

function PreviewPanel({ phase, onSave, onBack }: { phase: Extract<Phase, { step: 'preview' | 'saving' }>; onSave: () => void; onBack: () => void }) {
  const t = useT();
  const { preview, changes } = phase;
  return (
    <section className="ui-card" aria-labelledby="record-preview" data-testid="record-preview">
      <h3 className="ui-h3" id="record-preview" tabIndex={-1} ref={focusOnMount}>
        {t.record.previewHeading}
      </h3>
      <p>{t.record.changeCount(changes.length)}</p>
      {preview.redundant > 0 ? <p className="ui-subtle">{t.record.redundant(preview.redundant)}</p> : null}
      <EvaluationCompare left={preview.before} right={preview.after} leftLabel={t.record.before} rightLabel={t.record.after} caption={t.record.previewHeading} />
      <DifferenceList differences={preview.differences} empty={t.record.noDifference} heading={t.record.differences} />
      <div className="adm-actions">
        <Button appearance="primary" onClick={onSave} busy={phase.step === 'saving'} data-testid="save">
          {t.record.save}
        </Button>
        <Button appearance="subtle" onClick={onBack} disabled={phase.step === 'saving'}>
          {t.record.edit}
        </Button>
      </div>
    </section>
  );
}

function AttestPanel() {
  const t = useT();
  const uid = useId();
  const { announce, reloadOverview } = useAdmin();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [attestIds] = useState(keyedRequestIds);

  async function attest() {
    setBusy(true);
    setError(null);
    setDone(false);
    // A retry of the same attestation repeats its request id: stored once even if an answer was lost.
    const requestId = attestIds.for(note.trim());
    const result = await callAdmin('attest', note.trim() ? { note: note.trim(), requestId } : { requestId });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    attestIds.done();
    setDone(true);
    setNote('');
    announce(t.record.attested);
    await reloadOverview();
  }

  return (
    <section className="ui-card" aria-labelledby={`${uid}-h`} data-testid="attest-panel">
      <h3 className="ui-h3" id={`${uid}-h`}>
        {t.record.attestHeading}
      </h3>
      <p className="ui-subtle">{t.record.attestHelp}</p>
      <Field id={`${uid}-note`} label={t.record.attestNote}>
        <textarea id={`${uid}-note`} className="ui-textarea" maxLength={LIMITS.noteLength} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {error ? <ErrorPanel error={error} onRetry={() => void attest()} /> : null}
      {done ? (
        <Message appearance="success" role="status" title={t.record.attested}>
          {null}
        </Message>
      ) : null}
      <div>
        <Button appearance="primary" onClick={() => void attest()} busy={busy} data-testid="attest">
          {t.record.attest}
        </Button>
      </div>
    </section>
  );
}

function ImportPanel() {
  const t = useT();
  const uid = useId();
  const { announce, reloadOverview } = useAdmin();
  const [parsed, setParsed] = useState<unknown>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [check, setCheck] = useState<ImportData | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | 'export' | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function onFile(file: File | undefined) {
    setParsed(null);
    setCheck(null);
    setError(null);
    setDone(null);
    setFileError(null);
    if (!file) return;
    if (file.size > LIMITS.importBytes) return setFileError(t.record.importTooLarge(Math.round(LIMITS.importBytes / 1000)));
    try {
      setParsed(JSON.parse(await file.text()) as unknown);
    } catch (e) {
      setFileError(t.record.importNotJson(e instanceof Error ? e.message : String(e)));
    }
  }

  async function runImport(dryRun: boolean) {
    setBusy(dryRun ? 'check' : 'import');
    setError(null);
    const result = await callAdmin('importProfile', { profile: parsed, dryRun });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    if (dryRun) return setCheck(result.data);
    const message = t.record.imported(result.data.newEvents);
    setDone(message);
    setCheck(null);
    announce(message);
    await reloadOverview();
  }

  async function exportBundle() {
    setBusy('export');
    setError(null);
    const result = await callAdmin('exportEvidence', { format: 'profile-json' });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    downloadText(result.data.fileName, result.data.mimeType, result.data.content);
  }

  return (
    <section className="ui-card" aria-labelledby={`${uid}-h`} data-testid="import-panel">
      <h3 className="ui-h3" id={`${uid}-h`}>
        {t.record.importHeading}
      </h3>
      <p className="ui-subtle">{t.record.importHelp}</p>
      <Field id={`${uid}-file`} label={t.record.chooseFile} error={fileError}>
        <input id={`${uid}-file`} type="file" accept="application/json,.json" onChange={(e) => void onFile(e.target.files?.[0])} aria-invalid={fileError ? true : undefined} />
      </Field>
      {error ? <ErrorPanel error={error} onRetry={() => void runImport(check === null)} /> : null}
      {check ? (
        <Message appearance="information" role="status" title={t.record.importResult(check.newEvents, check.alreadyDeclared)}>
          {check.profileInfoChanged ? <p>{t.record.importInfoChanged}</p> : null}
        </Message>
      ) : null}
      {done ? (
        <Message appearance="success" role="status" title={done}>
          {null}
        </Message>
      ) : null}
      <div className="adm-actions">
        <Button onClick={() => void runImport(true)} disabled={parsed === null} busy={busy === 'check'} data-testid="import-check">
          {t.record.importCheck}
        </Button>
        <Button appearance="primary" onClick={() => void runImport(false)} disabled={check === null} busy={busy === 'import'} data-testid="import-apply">
          {t.record.importApply}
        </Button>
        <Button appearance="subtle" onClick={() => void exportBundle()} busy={busy === 'export'}>
          {t.record.exportProfile}
        </Button>
      </div>
    </section>
  );
}
