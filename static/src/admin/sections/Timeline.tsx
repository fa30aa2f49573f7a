/** Timeline: an SVG chart and the same entries as a table. Entries come from the evaluation in the overview. */
import { useId } from 'react';
import { TableWrap } from '../../ui/TableWrap';
import type { TimelineEntry, TimelineKind } from '../../../../src/policy/types';
import { useT } from '../../i18n/admin';
import { formatDate } from '../../ui/format';
import { intlLocale, useLanguage } from '../../ui/language';
import { ConfidenceBadge } from '../../ui/Reasons';
import { timelineText } from '../../ui/serverText';
import { useAdmin } from '../context';
import { DateText, SectionHeader } from '../parts';
import { AXIS_Y, LEFT, LEVEL_GAP, makeScale, MARKER_R, placeMarkers, RIGHT, WIDTH } from '../timelineScale';

const KIND_COLOUR: Record<TimelineKind, string> = {
  'settings-available': 'var(--ds-icon-information, #1d7afc)',
  effective: 'var(--ds-icon-warning, #e56910)',
  'plan-changed': 'var(--ds-icon-discovery, #8270db)',
  'trial-ended': 'var(--ds-icon-discovery, #8270db)',
  'review-window-ends': 'var(--ds-icon-warning, #e56910)',
  'setting-changed': 'var(--ds-icon-information, #1d7afc)',
  'collection-stopped': 'var(--ds-icon-success, #22a06b)',
  'in-app-removal-deadline': 'var(--ds-icon-danger, #c9372c)',
  'model-retrain-deadline': 'var(--ds-icon-danger, #c9372c)',
  'retention-ends': 'var(--ds-icon-subtle, #626f86)',
};

