/**
 * The space page's own logic without a browser: explanations from the
 * server's verdict code, the timeline, the answer reader, the concern form's
 * rules, the example lists, the German catalogue's completeness, and states
 * the preview cannot reach (pending before the effective date, app access
 * blocked), rendered to static HTML.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ALL_RULE_IDS, rule } from '../../src/policy/rules';
import type { SpaceStatusData } from '../../src/shared/contract';
import spaceDe from '../../static/src/i18n/space.de';
import { spaceEn } from '../../static/src/i18n/space.en';
import { call, readConcern, readMyConcerns, readSpaceStatus } from '../../static/src/space/answers';
import { concernKindsFor, concernPayload } from '../../static/src/space/ConcernPanel';
import { examplesFor } from '../../static/src/space/examples';
import { explainInApp, explainMetadata, spaceTimeline } from '../../static/src/space/explain';

// @forge/bridge looks for the host bridge when its modules load; the rendered components never call it here.
(globalThis as { __bridge?: unknown }).__bridge = { callBridge: () => Promise.reject(new Error('no host in this test')) };

const base: SpaceStatusData = {
  product: 'confluence',
  space: { key: 'ENG' },
  inAppData: 'not-contributing',
  code: 'FOLLOWS_ORG',
  metadata: 'contributing',
  mode: 'default',
  orgExcluded: false,
  since: '2026-09-15',
  inAppRemovalBy: null,
  modelsRetrainedBy: null,
  appAccessBlocked: false,
  day: '2026-11-23',
  canRaiseConcern: false,
};

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('explanations from the verdict code', () => {
  it('follows the org or app setting, on or off', () => {
    assert.deepEqual(ids(explainInApp(base)), ['followsOrgOff']);
    assert.deepEqual(ids(explainInApp({ ...base, inAppData: 'contributing' })), ['followsOrgOn']);
    assert.deepEqual(ids(explainInApp({ ...base, code: 'FOLLOWS_APP', inAppData: 'contributing' })), ['followsAppOn']);
  });

  it('names a space entry and, on Jira only, that Jira spaces being in the lists is our reading', () => {
    assert.deepEqual(ids(explainInApp({ ...base, code: 'SPACE_EXCLUDED', mode: 'exclude' })), ['spaceExcluded']);
    const jira = explainInApp({ ...base, product: 'jira', code: 'SPACE_INCLUDED', mode: 'include', inAppData: 'contributing' });
    assert.deepEqual(ids(jira), ['spaceIncluded', 'jiraSpacesInLists']);
    assert.equal(jira[1]?.confidence, 'interpreted');
    assert.equal(jira[1]?.source, null, 'R19 has no published source');
  });

  it('says an entry on a list is dormant when the space still follows the org', () => {
    const items = explainInApp({ ...base, mode: 'include' });
    assert.deepEqual(ids(items), ['dormantInclude', 'followsOrgOff']);
    assert.equal(items[0]?.confidence, 'interpreted', 'weaker than the documented R17 it rests on');
  });

  it('explains exclusion and inactive apps, and metadata for an excluded org', () => {
    const excluded = { ...base, code: 'EXCLUDED_ORG', orgExcluded: true, metadata: 'not-contributing' as const };
    assert.deepEqual(ids(explainInApp(excluded)), ['orgExcluded']);
    assert.deepEqual(ids(explainMetadata(excluded)), ['orgExcluded']);
    assert.deepEqual(ids(explainMetadata(base)), ['metadataByPlan']);
    assert.deepEqual(ids(explainInApp({ ...base, code: 'APP_NOT_ACTIVE' })), ['appNotActive']);
  });

  it('keeps an unknown code visible instead of guessing', () => {
    const [item] = explainInApp({ ...base, code: 'SOMETHING_NEW' });
    assert.equal(item?.id, 'unknownCode');
    assert.equal(item?.code, 'SOMETHING_NEW');
    assert.match(spaceEn.explain.unknownCode({ words: spaceEn.product.jira, date: '', code: 'SOMETHING_NEW' }), /SOMETHING_NEW/);
  });

  it('adds the pending reason and the removal deadline when they apply', () => {
    const pending = explainInApp({ ...base, inAppData: 'pending', projected: 'contributing' });
    assert.deepEqual(ids(pending), ['pending', 'followsOrgOn'], 'a pending space is explained by what will apply');
    const removal = explainInApp({ ...base, inAppRemovalBy: '2026-12-01' });
    assert.deepEqual(ids(removal), ['followsOrgOff', 'removal']);
    assert.equal(removal[1]?.confidence, 'reported');
    assert.equal(removal[1]?.date, '2026-12-01');
  });

  it('takes confidence and source from the rule catalogue', () => {
    for (const item of [...explainInApp(base), ...explainMetadata(base)]) {
      assert.equal(item.confidence, rule(item.rule).confidence);
      assert.match(item.source ?? '', /^https:\/\//);
    }
  });
});

describe('space timeline', () => {
  it('dates the effective day, the space’s own start and both deadlines as the server sent them, in order', () => {
    // Deliberately not 30/90 days apart: the page shows the server's dates and computes none.
    const items = spaceTimeline({ ...base, inAppRemovalBy: '2026-12-01', modelsRetrainedBy: '2027-02-14' });
    assert.deepEqual(
      items.map((i) => [i.date, i.id, i.upcoming]),
      [
        ['2026-08-17', 'effective', false],
        ['2026-09-15', 'since', false],
        ['2026-12-01', 'inAppRemovalBy', true],
        ['2027-02-14', 'modelsRetrainedBy', true],
      ],
    );
  });

  it('shows no retraining date the server did not send', () => {
    assert.deepEqual(ids(spaceTimeline({ ...base, inAppRemovalBy: '2026-12-01', modelsRetrainedBy: null })), ['effective', 'since', 'inAppRemovalBy']);
  });

  it('computes no dates in the browser', () => {
    const source = readFileSync(path.join(__dirname, '../../static/src/space/explain.ts'), 'utf8');
    assert.doesNotMatch(source, /\baddDays\b|IN_APP_REMOVAL_DAYS|MODEL_RETRAIN_DAYS/);
  });

  it('does not repeat the effective day as the setting date', () => {
    assert.deepEqual(ids(spaceTimeline({ ...base, since: '2026-08-17' })), ['effective']);
  });
});

describe('answer reader', () => {
  it('accepts a valid status with the server’s dates and app access flag', () => {
    const answer = readSpaceStatus({ ok: true, data: { ...base, inAppRemovalBy: '2026-12-01', modelsRetrainedBy: '2027-01-30', appAccessBlocked: true } });
    assert.ok(answer.ok);
    assert.equal(answer.data.appAccessBlocked, true);
    assert.equal(answer.data.modelsRetrainedBy, '2027-01-30');
  });

  it('reads a concern’s kind and refuses an unknown one', () => {
    const concern = {
      id: 'c1',
      product: 'confluence',
      spaceKey: 'ENG',
      raisedBy: 'a',
      raisedAt: '2026-11-23T09:00:00Z',
      kind: 'exclude-request',
      message: 'x',
      state: 'open',
    };
    const answer = readConcern({ ok: true, data: concern });
    assert.ok(answer.ok);
    assert.equal(answer.data.kind, 'exclude-request');
    const unknown = readConcern({ ok: true, data: { ...concern, kind: 'complaint' } });
    assert.ok(!unknown.ok);
    assert.match(unknown.error.message, /data\.kind/);
  });

  it('names the field when the data is malformed', () => {
    const answer = readSpaceStatus({ ok: true, data: { ...base, inAppData: 'maybe', day: '23.11.2026' } });
    assert.ok(!answer.ok);
    assert.equal(answer.error.code, 'UNREADABLE');
    assert.match(answer.error.message, /data\.inAppData/);
    assert.match(answer.error.message, /data\.day: must be a date YYYY-MM-DD/);
  });

  it('passes the server error through and rejects what is not an envelope', () => {
    const refused = readConcern({ ok: false, error: { code: 'FORBIDDEN', message: 'Only space admins may raise concerns.' } });
    assert.deepEqual(refused, { ok: false, error: { code: 'FORBIDDEN', message: 'Only space admins may raise concerns.' } });
    const garbage = readMyConcerns('<html>502</html>');
    assert.ok(!garbage.ok);
    assert.match(garbage.error.message, /not a resolver envelope/);
  });

  it('turns a thrown invoke into a failure', async () => {
    const answer = await call(() => Promise.reject(new Error('There was an error invoking the function')), readMyConcerns);
    assert.deepEqual(answer, { ok: false, error: { code: 'UNREADABLE', message: 'There was an error invoking the function' } });
  });
});

describe('concern form rules', () => {
  it('offers only the requests that would change something', () => {
    assert.deepEqual(concernKindsFor({ inAppData: 'contributing', orgExcluded: false }), ['concern', 'exclude']);
    assert.deepEqual(concernKindsFor({ inAppData: 'not-contributing', orgExcluded: false }), ['concern', 'include']);
    assert.deepEqual(concernKindsFor({ inAppData: 'not-contributing', orgExcluded: true }), ['concern'], 'an excluded org cannot be included');
    assert.deepEqual(concernKindsFor({ inAppData: 'pending', projected: 'contributing', orgExcluded: false }), ['concern', 'exclude']);
  });

  it('sends what is asked as the kind, and only the admin’s own words as the message', () => {
    assert.deepEqual(concernPayload('exclude', '  Customer names.  '), { kind: 'exclude-request', message: 'Customer names.' });
    assert.deepEqual(concernPayload('include', 'Docs only.'), { kind: 'include-request', message: 'Docs only.' });
    assert.deepEqual(concernPayload('concern', 'Why?'), { kind: 'concern', message: 'Why?' });
  });
});

describe('examples', () => {
  it('lists in-app data and metadata for each app, with sources', () => {
    for (const product of ['jira', 'confluence'] as const) {
      const examples = examplesFor(product);
      assert.ok(examples.some((e) => e.kind === 'in-app') && examples.some((e) => e.kind === 'metadata'));
      for (const e of examples) {
        assert.ok(ALL_RULE_IDS.includes(e.rule));
        assert.match(e.source, /^https:\/\//);
        assert.ok(spaceEn.examples[e.id] && spaceDe.examples[e.id], `${e.id} has texts`);
      }
    }
  });

  it('shows request SLAs only where service requests exist', () => {
    const has = (type?: string) => examplesFor('jira', type).some((e) => e.id === 'jira-request-sla');
    assert.equal(has('software'), false);
    assert.equal(has('service_desk'), true);
    assert.equal(has(undefined), true, 'unknown type: better listed than hidden');
  });
});

const SAME_IN_GERMAN = new Set(['product.jira.app', 'product.confluence.app', 'loadFailedDetail']);

describe('German catalogue', () => {
  /** One argument that fits every message function: product words, explanation arguments, or a plain value. */
  const sample = { ...spaceEn.product.jira, words: spaceEn.product.jira, date: '1 Dec 2026', code: 'X', toString: () => '7' };

  /** Every leaf of a catalogue, functions called with the sample. */
  function leaves(value: unknown, prefix = ''): [string, string][] {
    if (typeof value === 'string') return [[prefix, value]];
    if (typeof value === 'function') return [[prefix, String((value as (arg: unknown) => unknown)(sample))]];
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
    return [];
  }

  it('has every English key, each translated and non-empty', () => {
    const en = new Map(leaves(spaceEn));
    const de = new Map(leaves(spaceDe));
    assert.deepEqual([...de.keys()].sort(), [...en.keys()].sort());
    for (const [key, text] of de) {
      assert.ok(text.trim().length > 0, `${key} is empty`);
      // Proper names, the quoted example title and words German shares with English stay as they are.
      if (!SAME_IN_GERMAN.has(key)) {
        assert.notEqual(text, en.get(key), `${key} is not translated`);
      }
    }
  });
});

