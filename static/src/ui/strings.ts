/**
 * Texts of the shared components, complete in every shipped language. A page that ships more languages than
 * these (the space page) provides its reader's set through UiStringsContext, from its own lazy catalogue.
 */
import { createContext, useContext } from 'react';
import type { Confidence } from '../../../src/policy/rules';
import type { Status } from '../../../src/policy/types';
import { useLanguage, type Language } from './language';

export interface UiStrings {
  status: Record<Status, string>;
  confidence: Record<Confidence, string>;
  confidenceHelp: Record<Confidence, string>;
  loading: string;
  retry: string;
  errorTitle: string;
  fieldIssues: string;
  source: string;
  noSource: string;
  opensNewTab: string;
  errorCodes: Record<'INVALID' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL', string>;
}

const en: UiStrings = {
  status: { contributing: 'Contributing', 'not-contributing': 'Not contributing', pending: 'Pending' },
  confidence: { documented: 'Documented', reported: 'Reported', interpreted: 'Interpreted' },
  confidenceHelp: {
    documented: 'Stated on an Atlassian page',
    reported: 'Reported by the press, not confirmed by Atlassian',
    interpreted: 'Our reading where Atlassian has said nothing',
  },
  loading: 'Loading…',
  retry: 'Retry',
  errorTitle: 'Something went wrong',
  fieldIssues: 'Fields to fix',
  source: 'Source',
  noSource: 'No published source',
  opensNewTab: '(opens in a new tab)',
  errorCodes: {
    INVALID: 'Some input was not accepted.',
    FORBIDDEN: 'You do not have permission to do this.',
    NOT_FOUND: 'The item was not found.',
    CONFLICT: 'Someone else changed this meanwhile.',
    RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
    INTERNAL: 'The app could not complete the request.',
  },
};

const de: UiStrings = {
  status: { contributing: 'Trägt bei', 'not-contributing': 'Trägt nicht bei', pending: 'Ausstehend' },
  confidence: { documented: 'Dokumentiert', reported: 'Berichtet', interpreted: 'Ausgelegt' },
  confidenceHelp: {
    documented: 'Auf einer Atlassian-Seite angegeben',
    reported: 'Von der Presse berichtet, nicht von Atlassian bestätigt',
    interpreted: 'Unsere Auslegung, wo Atlassian nichts gesagt hat',
  },
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  errorTitle: 'Etwas ist schiefgelaufen',
  fieldIssues: 'Zu korrigierende Felder',
  source: 'Quelle',
  noSource: 'Keine veröffentlichte Quelle',
  opensNewTab: '(öffnet in einem neuen Tab)',
  errorCodes: {
    INVALID: 'Einige Eingaben wurden nicht akzeptiert.',
    FORBIDDEN: 'Sie haben keine Berechtigung dafür.',
    NOT_FOUND: 'Das Element wurde nicht gefunden.',
    CONFLICT: 'Jemand anderes hat dies inzwischen geändert.',
    RATE_LIMITED: 'Zu viele Anfragen. Warten Sie kurz und versuchen Sie es erneut.',
    INTERNAL: 'Die App konnte die Anfrage nicht ausführen.',
  },
};

export const UI_STRINGS: Record<Language, UiStrings> = { en, de };

/** A page's own set for its reader's locale; null: the set of the shared language. */
export const UiStringsContext = createContext<UiStrings | null>(null);

export function useUiStrings(): UiStrings {
  const own = useContext(UiStringsContext);
  const language = useLanguage();
  return own ?? UI_STRINGS[language];
}
