/**
 * The reader's language for the shared components and the admin page. Surfaces
 * set it once from `context.locale`; shipped languages are English, German,
 * French, Spanish and Japanese (the space page and the notice ship more, see
 * static/src/lib/locale.ts).
 */
import { createContext, useContext, type ReactNode } from 'react';

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own words, for language pickers. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', ja: '日本語' };

/** Maps a Forge locale such as `fr-FR` or `fr_FR` to a shipped language (by its language subtag); English otherwise. */
export function languageOf(locale: string | null | undefined): Language {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === primary) ?? 'en';
}

const INTL_TAGS: Readonly<Record<Language, string>> = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', ja: 'ja-JP' };

/** BCP 47 tag for Intl formatting. */
export function intlLocale(language: Language): string {
  return INTL_TAGS[language];
}

const LanguageContext = createContext<Language>('en');

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}