describe('states the preview cannot reach', () => {
  async function render(status: SpaceStatusData & { appAccessBlocked?: boolean | null }, language: 'en' | 'de' = 'en'): Promise<string> {
    const { SpacePage } = await import('../../static/src/space/SpacePage');
    const { I18nProvider, makeI18n } = await import('../../static/src/space/i18n');
    const page = createElement(SpacePage, {
      status,
      concerns: { phase: 'ready', concerns: [] },
      onRaise: async () => ({ ok: false as const, error: { code: 'INTERNAL' as const, message: 'unused' } }),
    });
    return renderToStaticMarkup(
      createElement(I18nProvider, { value: makeI18n(language, status.product, language === 'de' ? spaceDe : spaceEn), children: page }),
    );
  }

  it('pending before the effective date: shows what will apply', async () => {
    const html = await render({ ...base, day: '2026-08-01', inAppData: 'pending', projected: 'contributing', metadata: 'pending', since: null });
    assert.match(html, /Pending/);
    assert.match(html, /From 17 August 2026, if nothing changes: Contributing/);
    assert.match(html, /data-reason="pending"/);
    assert.match(html, /data-reason="metadataPending"/);
    assert.match(html, /data-timeline="effective"[^]*?cl-timeline__upcoming|cl-timeline__upcoming[^]*?data-timeline="effective"/);
  });

  it('app access blocked: says so only when the backend reports it', async () => {
    assert.match(await render({ ...base, appAccessBlocked: true }), /Contribution Lens cannot read this space/);
    assert.doesNotMatch(await render({ ...base, appAccessBlocked: null }), /cannot read this space/);
    assert.doesNotMatch(await render(base), /cannot read this space/);
  });

  it('an excluded organization: a message and the exclusion for both data types, in German', async () => {
    const html = await render({ ...base, code: 'EXCLUDED_ORG', orgExcluded: true, metadata: 'not-contributing' }, 'de');
    assert.match(html, /Diese Organisation ist ausgeschlossen/);
    assert.equal(html.match(/data-reason="orgExcluded"/g)?.length, 2);
    assert.match(html, /Regel R32/);
  });
});
