/** Where a statement comes from, next to how sure it is: [● Documented] Rule R17 · Source */
import type { Confidence } from '../../../src/policy/rules';
import { ExternalLink } from '../ui/ExternalLink';
import { useI18n } from './i18n';

/** The shared badge's markup and classes, with the words from this page's catalogue (every shipped locale). */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const { m } = useI18n();
  return (
    <span className={`ui-confidence ui-confidence--${confidence}`} title={m.ui.confidenceHelp[confidence]}>
      {m.ui.confidence[confidence]}
      <span className="ui-visually-hidden">: {m.ui.confidenceHelp[confidence]}</span>
    </span>
  );
}

export function Evidence({ confidence, rule, source }: { confidence: Confidence; rule: string; source: string | null }) {
  const { m } = useI18n();
  return (
    <span className="cl-evidence">
      <ConfidenceBadge confidence={confidence} />
      <span className="cl-evidence__rule">{m.rule(rule)}</span>
      {source ? (
        <ExternalLink href={source} label={m.sourceOf(rule)}>
          {m.ui.source}
        </ExternalLink>
      ) : (
        <span>{m.ui.noSource}</span>
      )}
    </span>
  );
}
