/** Overview: both data types, plan, apps, exclusions, attestation, alerts. Everything comes from getOverview. */
import type { Alert } from '../../../../src/shared/contract';
import { TableWrap } from '../../ui/TableWrap';
import type { AppStatus, DataTypeStatus, InAppDataStatus } from '../../../../src/policy/types';
import { useT } from '../../i18n/admin';
import { intlLocale, useLanguage } from '../../ui/language';
import { formatDate, formatDateTime } from '../../ui/format';
import { Lozenge, StatusLozenge } from '../../ui/Lozenge';
import { Message, type MessageAppearance } from '../../ui/Message';
import { ReasonList } from '../../ui/ReasonList';
import { alertText } from '../../ui/serverText';
import { useUiStrings } from '../../ui/strings';
import { declaredApp, highestPlanSource, isPlatformApp, type HighestPlanSource } from '../appPlans';
import { useAdmin } from '../context';
import { DateText, SectionHeader, useAppName, useWho } from '../parts';
import { hrefOf } from '../routes';

/** Days between two calendar dates, for display only (the stale flag itself comes from the server's alerts). */
function ageInDays(fromIso: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromIso.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

const SEVERITY_APPEARANCE: Record<Alert['severity'], MessageAppearance> = { info: 'information', warning: 'warning', critical: 'error' };

export function Overview() {
  const t = useT();
  const { overview } = useAdmin();
  const evaluation = overview.status.evaluation;
  return (
    <div className="adm-section" data-section="overview">
      <SectionHeader title={t.overview.heading} />
      <Alerts alerts={overview.alerts} />
      <div className="adm-grid-2">
        <DataTypeCard kind="metadata" status={evaluation.metadata} />
        <DataTypeCard kind="inAppData" status={evaluation.inAppData} />
      </div>
      <PlanCard />
      <div className="adm-grid-2">
        <AttestationCard />
        <ExclusionsCard />
        <DeadlinesCard />
        <ProfileCard />
      </div>
      {evaluation.notes.length > 0 ? (
        <section className="ui-card" aria-labelledby="ov-notes">
          <h3 className="ui-h3" id="ov-notes">
            {t.overview.notesHeading}
          </h3>
          <ReasonList reasons={evaluation.notes} label={t.overview.notesHeading} labels={t} />
        </section>
      ) : null}
    </div>
  );
}

function Alerts({ alerts }: { alerts: Alert[] }) {
  const t = useT();
  const language = useLanguage();
  return (
    <section aria-labelledby="ov-alerts" className="ui-stack">
      <h3 className="ui-h3" id="ov-alerts">
        {t.overview.alertsHeading}
      </h3>
      {alerts.length === 0 ? (
        <p className="ui-subtle">{t.overview.noAlerts}</p>
      ) : (
        <ul className="adm-plain-list ui-stack" data-testid="alerts">
          {alerts.map((alert, i) => {
            const sentence = alertText(alert, language, t);
            return (
              <li key={`${alert.code}-${i}`} data-alert={alert.code}>
                <Message appearance={SEVERITY_APPEARANCE[alert.severity]} title={t.overview.alertTitles[alert.code]} headingLevel={4}>
                  <p>
                    <span className="ui-visually-hidden">{t.overview.severity[alert.severity]}: </span>
                    <span lang={sentence.lang}>{sentence.text}</span>
                  </p>
                  {alert.on ? (
                    <p className="ui-small ui-subtle">
                      <time dateTime={alert.on}>{formatDate(alert.on, language)}</time>
                    </p>
                  ) : null}
                </Message>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function DataTypeCard({ kind, status }: { kind: 'metadata' | 'inAppData'; status: DataTypeStatus | InAppDataStatus }) {
  const t = useT();
  const ui = useUiStrings();
  const language = useLanguage();
  const headingId = `ov-${kind}`;
  const exceptions = 'exceptions' in status ? status.exceptions : [];
  const includes = exceptions.filter((e) => e.mode === 'include').length;
  const excludes = exceptions.filter((e) => e.mode === 'exclude').length;
  return (
    <section className="ui-card adm-status-card" aria-labelledby={headingId} data-testid={`card-${kind}`} data-status={status.status}>
      <div className="adm-status-card__head">
        <h3 className="ui-h3" id={headingId}>
          {t.dataTypes[kind]}
        </h3>
        <StatusLozenge status={status.status} />
      </div>
      <p className="adm-status-word" data-testid={`status-${kind}`}>
        {ui.status[status.status]}
      </p>
      <p className="ui-small ui-subtle">{t.dataTypeHelp[kind]}</p>
      {status.projected ? <p>{t.overview.projected(ui.status[status.projected])}</p> : null}
      {status.since ? <p className="ui-small ui-subtle">{t.overview.since(formatDate(status.since, language))}</p> : null}
      <div className="adm-lock" data-locked={status.locked}>
        <Lozenge appearance={status.locked ? 'default' : 'inprogress'}>{status.locked ? t.overview.cardLocked : t.overview.cardChangeable}</Lozenge>
        <span className="ui-small ui-subtle">{status.locked ? t.overview.lockedWhy : t.overview.changeableWhy}</span>
      </div>
      {includes > 0 || excludes > 0 ? (
        <p className="ui-small">
          {includes > 0 ? t.overview.exceptionsIn(includes) : null}
          {includes > 0 && excludes > 0 ? ' · ' : null}
          {excludes > 0 ? t.overview.exceptionsOut(excludes) : null}
        </p>
      ) : null}
      <h4 className="ui-h4">{t.overview.reasons}</h4>
      <ReasonList reasons={status.reasons} label={`${t.overview.reasons}: ${t.dataTypes[kind]}`} labels={t} />
    </section>
  );
}

function PlanCard() {
  const t = useT();
  const ui = useUiStrings();
  const language = useLanguage();
  const appName = useAppName();
  const { overview } = useAdmin();
  const evaluation = overview.status.evaluation;
  const plan = evaluation.highestPlan;
  const sources = evaluation.apps.flatMap((app) => {
    const source = highestPlanSource(app, plan);
    return source ? [{ app: app.app, source }] : [];
  });
  const givenBy = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(
    sources.map(({ app, source }) => (source === 'trial' ? t.overview.highestFromTrial(appName(app)) : appName(app))),
  );
  return (
    <section className="ui-card" aria-labelledby="ov-plan">
      <h3 className="ui-h3" id="ov-plan">
        {t.overview.highestPlan}
      </h3>
      <p className="adm-status-word" data-testid="highest-plan">
        {plan ? t.plans[plan] : t.overview.highestPlanNone}
      </p>
      {sources.length > 0 ? <p data-testid="highest-plan-from">{t.overview.highestFrom(givenBy)}</p> : null}
      <p className="ui-small ui-subtle">{t.overview.highestPlanHow}</p>
      <TableWrap label={t.overview.appsHeading}>
        <table className="ui-table adm-apps-table" data-testid="apps-table">
          <caption>{t.overview.appsHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{t.overview.appColumn}</th>
              <th scope="col">{t.overview.planColumn}</th>
              <th scope="col">{t.dataTypes.metadata}</th>
              <th scope="col">{t.dataTypes.inAppData}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.apps.map((app) => {
              const source = highestPlanSource(app, plan);
              return (
                <tr key={app.app} data-app={app.app} data-active={app.active} data-highest={source ?? undefined}>
                  <th scope="row" className="adm-row-head">
                    {appName(app.app)}
                    {!app.hasSettings ? <span className="ui-small ui-subtlest adm-block">{t.overview.outOfScope}</span> : null}
                  </th>
                  <td data-testid={`plan-${app.app}`}>
                    <AppPlan app={app} highest={source} />
                  </td>
                  <td>
                    <StatusLozenge status={app.metadata} />
                    {app.projectedMetadata ? <span className="ui-small ui-subtlest adm-block">→ {ui.status[app.projectedMetadata]}</span> : null}
                  </td>
                  <td>
                    <StatusLozenge status={app.inAppData} />
                    {app.projectedInAppData ? <span className="ui-small ui-subtlest adm-block">→ {ui.status[app.projectedInAppData]}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      {overview.license ? (
        <div className="ui-stack">
          <h4 className="ui-h4">{t.overview.licenseHeading}</h4>
          <ul className="adm-plain-list">
            {overview.license.map((entry) => (
              <li key={entry.app}>
                {appName(entry.app)}: <Lozenge>{entry.plan}</Lozenge>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** One app's declared plan and running trial, and whether it gives the highest plan. */
function AppPlan({ app, highest }: { app: AppStatus; highest: HighestPlanSource }) {
  const t = useT();
  const language = useLanguage();
  const declared = declaredApp(app);
  if (!app.active) return <span className="ui-subtle">{t.overview.notInOrganization}</span>;
  if (!declared) return <span className="ui-small ui-subtlest">{isPlatformApp(app.app) ? t.overview.platformPlan : t.overview.noPlanDeclared}</span>;
  const { plan, trial } = declared;
  return (
    <span className="ui-stack adm-gap-none adm-app-plan">
      {plan ? <span className="adm-app-plan__plan">{t.plans[plan]}</span> : null}
      {trial ? (
        <span className="ui-small" data-testid={`trial-${app.app}`}>
          {t.overview.trialPlan(t.plans[trial.plan])} {t.overview.trialUntil(formatDate(trial.endsOn, language))},{' '}
          {trial.then === 'none' ? t.overview.trialThenRemoved : t.overview.trialThen(t.plans[trial.then])}
        </span>
      ) : null}
      {trial?.migration ? (
        <span>
          <Lozenge appearance="new">{t.overview.migrationTrial}</Lozenge>
        </span>
      ) : null}
      {highest ? (
        <span>
          <Lozenge appearance="success">{highest === 'trial' ? t.overview.givesHighestByTrial : t.overview.givesHighest}</Lozenge>
        </span>
      ) : null}
    </span>
  );
}

function ExclusionsCard() {
  const t = useT();
  const { overview } = useAdmin();
  const evaluation = overview.status.evaluation;
  return (
    <section className="ui-card" aria-labelledby="ov-exclusions" data-testid="exclusions">
      <h3 className="ui-h3" id="ov-exclusions">
        {t.overview.exclusionsHeading}
      </h3>
      {evaluation.excluded ? (
        <>
          <p>{t.overview.excluded}</p>
          <ul>
            {evaluation.exclusionReasons.map((reason) => (
              <li key={reason}>{t.exclusions[reason]}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="ui-subtle">{t.overview.notExcluded}</p>
      )}
    </section>
  );
}

function AttestationCard() {
  const t = useT();
  const language = useLanguage();
  const { overview, accountId } = useAdmin();
  const who = useWho(accountId);
  const attestation = overview.attestation;
  const stale = overview.alerts.some((a) => a.code === 'ATTESTATION_STALE');
  const age = attestation ? ageInDays(attestation.at, overview.status.day) : 0;
  return (
    <section className="ui-card" aria-labelledby="ov-attestation" data-testid="attestation">
      <h3 className="ui-h3" id="ov-attestation">
        {t.overview.attestationHeading}
      </h3>
      {attestation ? (
        <p>{t.overview.attestedBy(who(attestation.by), formatDateTime(attestation.at, language))}</p>
      ) : (
        <Message appearance="warning">
          <p>{t.overview.attestationMissing}</p>
        </Message>
      )}
      {attestation && stale ? (
        <Message appearance="warning">
          <p>{t.overview.attestedStale(age)}</p>
        </Message>
      ) : null}
      {attestation?.note ? <p className="ui-small ui-subtle adm-pre">{attestation.note}</p> : null}
      <p>
        <a href={hrefOf('record')}>{t.overview.recordCta}</a>
      </p>
    </section>
  );
}

function DeadlinesCard() {
  const t = useT();
  const { overview } = useAdmin();
  const d = overview.status.evaluation.deadlines;
  const rows: [string, string | null][] = [
    [t.overview.deadlineInAppRemoval, d.inAppRemovalBy],
    [t.overview.deadlineModels, d.modelsRetrainedBy],
    [t.overview.deadlineReview, d.reviewWindowEndsOn],
  ];
  const present = rows.filter((row): row is [string, string] => row[1] !== null);
  const day = overview.status.day;
  return (
    <section className="ui-card" aria-labelledby="ov-deadlines" data-testid="deadlines">
      <h3 className="ui-h3" id="ov-deadlines">
        {t.overview.deadlinesHeading}
      </h3>
      {present.length === 0 ? (
        <p className="ui-subtle">{t.overview.noDeadlines}</p>
      ) : (
        <dl className="adm-dl">
          {present.map(([label, date]) => (
            <div key={label} data-when={date < day ? 'passed' : 'upcoming'}>
              <dt>{label}</dt>
              <dd>
                <DateText date={date} />
                {/* A deadline stays listed once it has passed; say so in words. */}
                {date < day ? <span className="ui-subtle"> · {t.timeline.whenStates.passed}</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function ProfileCard() {
  const t = useT();
  const language = useLanguage();
  const { overview, accountId } = useAdmin();
  const who = useWho(accountId);
  const p = overview.profile;
  return (
    <section className="ui-card" aria-labelledby="ov-profile" data-testid="profile">
      <h3 className="ui-h3" id="ov-profile">
        {t.overview.profileHeading}
      </h3>
      <dl className="adm-dl">
        <div>
          <dt>{t.overview.organization}</dt>
          <dd>{p.organization ?? <span className="ui-subtlest">{t.overview.notSet}</span>}</dd>
        </div>
        <div>
          <dt>{t.overview.sector}</dt>
          <dd>{p.sector ? t.sectors[p.sector] : <span className="ui-subtlest">{t.overview.notSet}</span>}</dd>
        </div>
        <div>
          <dt>{t.overview.eventCount}</dt>
          <dd data-testid="event-count">{p.eventCount}</dd>
        </div>
        <div>
          <dt>{t.overview.lastRecorded}</dt>
          <dd>{p.lastRecordedAt ? t.overview.lastRecordedValue(who(p.lastRecordedBy), formatDateTime(p.lastRecordedAt, language)) : t.overview.never}</dd>
        </div>
      </dl>
      <p className="ui-small ui-subtlest">{t.overview.policyVersion(overview.status.evaluation.policyVersion)}</p>
    </section>
  );
}
