/** Evidence: server-made files (download with the server's file name) and a printable report. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { EXPORT_FORMATS, type AnchorCheckData, type ApiError, type ExportFormat, type RepairData, type VerifyData } from '../../../../src/shared/contract';
import { useT } from '../../i18n/admin';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/download';
import { formatDate } from '../../ui/format';
import { useLanguage } from '../../ui/language';
import { StatusLozenge } from '../../ui/Lozenge';
import { ErrorPanel, Loading, Message } from '../../ui/Message';
import { ReasonList } from '../../ui/ReasonList';
import { timelineText } from '../../ui/serverText';
import { callAdmin } from '../api';
import { useAdmin } from '../context';
import { DateText, Field, SectionHeader } from '../parts';

export default function Evidence() {
  const t = useT();
  const { announce } = useAdmin();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<{ format: ExportFormat; error: ApiError } | null>(null);
  const [last, setLast] = useState<{ fileName: string; sha256: string } | null>(null);

  async function download(format: ExportFormat) {
    setBusy(format);
    setError(null);
    const result = await callAdmin('exportEvidence', { format });
    setBusy(null);
    if (!result.ok) {
      setError({ format, error: result.error });
      return;
    }
    downloadText(result.data.fileName, result.data.mimeType, result.data.content);
    setLast({ fileName: result.data.fileName, sha256: result.data.sha256 });
    announce(t.evidence.downloaded(result.data.fileName));
  }

  return (
    <div className="adm-section" data-section="evidence">
      <div className="adm-no-print adm-section">
        <SectionHeader title={t.evidence.heading} intro={t.evidence.intro} />
        <div className="adm-grid-3">
          {EXPORT_FORMATS.map((format) => (
            <section key={format} className="ui-card" aria-labelledby={`ev-${format}`}>
              <h3 className="ui-h3" id={`ev-${format}`}>
                {t.evidence.formats[format]}
              </h3>
              <p className="ui-subtle">{t.evidence.formatHelp[format]}</p>
              <div>
                <Button onClick={() => void download(format)} busy={busy === format} data-testid={`download-${format}`} aria-describedby={`ev-${format}`}>
                  {t.evidence.download}
                </Button>
              </div>
            </section>
          ))}
        </div>
        {error ? <ErrorPanel error={error.error} onRetry={() => void download(error.format)} /> : null}
        {last ? (
          <Message appearance="success" role="status" title={t.evidence.downloaded(last.fileName)}>
            <p className="ui-small">
              {t.evidence.checksum}:{' '}
              <span className="adm-hash" data-testid="download-sha256">
                {last.sha256}
              </span>
            </p>
          </Message>
        ) : null}
        <Integrity />
      </div>
      <Report />
    </div>
  );
}

/** Checks a head hash kept outside the app (an evidence bundle's anchor line) and rebuilds derived documents. */
function Integrity() {
  const t = useT();
  const uid = useId();
  const [anchor, setAnchor] = useState('');
  const [check, setCheck] = useState<{ busy: boolean; data: AnchorCheckData | null; error: ApiError | null }>({ busy: false, data: null, error: null });
  const [repair, setRepair] = useState<{ busy: boolean; data: RepairData | null; error: ApiError | null }>({ busy: false, data: null, error: null });

  async function runCheck(event?: FormEvent) {
    event?.preventDefault();
    setCheck({ busy: true, data: null, error: null });
    const result = await callAdmin('checkAnchor', { anchor });
    setCheck(result.ok ? { busy: false, data: result.data, error: null } : { busy: false, data: null, error: result.error });
  }
  async function runRepair() {
    setRepair({ busy: true, data: null, error: null });
    const result = await callAdmin('repairDerived', {});
    setRepair(result.ok ? { busy: false, data: result.data, error: null } : { busy: false, data: null, error: result.error });
  }

  return (
    <div className="adm-grid-3">
      <section className="ui-card" aria-labelledby={`${uid}-anchor-title`}>
        <h3 className="ui-h3" id={`${uid}-anchor-title`}>
          {t.evidence.anchorHeading}
        </h3>
        <p className="ui-subtle">{t.evidence.anchorHelp}</p>
        <form className="ui-stack" onSubmit={(e) => void runCheck(e)}>
          <Field id={`${uid}-anchor`} label={t.evidence.anchorLabel}>
            <input
              id={`${uid}-anchor`}
              className="ui-input"
              type="text"
              maxLength={300}
              value={anchor}
              onChange={(e) => setAnchor(e.target.value)}
              data-testid="anchor-input"
            />
          </Field>
          <div>
            <Button type="submit" busy={check.busy} data-testid="anchor-check">
              {t.evidence.anchorCheck}
            </Button>
          </div>
        </form>
        {check.error ? <ErrorPanel error={check.error} onRetry={() => void runCheck()} /> : null}
        {check.data ? (
          <Message
            appearance={check.data.extends ? 'success' : 'error'}
            role="status"
            title={check.data.extends ? t.evidence.anchorExtends(check.data.anchorSeq, check.data.headSeq) : t.evidence.anchorBroken}
          >
            {check.data.reason ? (
              <p className="ui-small" data-testid="anchor-reason">
                {check.data.reason}
              </p>
            ) : null}
          </Message>
        ) : null}
      </section>
      <section className="ui-card" aria-labelledby={`${uid}-repair-title`}>
        <h3 className="ui-h3" id={`${uid}-repair-title`}>
          {t.evidence.repairHeading}
        </h3>
        <p className="ui-subtle">{t.evidence.repairHelp}</p>
        <div>
          <Button onClick={() => void runRepair()} busy={repair.busy} data-testid="repair">
            {t.evidence.repair}
          </Button>
        </div>
        {repair.error ? <ErrorPanel error={repair.error} onRetry={() => void runRepair()} /> : null}
        {repair.data ? (
          <Message appearance="success" role="status" title={t.evidence.repaired(repair.data.headSeq)}>
            <p className="ui-small" data-testid="repair-findings">
              {repair.data.findings.length > 0 ? repair.data.findings.join('; ') : t.evidence.repairNothing}
            </p>
          </Message>
        ) : null}
      </section>
    </div>
  );
}

