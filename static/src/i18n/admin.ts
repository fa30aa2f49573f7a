/** Picks the admin catalogue for the reader's language. */
import { createContext, useContext } from 'react';
import type { Language } from '../ui/language';
import { adminDe } from './admin.de';
import { adminEn, type AdminMessages } from './admin.en';

export type { AdminMessages, SectionId } from './admin.en';

export const ADMIN_MESSAGES: Record<Language, AdminMessages> = { en: adminEn, de: adminDe };

export const AdminMessagesContext = createContext<AdminMessages>(adminEn);

export function useT(): AdminMessages {
  return useContext(AdminMessagesContext);
}
