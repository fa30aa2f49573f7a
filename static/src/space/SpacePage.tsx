/** What applies to this space and why: the page body once the status is loaded. */
import { rule, ruleUrl } from '../../../src/policy/rules';
import type { Status } from '../../../src/policy/types';
import type { Concern, ConcernKind } from '../../../src/shared/contract';
import { Lozenge, type LozengeAppearance } from '../ui/Lozenge';
import { Message } from '../ui/Message';
import type { Answer, SpaceStatusView } from './answers';
import { ConcernForm, ConcernList, concernKindsFor } from './ConcernPanel';
import { ConfidenceBadge, Evidence } from './Evidence';
import { examplesFor, type DataExample } from './examples';
import { explainInApp, explainMetadata, spaceTimeline, type Explanation } from './explain';
import { useI18n } from './i18n';

export type ConcernsState = { phase: 'loading' } | { phase: 'failed' } | { phase: 'ready'; concerns: Concern[] };

export interface SpacePageProps {
  status: SpaceStatusView;
  jiraSpaceType?: string;
  concerns: ConcernsState;
  onRaise: (payload: { kind: ConcernKind; message: string }) => Promise<Answer<Concern>>;
}

/** Metadata never has per-space control (R20); this is why, with its own evidence. */
const METADATA_ORG_ONLY = 'R20';

const STATUS_APPEARANCE: Record<Status, LozengeAppearance> = { contributing: 'inprogress', 'not-contributing': 'default', pending: 'moved' };

/** The status in words from this page's catalogue (which covers every shipped locale); colour only supports it. */
function StatusLozenge({ status }: { status: Status }) {
  const { m } = useI18n();
  return <Lozenge appearance={STATUS_APPEARANCE[status]}>{m.ui.status[status]}</Lozenge>;
}

function ExplanationList({ items, testId }: { items: Explanation[]; testId: string }) {
  const { m, words, date } = useI18n();
  return (
    <ul className="cl-reasons" data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} className="cl-reason" data-reason={item.id}>
          <p className="cl-reason__text">{m.explain[item.id]({ words, date: item.date ? date(item.date) : '', code: item.code ?? '' })}</p>
          <Evidence confidence={item.confidence} rule={item.rule} source={item.source} />
        </li>
      ))}
    </ul>
  );
}

/** Verdicts whose status has a date of its own; an excluded org or an inactive app is not dated by the space. */
const DATED_CODES: ReadonlySet<string> = new Set(['FOLLOWS_ORG', 'FOLLOWS_APP', 'SPACE_INCLUDED', 'SPACE_EXCLUDED']);

function Header({ status }: { status: SpaceStatusView }) {
  const { m, words, date } = useI18n();
  return (
    <header className="cl-header">
      <p className="cl-header__context">{words.spaceLabel(status.space.key)}</p>
      <h1 className="cl-header__title">{m.appTitle}</h1>
      <p className="cl-header__intro">{m.intro(words)}</p>
      <p className="ui-subtle">{m.asOf(date(status.day))}</p>
    </header>
  );
}

function Summary({ status }: { status: SpaceStatusView }) {
  const { m, words, date } = useI18n();
  const r20 = rule(METADATA_ORG_ONLY);
  return (
    <section className="cl-section" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="ui-visually-hidden">
        {m.summaryHeading}
      </h2>
      <div className="cl-cards">
        <article className="cl-card" aria-labelledby="in-app-heading" data-testid="in-app-card">
          <div className="cl-card__head">
            <h3 id="in-app-heading" className="cl-card__title">
              {m.inAppHeading}
            </h3>
            <StatusLozenge status={status.inAppData} />
          </div>
          <p className="cl-card__sentence">{m.inAppSentence[status.inAppData](words)}</p>
          {status.inAppData === 'pending' && status.projected ? <p className="cl-card__note">{m.projected(m.ui.status[status.projected])}</p> : null}
          {/* The server dates the space: its own include/exclude entry, or the setting it follows. */}
          {status.since && DATED_CODES.has(status.code) ? <p className="ui-subtle">{m.since(date(status.since))}</p> : null}
          <p className="cl-card__note">{m.mode[status.mode]}</p>
        </article>
        <article className="cl-card" aria-labelledby="metadata-heading" data-testid="metadata-card">
          <div className="cl-card__head">
            <h3 id="metadata-heading" className="cl-card__title">
              {m.metadataHeading}
            </h3>
            <StatusLozenge status={status.metadata} />
          </div>
          <p className="cl-card__sentence">{m.metadataSentence[status.metadata]}</p>
          <p className="cl-card__note">{m.metadataOrgOnly}</p>
          <Evidence confidence={r20.confidence} rule={r20.id} source={ruleUrl(r20.id)} />
        </article>
      </div>
    </section>
  );
}

function Notices({ status }: { status: SpaceStatusView }) {
  const { m } = useI18n();
  if (!status.orgExcluded && status.appAccessBlocked !== true) return null;
  return (
    <div className="cl-stack">
      {status.orgExcluded ? (
        <Message appearance="information" title={m.orgExcludedTitle} headingLevel={2}>
          <p>{m.orgExcludedBody}</p>
        </Message>
      ) : null}
      {status.appAccessBlocked === true ? (
        <Message appearance="warning" title={m.appAccessBlockedTitle} headingLevel={2}>
          <p>{m.appAccessBlockedBody}</p>
        </Message>
      ) : null}
    </div>
  );
}

