/**
 * Every reason, note, timeline entry, alert and difference the server can send
 * is worded in English and German from its code and params by the shared
 * catalogues (src/i18n/messages), and every param shows up. The compiler holds
 * the catalogues to the code list; these tests check that what the engine and
 * the alert check actually emit (examples, generated profiles, hand-made edge
 * cases) covers that list and renders cleanly in both languages.
 */
import fc from 'fast-check';
import { statusSchema } from '../../src/storage/document-schemas';
import { computeAlerts, NO_EXTERNAL_FACTS, type ExternalFacts } from '../../src/app/alerts';
import { differenceMessages } from '../../src/app/derive';
import { english } from '../../src/i18n/messages/english';
import { de } from '../../src/i18n/messages/de';
import { en } from '../../src/i18n/messages/en';
import { loadCatalogue } from '../../src/i18n/messages/load';
import type { Catalogue } from '../../src/i18n/messages/codes';
import { MESSAGE_CODES, timelineCode } from '../../src/i18n/messages/render';
import { EXCLUSION_REASONS, PLANS, SCOPE_KINDS, SETTINGS, type OrgProfile } from '../../src/policy/profile';
import type { Evaluation, ReasonParams } from '../../src/policy/types';
import type { Alert, Attestation } from '../../src/shared/contract';
import { es } from '../../src/i18n/messages/es';
import { fr } from '../../src/i18n/messages/fr';
import { ja } from '../../src/i18n/messages/ja';
import { adminDe } from '../../static/src/i18n/admin.de';
import { adminEn } from '../../static/src/i18n/admin.en';
import { adminEs } from '../../static/src/i18n/admin.es';
import { adminFr } from '../../static/src/i18n/admin.fr';
import { adminJa } from '../../static/src/i18n/admin.ja';
import { formatDate } from '../../static/src/ui/format';
import type { Language } from '../../static/src/ui/language';
import { alertText, differenceText, reasonText, registerCatalogue, timelineText, type LocalText } from '../../static/src/ui/serverText';
import { arbAnyProfile, arbAt, arbSpace } from '../policy/arbitraries';
import { allReasons, evalAt, exampleFiles, exclusion, loadExample, plan, profile, scope, setting, terminated, trial } from '../policy/builders';

const LABELS: Record<Language, typeof adminEn> = { en: adminEn, de: adminDe, fr: adminFr, es: adminEs, ja: adminJa };
const LANGUAGES: Language[] = ['en', 'de', 'fr', 'es', 'ja'];
// What the admin page does once a language's chunk has loaded.
registerCatalogue('de', de);
registerCatalogue('fr', fr);
registerCatalogue('es', es);
registerCatalogue('ja', ja);

// ---------------------------------------------------------------------------
// What the server emits

interface Sample {
  key: string;
  params: ReasonParams;
  english: string;
}

const reasonSamples = new Map<string, Sample[]>();
const timelineSamples = new Map<string, Sample[]>();
const alertSamples = new Map<string, Sample[]>();
const differenceSamples = new Map<string, Sample[]>();
/** Codes seen among one space's reasons (SpaceStatus.reasons). */
const spaceReasonCodes = new Set<string>();
const emittedAlerts: Alert[] = [];

function keep(into: Map<string, Sample[]>, sample: Sample): void {
  const list = into.get(sample.key) ?? [];
  // Keep one sample per distinct set of param keys and flag values; enough to cover each wording branch.
  const shape = JSON.stringify(
    Object.entries(sample.params)
      .map(([k, v]) => [k, typeof v === 'number' && v <= 1 ? v : typeof v])
      .sort(),
  );
  if (
    !list.some(
      (s) =>
        JSON.stringify(
          Object.entries(s.params)
            .map(([k, v]) => [k, typeof v === 'number' && v <= 1 ? v : typeof v])
            .sort(),
        ) === shape,
    )
  )
    list.push(sample);
  into.set(sample.key, list);
}

function collect(e: Evaluation): void {
  for (const r of allReasons(e)) keep(reasonSamples, { key: r.code, params: r.params ?? {}, english: r.text });
  for (const r of e.space?.reasons ?? []) spaceReasonCodes.add(r.code);
  for (const entry of e.timeline) keep(timelineSamples, { key: timelineCode(entry), params: entry.params ?? {}, english: entry.text });
}

function collectDifferences(before: Evaluation, after: Evaluation): void {
  for (const d of differenceMessages(before, after)) keep(differenceSamples, { key: d.code, params: d.params as ReasonParams, english: english(d) });
}

