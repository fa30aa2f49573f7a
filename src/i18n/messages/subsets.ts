/**
 * The codes each public surface can show, so a catalogue for just those codes
 * (the languages issue 16 adds for the notice and the space page) is still
 * checked by the compiler: `PartialCatalogue<SpacePageCode>` must word every
 * one of them, with their params.
 */
import type { Code, PartialCatalogue } from './codes';

/** Reasons of one space's in-app status (SpaceStatus.reasons): what the space page can explain. */
export const SPACE_PAGE_CODES = [
  'BEFORE_EFFECTIVE_DATE',
  'TERMINATED_BEFORE_EFFECTIVE',
  'ORGANIZATION_TERMINATED',
  'NO_PRODUCT_WITH_SETTINGS',
  'EXCLUDED_GOVERNMENT_CLOUD',
  'EXCLUDED_ISOLATED_CLOUD',
  'EXCLUDED_CUSTOMER_MANAGED_KEYS',
  'EXCLUDED_HIPAA',
  'EXCLUDED_FINANCIAL_SERVICES',
  'EXCLUDED_GOVERNMENT_ENTITY',
  'SPACE_APP_NOT_CONTRIBUTING',
  'SPACE_EXCLUDED',
  'SPACE_INCLUDED',
  'SPACE_ALSO_JIRA',
  'APP_EXCLUDED',
  'APP_INCLUDED',
  'SPACE_ENTRY_DORMANT',
  'SPACE_FOLLOWS_ORG_ON',
  'SPACE_FOLLOWS_ORG_OFF',
  'SPACE_REMOVAL_DEADLINE',
] as const satisfies readonly Code[];

export type SpacePageCode = (typeof SPACE_PAGE_CODES)[number];
export type SpacePageCatalogue = PartialCatalogue<SpacePageCode>;
