/** Where a statement comes from, next to how sure it is: [● Documented] Rule R17 · Source */
import type { Confidence } from '../../../src/policy/rules';
import { ExternalLink } from '../ui/ExternalLink';
import { ConfidenceBadge } from '../ui/Reasons';
import { useUiStrings } from '../ui/strings';
import { useI18n } from './i18n';

export function Evidence({ confidence, rule, source }: { confidence: Confidence; rule: string; source: string | null }) {
  const { m } = useI18n();
  const ui = useUiStrings();
  return (
    <span className="cl-evidence">
      <ConfidenceBadge confidence={confidence} />
      <span className="cl-evidence__rule">{m.rule(rule)}</span>
      {source ? (
        <ExternalLink href={source} label={m.sourceOf(rule)}>
          {ui.source}
        </ExternalLink>
      ) : (
        <span>{ui.noSource}</span>
      )}
    </span>
  );
}
