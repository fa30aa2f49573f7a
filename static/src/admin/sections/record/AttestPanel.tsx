import { useId, useState } from 'react';
import { LIMITS, type ApiError } from '../../../../../src/shared/contract';
import { useT } from '../../../i18n/admin';
import { Button } from '../../../ui/Button';
import { ErrorPanel, Message } from '../../../ui/Message';
import { keyedRequestIds } from '../../../ui/requestId';
import { callAdmin } from '../../api';
import { useAdmin } from '../../context';
import { Field } from '../../parts';

/** Confirms that the recorded profile still matches the organization. */
export function AttestPanel() {
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
    if (!result.ok) {
      setError(result.error);
      return;
    }
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
