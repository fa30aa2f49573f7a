/** The reader's locale, its messages, date formats and this app's wording, for every component of the page. */
import { createContext, useContext, type ReactNode } from 'react';
import type { SpaceProduct } from '../../../src/shared/contract';
import { formatDateTimeUtc, formatShortDate, INTL_TAG, type Locale } from '../lib/locale';
import { englishSpaceMessages, type SpaceMessages } from '../i18n/space';
import type { ProductWords } from '../i18n/space.en';
import { LanguageProvider, type Language } from '../ui/language';
import { UiStringsContext } from '../ui/strings';

export interface SpaceI18n {
  locale: Locale;
  /** The shared components' language for Intl and server texts (ui/ ships fewer): German for German, else English. Their words come from `m.ui`. */
  language: Language;
  m: SpaceMessages;
  product: SpaceProduct;
  words: ProductWords;
  /** `2026-08-17` → the reader's short date. */
  date: (day: string | null | undefined) => string;
  /** ISO timestamp → the reader's date and time, in UTC. */
  dateTime: (iso: string | null | undefined) => string;
}

/** The reader's catalogue as loaded: its locale (the page's `lang`), messages and the Intl tag for dates. */
export interface SpaceText {
  locale: Locale;
  messages: SpaceMessages;
  dateLocale: string;
}

export function makeI18n(locale: Locale, product: SpaceProduct, m: SpaceMessages = englishSpaceMessages, dateLocale: string = INTL_TAG[locale]): SpaceI18n {
  return {
    locale,
    language: locale === 'de' ? 'de' : 'en',
    m,
    product,
    words: m.product[product],
    date: (day) => formatShortDate(day, dateLocale),
    dateTime: (iso) => formatDateTimeUtc(iso, dateLocale),
  };
}

const I18nContext = createContext<SpaceI18n>(makeI18n('en', 'confluence'));

/** Sets the language for the shared components (ui/) and this page's catalogue at once. */
export function I18nProvider({ value, children }: { value: SpaceI18n; children: ReactNode }) {
  return (
    <LanguageProvider language={value.language}>
      <UiStringsContext.Provider value={value.m.ui}>
        <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
      </UiStringsContext.Provider>
    </LanguageProvider>
  );
}

export const useI18n = (): SpaceI18n => useContext(I18nContext);