function Why({ status }: { status: SpaceStatusView }) {
  const { m } = useI18n();
  return (
    <section className="cl-section" aria-labelledby="why-heading">
      <h2 id="why-heading" className="cl-section__title">
        {m.reasonsHeading}
      </h2>
      <h3 className="cl-subtitle">{m.inAppHeading}</h3>
      <ExplanationList items={explainInApp(status)} testId="in-app-reasons" />
      <h3 className="cl-subtitle">{m.metadataHeading}</h3>
      <ExplanationList items={explainMetadata(status)} testId="metadata-reasons" />
    </section>
  );
}

function Timeline({ status }: { status: SpaceStatusView }) {
  const { m, date, words } = useI18n();
  const items = spaceTimeline(status);
  return (
    <section className="cl-section" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading" className="cl-section__title">
        {m.deadlinesHeading}
      </h2>
      {status.inAppRemovalBy ? null : <p className="ui-subtle">{m.noDeadlines}</p>}
      {/* Focusable and labelled: at 320 px the table scrolls inside this container, by keyboard too. */}
      <div className="ui-table-wrap" tabIndex={0} role="region" aria-labelledby="deadlines-heading">
        <table className="ui-table cl-timeline" data-testid="timeline">
          <caption className="ui-visually-hidden">{m.timelineHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{m.timelineDate}</th>
              <th scope="col">{m.timelineEvent}</th>
              <th scope="col">{m.timelineConfidence}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-timeline={item.id} className={item.upcoming ? 'cl-timeline__upcoming' : undefined}>
                <td className="cl-timeline__date">
                  <time dateTime={item.date}>{date(item.date)}</time>
                </td>
                <td>{m.timeline[item.id]({ words, date: date(item.date), code: '' })}</td>
                <td>
                  <Evidence confidence={item.confidence} rule={item.rule} source={item.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Examples({ product, jiraSpaceType }: { product: SpaceStatusView['product']; jiraSpaceType?: string }) {
  const { m, words } = useI18n();
  const examples = examplesFor(product, jiraSpaceType);
  const column = (kind: DataExample['kind'], title: string, intro: string) => (
    <div className="cl-examples__column" data-testid={`examples-${kind}`}>
      <h3 className="cl-subtitle">{title}</h3>
      <p className="ui-subtle">{intro}</p>
      <ul className="cl-examples__list">
        {examples
          .filter((example) => example.kind === kind)
          .map((example) => (
            <li key={example.id} className="cl-example">
              <span className="cl-example__text">{m.examples[example.id]}</span>
              <Evidence confidence={example.confidence} rule={example.rule} source={example.source} />
            </li>
          ))}
      </ul>
    </div>
  );
  return (
    <section className="cl-section" aria-labelledby="examples-heading">
      <h2 id="examples-heading" className="cl-section__title">
        {m.examplesHeading(words)}
      </h2>
      <p>{m.examplesIntro}</p>
      <div className="cl-examples">
        {column('in-app', m.inAppExamplesHeading, m.inAppExamplesIntro)}
        {column('metadata', m.metadataExamplesHeading, m.metadataExamplesIntro)}
      </div>
    </section>
  );
}

function AskOrgAdmins({ status, concerns, onRaise }: Pick<SpacePageProps, 'status' | 'concerns' | 'onRaise'>) {
  const { m, words } = useI18n();
  if (!status.canRaiseConcern) {
    return (
      <section className="cl-section" aria-labelledby="concern-heading">
        <h2 id="concern-heading" className="cl-section__title">
          {m.concernHeading}
        </h2>
        <p className="ui-subtle" data-testid="read-only-note">
          {m.readOnlyNote}
        </p>
      </section>
    );
  }
  return (
    <section className="cl-section" aria-labelledby="concern-heading">
      <h2 id="concern-heading" className="cl-section__title">
        {m.concernHeading}
      </h2>
      <p>{m.concernIntro(words)}</p>
      <ConcernForm kinds={concernKindsFor(status)} onRaise={onRaise} />
      <h3 className="cl-subtitle">{m.myConcernsHeading}</h3>
      {concerns.phase === 'loading' ? (
        <p className="ui-subtle">{m.loading}</p>
      ) : concerns.phase === 'failed' ? (
        <p className="ui-subtle">{m.myConcernsFailed}</p>
      ) : (
        <ConcernList concerns={concerns.concerns} />
      )}
    </section>
  );
}

function Legend() {
  const { m } = useI18n();
  const levels = ['documented', 'reported', 'interpreted'] as const;
  return (
    <section className="cl-section" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="cl-section__title">
        {m.legendHeading}
      </h2>
      <dl className="cl-legend">
        {levels.map((level) => (
          <div key={level} className="cl-legend__row">
            <dt>
              <ConfidenceBadge confidence={level} />
            </dt>
            <dd>{m.ui.confidenceHelp[level]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function SpacePage({ status, jiraSpaceType, concerns, onRaise }: SpacePageProps) {
  const { m } = useI18n();
  return (
    <main className="cl-page" data-product={status.product}>
      <Header status={status} />
      <Notices status={status} />
      <Summary status={status} />
      <Why status={status} />
      <Timeline status={status} />
      <Examples product={status.product} jiraSpaceType={jiraSpaceType} />
      <AskOrgAdmins status={status} concerns={concerns} onRaise={onRaise} />
      <Legend />
      <footer className="cl-footer">
        <p className="ui-subtle">{m.footer}</p>
      </footer>
    </main>
  );
}