export default function Timeline() {
  const t = useT();
  const language = useLanguage();
  const { overview } = useAdmin();
  const entries = overview.status.evaluation.timeline;
  return (
    <div className="adm-section" data-section="timeline">
      <SectionHeader title={t.timeline.heading} intro={t.timeline.intro} />
      {entries.length === 0 ? <p className="ui-subtle">{t.timeline.empty}</p> : <TimelineChart entries={entries} today={overview.status.day} />}
      {entries.length > 0 ? (
        <TableWrap label={t.timeline.listCaption} className="ui-card">
          <table className="ui-table" data-testid="timeline-table">
            <caption>{t.timeline.listCaption}</caption>
            <thead>
              <tr>
                <th scope="col" className="ui-num">
                  #
                </th>
                <th scope="col">{t.timeline.date}</th>
                <th scope="col">{t.timeline.event}</th>
                <th scope="col">{t.timeline.confidence}</th>
                <th scope="col">{t.timeline.when}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, i) => {
                const when = whenOf(entry.on, overview.status.day);
                return (
                  <tr key={`${entry.on}-${entry.kind}-${i}`} data-kind={entry.kind} data-when={when} className={when === 'today' ? 'adm-today-row' : undefined}>
                    <td className="ui-num">{i + 1}</td>
                    <td className="ui-nowrap">
                      <DateText date={entry.on} />
                    </td>
                    <th scope="row" className="adm-row-head">
                      {t.timeline.kinds[entry.kind]}
                      <TimelineSentence entry={entry} language={language} />
                    </th>
                    <td>
                      <ConfidenceBadge confidence={entry.confidence} />
                    </td>
                    <td className={when === 'passed' ? 'ui-nowrap ui-subtle' : 'ui-nowrap'} data-testid="timeline-when">
                      {t.timeline.whenStates[when]}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </div>
  );
}

/** Whether an entry lies before, on or after the status day: said in words, not by position or colour alone. */
function whenOf(on: string, today: string): 'passed' | 'today' | 'upcoming' {
  return on < today ? 'passed' : on === today ? 'today' : 'upcoming';
}

function TimelineSentence({ entry, language }: { entry: TimelineEntry; language: ReturnType<typeof useLanguage> }) {
  const local = timelineText(entry, language, useT());
  return (
    <span className="adm-block ui-small ui-subtle" lang={local.lang}>
      {local.text}
    </span>
  );
}

function TimelineChart({ entries, today }: { entries: readonly TimelineEntry[]; today: string }) {
  const t = useT();
  const language = useLanguage();
  const uid = useId();
  const first = entries.reduce((min, e) => (e.on < min ? e.on : min), today);
  const last = entries.reduce((max, e) => (e.on > max ? e.on : max), today);
  const busyEnd = entries.filter((e) => e.kind !== 'retention-ends').reduce((max, e) => (e.on > max ? e.on : max), today);
  const scale = makeScale(first, last, busyEnd);
  const placed = placeMarkers(entries, scale.x);
  const todayX = scale.x(today);
  const maxLevel = placed.reduce((max, p) => Math.max(max, p.level), 0);
  // Crop the drawing to the rows actually used, leaving room for the "Today" label.
  const top = AXIS_Y - 20 - maxLevel * LEVEL_GAP - MARKER_R - 28;
  let lastLabelX = -Infinity;
  const monthFormat = new Intl.DateTimeFormat(intlLocale(language), { month: 'short', timeZone: 'UTC' });
  const summary = entries.map((e) => `${formatDate(e.on, language)}: ${t.timeline.kinds[e.kind]}`).join('; ');
  return (
    <figure className="adm-timeline ui-card" data-testid="timeline-chart">
      <svg viewBox={`0 ${top} ${WIDTH} ${200 - top}`} role="img" aria-labelledby={`${uid}-title ${uid}-desc`}>
        <title id={`${uid}-title`}>{t.timeline.chartLabel}</title>
        <desc id={`${uid}-desc`}>{summary}</desc>
        <line x1={LEFT} x2={RIGHT} y1={AXIS_Y} y2={AXIS_Y} stroke="var(--ds-border-bold, #758195)" strokeWidth="2" />
        {scale.ticks.map((tick) => {
          const x = scale.x(tick.date);
          const january = tick.date.slice(5, 7) === '01';
          // Labels closer than a year label's width are dropped; the tick stays.
          const labelled = x - lastLabelX >= 36;
          if (labelled) lastLabelX = x;
          return (
            <g key={tick.date}>
              <line x1={x} x2={x} y1={AXIS_Y - 4} y2={AXIS_Y + 4} stroke="var(--ds-border-bold, #758195)" />
              {labelled ? (
                <text x={x} y={AXIS_Y + 20} textAnchor="middle" className={january || tick.label === 'year' ? 'adm-tl-year' : undefined}>
                  {tick.label === 'year' || january ? tick.date.slice(0, 4) : monthFormat.format(new Date(`${tick.date}T00:00:00Z`))}
                </text>
              ) : null}
            </g>
          );
        })}
        {scale.breakX !== null ? (
          <g data-testid="axis-break">
            <rect x={scale.breakX - 6} y={AXIS_Y - 8} width={12} height={16} fill="var(--ds-surface-raised, #ffffff)" />
            <line x1={scale.breakX - 6} x2={scale.breakX - 2} y1={AXIS_Y + 7} y2={AXIS_Y - 7} stroke="var(--ds-border-bold, #758195)" strokeWidth="1.5" />
            <line x1={scale.breakX + 2} x2={scale.breakX + 6} y1={AXIS_Y + 7} y2={AXIS_Y - 7} stroke="var(--ds-border-bold, #758195)" strokeWidth="1.5" />
          </g>
        ) : null}
        <text x={LEFT} y={AXIS_Y + 38} textAnchor="start">
          {formatDate(first, language)}
        </text>
        <text x={RIGHT} y={AXIS_Y + 38} textAnchor="end">
          {formatDate(last, language)}
        </text>
        <g data-testid="today-marker">
          <line x1={todayX} x2={todayX} y1={top + 8} y2={AXIS_Y + 8} stroke="var(--ds-border-brand, #0c66e4)" strokeWidth="2" strokeDasharray="4 3" />
          <text x={todayX + 4} y={top + 16} textAnchor="start" className="adm-tl-today">
            {t.timeline.today}
          </text>
        </g>
        {placed.map(({ entry, number, x, level }) => (
          <line key={`stem-${number}`} x1={x} x2={x} y1={AXIS_Y - 20 - level * LEVEL_GAP} y2={AXIS_Y} stroke={KIND_COLOUR[entry.kind]} strokeWidth="1.5" />
        ))}
        {placed.map(({ entry, number, x, level }) => {
          const y = AXIS_Y - 20 - level * LEVEL_GAP;
          return (
            <g key={`${number}`} data-kind={entry.kind}>
              <circle cx={x} cy={y} r={MARKER_R} fill={KIND_COLOUR[entry.kind]} stroke="var(--ds-surface-raised, #ffffff)" strokeWidth="1.5" />
              <text x={x} y={y + 4} textAnchor="middle" className="adm-tl-num">
                {number}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="ui-small ui-subtle">{t.timeline.intro}</figcaption>
    </figure>
  );
}
