/**
 * The space/project page catalogue per locale. English is bundled (the fallback); every other locale is its own
 * module (space.<locale>.ts), typed against SpaceMessages and loaded as a lazy chunk, so a reader downloads only theirs.
 */
import type { LazyLocale, Locale } from '../lib/locale';
import { spaceEn, type SpaceMessages } from './space.en';

export type { SpaceMessages } from './space.en';

/** One dynamic import per locale: Vite makes each its own chunk. */
const CATALOGUES: Readonly<Record<LazyLocale, () => Promise<{ default: SpaceMessages }>>> = {
  de: () => import('./space.de'),
  fr: () => import('./space.fr'),
  es: () => import('./space.es'),
  it: () => import('./space.it'),
  nl: () => import('./space.nl'),
  'pt-BR': () => import('./space.pt-BR'),
  pl: () => import('./space.pl'),
  ja: () => import('./space.ja'),
  ko: () => import('./space.ko'),
  'zh-CN': () => import('./space.zh-CN'),
  'zh-TW': () => import('./space.zh-TW'),
};

export const englishSpaceMessages: SpaceMessages = spaceEn;

/** The locale's catalogue; English (and the locale `en`) when its chunk cannot be loaded. */
export async function loadSpaceMessages(locale: Locale): Promise<{ locale: Locale; messages: SpaceMessages }> {
  if (locale === 'en') return { locale, messages: spaceEn };
  try {
    return { locale, messages: (await CATALOGUES[locale]()).default };
  } catch (error) {
    console.warn(`space page: the ${locale} texts could not be loaded`, error);
    return { locale: 'en', messages: spaceEn };
  }
}
