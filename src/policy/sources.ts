/** Where each rule comes from. Atlassian pages are documented; press is reported. */
export type SourceKind = 'atlassian' | 'press' | 'third-party';

export interface Source {
  key: string;
  title: string;
  url: string;
  kind: SourceKind;
}

const source = (key: string, title: string, url: string, kind: SourceKind): Source => ({ key, title, url, kind });

export const SOURCES = {
  FAQ: source('FAQ', 'Atlassian: Data contribution FAQs', 'https://www.atlassian.com/trust/ai/data-contribution/faqs', 'atlassian'),
  PROTECT: source(
    'PROTECT',
    'Atlassian: How Atlassian protects contributed data',
    'https://www.atlassian.com/trust/ai/data-contribution/how-atlassian-protects-contributed-data',
    'atlassian',
  ),
  TRUSTMAIN: source('TRUSTMAIN', 'Atlassian Trust Center: Data contribution', 'https://www.atlassian.com/trust/ai/data-contribution', 'atlassian'),
  SETTINGS: source(
    'SETTINGS',
    'Atlassian Support: Data contribution settings',
    'https://support.atlassian.com/security-and-access-policies/docs/data-contribution-settings/',
    'atlassian',
  ),
  INCLEXCL: source(
    'INCLEXCL',
    'Atlassian Support: Include or exclude in-app data',
    'https://support.atlassian.com/security-and-access-policies/docs/include-or-exclude-in-app-data/',
    'atlassian',
  ),
  UNDERSTAND: source(
    'UNDERSTAND',
    'Atlassian Support: Understand data contribution',
    'https://support.atlassian.com/security-and-access-policies/docs/understand-data-contribution/',
    'atlassian',
  ),
  TYPES: source(
    'TYPES',
    'Atlassian Support: What types of data does my organization contribute?',
    'https://support.atlassian.com/security-and-access-policies/docs/what-types-of-data-does-my-organization-contribute/',
    'atlassian',
  ),
  BYOK: source(
    'BYOK',
    'Atlassian Support: Data managed with BYOK encryption',
    'https://support.atlassian.com/security-and-access-policies/docs/data-managed-with-byok-encryption',
    'atlassian',
  ),
  AITERMS: source('AITERMS', 'Atlassian AI Terms (Oct 2025)', 'https://wac-cdn.atlassian.com/zh/legal/ai-terms', 'atlassian'),
  LICENSE_API: source(
    'LICENSE_API',
    'Jira Cloud REST API: instance license',
    'https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-license-metrics',
    'atlassian',
  ),
  REG: source(
    'REG',
    'The Register (Apr 2026), as restated by SecurityOnline',
    'https://securityonline.info/atlassian-ai-data-contribution-policy-jira-confluence-2026/',
    'press',
  ),
  SHACKS: source(
    'SHACKS',
    'The Register (Apr 2026), as restated by Shacks Technology (press)',
    'https://shackstechnology.blogspot.com/2026/04/atlassian-will-collect-jira-and.html',
    'press',
  ),
  LDS: source('LDS', 'Let’s Data Science (press)', 'https://aihot.virxact.com/items/cmo7czypv00ifslmlmb7triab/markdown', 'press'),
  AGT: source(
    'AGT',
    'The Agent Times (press, contains errors)',
    'https://theagenttimes.com/agents/article/atlassian-turns-on-default-data-collection-to-train-our-ai-m-5a9d77f0',
    'press',
  ),
  EASY8: source('EASY8', 'Easy8: metadata vs in-app data (third party)', 'https://www.easy8.com/resources/faq/difference-metadata-in-app-data', 'third-party'),
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
