/**
 * Why this space has its status, as statements that each rest on one rule.
 * The server sends the engine's verdict code for the space (one storage read,
 * no reason texts); this turns it into explanations the catalogue words in the
 * reader's language, with the rule's own confidence and source.
 */
import { EFFECTIVE_DATE } from '../../../src/policy/constants';
import type { CalendarDate } from '../../../src/policy/dates';
import { rule, ruleUrl, type Confidence, type RuleId } from '../../../src/policy/rules';
import type { SpaceStatusData } from '../../../src/shared/contract';

export type ExplanationId =
  | 'pending'
  | 'orgExcluded'
  | 'appNotActive'
  | 'spaceExcluded'
  | 'spaceIncluded'
  | 'jiraSpacesInLists'
  | 'followsOrgOn'
  | 'followsOrgOff'
  | 'followsAppOn'
  | 'followsAppOff'
  | 'dormantInclude'
  | 'dormantExclude'
  | 'removal'
  | 'unknownCode'
  | 'metadataPending'
  | 'metadataByPlan';

export type TimelineId = 'effective' | 'since' | 'inAppRemovalBy' | 'modelsRetrainedBy';

export interface Explanation<Id extends string = ExplanationId> {
  id: Id;
  rule: RuleId;
  confidence: Confidence;
  source: string | null;
  /** A date the text refers to. */
  date?: CalendarDate;
  /** The server's code when it is not one this page knows. */
  code?: string;
}

export interface TimelineItem extends Explanation<TimelineId> {
  date: CalendarDate;
  /** After the status day. */
  upcoming: boolean;
}

export type ExplainInput = Pick<
  SpaceStatusData,
  'product' | 'inAppData' | 'projected' | 'code' | 'metadata' | 'mode' | 'orgExcluded' | 'since' | 'inAppRemovalBy' | 'modelsRetrainedBy' | 'day'
>;

function because<Id extends string>(id: Id, ruleId: RuleId, extra: { confidence?: Confidence; date?: CalendarDate; code?: string } = {}): Explanation<Id> {
  const base = rule(ruleId);
  // A statement may be weaker than its rule (our reading of a documented rule), never stronger.
  const confidence = extra.confidence ?? base.confidence;
  return {
    id,
    rule: ruleId,
    confidence,
    source: ruleUrl(ruleId),
    ...(extra.date ? { date: extra.date } : {}),
    ...(extra.code ? { code: extra.code } : {}),
  };
}

/** The in-app status this space has, or will have on the effective date. */
function settled(input: ExplainInput): 'contributing' | 'not-contributing' | undefined {
  return input.inAppData === 'pending' ? input.projected : input.inAppData;
}

export function explainInApp(input: ExplainInput): Explanation[] {
  const out: Explanation[] = [];
  if (input.inAppData === 'pending') out.push(because('pending', 'R2'));
  const on = settled(input) === 'contributing';
  switch (input.code) {
    case 'EXCLUDED_ORG':
      out.push(because('orgExcluded', 'R32'));
      break;
    case 'APP_NOT_ACTIVE':
      out.push(because('appNotActive', 'R4'));
      break;
    case 'SPACE_EXCLUDED':
    case 'SPACE_INCLUDED':
      out.push(because(input.code === 'SPACE_EXCLUDED' ? 'spaceExcluded' : 'spaceIncluded', 'R17'));
      // Atlassian's lists say "spaces"; that this covers Jira spaces is our reading.
      if (input.product === 'jira') out.push(because('jiraSpacesInLists', 'R19'));
      break;
    case 'FOLLOWS_APP':
    case 'FOLLOWS_ORG':
      if (input.mode !== 'default') out.push(because(input.mode === 'include' ? 'dormantInclude' : 'dormantExclude', 'R17', { confidence: 'interpreted' }));
      out.push(input.code === 'FOLLOWS_APP' ? because(on ? 'followsAppOn' : 'followsAppOff', 'R17') : because(on ? 'followsOrgOn' : 'followsOrgOff', 'R17'));
      break;
    default:
      out.push(because('unknownCode', 'R50', { code: input.code }));
  }
  if (input.inAppData === 'not-contributing' && input.inAppRemovalBy) out.push(because('removal', 'R40', { date: input.inAppRemovalBy }));
  return out;
}

export function explainMetadata(input: ExplainInput): Explanation[] {
  const out: Explanation[] = [];
  if (input.metadata === 'pending') out.push(because('metadataPending', 'R2'));
  out.push(input.orgExcluded ? because('orgExcluded', 'R32') : because('metadataByPlan', 'R8'));
  return out;
}

/**
 * Dated entries that concern this space: the effective date, when its current status began, its
 * deadlines. Every date but the effective date comes from the server, which computes them per space.
 */
export function spaceTimeline(input: ExplainInput): TimelineItem[] {
  const items: Explanation<TimelineId>[] = [because('effective', 'R1', { date: EFFECTIVE_DATE })];
  if (input.since && input.since !== EFFECTIVE_DATE) items.push(because('since', 'R38', { date: input.since }));
  if (input.inAppRemovalBy) items.push(because('inAppRemovalBy', 'R40', { date: input.inAppRemovalBy }));
  if (input.modelsRetrainedBy) items.push(because('modelsRetrainedBy', 'R40', { date: input.modelsRetrainedBy }));
  return items
    .map((item) => ({ ...item, date: item.date as CalendarDate, upcoming: (item.date as CalendarDate) > input.day }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
