/**
 * The rule catalogue: one entry per rule R1–R50, in our own words, with the
 * confidence its sources (sources.ts) allow. Every reason the engine gives points
 * at one of these entries, so the UI can always show confidence and a link.
 */
import { SOURCES, type SourceKey } from './sources';

export type Confidence = 'documented' | 'reported' | 'interpreted';

export interface Rule {
  id: RuleId;
  title: string;
  confidence: Confidence;
  /** Sources in order of weight; empty only for pure interpretations. */
  sources: SourceKey[];
  /** Set when Atlassian states it but the full text could not be read, or sources conflict. */
  caveat?: string;
}

const RULE_IDS = Array.from({ length: 50 }, (_, i) => `R${i + 1}`) as RuleId[];
export type RuleId = `R${number}`;

const r = (id: RuleId, confidence: Confidence, sources: SourceKey[], title: string, caveat?: string): Rule =>
  caveat ? { id, title, confidence, sources, caveat } : { id, title, confidence, sources };

export const RULES: Readonly<Record<string, Rule>> = Object.freeze(
  Object.fromEntries(
    [
      r('R1', 'documented', ['FAQ', 'SETTINGS'], 'From 17 August 2026 Atlassian uses metadata and in-app data to improve its apps for all customers.'),
      r('R2', 'documented', ['FAQ'], 'Before 17 August 2026 the data only improves your own organization’s experience.'),
      r(
        'R3',
        'documented',
        ['TRUSTMAIN', 'FAQ'],
        'Settings rolled out from 16 April 2026 and were available to every organization by 19 May 2026, 90 days before the effective date.',
      ),
      r('R4', 'documented', ['FAQ'], 'Only organizations with an active Jira, Confluence or Jira Service Management plan get data contribution settings.'),
      r('R5', 'documented', ['FAQ'], 'Settings are per Atlassian organization, decided by that organization’s own highest active plan.'),
      r(
        'R6',
        'documented',
        ['FAQ', 'SETTINGS', 'INCLEXCL'],
        'Only organization admins see and change the settings, in Atlassian Administration › Security › Data contribution.',
      ),
      r('R7', 'documented', ['FAQ'], 'The highest active plan is shown in Atlassian Administration › Apps › Atlassian apps.'),
      r('R8', 'documented', ['FAQ'], 'The highest active plan of the organization, trials included, sets the defaults and what can be changed.'),
      r('R9', 'documented', ['FAQ'], 'Active trials and Cloud Migration Trials count toward the highest active plan.'),
      r('R10', 'interpreted', [], 'Plans rank Free < Standard < Premium < Enterprise.'),
      r('R11', 'documented', ['SETTINGS'], 'Free and Standard: metadata is always contributed; in-app data is on by default and can be turned off.'),
      r('R12', 'documented', ['SETTINGS'], 'Premium: metadata is always contributed; in-app data is off by default and can be turned on.'),
      r(
        'R13',
        'documented',
        ['SETTINGS', 'FAQ'],
        'Enterprise: metadata is on by default and can be turned off; in-app data is off by default and can be turned on.',
        'Press reports say Enterprise has both off by default; Atlassian’s own table says metadata on. The sentence after the Enterprise row was cut off.',
      ),
      r('R14', 'documented', ['FAQ'], 'Every customer can opt out of contributing in-app data.'),
      r('R15', 'documented', ['FAQ'], 'The metadata and in-app data settings are independent of each other.'),
      r(
        'R16',
        'documented',
        ['SETTINGS', 'FAQ'],
        'Some customers, including some with compliance requirements, may see different defaults: Atlassian Administration is authoritative.',
      ),
      r(
        'R17',
        'documented',
        ['INCLEXCL', 'SETTINGS'],
        'With in-app data on, admins can exclude spaces, Atlassian apps or Teamwork Graph connectors; with it off, they can include them.',
      ),
      r(
        'R18',
        'documented',
        ['INCLEXCL'],
        'Platform apps and content outside any space (such as site-wide configuration) always follow the organization-level setting.',
      ),
      r('R19', 'interpreted', [], '“Spaces” in the include/exclude lists probably covers Jira spaces (formerly projects) as well as Confluence spaces.'),
      r('R20', 'documented', ['SETTINGS'], 'Metadata has no per-space or per-app control; its only setting is at organization level, on Enterprise.'),
      r(
        'R21',
        'documented',
        ['FAQ'],
        'In scope: Jira, Confluence, Jira Service Management and the platform apps Rovo, Home, Teams, Projects, Assets, Goals, Analytics and Administration.',
      ),
      r('R22', 'documented', ['FAQ'], 'Rovo browser extension data follows the organization-level settings.'),
      r(
        'R23',
        'documented',
        ['FAQ', 'INCLEXCL'],
        'Certain Synced and Synced Lite Teamwork Graph connectors have data contribution settings.',
        'Which connectors are included is not listed.',
      ),
      r(
        'R24',
        'documented',
        ['FAQ'],
        'Apps without data contribution settings contribute nothing: Loom, Trello, Bitbucket, Marketplace apps, Data Center products and connectors.',
      ),
      r('R25', 'documented', ['FAQ'], 'Collections do not widen the scope (Loom stays out with the Teamwork Collection).'),
      r(
        'R26',
        'documented',
        ['FAQ'],
        'Apps added later follow the existing settings; apps without settings contribute nothing; admins are told when new settings arrive.',
      ),
      r('R27', 'documented', ['FAQ'], 'Data contributed from one app may improve other Atlassian apps.'),
      r(
        'R28',
        'documented',
        ['FAQ'],
        'Organizations with certain offerings are excluded: Government Cloud and Isolated Cloud (documented), customer-managed keys (reported).',
        'The FAQ list of offerings could not be read in full; customer-managed keys is reported by the press only.',
      ),
      r(
        'R29',
        'documented',
        ['FAQ'],
        'Organizations with HIPAA compliance, and certain government and financial services customers, are excluded.',
        'The criteria for “certain” customers are not published.',
      ),
      r('R30', 'documented', ['FAQ'], 'Any organization associated with a government entity is excluded.'),
      r('R31', 'documented', ['FAQ'], 'Educational institutions, including government-run ones, are included and follow their highest active plan.'),
      r('R32', 'documented', ['FAQ'], 'An excluded organization contributes nothing; its settings show off and cannot be turned on.'),
      r(
        'R33',
        'interpreted',
        ['BYOK'],
        'Customer-managed keys require Enterprise, so such an organization is an Enterprise organization and is excluded anyway.',
      ),
      r(
        'R34',
        'documented',
        ['FAQ'],
        'When a trial (or Cloud Migration Trial) ends and the highest plan changes, there are 30 days to review before the new settings are used.',
      ),
      r('R35', 'documented', ['FAQ'], 'On plan changes Atlassian keeps existing selections “wherever possible”.', 'The qualifying list was not readable.'),
      r(
        'R36',
        'interpreted',
        [],
        'During the 30-day review window the settings in force before the trial ended keep applying; what may be changed already follows the new plan.',
      ),
      r('R37', 'documented', ['FAQ'], 'Settings can change at any time; those in force on 17 August 2026 govern from that day.'),
      r('R38', 'documented', ['FAQ'], 'Changes after the effective date apply from then on, and previously contributed data is removed as documented.'),
      r(
        'R39',
        'documented',
        ['FAQ'],
        'After an opt-out or the deletion of an app or site, Atlassian stops collecting and stops identifying patterns from that data.',
      ),
      r('R40', 'reported', ['REG', 'LDS'], 'After an opt-out or deletion, in-app data is removed within 30 days and models are retrained within 90 days.'),
      r(
        'R41',
        'reported',
        ['AGT'],
        'One report says content attributes are removed within 90 days; no Atlassian text gives the metadata removal timeline.',
        'Conflicting press reports; treat as unconfirmed.',
      ),
      r('R42', 'reported', ['REG', 'LDS'], 'Contributed data is kept for up to 7 years.', 'It is unclear from which date the 7 years run.'),
      r('R43', 'reported', ['REG'], 'Customers who terminate before 17 August 2026 are not affected.'),
      r(
        'R44',
        'documented',
        ['PROTECT', 'FAQ', 'UNDERSTAND'],
        'Contributed data is de-identified and aggregated, access is restricted, it is encrypted and never sold.',
      ),
      r(
        'R45',
        'documented',
        ['FAQ', 'PROTECT'],
        'Data residency settings stay in effect for contributed in-app data.',
        'Not stated for metadata or de-identified data.',
      ),
      r(
        'R46',
        'documented',
        ['AITERMS'],
        'The AI Terms of October 2025 forbid training across customers on AI inputs and outputs; the updated terms were not available.',
      ),
      r(
        'R47',
        'documented',
        ['TYPES', 'FAQ', 'PROTECT'],
        'Metadata: content attributes (statistics, numeric fields such as story points, derivatives) and common patterns across customers.',
      ),
      r(
        'R48',
        'documented',
        ['TYPES', 'PROTECT'],
        'In-app data: content users create, such as page titles and bodies, work item titles, descriptions and comments, custom status and emoji names.',
      ),
      r(
        'R49',
        'interpreted',
        ['LICENSE_API'],
        'No public API reads data contribution settings or the plan tier; Jira’s license endpoint only tells Free from paid.',
      ),
      r('R50', 'interpreted', [], 'Plans, trials, exclusions and settings must therefore be declared by an admin from Atlassian Administration.'),
    ].map((rule) => [rule.id, rule]),
  ),
);

export const ALL_RULE_IDS: readonly RuleId[] = RULE_IDS;

export function rule(id: RuleId): Rule {
  const found = RULES[id];
  if (!found) throw new RangeError(`unknown rule ${id}`);
  return found;
}

/** The primary source URL of a rule, or null for a pure interpretation. */
export function ruleUrl(id: RuleId): string | null {
  const first = rule(id).sources[0];
  return first ? SOURCES[first].url : null;
}