function Report() {
  const t = useT();
  const language = useLanguage();
  const { overview } = useAdmin();
  const evaluation = overview.status.evaluation;
  const [verify, setVerify] = useState<{ data: VerifyData | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: true });

  const load = async () => {
    setVerify({ data: null, error: null, loading: true });
    const result = await callAdmin('verifyHistory', {});
    setVerify(result.ok ? { data: result.data, error: null, loading: false } : { data: null, error: result.error, loading: false });
  };
  useEffect(() => {
    void load();
  }, []);

  return (
    <section className="adm-report" aria-labelledby="report-title" data-testid="report">
      <div className="adm-section-header adm-no-print">
        <h2 className="ui-h2">{t.evidence.reportHeading}</h2>
        <Button appearance="primary" onClick={() => window.print()} data-testid="print">
          {t.evidence.print}
        </Button>
      </div>
      <article className="ui-card adm-report__page">
        <h3 className="ui-h2" id="report-title">
          {t.evidence.reportTitle}
        </h3>
        <dl className="adm-dl">
          <div>
            <dt>{t.overview.organization}</dt>
            <dd>{overview.profile.organization ?? t.overview.notSet}</dd>
          </div>
          <div>
            <dt>{t.evidence.generatedOn}</dt>
            <dd>{formatDate(overview.status.day, language)}</dd>
          </div>
          <div>
            <dt>{t.overview.highestPlan}</dt>
            <dd>{evaluation.highestPlan ? t.plans[evaluation.highestPlan] : t.overview.highestPlanNone}</dd>
          </div>
          <div>
            <dt>{t.overview.exclusionsHeading}</dt>
            <dd>{evaluation.excluded ? evaluation.exclusionReasons.map((r) => t.exclusions[r]).join(', ') : t.overview.notExcluded}</dd>
          </div>
          <div>
            <dt>{t.overview.attestationHeading}</dt>
            <dd>{overview.attestation ? `${overview.attestation.by}, ${formatDate(overview.attestation.at, language)}` : t.overview.attestationMissing}</dd>
          </div>
          <div>
            <dt>{t.evidence.historyCount}</dt>
            <dd data-testid="report-history-count">{verify.loading ? '…' : verify.data ? verify.data.records : '—'}</dd>
          </div>
          <div>
            <dt>{t.evidence.historyHash}</dt>
            <dd className="adm-hash" data-testid="report-history-hash">
              {verify.loading ? '…' : (verify.data?.headHash ?? '—')}
              {verify.data ? <span className="adm-block ui-small">{verify.data.intact ? t.evidence.historyIntact : t.evidence.historyBroken}</span> : null}
            </dd>
          </div>
        </dl>
        {verify.loading ? <Loading /> : null}
        {verify.error ? <ErrorPanel error={verify.error} onRetry={() => void load()} /> : null}
        {(['metadata', 'inAppData'] as const).map((kind) => (
          <section key={kind} className="ui-stack" aria-labelledby={`report-${kind}`}>
            <h4 className="ui-h3" id={`report-${kind}`}>
              {t.dataTypes[kind]}: <StatusLozenge status={evaluation[kind].status} />
            </h4>
            <ReasonList reasons={evaluation[kind].reasons} label={`${t.overview.reasons}: ${t.dataTypes[kind]}`} labels={t} />
          </section>
        ))}
        <section className="ui-stack" aria-labelledby="report-timeline">
          <h4 className="ui-h3" id="report-timeline">
            {t.timeline.heading}
          </h4>
          <table className="ui-table">
            <thead>
              <tr>
                <th scope="col">{t.timeline.date}</th>
                <th scope="col">{t.timeline.event}</th>
              </tr>
            </thead>
            <tbody>
              {evaluation.timeline.map((entry, i) => {
                const local = timelineText(entry, language, t);
                return (
                  <tr key={`${entry.on}-${i}`}>
                    <td>
                      <DateText date={entry.on} />
                    </td>
                    <td>
                      {t.timeline.kinds[entry.kind]} — <span lang={local.lang}>{local.text}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
        <p className="ui-small ui-subtlest">{t.overview.policyVersion(evaluation.policyVersion)}</p>
      </article>
    </section>
  );
}
