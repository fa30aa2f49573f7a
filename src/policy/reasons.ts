import { rule, type Confidence, type RuleId } from './rules';
import { SOURCES, type SourceKey } from './sources';
import type { Reason, ReasonParams } from './types';

/**
 * Builds a reason that rests on one rule. Confidence and source default to the
 * rule's own; a conclusion can only be made weaker than its rule (for example
 * "interpreted" on a documented rule), never stronger.
 */
export function because(
  code: string,
  ruleId: RuleId,
  text: string,
  options: { confidence?: Confidence; source?: SourceKey; params?: ReasonParams } = {},
): Reason {
  const base = rule(ruleId);
  const confidence = weakest(base.confidence, options.confidence ?? base.confidence);
  const sourceKey = options.source ?? base.sources[0];
  const reason: Reason = { code, rule: ruleId, text, confidence, source: sourceKey ? SOURCES[sourceKey].url : null };
  if (options.params) reason.params = options.params;
  return reason;
}

const STRENGTH: Record<Confidence, number> = { documented: 2, reported: 1, interpreted: 0 };

function weakest(a: Confidence, b: Confidence): Confidence {
  return STRENGTH[a] <= STRENGTH[b] ? a : b;
}
