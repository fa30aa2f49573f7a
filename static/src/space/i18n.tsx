/** The reader's language, its messages and this app's wording, for every component of the page. */
import { createContext, useContext, type ReactNode } from 'react';
import type { SpaceProduct } from '../../../src/shared/contract';
import { SPACE_MESSAGES, type SpaceMessages } from '../i18n/space';
import type { ProductWords } from '../i18n/space.en';
import { LanguageProvider, type Language } from '../ui/language';

export interface SpaceI18n {
  language: Language;
  m: SpaceMessages;
  product: SpaceProduct;
  words: ProductWords;
}

export function makeI18n(language: Language, product: SpaceProduct): SpaceI18n {
  const m = SPACE_MESSAGES[language];
  return { language, m, product, words: m.product[product] };
}

const I18nContext = createContext<SpaceI18n>(makeI18n('en', 'confluence'));

/** Sets the language for the shared components (ui/) and this page's catalogue at once. */
export function I18nProvider({ value, children }: { value: SpaceI18n; children: ReactNode }) {
  return (
    <LanguageProvider language={value.language}>
      <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
    </LanguageProvider>
  );
}

export const useI18n = (): SpaceI18n => useContext(I18nContext);
