/**
 * The reader's language for the shared components. Surfaces set it once from
 * `context.locale`; shipped languages are English and German.
 */
import { createContext, useContext, type ReactNode } from 'react';

export type Language = 'en' | 'de';
export const LANGUAGES: readonly Language[] = ['en', 'de'];

/** Maps a Forge locale such as `de-DE` or `de_DE` to a shipped language; English otherwise. */
export function languageOf(locale: string | null | undefined): Language {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'de' ? 'de' : 'en';
}

/** BCP 47 tag for Intl formatting. */
export function intlLocale(language: Language): string {
  return language === 'de' ? 'de-DE' : 'en-US';
}

const LanguageContext = createContext<Language>('en');

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}
