/** Notice texts in the languages the app ships (English, German). */
import type { NoticeStatus } from './document';

export type Language = 'en' | 'de';

export interface NoticeStrings {
  title: string;
  status: Record<NoticeStatus, string>;
  sentence: Record<NoticeStatus, string>;
  /** Pending with a known outcome: what is about to happen. */
  pendingTowards: Record<Exclude<NoticeStatus, 'pending'>, string>;
  metadata: Record<NoticeStatus, string>;
  removalBy: (date: string) => string;
  updatedOn: (date: string) => string;
  nothingPublished: string;
  learnMore: string;
  dismiss: string;
  loading: string;
  loadFailed: string;
}

const en: NoticeStrings = {
  title: 'AI data contribution',
  status: { contributing: 'Contributing', 'not-contributing': 'Not contributing', pending: 'Pending' },
  sentence: {
    contributing: "Content in this space is used to improve Atlassian's AI for all customers.",
    'not-contributing': "Content in this space is not used to improve Atlassian's AI.",
    pending: "Whether content in this space is used to improve Atlassian's AI is about to change.",
  },
  pendingTowards: {
    contributing: "A change is coming: content in this space will be used to improve Atlassian's AI for all customers.",
    'not-contributing': "A change is coming: content in this space will not be used to improve Atlassian's AI.",
  },
  metadata: {
    contributing: "Metadata about how this site is used also helps improve Atlassian's AI.",
    'not-contributing': "Metadata about how this site is used is not used to improve Atlassian's AI.",
    pending: 'Whether metadata about how this site is used is included is about to change.',
  },
  removalBy: (date) => `Content already collected is removed by ${date}.`,
  updatedOn: (date) => `Last updated ${date}`,
  nothingPublished: 'Your administrator has not published a data contribution notice for this space.',
  learnMore: 'Learn more',
  dismiss: 'Dismiss',
  loading: 'Loading data contribution status…',
  loadFailed: 'The data contribution status could not be loaded. Try again later.',
};

const de: NoticeStrings = {
  title: 'KI-Datenbeitrag',
  status: { contributing: 'Trägt bei', 'not-contributing': 'Trägt nicht bei', pending: 'Ausstehend' },
  sentence: {
    contributing: 'Inhalte in diesem Bereich werden genutzt, um die KI von Atlassian für alle Kunden zu verbessern.',
    'not-contributing': 'Inhalte in diesem Bereich werden nicht genutzt, um die KI von Atlassian zu verbessern.',
    pending: 'Ob Inhalte in diesem Bereich genutzt werden, um die KI von Atlassian zu verbessern, ändert sich demnächst.',
  },
  pendingTowards: {
    contributing: 'Eine Änderung steht bevor: Inhalte in diesem Bereich werden genutzt, um die KI von Atlassian für alle Kunden zu verbessern.',
    'not-contributing': 'Eine Änderung steht bevor: Inhalte in diesem Bereich werden nicht genutzt, um die KI von Atlassian zu verbessern.',
  },
  metadata: {
    contributing: 'Metadaten zur Nutzung dieser Website helfen ebenfalls, die KI von Atlassian zu verbessern.',
    'not-contributing': 'Metadaten zur Nutzung dieser Website werden nicht genutzt, um die KI von Atlassian zu verbessern.',
    pending: 'Ob Metadaten zur Nutzung dieser Website einbezogen werden, ändert sich demnächst.',
  },
  removalBy: (date) => `Bereits erfasste Inhalte werden bis zum ${date} entfernt.`,
  updatedOn: (date) => `Zuletzt aktualisiert: ${date}`,
  nothingPublished: 'Ihr Administrator hat für diesen Bereich keinen Hinweis zum Datenbeitrag veröffentlicht.',
  learnMore: 'Mehr erfahren',
  dismiss: 'Ausblenden',
  loading: 'Status des Datenbeitrags wird geladen …',
  loadFailed: 'Der Status des Datenbeitrags konnte nicht geladen werden. Versuchen Sie es später erneut.',
};

const STRINGS: Record<Language, NoticeStrings> = { en, de };

/** Maps a Forge locale such as `de-DE` or `de_DE` to a shipped language; English otherwise. */
export function languageOf(locale: string | undefined | null): Language {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'de' ? 'de' : 'en';
}

export function stringsFor(language: Language): NoticeStrings {
  return STRINGS[language];
}

/** Formats a calendar date (YYYY-MM-DD, UTC) for the reader's language. */
export function formatCalendarDate(date: string, language: Language): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
}
