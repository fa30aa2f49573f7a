/**
 * Concrete examples of in-app data (R48) and metadata (R47) per Atlassian app,
 * each with the confidence its source allows (rules R47–R48 in src/policy/rules.ts). Texts live in
 * the i18n catalogue under the same ids.
 */
import type { Confidence, RuleId } from '../../../src/policy/rules';
import { SOURCES, type SourceKey } from '../../../src/policy/sources';
import type { SpaceProduct } from '../../../src/shared/contract';
import type { ExampleId } from '../i18n/space.en';

export type DataKind = 'in-app' | 'metadata';

export interface DataExample {
  id: ExampleId;
  kind: DataKind;
  rule: RuleId;
  confidence: Confidence;
  source: string;
}

type Row = [id: ExampleId, kind: DataKind, confidence: Confidence, source: SourceKey];

const IN_APP = 'R48' as RuleId;
const METADATA = 'R47' as RuleId;

const ROWS: Record<SpaceProduct, Row[]> = {
  confluence: [
    ['confluence-page-titles-bodies', 'in-app', 'documented', 'TYPES'],
    // R48 defines in-app data as content users create; comments are not named for Confluence.
    ['confluence-comments', 'in-app', 'interpreted', 'TYPES'],
    ['custom-status-names', 'in-app', 'documented', 'TYPES'],
    ['custom-emoji-names', 'in-app', 'documented', 'TYPES'],
    ['content-statistics', 'metadata', 'documented', 'TYPES'],
    ['confluence-readability', 'metadata', 'reported', 'REG'],
    ['confluence-similarity', 'metadata', 'reported', 'REG'],
    ['common-patterns-queries', 'metadata', 'reported', 'EASY8'],
  ],
  jira: [
    ['jira-titles', 'in-app', 'documented', 'PROTECT'],
    ['jira-descriptions', 'in-app', 'documented', 'TYPES'],
    ['jira-comments', 'in-app', 'documented', 'TYPES'],
    ['custom-status-names', 'in-app', 'documented', 'TYPES'],
    ['custom-emoji-names', 'in-app', 'documented', 'TYPES'],
    ['jira-workflow-names', 'in-app', 'reported', 'REG'],
    ['jira-story-points', 'metadata', 'documented', 'PROTECT'],
    ['jira-work-item-type', 'metadata', 'documented', 'PROTECT'],
    ['jira-sprint-end', 'metadata', 'reported', 'REG'],
    ['jira-classification', 'metadata', 'reported', 'REG'],
    ['jira-request-sla', 'metadata', 'reported', 'REG'],
    ['jira-type-names', 'metadata', 'reported', 'EASY8'],
  ],
};

/**
 * The examples for one space. Request SLAs only exist in service spaces, so
 * they are shown there (or when the space type is unknown), not in software spaces.
 */
export function examplesFor(product: SpaceProduct, jiraSpaceType?: string): DataExample[] {
  return ROWS[product]
    .filter(([id]) => id !== 'jira-request-sla' || jiraSpaceType === undefined || jiraSpaceType === 'service_desk')
    .map(([id, kind, confidence, source]) => ({ id, kind, rule: kind === 'in-app' ? IN_APP : METADATA, confidence, source: SOURCES[source].url }));
}
