/**
 * Manifest module keys the UI navigates to. They must match manifest.yml;
 * test/preview/manifest.test.ts fails if they drift.
 */
export const MODULE_KEYS = {
  confluenceSpacePage: 'contribution-lens-space',
  jiraProjectPage: 'contribution-lens-project',
} as const;
