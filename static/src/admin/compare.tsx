/** Two evaluations side by side (record preview, what-if). Values come from the server, nothing is recomputed. */
import type { ReactNode } from 'react';
import { TableWrap } from '../ui/TableWrap';
import type { DifferenceCode, Message } from '../../../src/i18n/messages/codes';
import type { Evaluation } from '../../../src/policy/types';
import { useT } from '../i18n/admin';
import { useLanguage } from '../ui/language';
import { differenceText } from '../ui/serverText';
import { StatusLozenge } from '../ui/Lozenge';
import { DateText } from './parts';

export function EvaluationCompare({
  left,
  right,
  leftLabel,
  rightLabel,
  caption,
}: {
  left: Evaluation;
  right: Evaluation;
  leftLabel: string;
  rightLabel: string;
  caption: string;
}) {
  const t = useT();
  const rows: { id: string; label: string; render: (e: Evaluation) => ReactNode; changed: (a: Evaluation, b: Evaluation) => boolean }[] = [
    {
      id: 'metadata',
      label: t.dataTypes.metadata,
      render: (e) => <StatusLozenge status={e.metadata.status} />,
      changed: (a, b) => a.metadata.status !== b.metadata.status,
    },
    {
      id: 'inAppData',
      label: t.dataTypes.inAppData,
      render: (e) => <StatusLozenge status={e.inAppData.status} />,
      changed: (a, b) => a.inAppData.status !== b.inAppData.status,
    },
    {
      id: 'highestPlan',
      label: t.whatIf.highestPlan,
      render: (e) => (e.highestPlan ? t.plans[e.highestPlan] : t.noPlan),
      changed: (a, b) => a.highestPlan !== b.highestPlan,
    },
    {
      id: 'excluded',
      label: t.whatIf.excluded,
      render: (e) => (e.excluded ? e.exclusionReasons.map((r) => t.exclusions[r]).join(', ') : t.common.no),
      changed: (a, b) => a.excluded !== b.excluded,
    },
    {
      id: 'inAppRemovalBy',
      label: t.overview.deadlineInAppRemoval,
      render: (e) => <DateOrDash date={e.deadlines.inAppRemovalBy} />,
      changed: (a, b) => a.deadlines.inAppRemovalBy !== b.deadlines.inAppRemovalBy,
    },
    {
      id: 'modelsRetrainedBy',
      label: t.overview.deadlineModels,
      render: (e) => <DateOrDash date={e.deadlines.modelsRetrainedBy} />,
      changed: (a, b) => a.deadlines.modelsRetrainedBy !== b.deadlines.modelsRetrainedBy,
    },
    {
      id: 'reviewWindowEndsOn',
      label: t.overview.deadlineReview,
      render: (e) => <DateOrDash date={e.deadlines.reviewWindowEndsOn} />,
      changed: (a, b) => a.deadlines.reviewWindowEndsOn !== b.deadlines.reviewWindowEndsOn,
    },
  ];
  return (
    <TableWrap label={caption}>
      <table className="ui-table adm-compare-table" data-testid="compare">
        <caption className="ui-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.whatIf.aspect}</th>
            <th scope="col">{leftLabel}</th>
            <th scope="col">{rightLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const changed = row.changed(left, right);
            return (
              <tr key={row.id} data-row={row.id} data-changed={changed || undefined}>
                <th scope="row" className="adm-row-head">
                  {row.label}
                </th>
                <td data-side="left">{row.render(left)}</td>
                <td data-side="right" className={changed ? 'adm-changed' : undefined}>
                  {row.render(right)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The server's differences in the reader's language: `changes` are their codes, `differences` the same in English (older servers send only those). */
export function DifferenceList({
  differences,
  changes,
  empty,
  heading,
}: {
  differences: string[];
  changes?: Message<DifferenceCode>[];
  empty: string;
  heading: string;
}) {
  const t = useT();
  const language = useLanguage();
  const items =
    changes && changes.length === differences.length
      ? changes.map((c, i) => differenceText(c, differences[i]!, language, t))
      : differences.map((text) => ({ text, lang: language === 'en' ? undefined : ('en' as const) }));
  return (
    <div className="ui-stack" data-testid="differences">
      <h4 className="ui-h4">{heading}</h4>
      {differences.length === 0 ? (
        <p className="ui-subtle">{empty}</p>
      ) : (
        <ul>
          {items.map((d, i) => (
            <li key={i} lang={d.lang}>
              {d.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function DateOrDash({ date }: { date: string | null }) {
  return date ? <DateText date={date} /> : <span className="ui-subtlest">—</span>;
}
