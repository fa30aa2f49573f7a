/**
 * The checks JSON Schema cannot express, written once and used by both sides: the zod contract (as refinements)
 * and the generated validators (src/shared/generated/validators.ts calls these by name through the `x-check`
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

export interface CheckSpec {
  fn: 'calendarDate' | 'plainText';
  min?: number;
  max?: number;
}

/** What the generated validators call for `x-check`: the message of the first failed check, or null. */
export function runCheck(spec: CheckSpec, value: unknown): string | null {
  if (typeof value !== 'string') return null; // the type keyword reports non-strings
  switch (spec.fn) {
    case 'calendarDate':
      return isCalendarDate(value) ? null : CALENDAR_DATE_MESSAGE;
    case 'plainText':
      return plainTextIssue(value.trim(), spec.min ?? 0, spec.max ?? Number.MAX_SAFE_INTEGER);
  }
}
