/**
 * Picks the admin catalogue for the reader's language. English is bundled; every other language (its page texts
 * and its message catalogue) is a lazy chunk, so a reader downloads only theirs.
 */
import { createContext, useContext } from 'react';
import type { Catalogue } from '../../../src/i18n/messages/codes';
import type { Language } from '../ui/language';
import { registerCatalogue } from '../ui/serverText';
import { adminEn, type AdminMessages } from './admin.en';

export type { AdminMessages, SectionId } from './admin.en';

type Loaded = { messages: AdminMessages; catalogue: Catalogue };

/** One pair of dynamic imports per language: Vite makes each its own chunk. */
const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Loaded>>> = {
  de: () => Promise.all([import('./admin.de'), import('../../../src/i18n/messages/de')]).then(([m, c]) => ({ messages: m.adminDe, catalogue: c.de })),
  fr: () => Promise.all([import('./admin.fr'), import('../../../src/i18n/messages/fr')]).then(([m, c]) => ({ messages: m.adminFr, catalogue: c.fr })),
  es: () => Promise.all([import('./admin.es'), import('../../../src/i18n/messages/es')]).then(([m, c]) => ({ messages: m.adminEs, catalogue: c.es })),
  ja: () => Promise.all([import('./admin.ja'), import('../../../src/i18n/messages/ja')]).then(([m, c]) => ({ messages: m.adminJa, catalogue: c.ja })),
};

/** The language's texts, with its message catalogue registered; English (and the language `en`) when its chunk cannot load. */
export async function loadAdminMessages(language: Language): Promise<{ language: Language; messages: AdminMessages }> {
  if (language === 'en') return { language, messages: adminEn };
  try {
    const { messages, catalogue } = await LOADERS[language]();
    registerCatalogue(language, catalogue);
    return { language, messages };
  } catch (error) {
    console.warn(`admin page: the ${language} texts could not be loaded`, error);
    return { language: 'en', messages: adminEn };
  }
}

export const AdminMessagesContext = createContext<AdminMessages>(adminEn);

export function useT(): AdminMessages {
  return useContext(AdminMessagesContext);
}
