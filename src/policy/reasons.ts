import { english } from '../i18n/messages/english';
import type { MessageParams, ReasonCode } from '../i18n/messages/codes';
import { rule, type Confidence, type RuleId } from './rules';
import { SOURCES, type SourceKey } from './sources';
import type { Reason } from './types';

/**
 * Builds a reason that rests on one rule, as a message code with its params;
 * its English text comes from the English catalogue. Confidence and source
 * default to the rule's own; a conclusion can only be made weaker than its rule
 * (for example "interpreted" on a documented rule), never stronger.
 */
export function because<C extends ReasonCode>(
  code: C,
  ruleId: RuleId,
  params: MessageParams[C],
  options: { confidence?: Confidence; source?: SourceKey } = {},
): Reason {
  const base = rule(ruleId);
  const confidence = weakest(base.confidence, options.confidence ?? base.confidence);
  const sourceKey = options.source ?? base.sources[0];
  const text = english({ code, params });
  const reason: Reason = { code, rule: ruleId, text, confidence, source: sourceKey ? SOURCES[sourceKey].url : null };
  if (Object.keys(params).length > 0) reason.params = params;
  return reason;
}

const STRENGTH: Record<Confidence, number> = { documented: 2, reported: 1, interpreted: 0 };

function weakest(a: Confidence, b: Confidence): Confidence {
  return STRENGTH[a] <= STRENGTH[b] ? a : b;
}
