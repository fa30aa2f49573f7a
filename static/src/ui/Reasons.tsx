import type { Confidence } from '../../../src/policy/rules';
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
