import type { Confidence } from '../../../src/policy/rules';
import type { Reason } from '../../../src/policy/types';
import { ExternalLink } from './ExternalLink';
import { useUiStrings } from './strings';

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const strings = useUiStrings();
  return (
    <span className={`ui-confidence ui-confidence--${confidence}`} title={strings.confidenceHelp[confidence]}>
      {strings.confidence[confidence]}
      <span className="ui-visually-hidden">: {strings.confidenceHelp[confidence]}</span>
    </span>
  );
}

/** The engine's reasons as a list: text, confidence badge and a link to the source. */
export function ReasonList({ reasons, label }: { reasons: readonly Reason[]; label?: string }) {
  const strings = useUiStrings();
  if (reasons.length === 0) return null;
  return (
    <ul className="ui-reasons" aria-label={label}>
      {reasons.map((reason, i) => (
        <li key={`${reason.code}-${i}`} className="ui-reason" data-code={reason.code}>
          <span>{reason.text}</span>
          <span className="ui-row ui-small">
            <ConfidenceBadge confidence={reason.confidence} />
            <span className="ui-subtlest">{reason.rule}</span>
            {reason.source ? (
              <ExternalLink href={reason.source}>{strings.source}</ExternalLink>
            ) : (
              <span className="ui-subtlest">{strings.noSource}</span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
