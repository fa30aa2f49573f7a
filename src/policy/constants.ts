/** Dates and periods of Atlassian's data contribution policy, each with the rule it comes from. */
import { addDays, addYears, type CalendarDate } from './dates';

/** Bumped whenever a rule's reading changes, so stored evaluations say which reading produced them. */
export const POLICY_VERSION = '2026.11.2';

/** R3: rollout of the settings began. Settings recorded earlier did not exist yet. */
export const ROLLOUT_BEGAN: CalendarDate = '2026-04-16';
/** R3: settings available to every eligible organization. */
export const SETTINGS_AVAILABLE: CalendarDate = '2026-05-19';
/** R1: Atlassian starts using contributed data for all customers. */
export const EFFECTIVE_DATE: CalendarDate = '2026-08-17';

/** R34: review window after a trial end that changes the highest plan. */
export const REVIEW_WINDOW_DAYS = 30;
/** R40 (reported): in-app data removed from datasets after a stop. */
export const IN_APP_REMOVAL_DAYS = 30;
/** R40 (reported): models retrained after a stop. */
export const MODEL_RETRAIN_DAYS = 90;
/** R42 (reported): contributed data kept for up to this many years. */
export const RETENTION_YEARS = 7;

/**
 * The latest date an input may carry: the furthest date the engine computes
 * from an input date is a retention horizon (R42) that starts at the end of a
 * review window (R34), so every computed date stays on or before 9999-12-31.
 */
export const LATEST_INPUT_DATE: CalendarDate = addDays(addYears('9999-12-31', -RETENTION_YEARS), -REVIEW_WINDOW_DAYS);
/** Atlassian platform apps that always follow the org-level toggle (R18, R21). */
export const PLATFORM_APPS = ['rovo', 'home', 'teams', 'projects', 'assets', 'goals', 'analytics', 'administration'] as const;
