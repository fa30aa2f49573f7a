/**
 * Status documents stored by older versions carry the same message shapes as
 * today (a code, the English text, flat params) but may lack params, carry a
 * code this version no longer emits, or one it does not know. They must read
 * back through the stored-document check and render in every language: worded
 * from the catalogue where the params suffice, the stored English otherwise.
 */
import { compile } from '../../src/app/compile';
import { deriveState } from '../../src/app/derive';
import { NO_EXTERNAL_FACTS } from '../../src/app/alerts';
import type { Evaluation } from '../../src/policy/types';
import { DEFAULT_NOTICE_SETTINGS, STATUS } from '../../src/storage/documents';
import { readVersioned } from '../../src/storage/versioned';
import { adminDe } from '../../static/src/i18n/admin.de';
import { adminEn } from '../../static/src/i18n/admin.en';
import { de } from '../../src/i18n/messages/de';
import { alertText, reasonText, registerCatalogue, timelineText } from '../../static/src/ui/serverText';
import { loadExample } from '../policy/builders';

// What the admin page does once the German chunk has loaded.
registerCatalogue('de', de);

const LABELS = { en: adminEn, de: adminDe } as const;

function currentStatusDoc() {
  const profile = loadExample('scaleup-premium-trial-reverts.json');
  const compiled = { ...compile([]), profile };
  const derived = deriveState({
    compiled,
    day: '2026-10-01',
    now: new Date('2026-10-01T08:00:00Z'),
    head: { seq: 0, hash: '0'.repeat(64) },
    settings: DEFAULT_NOTICE_SETTINGS,
    external: NO_EXTERNAL_FACTS,
    transitionsThrough: null,
  });
  return JSON.parse(JSON.stringify(derived.status)) as Record<string, unknown> & {
    evaluation: Evaluation;
    alerts: { code: string; text: string; params?: Record<string, string | number> }[];
  };
}

/** The shapes older versions stored: reasons and entries without params, a retired timeline code, a code from a newer version. */
function olderStatusDoc() {
  const doc = currentStatusDoc();
  const e = doc.evaluation;
  for (const reason of e.metadata.reasons) delete reason.params;
  e.notes.push({ code: 'FROM_ANOTHER_VERSION' as never, rule: 'R16', text: 'A reason this version does not know.', confidence: 'interpreted', source: null });
  e.timeline.push({
    on: '2026-09-01',
    kind: 'collection-stopped',
    code: 'app-excluded',
    text: 'Confluence: in-app data collection stopped (app excluded).',
    confidence: 'documented',
    params: { app: 'confluence' },
  });
  e.timeline.push({
    on: '2026-09-02',
    kind: 'plan-changed',
    text: 'Highest active plan: Premium → Standard (Jira on Standard).',
    confidence: 'documented',
    params: { from: 'premium', to: 'standard' },
  });
  for (const alert of doc.alerts) delete alert.params;
  return doc;
}

describe('messages in status documents stored by older versions', () => {
  it('read back through the stored-document check without loss', () => {
    const doc = olderStatusDoc();
    const read = readVersioned(STATUS, structuredClone(doc));
    expect(read.evaluation).toEqual(doc.evaluation);
    expect(read.alerts).toEqual(doc.alerts);
  });

  it('render in English and German: from the catalogue where the params suffice, the stored English otherwise', () => {
    const read = readVersioned(STATUS, olderStatusDoc());
    const e = read.evaluation;
    for (const language of ['en', 'de'] as const) {
      const reasons = [...e.metadata.reasons, ...e.inAppData.reasons, ...e.notes].map((r) => ({ r, out: reasonText(r, language, LABELS[language]) }));
      const entries = e.timeline.map((t) => ({ t, out: timelineText(t, language, LABELS[language]) }));
      const alerts = read.alerts.map((a) => ({ a, out: alertText(a, language, LABELS[language]) }));
      for (const { out } of [...reasons, ...entries, ...alerts]) {
        expect(out.text.length).toBeGreaterThan(0);
        expect(out.text).not.toMatch(/undefined|NaN|\{|\}/);
      }
      // Without params, a reason that needs them shows its stored English, marked as English.
      const highest = reasons.find(({ r }) => r.code === 'HIGHEST_PLAN')!;
      expect(highest.out).toEqual(language === 'en' ? { text: highest.r.text } : { text: highest.r.text, lang: 'en' });
      expect(reasons.find(({ r }) => r.code === ('FROM_ANOTHER_VERSION' as never))!.out.text).toBe('A reason this version does not know.');
      // The retired code and an entry without its cause are still worded from the catalogue.
      const retired = entries.find(({ t }) => t.code === 'app-excluded')!.out;
      expect(retired.lang).toBeUndefined();
      expect(retired.text).toContain('Confluence');
      const causeless = entries.find(({ t }) => t.on === '2026-09-02')!.out;
      expect(causeless.text).toBe(language === 'en' ? 'Highest active plan: Premium → Standard.' : 'Höchster aktiver Tarif: Premium → Standard.');
      if (language === 'de') expect(entries.filter(({ out }) => out.lang === 'en')).toEqual([]);
    }
  });
});