const DATES = ['2026-03-01', '2026-06-01', '2026-08-17', '2026-09-20', '2026-10-05', '2026-10-12', '2026-11-10', '2026-12-20', '2027-06-01', '2034-01-01'];

function spacesOf(p: OrgProfile): { key: string; app?: string }[] {
  const keys = new Set(['ENG']);
  for (const e of p.events) if (e.type === 'scope' && e.target.kind === 'space') keys.add(e.target.key);
  return [...keys].flatMap((key) => [{ key }, { key, app: 'jira' }, { key, app: 'confluence' }, { key, app: 'loom' }]);
}

function evaluateEverywhere(p: OrgProfile): void {
  let previous: Evaluation | null = null;
  for (const at of DATES) {
    const e = evalAt(p, at);
    collect(e);
    if (previous) collectDifferences(previous, e);
    previous = e;
    for (const space of spacesOf(p)) collect(evalAt(p, at, space));
  }
}

/** Edge cases the examples do not reach: each names the codes it is there for. */
const EDGE_PROFILES: OrgProfile[] = [
  // SETTING_BEFORE_ROLLOUT, CONFLICTING_SETTINGS_SAME_DAY, SETTING_IGNORED_LOCKED, PLATFORM_APP_SCOPE_IGNORED, APP_WITHOUT_SETTINGS_SCOPE_IGNORED
  profile([
    plan('2025-01-01', 'jira', 'standard'),
    setting('2026-03-01', 'inAppData', 'off'),
    setting('2026-06-01', 'inAppData', 'on'),
    setting('2026-06-01', 'inAppData', 'off'),
    setting('2026-06-02', 'metadata', 'off'),
    scope('2026-06-03', 'app', 'rovo', 'exclude'),
    scope('2026-06-03', 'app', 'loom', 'exclude'),
    scope('2026-06-04', 'connector', 'google-drive', 'include'),
    scope('2026-06-04', 'app', 'jira', 'include'),
    scope('2026-06-05', 'space', 'ENG', 'exclude'),
  ]),
  // SETTING_IGNORED_NO_PLAN, SETTING_IGNORED_EXCLUDED, exclusion ended, CMEK_WITHOUT_ENTERPRISE
  profile([
    setting('2026-06-01', 'inAppData', 'off'),
    plan('2025-01-01', 'confluence', 'premium'),
    exclusion('2026-05-01', 'customer-managed-keys', true),
    setting('2026-06-10', 'metadata', 'off'),
    exclusion('2026-09-01', 'customer-managed-keys', false),
    exclusion('2026-09-02', 'hipaa', true),
  ]),
  // CHOICE_DROPPED_ON_PLAN_CHANGE, trials, review window, migration trial, app removed, terminated
  profile([
    plan('2025-01-01', 'jira', 'enterprise'),
    setting('2026-06-01', 'metadata', 'off'),
    setting('2026-06-01', 'inAppData', 'on'),
    trial('2026-07-01', 'confluence', 'premium', '2026-09-30', 'none', true),
    plan('2026-09-15', 'jira', 'standard'),
    scope('2026-09-16', 'app', 'confluence', 'exclude'),
    terminated('2027-01-10'),
  ]),
  profile(
    [plan('2025-01-01', 'jira', 'free'), trial('2026-08-01', 'jira', 'enterprise', '2026-09-10', 'standard'), plan('2025-02-01', 'loom', 'enterprise')],
    'financial-services',
  ),
  ...EXCLUSION_REASONS.map((reason) => profile([plan('2025-01-01', 'jira', 'premium'), exclusion('2026-06-01', reason, true)], 'government')),
  // SETTING_KEPT_WHILE_EXCLUDED, SETTING_APPLIES_AFTER_WINDOW, SECTOR_GOVERNMENT_EXCLUSION_LIFTED, a window closed early, stopped targets, both retention horizons
  profile(
    [
      plan('2025-01-01', 'jira', 'standard'),
      exclusion('2026-06-01', 'government-entity', false),
      scope('2026-06-02', 'connector', 'google-drive', 'exclude'),
      trial('2026-07-01', 'confluence', 'enterprise', '2026-09-01', 'none'),
      trial('2026-09-05', 'confluence', 'premium', '2026-09-20', 'enterprise'),
      setting('2026-09-25', 'metadata', 'off'),
      scope('2026-10-02', 'space', 'ENG', 'exclude'),
      scope('2026-10-02', 'space', 'HR', 'exclude'),
      exclusion('2026-11-01', 'hipaa', true),
      setting('2026-11-05', 'inAppData', 'off'),
    ],
    'government',
  ),
  profile(
    [
      plan('2025-01-01', 'jira', 'premium'),
      setting('2026-06-01', 'inAppData', 'on'),
      scope('2026-06-02', 'space', 'ENG', 'exclude'),
      scope('2026-06-02', 'app', 'confluence', 'exclude'),
      plan('2025-01-01', 'confluence', 'premium'),
      scope('2026-06-03', 'space', 'HR', 'include'),
      setting('2026-10-01', 'inAppData', 'off'),
    ],
    'education',
  ),
];

