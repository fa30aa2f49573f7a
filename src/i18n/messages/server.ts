/**
 * Messages in a reader's language on the server (Rovo answers): the catalogue
 * of that language with ISO dates, as the rest of an answer has them. A
 * stored message this version cannot word (unknown code, missing params)
 * keeps its stored English.
 */
import { planLabel, productLabel } from '../../policy/labels';
import { wordFor } from './lookup';
import type { ExclusionReason, Plan } from '../../policy/profile';
import type { Catalogue, Vocabulary } from './codes';
import { de } from './de';
import { en } from './en';
import { serverVocabulary } from './english';
import { renderStored } from './render';

export type ServerLanguage = 'en' | 'de';

const EXCLUSIONS_DE: Record<ExclusionReason, string> = {
  'government-cloud': 'Atlassian Government Cloud',
  'isolated-cloud': 'Atlassian Isolated Cloud',
  'customer-managed-keys': 'kundenverwalteten Verschlüsselungsschlüsseln (BYOK)',
  hipaa: 'HIPAA-Konformität',
  'government-entity': 'Behördenstatus',
  'financial-services': 'Status als bestimmter Finanzdienstleister',
};

const PLANS = new Set<string>(['free', 'standard', 'premium', 'enterprise']);
const listDe = new Intl.ListFormat('de-DE', { type: 'conjunction' });
const items = (value: string) => value.split(',').filter(Boolean);

const germanVocabulary: Vocabulary = {
  date: (value) => value,
  number: (value) => new Intl.NumberFormat('de-DE').format(value),
  plan: (value) => (PLANS.has(value) ? planLabel(value as Plan) : 'keiner'),
  app: productLabel,
  apps: (value) => listDe.format(items(value).map(productLabel)),
  dates: (value) => listDe.format(items(value)),
  exclusion: (value) => wordFor(EXCLUSIONS_DE, value) ?? value,
};

const BY_LANGUAGE: Record<ServerLanguage, { catalogue: Catalogue; vocabulary: Vocabulary }> = {
  en: { catalogue: en, vocabulary: serverVocabulary },
  de: { catalogue: de, vocabulary: germanVocabulary },
};

/** A stored message (code, params, English text) in the reader's language. */
export function storedMessageIn(language: ServerLanguage, code: string, params: Readonly<Record<string, unknown>> | undefined, english: string): string {
  const { catalogue, vocabulary } = BY_LANGUAGE[language];
  return renderStored(catalogue, code, params, vocabulary) ?? english;
}
