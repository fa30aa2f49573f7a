import { useId, useState } from 'react';
import { LIMITS, type ApiError, type ImportData } from '../../../../../src/shared/contract';
import { useT } from '../../../i18n/admin';
import { Button } from '../../../ui/Button';
import { downloadText } from '../../../ui/download';
import { ErrorPanel, Message } from '../../../ui/Message';
import { callAdmin } from '../../api';
import { useAdmin } from '../../context';
import { Field } from '../../parts';

/** Imports a profile file (checked first, then applied) and exports the recorded one. */
export function ImportPanel() {
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
    if (file.size > LIMITS.importBytes) {
      setFileError(t.record.importTooLarge(Math.round(LIMITS.importBytes / 1000)));
      return;
    }
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
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (dryRun) {
      setCheck(result.data);
      return;
    }
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
    if (!result.ok) {
      setError(result.error);
      return;
    }
    downloadText(result.data.fileName, result.data.mimeType, result.data.content);
  }

  return (
    <section className="ui-card" aria-labelledby={`${uid}-h`} data-testid="import-panel">
      <h3 className="ui-h3" id={`${uid}-h`}>
        {t.record.importHeading}
      </h3>
      <p className="ui-subtle">{t.record.importHelp}</p>
      <Field id={`${uid}-file`} label={t.record.chooseFile} error={fileError}>
        <input
          id={`${uid}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void onFile(e.target.files?.[0])}
          aria-invalid={fileError ? true : undefined}
        />
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
