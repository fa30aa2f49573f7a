/** Locale-aware formatting of the dates the resolvers return. Never reads the clock. */
import { intlLocale, type Language } from './language';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const id = `${language}|${key}`;
  let f = dateFormats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(language), { timeZone: 'UTC', ...options });
    dateFormats.set(id, f);
  }
  return f;
}

/** `2026-08-17` → `17 Aug 2026` / `17. Aug. 2026`; anything unparsable is shown as given. */
export function formatDate(date: string | null | undefined, language: Language): string {
  if (!date) return '';
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return formatter(language, { day: 'numeric', month: 'short', year: 'numeric' }, 'date').format(parsed);
}

/** ISO timestamp → date and time in UTC, labelled as UTC so admins in any zone read the same thing. */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) return iso;
  return `${formatter(language, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, 'datetime').format(parsed)} UTC`;
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}