function attestation(on: string): Attestation {
  return { at: `${on}T09:00:00.000Z`, by: 'admin', seq: 1 };
}

function collectAlerts(): void {
  const cases: { p: OrgProfile; day: string; last: Attestation | null; external: ExternalFacts }[] = [
    { p: profile([]), day: '2026-08-10', last: null, external: NO_EXTERNAL_FACTS },
    { p: loadExample('university-education-opt-out.json'), day: '2026-11-25', last: attestation('2026-01-01'), external: NO_EXTERNAL_FACTS },
    { p: loadExample('university-education-opt-out.json'), day: '2027-01-25', last: attestation('2027-01-01'), external: NO_EXTERNAL_FACTS },
    {
      p: loadExample('scaleup-premium-trial-reverts.json'),
      day: '2026-10-01',
      last: attestation('2026-09-30'),
      external: {
        license: null,
        accessBlocked: ['jira', 'confluence'],
        accessUnchecked: [{ product: 'confluence', reason: 'HTTP 403' }],
        checkedOn: '2026-10-01',
      },
    },
    {
      p: loadExample('small-team-jira-free.json'),
      day: '2026-10-01',
      last: null,
      external: { license: [{ app: 'jira-software', plan: 'PAID' }], accessBlocked: null, accessUnchecked: [], checkedOn: '2026-10-01' },
    },
    {
      p: loadExample('agency-confluence-premium-jira-standard.json'),
      day: '2026-10-01',
      last: null,
      external: { license: [{ app: 'jira-software', plan: 'FREE' }], accessBlocked: null, accessUnchecked: [], checkedOn: '2026-10-01' },
    },
  ];
  for (const c of cases) {
    const alerts: Alert[] = computeAlerts({ evaluation: evalAt(c.p, c.day), profile: c.p, day: c.day, lastAttestation: c.last, external: c.external });
    emittedAlerts.push(...alerts);
    for (const a of alerts) keep(alertSamples, { key: `alert.${a.code}`, params: { ...(a.params ?? {}), ...(a.on ? { on: a.on } : {}) }, english: a.text });
  }
}

beforeAll(() => {
  for (const file of exampleFiles()) evaluateEverywhere(loadExample(file));
  for (const p of EDGE_PROFILES) evaluateEverywhere(p);
  // Generated profiles reach combinations nobody thought of; the seed keeps the run reproducible.
  for (const [p, at, space] of fc.sample(fc.tuple(arbAnyProfile, arbAt, arbSpace), { numRuns: 400, seed: 20261123 })) collect(evalAt(p, at, space));
  collectAlerts();
  // Between profiles too: a profile with nothing declared against each example reaches every kind of difference.
  for (const file of exampleFiles()) for (const at of DATES) collectDifferences(evalAt(profile([]), at), evalAt(loadExample(file), at));
  const count = (m: Map<string, Sample[]>) => [...m.values()].reduce((n, l) => n + l.length, 0);
  // The wording checks below are only as good as the samples; make sure there are plenty.
  expect(count(reasonSamples)).toBeGreaterThanOrEqual(50);
  expect(count(timelineSamples)).toBeGreaterThan(15);
  expect(count(alertSamples)).toBeGreaterThanOrEqual(7);
});

// ---------------------------------------------------------------------------
// Wording checks

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const POOLS: readonly (readonly (string | number)[])[] = [
  [...PLANS, '', 'none'],
  EXCLUSION_REASONS,
  SETTINGS,
  ['on', 'off'],
  ['include', 'exclude', 'default'],
  SCOPE_KINDS,
  ['paid', 'free'],
  ['in-app-removal', 'models-retrained', 'review-window', 'effective'],
  Object.keys(adminEn.apps),
];

/** Another valid value for a param, so a template that ignores it is caught. */
function alternative(value: string | number): string | number {
  if (typeof value === 'number') return value + 1;
  if (DATE.test(value) || value.split(',').every((v) => DATE.test(v))) return '2031-03-04';
  const pool = POOLS.find((p) => p.includes(value));
  if (pool) return pool.find((v) => v !== value && !(v === 'none' && value === '') && !(v === '' && value === 'none'))!;
  if (value.includes(',')) return 'loom';
  return `${value}X`;
}

