/**
 * The server's English: every message through the English catalogue, with
 * dates as `YYYY-MM-DD` (the CLI, CSV, history and evidence texts are read
 * next to ISO dates) and the engine's own product and plan names.
 */
import { exclusionLabel, planLabel, productLabel } from '../../policy/labels';
import type { ExclusionReason, Plan } from '../../policy/profile';
import type { Code, Message, Vocabulary } from './codes';
import { en } from './en';
import { render } from './render';

const list = new Intl.ListFormat('en-US', { type: 'conjunction' });
const items = (value: string) => value.split(',').filter(Boolean);
const EXCLUSIONS = new Set<string>(['government-cloud', 'isolated-cloud', 'customer-managed-keys', 'hipaa', 'government-entity', 'financial-services']);
const PLANS = new Set<string>(['free', 'standard', 'premium', 'enterprise']);

export const serverVocabulary: Vocabulary = {
  date: (value) => value,
  number: (value) => String(value),
  plan: (value) => (PLANS.has(value) ? planLabel(value as Plan) : 'none'),
  app: productLabel,
  apps: (value) => list.format(items(value).map(productLabel)),
  dates: (value) => list.format(items(value)),
  exclusion: (value) => (EXCLUSIONS.has(value) ? exclusionLabel(value as ExclusionReason) : value),
};

/** A message in the server's English. */
export function english<C extends Code>(message: Message<C>): string {
  return render(en, message, serverVocabulary);
}
