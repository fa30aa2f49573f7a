/**
 * The locales the notice and the space page ship, and how the reader's Forge locale (`view.getContext()` →
 * `locale`, e.g. `fr-FR` or `fr_FR`) maps onto them: language-region, then language, then English.
 * Each id is also the page's `lang` attribute. Catalogues other than English load on demand.
 */
export const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'pl', 'ja', 'ko', 'zh-CN', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];
/** Every locale whose catalogue is a lazy chunk (English is bundled as the fallback). */
export type LazyLocale = Exclude<Locale, 'en'>;

/** Region-qualified tag for Intl when the reader's own tag cannot be used. */
export const INTL_TAG: Readonly<Record<Locale, string>> = {
  en: 'en-US',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  it: 'it-IT',
  nl: 'nl-NL',
  'pt-BR': 'pt-BR',
  pl: 'pl-PL',
  ja: 'ja-JP',
  ko: 'ko-KR',
  'zh-CN': 'zh-CN',
  'zh-TW': 'zh-TW',
};

/** Chinese tags that mean Traditional script (Taiwan, Hong Kong, Macau, or the script named). */
const TRADITIONAL_CHINESE = new Set(['hant', 'tw', 'hk', 'mo']);

function subtagsOf(raw: string | null | undefined): string[] {
  return (raw ?? '')
    .trim()
    .replace(/_/g, '-')
    .split('-')
    .filter((part) => part !== '')
    .map((part) => part.toLowerCase());
}

/** The shipped locale for a Forge locale; any case, `-` or `_`. */
export function localeOf(raw: string | null | undefined): Locale {
  const [language, ...rest] = subtagsOf(raw);
  if (!language) return 'en';
  for (const subtag of rest) {
    const exact = LOCALES.find((locale) => locale.toLowerCase() === `${language}-${subtag}`);
    if (exact) return exact;
  }
  // Chinese is chosen by script: Simplified unless the tag says Traditional.
  if (language === 'zh') return rest.some((subtag) => TRADITIONAL_CHINESE.has(subtag)) ? 'zh-TW' : 'zh-CN';
  // pt-BR is the one Portuguese shipped. A reader in Portugal (pt-PT, which Forge also reports) reads it far more
  // easily than English; the differences are spelling and some vocabulary, not comprehension.
  if (language === 'pt') return 'pt-BR';
  return LOCALES.find((locale) => locale === language) ?? 'en';
}

/**
 * The Intl tag for dates: the reader's own tag when it is the shipped catalogue's language (de-AT keeps Austrian
 * dates, en-GB British ones), else the catalogue's tag, so dates never mix languages with the text around them.
 */
export function dateLocaleOf(raw: string | null | undefined, locale: Locale): string {
  const [language, ...rest] = subtagsOf(raw);
  const shippedLanguage = locale.split('-')[0]!.toLowerCase();
  if (language === shippedLanguage && localeOf(raw) === locale) {
    const tag = [language, ...rest.map((subtag) => (subtag.length === 2 ? subtag.toUpperCase() : subtag))].join('-');
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0) return tag;
    } catch {
      // Not a well-formed tag: use the catalogue's own.
    }
  }
  return INTL_TAG[locale];
}

/** Formats a calendar date (YYYY-MM-DD, UTC) as a long date for the reader; anything unparsable is shown as given. */
export function formatLongDate(date: string, dateLocale: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(dateLocale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(parsed);
}

/** `2026-08-17` (or an ISO timestamp's day) → `17 Aug 2026` in the reader's conventions; anything unparsable as given. */
export function formatShortDate(date: string | null | undefined, dateLocale: string): string {
  if (!date) return '';
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(parsed);
}

/** ISO timestamp → date and time in UTC, labelled as UTC so readers in any zone read the same thing. */
export function formatDateTimeUtc(iso: string | null | undefined, dateLocale: string): string {
  if (!iso) return '';
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  };
  return `${new Intl.DateTimeFormat(dateLocale, options).format(parsed)} UTC`;
}
