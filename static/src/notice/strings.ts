/**
 * Notice texts. English is here and bundled (the fallback); every other locale is a catalogue module of its own
 * in ./i18n/, typed against NoticeStrings and loaded as a lazy chunk, so a reader downloads only their own.
 */
import { dateLocaleOf, formatLongDate, INTL_TAG, localeOf, type LazyLocale, type Locale } from '../lib/locale';
import type { NoticeStatus } from './document';

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

/** One dynamic import per locale: Vite makes each its own chunk. */
const CATALOGUES: Readonly<Record<LazyLocale, () => Promise<{ default: NoticeStrings }>>> = {
  de: () => import('./i18n/de'),
  fr: () => import('./i18n/fr'),
  es: () => import('./i18n/es'),
  it: () => import('./i18n/it'),
  nl: () => import('./i18n/nl'),
  'pt-BR': () => import('./i18n/pt-BR'),
  pl: () => import('./i18n/pl'),
  ja: () => import('./i18n/ja'),
  ko: () => import('./i18n/ko'),
  'zh-CN': () => import('./i18n/zh-CN'),
  'zh-TW': () => import('./i18n/zh-TW'),
};

export const englishNoticeStrings: NoticeStrings = en;

/** What the notice renders with: its texts, their locale (the page's `lang`) and the Intl tag for dates. */
export interface NoticeText {
  locale: Locale;
  strings: NoticeStrings;
  dateLocale: string;
}

/** The reader's catalogue for a Forge locale; English when its chunk cannot be loaded (and `locale` then says so). */
export async function loadNoticeText(rawLocale: string | null | undefined): Promise<NoticeText> {
  const locale = localeOf(rawLocale);
  if (locale === 'en') return { locale, strings: en, dateLocale: dateLocaleOf(rawLocale, locale) };
  try {
    return { locale, strings: (await CATALOGUES[locale]()).default, dateLocale: dateLocaleOf(rawLocale, locale) };
  } catch (error) {
    console.warn(`notice: the ${locale} texts could not be loaded`, error);
    return { locale: 'en', strings: en, dateLocale: INTL_TAG.en };
  }
}

/** Formats a calendar date (YYYY-MM-DD, UTC) for the reader. */
export function formatCalendarDate(date: string, text: Pick<NoticeText, 'dateLocale'>): string {
  return formatLongDate(date, text.dateLocale);
}
