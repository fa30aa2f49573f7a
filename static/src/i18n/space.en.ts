/**
 * Space/project page texts, English. This file defines the message shape:
 * every other catalogue must match it key for key (checked by the compiler).
 * Jira projects are "spaces" and issues are "work items" in every UI text.
 */
import type { Status } from '../../../src/policy/types';
import type { SpaceProduct } from '../../../src/shared/contract';
import type { ExplanationId, TimelineId } from '../space/explain';
import { UI_STRINGS, type UiStrings } from '../ui/strings';

export type ConcernKind = 'concern' | 'exclude' | 'include';
export type ConcernStateName = 'open' | 'answered' | 'resolved';
/** Example ids, see `space/examples.ts`. */
export type ExampleId =
  | 'confluence-page-titles-bodies'
  | 'confluence-comments'
  | 'custom-status-names'
  | 'custom-emoji-names'
  | 'jira-titles'
  | 'jira-descriptions'
  | 'jira-comments'
  | 'jira-workflow-names'
  | 'confluence-readability'
  | 'confluence-similarity'
  | 'content-statistics'
  | 'common-patterns-queries'
  | 'jira-story-points'
  | 'jira-work-item-type'
  | 'jira-sprint-end'
  | 'jira-classification'
  | 'jira-request-sla'
  | 'jira-type-names';

export interface ProductWords {
  /** "Jira" / "Confluence". */
  app: string;
  /** Heading line under the title, e.g. "Jira space ENG". */
  spaceLabel: (key: string) => string;
  /** What users create here, plural, e.g. "work items". */
  content: string;
}

/** What an explanation's text may refer to; dates come formatted for the reader. */
export interface ExplainArgs {
  words: ProductWords;
  date: string;
  code: string;
}

/**
 * The shared components' words this page shows (status lozenges, confidence badges, source links, the error
 * panel, the hidden "opens in a new tab"). The shared catalogue (ui/strings.ts) has fewer languages, so the page
 * carries the whole set for every locale it ships and provides it to the shared components (space/i18n.tsx).
 */
export type SpaceUiWords = UiStrings;

export function uiWordsOf(strings: UiStrings): SpaceUiWords {
  return strings;
}

/** Checks a message group against its full type, so each language must provide every key. */
const complete = <T>(messages: T): T => messages;

