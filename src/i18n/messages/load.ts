/**
 * Loads one language's catalogue on demand: each catalogue is its own module,
 * so a Custom UI bundle (Vite splits dynamic imports into chunks) downloads
 * only the reader's language. Languages without a full catalogue yet fall
 * back to English.
 */
import type { Catalogue } from './codes';

export const CATALOGUE_LANGUAGES = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

const LOADERS: Record<CatalogueLanguage, () => Promise<Catalogue>> = {
  en: () => import('./en').then((m) => m.en),
  de: () => import('./de').then((m) => m.de),
  fr: () => import('./fr').then((m) => m.fr),
  es: () => import('./es').then((m) => m.es),
  ja: () => import('./ja').then((m) => m.ja),
};

/** The catalogue for a Forge locale such as `de-DE` or `de_DE`; English for any other. */
export function loadCatalogue(locale: string | null | undefined): Promise<Catalogue> {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (CATALOGUE_LANGUAGES.find((language) => language === primary) ? LOADERS[primary as CatalogueLanguage] : LOADERS.en)();
}