/** An unreplaced placeholder or a value that did not make it into words. */
const LEFTOVERS = /[{}]|\$\{|undefined|NaN|null|\[object/;

/** Identifiers of the code that must never reach a reader: deadline and status keys, plan, exclusion and deadline ids. */
const IDENTIFIERS = [
  'inAppRemovalBy',
  'modelsRetrainedBy',
  'reviewWindowEndsOn',
  'not-contributing',
  'in-app-removal',
  'models-retrained',
  'review-window',
  'jira-service-management',
  // "government-entity exclusion" is English prose as well as an id.
  ...EXCLUSION_REASONS.filter((r) => r !== 'government-entity'),
  ...PLANS,
];

/** Identifiers in a text, other than those a param itself carries verbatim (a space key, the product API's words). */
function rawIdentifiers(text: string, params: ReasonParams): string[] {
  const verbatim = new Set(['space', 'key', 'reason']);
  const carried = Object.entries(params)
    .filter(([k]) => verbatim.has(k))
    .map(([, v]) => String(v));
  return IDENTIFIERS.filter((id) => new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`).test(text) && !carried.some((c) => c.includes(id)));
}

/** Params that repeat another one: `trialUntil` is the first of `trialsUntil`. */
const REDUNDANT: Record<string, readonly string[]> = { HIGHEST_PLAN: ['trialUntil'] };

function checkWording(key: string, sample: Sample, render: (params: ReasonParams, language: Language) => LocalText): void {
  for (const language of LANGUAGES) {
    const out = render(sample.params, language);
    const where = `${key} [${language}] ${JSON.stringify(sample.params)}: "${out.text}"`;
    expect({ where, fellBack: out.lang === 'en' }).toEqual({ where, fellBack: false });
    expect({ where, leftovers: LEFTOVERS.test(out.text) }).toEqual({ where, leftovers: false });
    expect({ where, identifiers: rawIdentifiers(out.text, sample.params) }).toEqual({ where, identifiers: [] });
    if (language !== 'en') expect({ where, english: out.text === sample.english }).toEqual({ where, english: false });
    for (const [name, value] of Object.entries(sample.params)) {
      if (typeof value === 'string') {
        for (const date of value.split(',').filter((v) => DATE.test(v))) {
          expect({ where, name, date: out.text.includes(formatDate(date, language)) }).toEqual({ where, name, date: true });
        }
      }
      if (REDUNDANT[key]?.includes(name)) continue;
      const changed = render({ ...sample.params, [name]: alternative(value) }, language).text;
      expect({ where, param: name, used: changed !== out.text }).toEqual({ where, param: name, used: true });
    }
  }
}

describe('messages in the reader’s language', () => {
  it('every code the engine, the alert check and the differences can emit is emitted by the samples', () => {
    const emitted = new Set([...reasonSamples.keys(), ...timelineSamples.keys(), ...alertSamples.keys(), ...differenceSamples.keys()]);
    // Only read back from evaluations stored by older versions: the engine no longer emits it.
    const storedOnly = new Set(['timeline.collection-stopped:app-excluded']);
    expect(MESSAGE_CODES.length).toBeGreaterThan(80);
    expect(MESSAGE_CODES.filter((c) => !emitted.has(c) && !storedOnly.has(c)).sort()).toEqual([]);
    expect([...emitted].filter((c) => !(MESSAGE_CODES as string[]).includes(c)).sort()).toEqual([]);
  });

  it('reasons and notes: every language uses every param, format dates, leave no placeholder or identifier', () => {
    for (const [code, samples] of reasonSamples) {
      for (const sample of samples)
        checkWording(code, sample, (params, language) => reasonText({ code, text: sample.english, params }, language, LABELS[language]));
    }
  });

  it('timeline entries: every language uses every param, format dates, leave no placeholder or identifier', () => {
    for (const [key, samples] of timelineSamples) {
      const [kind, code] = key.slice('timeline.'.length).split(':') as [string, string | undefined];
      for (const sample of samples) {
        checkWording(key, sample, (params, language) =>
          timelineText({ kind: kind as never, ...(code ? { code } : {}), text: sample.english, params }, language, LABELS[language]),
        );
      }
    }
  });

  it('alerts: every language uses every param, format dates, leave no placeholder or identifier', () => {
    for (const [key, samples] of alertSamples) {
      for (const sample of samples) {
        checkWording(key, sample, (params, language) => {
          const { on, ...rest } = params;
          return alertText(
            { code: key.slice('alert.'.length), text: sample.english, ...(on ? { on: String(on) } : {}), params: rest },
            language,
            LABELS[language],
          );
        });
      }
    }
  });

  it('differences: every language uses every param, format dates, leave no placeholder or identifier', () => {
    for (const [code, samples] of differenceSamples) {
      for (const sample of samples) {
        checkWording(code, sample, (params, language) => differenceText({ code, params } as never, sample.english, language, LABELS[language]));
      }
    }
  });

  it('the server’s English (CLI, CSV, history) leaves no placeholder or identifier either', () => {
    for (const samples of [reasonSamples, timelineSamples, alertSamples, differenceSamples]) {
      for (const [key, list] of samples) {
        for (const sample of list) {
          const where = `${key}: "${sample.english}"`;
          expect({ where, leftovers: LEFTOVERS.test(sample.english) }).toEqual({ where, leftovers: false });
          expect({ where, identifiers: rawIdentifiers(sample.english, sample.params) }).toEqual({ where, identifiers: [] });
        }
      }
    }
  });

  it('each language loads on its own, and an unknown locale gets English', async () => {
    // Each language loads on its own; an unknown locale gets English.
    expect(await loadCatalogue('de-DE')).toBe(de);
    expect(await loadCatalogue('de_AT')).toBe(de);
    expect(await loadCatalogue('fr-FR')).toBe(fr);
    expect(await loadCatalogue('es_MX')).toBe(es);
    expect(await loadCatalogue('ja-JP')).toBe(ja);
    expect(await loadCatalogue('it-IT')).toBe(en);
  });

  it('the code only older versions stored is worded in every language too', () => {
    for (const language of LANGUAGES) {
      const out = timelineText(
        { kind: 'collection-stopped', code: 'app-excluded', text: 'Confluence: in-app data collection stopped (app excluded).', params: { app: 'confluence' } },
        language,
        LABELS[language],
      );
      expect({ language, out: { fellBack: out.lang === 'en', leftovers: LEFTOVERS.test(out.text), named: out.text.includes('Confluence') } }).toEqual({
        language,
        out: { fellBack: false, leftovers: false, named: true },
      });
    }
  });

  it('the compiler refuses a catalogue that lacks a code or words it with other params', () => {
    const { SPACE_EXCLUDED: _dropped, ...withoutOne } = fr;
    // @ts-expect-error a full catalogue words every code
    const incomplete: Catalogue = withoutOne;
    // @ts-expect-error a wording takes the params its code has (SPACE_EXCLUDED has `space`, not `key`)
    const wrongParams: Catalogue = { ...fr, SPACE_EXCLUDED: (p: { key: string }) => p.key };
    // The objects exist at run time; only their types are wrong.
    expect([incomplete, wrongParams].every((c) => typeof c === 'object')).toBe(true);
  });

  it('alerts with their params survive the stored status document', () => {
    const storedAlert = statusSchema.shape.alerts.element;
    for (const a of emittedAlerts) expect({ code: a.code, issues: storedAlert.safeParse(a).error?.issues ?? [] }).toEqual({ code: a.code, issues: [] });
    expect(emittedAlerts.some((a) => a.params !== undefined)).toBe(true);
  });

  it('falls back to the stored English, marked as English, for an unknown code or missing params (older or newer versions)', () => {
    const unknown = reasonText({ code: 'FROM_A_NEWER_SERVER', text: 'Something new.' }, 'de', adminDe);
    expect(unknown).toEqual({ text: 'Something new.', lang: 'en' });
    const stale = reasonText({ code: 'METADATA_ALWAYS_ON', text: 'On the Free plan metadata is always contributed.' }, 'de', adminDe);
    expect(stale).toEqual({ text: 'On the Free plan metadata is always contributed.', lang: 'en' });
    // In English the server's text is already in the reader's language: no marker.
    expect(reasonText({ code: 'FROM_A_NEWER_SERVER', text: 'Something new.' }, 'en', adminEn)).toEqual({ text: 'Something new.' });
    const known = reasonText({ code: 'METADATA_ALWAYS_ON', text: 'x', params: { plan: 'free' } }, 'de', adminDe);
    expect(known.lang).toBeUndefined();
    expect(known.text).toContain('Free');
    // A prototype key is not a code.
    expect(reasonText({ code: 'constructor', text: 'Stored.' }, 'de', adminDe)).toEqual({ text: 'Stored.', lang: 'en' });
  });
});