const en = {
  ui: uiWordsOf(UI_STRINGS.en),
  appTitle: 'Data contribution',
  loading: 'Loading the data contribution status of this space…',
  loadFailed: 'The data contribution status could not be loaded.',
  loadFailedDetail: (detail: string) => `Details: ${detail}`,
  unsupportedSurface: 'This page only works as a Jira or Confluence space page.',
  product: {
    jira: { app: 'Jira', spaceLabel: (key: string) => `Jira space ${key}`, content: 'work items' },
    confluence: { app: 'Confluence', spaceLabel: (key: string) => `Confluence space ${key}`, content: 'pages' },
  } satisfies Record<SpaceProduct, ProductWords>,
  intro: (p: ProductWords) =>
    `Since 17 August 2026 Atlassian uses customer data to improve its AI for all customers. This page shows what applies to the ${p.content} in this space, and why.`,
  asOf: (day: string) => `Status as of ${day}`,
  sourceOf: (rule: string) => `for ${rule}`,
  rule: (id: string) => `Rule ${id}`,
  summaryHeading: 'Summary',
  inAppHeading: 'In-app data from this space',
  inAppSentence: {
    contributing: (p: ProductWords) => `Content of the ${p.content} in this space is used to improve Atlassian's AI for all customers.`,
    'not-contributing': (p: ProductWords) => `Content of the ${p.content} in this space is not used to improve Atlassian's AI.`,
    pending: (p: ProductWords) => `What happens to the content of the ${p.content} in this space is decided on 17 August 2026.`,
  },
  projected: (status: string) => `From 17 August 2026, if nothing changes: ${status}`,
  since: (day: string) => `Since ${day}`,
  mode: {
    include: 'This space is on the org’s include list.',
    exclude: 'This space is on the org’s exclude list.',
    default: 'This space follows the organization setting (not on any include or exclude list).',
  },
  metadataHeading: 'Metadata',
  metadataSentence: {
    contributing: 'Metadata about content in this organization is used to improve Atlassian’s AI.',
    'not-contributing': 'Metadata about content in this organization is not used to improve Atlassian’s AI.',
    pending: 'Whether metadata is used is decided on 17 August 2026.',
  } satisfies Record<Status, string>,
  metadataOrgOnly: 'Set for the whole organization. It cannot be changed for a single space: metadata has no per-space or per-app control.',
  orgExcludedTitle: 'This organization is excluded',
  orgExcludedBody: 'Atlassian does not use any data from this organization, and contribution cannot be turned on.',
  appAccessBlockedTitle: 'Contribution Lens cannot read this space',
  appAccessBlockedBody:
    'App access rules block this app from this space. The status shown still follows the declared organization profile, but the app cannot show anything from inside the space.',
  reasonsHeading: 'Why',
  deadlinesHeading: 'Deadlines and timeline',
  noDeadlines: 'No removal deadline applies to this space.',
  timelineHeading: 'Timeline',
  timelineDate: 'Date',
  timelineEvent: 'What happens',
  timelineConfidence: 'Confidence and source',
  examplesHeading: (p: ProductWords) => `What counts as data in ${p.app}`,
  examplesIntro: 'Atlassian distinguishes two kinds of data. Examples from this app:',
  inAppExamplesHeading: 'In-app data',
  inAppExamplesIntro: 'Content people create. Controlled per space by the org admins.',
  metadataExamplesHeading: 'Metadata',
  metadataExamplesIntro: 'Characteristics of content and patterns common across customers. Organization level only.',
  examples: {
    'confluence-page-titles-bodies': 'Page titles and page content',
    'confluence-comments': 'Comments on pages',
    'custom-status-names': 'Names of custom statuses',
    'custom-emoji-names': 'Names of custom emojis',
    'jira-titles': 'Work item titles, such as “Fix login error on iOS after the latest mobile update”',
    'jira-descriptions': 'Work item descriptions',
    'jira-comments': 'Comments on work items',
    'jira-workflow-names': 'Names of custom workflows',
    'confluence-readability': 'Readability scores and complexity ratings of page content',
    'confluence-similarity': 'Semantic similarity scores between two pages',
    'content-statistics': 'Statistics, numbers and other values derived from your content',
    'common-patterns-queries': 'Patterns common across customers, for example in search queries and Rovo Chat prompts',
    'jira-story-points': 'Numbers in Atlassian fields, such as “Story points: 3”',
    'jira-work-item-type': 'The work item type',
    'jira-sprint-end': 'Dates in Atlassian fields, such as the sprint end date',
    'jira-classification': 'Task classifications, such as “sales work item”',
    'jira-request-sla': 'Request SLAs in Jira Service Management',
    'jira-type-names': 'Common custom work item type names, such as “bug” or “repair ticket”',
  } satisfies Record<ExampleId, string>,
  concernHeading: 'Ask the org admins',
  concernIntro: (p: ProductWords) =>
    `As an admin of this space you can raise a concern or ask the org admins to exclude or include this space. Only org admins can change data contribution, in Atlassian Administration. ${p.app} shows them your message in Contribution Lens.`,
  concernKindLegend: 'What do you want to ask?',
  concernKind: {
    concern: 'Raise a concern',
    exclude: 'Ask to exclude this space',
    include: 'Ask to include this space',
  } satisfies Record<ConcernKind, string>,
  /** How a raised concern is labelled in the list. */
  concernKindLabel: {
    concern: 'Concern about this space',
    exclude: 'Request: exclude this space from in-app data contribution',
    include: 'Request: include this space in in-app data contribution',
  } satisfies Record<ConcernKind, string>,
  concernMessageLabel: 'Message to the org admins',
  concernMessageHelp: 'Explain why, in plain text.',
  concernCharactersLeft: (left: number) => `${left} characters left`,
  concernMessageRequired: 'Enter a message.',
  concernMessageTooLong: (max: number) => `The message must be at most ${max} characters.`,
  concernSubmit: 'Send to org admins',
  concernSending: 'Sending…',
  concernSent: 'Sent. The org admins will see your message in Contribution Lens; their answer appears below.',
  concernFailed: (detail: string) => `Your message was not sent: ${detail}`,
  concernForbidden: 'Only admins of this space can send requests to the org admins.',
  concernRateLimited: 'Too many requests. Wait a moment and try again.',
  myConcernsHeading: 'Your requests for this space',
  myConcernsEmpty: 'You have not sent any requests for this space.',
  myConcernsFailed: 'Your earlier requests could not be loaded.',
  concernState: { open: 'Waiting for an answer', answered: 'Answered', resolved: 'Resolved' } satisfies Record<ConcernStateName, string>,
  concernRaisedAt: (when: string) => `Sent ${when}`,
  concernAnswer: 'Answer from the org admins',
  concernAnsweredAt: (when: string) => `Answered ${when}`,
  concernResolution: 'Resolution note',
  concernResolvedAt: (when: string) => `Resolved ${when}`,
  readOnlyNote: 'Only admins of this space can send requests to the org admins. Ask one of them if you have a concern.',
  legendHeading: 'How sure is this?',
  footer:
    'Contribution Lens computes this from the organization profile its org admins declared. Atlassian Administration › Security › Data contribution is authoritative.',
  explain: complete<Record<ExplanationId, (x: ExplainArgs) => string>>({
    pending: () =>
      'Until 17 August 2026 data is used only to improve this organization’s own experience. The status shown for that day applies if nothing changes.',
    orgExcluded: () =>
      'Atlassian excludes this organization (for example Government Cloud, Isolated Cloud or HIPAA compliance): none of its data is used, and contribution cannot be turned on.',
    appNotActive: (x: ExplainArgs) =>
      `${x.words.app} is not an active app with data contribution settings in this organization, so nothing from this space is contributed.`,
    spaceExcluded: () => 'In-app data is on for the organization, but an org admin excluded this space.',
    spaceIncluded: () => 'In-app data is off for the organization, but an org admin included this space.',
    jiraSpacesInLists: () => 'Atlassian’s include and exclude lists name “spaces”. Contribution Lens reads that as covering Jira spaces too.',
    followsOrgOn: () => 'In-app data is on for the organization, and this space follows that setting.',
    followsOrgOff: () => 'In-app data is off for the organization, and this space follows that setting.',
    followsAppOn: (x: ExplainArgs) => `In-app data is on for ${x.words.app} in this organization, and this space follows that setting.`,
    followsAppOff: (x: ExplainArgs) => `In-app data is off for ${x.words.app} in this organization, and this space follows that setting.`,
    dormantInclude: () => 'This space is on the include list, which only takes effect while in-app data is off.',
    dormantExclude: () => 'This space is on the exclude list, which only takes effect while in-app data is on.',
    removal: (x: ExplainArgs) => `In-app data already collected should be removed by ${x.date}.`,
    unknownCode: (x: ExplainArgs) => `The organization profile gives this space the status code ${x.code}, which this page does not know. Ask an org admin.`,
    metadataPending: () => 'Until 17 August 2026 metadata is used only to improve this organization’s own experience.',
    metadataByPlan: () =>
      'Metadata follows the organization’s highest active plan: always contributed on Free, Standard and Premium; on Enterprise it is on by default and an org admin can turn it off.',
  }),
  timeline: complete<Record<TimelineId, (x: ExplainArgs) => string>>({
    effective: () => 'Atlassian starts using contributed data to improve its AI for all customers.',
    since: () => 'The organization’s current in-app data setting applies from this day.',
    inAppRemovalBy: () => 'In-app data collected before the last stop is removed by this date.',
    modelsRetrainedBy: () => 'Models trained on that data are retrained by this date.',
  }),
};

export type SpaceMessages = typeof en;
export const spaceEn: SpaceMessages = en;
