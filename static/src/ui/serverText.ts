/**
 * Says the server's messages in the reader's language. The engine and the
 * backend send a message `code` with its `params` (and the English `text`);
 * the wording is the shared catalogue of the reader's language
 * (src/i18n/messages/<language>.ts): English is bundled, the others are
 * registered once their lazy chunk has loaded (static/src/i18n/admin.ts). A code the catalogue does not know (a
 * newer server) or a message without the params its wording needs (stored by
 * an older version) shows the stored English text, marked `lang: 'en'` so
 * screen readers pronounce it right.
 */
import type { Catalogue, Code, Message, PartialCatalogue, Vocabulary } from '../../../src/i18n/messages/codes';
import { en } from '../../../src/i18n/messages/en';
import { alertCode, renderStored, timelineCode } from '../../../src/i18n/messages/render';
import type { ExclusionReason, Plan } from '../../../src/policy/profile';
import type { ReasonParams, TimelineEntry } from '../../../src/policy/types';
import { formatDate, formatNumber } from './format';
import { intlLocale, type Language } from './language';

/** Labels the page already has in its own catalogue (plans, apps, exclusion offerings). */
export interface ServerTextLabels {
  plans: Record<Plan, string>;
  apps: Record<string, string>;
  exclusions: Record<ExclusionReason, string>;
}

/** English, plus each language whose catalogue has loaded; a language without one shows the server's English. */
const CATALOGUES: Partial<Record<Language, PartialCatalogue<Code>>> = { en };

/** Makes a loaded catalogue the wording of its language. */
export function registerCatalogue(language: Language, catalogue: Catalogue): void {
  CATALOGUES[language] = catalogue;
}

const NONE: Record<Language, string> = { en: 'none', de: 'keiner', fr: 'aucun', es: 'ninguno', ja: 'なし' };

export function vocabulary(language: Language, labels: ServerTextLabels): Vocabulary {
  const list = (items: string[]) => new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(items);
  const app = (value: string) => labels.apps[value] ?? value;
  const date = (value: string) => formatDate(value, language);
  return {
    date,
    number: (value) => formatNumber(value, language),
    // A value stored by another version may have no label: shown as it is.
    plan: (value) => (value === '' || value === 'none' ? NONE[language] : ((labels.plans as Partial<Record<string, string>>)[value] ?? value)),
    app,
    apps: (value) => list(value.split(',').filter(Boolean).map(app)),
    dates: (value) => list(value.split(',').filter(Boolean).map(date)),
    exclusion: (value) => (labels.exclusions as Partial<Record<string, string>>)[value] ?? value,
  };
}

/** A server text in the reader's language; `lang` is set when it is the server's English. */
export interface LocalText {
  text: string;
  lang?: 'en';
}

type Params = Readonly<Record<string, unknown>>;

function local(code: string, params: Params | undefined, fallback: string, language: Language, labels: ServerTextLabels): LocalText {
  const catalogue = CATALOGUES[language];
  const text = catalogue ? renderStored(catalogue, code, params, vocabulary(language, labels)) : null;
  if (text !== null) return { text };
  return language === 'en' ? { text: fallback } : { text: fallback, lang: 'en' };
}

export function reasonText(reason: { code: string; text: string; params?: ReasonParams }, language: Language, labels: ServerTextLabels): LocalText {
  return local(reason.code, reason.params, reason.text, language, labels);
}

export function timelineText(entry: Pick<TimelineEntry, 'kind' | 'code' | 'text' | 'params'>, language: Language, labels: ServerTextLabels): LocalText {
  return local(timelineCode(entry), entry.params, entry.text, language, labels);
}

/** The alert's own `on` is passed as the `on` param. */
export function alertText(alert: { code: string; text: string; on?: string; params?: ReasonParams }, language: Language, labels: ServerTextLabels): LocalText {
  return local(alertCode(alert.code), { ...(alert.params ?? {}), ...(alert.on ? { on: alert.on } : {}) }, alert.text, language, labels);
}

/** A difference between two evaluations; `english` is the server's wording of the same difference. */
export function differenceText(change: Message, english: string, language: Language, labels: ServerTextLabels): LocalText {
  return local(change.code, change.params, english, language, labels);
}
