import type { Reason } from '../../../src/policy/types';
import { ExternalLink } from './ExternalLink';
import { useLanguage } from './language';
import { ConfidenceBadge } from './Reasons';
import { reasonText, type ServerTextLabels } from './serverText';
import { useUiStrings } from './strings';

// Kept apart from Reasons.tsx so pages that only need the badge (the space page) do not load the wording catalogue.
/** The engine's reasons as a list, worded in the reader's language: text, confidence badge and a link to the source. */
export function ReasonList({ reasons, label, labels }: { reasons: readonly Reason[]; label?: string; labels: ServerTextLabels }) {
  const strings = useUiStrings();
  const language = useLanguage();
  if (reasons.length === 0) return null;
  return (
    <ul className="ui-reasons" aria-label={label}>
      {reasons.map((reason, i) => {
        const local = reasonText(reason, language, labels);
        return (
          <li key={`${reason.code}-${i}`} className="ui-reason" data-code={reason.code}>
            <span lang={local.lang}>{local.text}</span>
            <span className="ui-row ui-small">
              <ConfidenceBadge confidence={reason.confidence} />
              <span className="ui-subtlest">{reason.rule}</span>
              {reason.source ? <ExternalLink href={reason.source}>{strings.source}</ExternalLink> : <span className="ui-subtlest">{strings.noSource}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
