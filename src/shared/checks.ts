/**
 * The checks JSON Schema cannot express, written once and used by both sides: the zod contract (as refinements)
 * and the generated validators (generated/*.cjs call these by name through the `x-check`
 * keyword). Zod-free and Node-free: the contract that uses them is bundled into the browser too.
 */
import { isCalendarDate } from '../policy/dates';

export const CALENDAR_DATE_MESSAGE = 'must be a calendar date YYYY-MM-DD (UTC)';

/**
 * Characters plain text must not carry: C0 and C1 controls (newline and tab are
 * fine), bidirectional overrides and isolates (they reorder what a reader sees),
 * zero-width and invisible formatting characters (they hide text), and lone
 * surrogates (not text at all).
 */
const UNSAFE_TEXT =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const hasUnsafeText = (value: string): boolean => UNSAFE_TEXT.test(value);

/** String length as zod's min/max measure it: Unicode code points (a surrogate pair counts once). */
export function codePointLength(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    if ((value.charCodeAt(i) & 0xfc00) === 0xd800 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * Plain text as the contract accepts it, checked on the trimmed value (the caller trims): length within
 * [min, max], no control, bidi-override or invisible characters. Null when it passes, else the message.
 */
export function plainTextIssue(trimmed: string, min: number, max: number): string | null {
  const length = codePointLength(trimmed);
  if (length < min) return 'must not be empty';
  if (length > max) return `must be at most ${max} characters`;
  if (hasUnsafeText(trimmed)) return 'must not contain control, bidirectional-override or invisible characters';
  return null;
}

/** A date in a profile event: a calendar day no later than `latest` (the calendar check first, as zod reports it). */
export function eventDateIssue(value: string, latest: string): string | null {
  if (!isCalendarDate(value)) return CALENDAR_DATE_MESSAGE;
  if (value > latest) return `must be on or before ${latest}: later dates would put computed deadlines past 9999-12-31`;
  return null;
}

/**
 * Two date fields of one object in order: `earlier` before `later` (or on the same day unless `strict`). Fields
 * that are absent or not calendar dates are the type and date checks' business, not this one's.
 */
export interface DateOrderSpec {
  fn: 'dateOrder';
  earlier: string;
  later: string;
  strict: boolean;
  /** The field the issue names. */
  at: string;
  message: string;
}

export function dateOrderIssue(value: Record<string, unknown>, spec: DateOrderSpec): string | null {
  const earlier = value[spec.earlier];
  const later = value[spec.later];
  if (typeof earlier !== 'string' || typeof later !== 'string' || !isCalendarDate(earlier) || !isCalendarDate(later)) return null;
  return (spec.strict ? later > earlier : later >= earlier) ? null : spec.message;
}

/** An object (a record) with at most `max` keys. */
export interface MaxKeysSpec {
  fn: 'maxKeys';
  max: number;
  message: string;
}

export const maxKeysIssue = (value: object, spec: MaxKeysSpec): string | null => (Object.keys(value).length <= spec.max ? null : spec.message);

export type CheckSpec =
  { fn: 'calendarDate' } | { fn: 'eventDate'; latest: string } | { fn: 'plainText'; min?: number; max?: number } | DateOrderSpec | MaxKeysSpec;

/**
 * How many zod refinements each check stands for: scripts/generate-validators.ts refuses a schema whose
 * refinements are not all annotated with a check that implements them, so none is dropped silently.
 */
export const REFINEMENTS_PER_CHECK: Readonly<Record<CheckSpec['fn'], number>> = { calendarDate: 1, eventDate: 1, plainText: 1, dateOrder: 1, maxKeys: 1 };

/** What the generated validators call for `x-check`: the message of the first failed check, or null. */
export function runCheck(spec: CheckSpec, value: unknown): string | null {
  // Values of the wrong type are the type keyword's to report.
  if (spec.fn === 'dateOrder' || spec.fn === 'maxKeys') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    return spec.fn === 'dateOrder' ? dateOrderIssue(value as Record<string, unknown>, spec) : maxKeysIssue(value, spec);
  }
  if (typeof value !== 'string') return null;
  switch (spec.fn) {
    case 'calendarDate':
      return isCalendarDate(value) ? null : CALENDAR_DATE_MESSAGE;
    case 'eventDate':
      return eventDateIssue(value, spec.latest);
    case 'plainText':
      return plainTextIssue(value.trim(), spec.min ?? 0, spec.max ?? Number.MAX_SAFE_INTEGER);
  }
}
