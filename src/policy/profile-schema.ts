/**
 * The declared org profile's zod schemas: the source of the generated check (`npm run generate:validators`) that
 * parseProfile runs, and what the CLI, the tests and the admin UI use directly. Not imported by the Forge functions,
 * which carry no zod (./profile is their zod-free side).
 */
import { z } from '../shared/zod';
import { LATEST_INPUT_DATE } from './constants';
import { isCalendarDate } from './dates';
import { formatPath } from '../shared/path';
import { CALENDAR_DATE_MESSAGE, dateOrderIssue, eventDateIssue, type DateOrderSpec } from '../shared/checks';
import { EXCLUSION_REASONS, MAX_PROFILE_EVENTS, PLANS, PROFILE_SCHEMA_VERSION, SECTORS, SETTINGS, SCOPE_KINDS, type ProfileIssue } from './profile';

export const calendarDate = z
  .string()
  .refine(isCalendarDate, { error: CALENDAR_DATE_MESSAGE })
  // JSON Schema cannot say "a real calendar day": the generated validators call the same isCalendarDate (src/shared/checks.ts).
  .meta({ 'x-check': { fn: 'calendarDate' } });

/**
 * A date in a profile event: a calendar date no later than LATEST_INPUT_DATE,
 * so that deadlines and retention horizons computed from it stay within 9999.
 */
export const eventDate = z
  .string()
  .superRefine((value, ctx) => {
    const message = eventDateIssue(value, LATEST_INPUT_DATE);
    if (message) ctx.addIssue({ code: 'custom', message });
  })
  .meta({ 'x-check': { fn: 'eventDate', latest: LATEST_INPUT_DATE } });

export const productName = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a product name in lower case, such as "jira" or "loom"');

const plan = z.enum(PLANS);

export const planEvent = z.strictObject({
  type: z.literal('plan'),
  on: eventDate,
  product: productName,
  plan,
});

const TRIAL_ORDER: DateOrderSpec = {
  fn: 'dateOrder',
  earlier: 'on',
  later: 'endsOn',
  strict: true,
  at: 'endsOn',
  message: 'must be after the trial start ("on")',
};

export const trialEvent = z
  .strictObject({
    type: z.literal('trial'),
    on: eventDate,
    product: productName,
    plan,
    endsOn: eventDate,
    then: z.union([plan, z.literal('none')]),
    migration: z.boolean().optional(),
  })
  .superRefine((e, ctx) => {
    const message = dateOrderIssue(e, TRIAL_ORDER);
    if (message) ctx.addIssue({ code: 'custom', message, path: [TRIAL_ORDER.at] });
  })
  .meta({ 'x-check': TRIAL_ORDER });

export const removedEvent = z.strictObject({
  type: z.literal('removed'),
  on: eventDate,
  product: productName,
});

export const settingEvent = z.strictObject({
  type: z.literal('setting'),
  on: eventDate,
  setting: z.enum(SETTINGS),
  value: z.enum(['on', 'off']),
});

export const scopeTarget = z.strictObject({
  kind: z.enum(SCOPE_KINDS),
  key: z
    .string()
    .min(1, 'must not be empty')
    .max(255, 'must be at most 255 characters')
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .regex(/^[^\u0000-\u001f]*$/, 'must not contain control characters'),
});

export const scopeEvent = z.strictObject({
  type: z.literal('scope'),
  on: eventDate,
  target: scopeTarget,
  mode: z.enum(['include', 'exclude', 'default']),
});

export const exclusionEvent = z.strictObject({
  type: z.literal('exclusion'),
  on: eventDate,
  reason: z.enum(EXCLUSION_REASONS),
  active: z.boolean(),
});

export const terminatedEvent = z.strictObject({
  type: z.literal('terminated'),
  on: eventDate,
});

export const profileEvent = z.discriminatedUnion('type', [planEvent, trialEvent, removedEvent, settingEvent, scopeEvent, exclusionEvent, terminatedEvent]);

export const orgProfile = z.strictObject({
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  organization: z.string().max(200, 'must be at most 200 characters').optional(),
  sector: z.enum(SECTORS).optional(),
  events: z.array(profileEvent).max(MAX_PROFILE_EVENTS, `must hold at most ${MAX_PROFILE_EVENTS} events`),
});

/** Formats a zod path as `events[3].target.key`. */
export function issuesFromZod(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): ProfileIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

/** JSON Schema of the profile, generated from the zod schema (draft 2020-12). */
export function profileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(orgProfile, { target: 'draft-2020-12', unrepresentable: 'any' });
}
