/**
 * Every shipped locale in Chromium: each notice state on the byline popup, the page banner and the work item
 * panel (the real notice bundle in the preview hosts, with the getNotice answer set per state), the space
 * page, and the admin page in its languages beyond English and German. Checks that no text overflows the notice's fixed width (and the banner's fixed height), that the frame
 * shows the whole notice, that no placeholder or key name is left, that `lang` is the locale's, and that each
 * reader loads one catalogue chunk only; leaves a screenshot per locale in artifacts/screenshots/locales/.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Frame, Page } from 'playwright-core';
import { EXAMPLE_NOTICE_SETTINGS } from '../../preview/example-org';
import { LOCALE_CHOICES, LOCALES, type LocaleChoice } from '../../preview/frames';
import type { NoticeData } from '../../src/shared/contract';
import { adminEn } from '../../static/src/i18n/admin.en';
import { adminEs } from '../../static/src/i18n/admin.es';
import { adminFr } from '../../static/src/i18n/admin.fr';
import { adminJa } from '../../static/src/i18n/admin.ja';
import { loadSpaceMessages } from '../../static/src/i18n/space';
import { spaceEn } from '../../static/src/i18n/space.en';
import { localeOf } from '../../static/src/lib/locale';
import { loadNoticeText, type NoticeStrings } from '../../static/src/notice/strings';
import { appFrame, hostUrl, REPO_ROOT, saveNoticeSettingsAsAdmin, startE2e, type E2eEnv } from './harness';

const SCREENSHOTS = path.join(REPO_ROOT, 'artifacts', 'screenshots', 'locales');
const DAY = '2026-11-23';

type NoticeState = { name: string; answer: { ok: true; data: NoticeData } | 'fail' };

const notice = (over: Partial<NoticeData>): { ok: true; data: NoticeData } => ({
  ok: true,
  data: {
    show: true,
    product: 'confluence',
    spaceKey: 'ENG',
    inAppData: 'contributing',
    code: 'FOLLOWS_ORG',
    metadata: 'contributing',
    since: '2026-08-17',
    inAppRemovalBy: null,
    text: null,
    day: DAY,
    ...over,
  },
});

/** Every state the notice draws; "nothing published" last, because the banner closes itself on it. */
const STATES: NoticeState[] = [
  { name: 'contributing', answer: notice({}) },
  { name: 'not-contributing', answer: notice({ inAppData: 'not-contributing', metadata: 'not-contributing' }) },
  { name: 'not-contributing-removal', answer: notice({ inAppData: 'not-contributing', inAppRemovalBy: '2026-12-24' }) },
  { name: 'pending', answer: notice({ inAppData: 'pending', metadata: 'pending', since: null }) },
  { name: 'pending-to-contributing', answer: notice({ inAppData: 'pending', projected: 'contributing', metadata: 'pending', since: null }) },
  { name: 'pending-to-not-contributing', answer: notice({ inAppData: 'pending', projected: 'not-contributing', metadata: 'pending', since: null }) },
  {
    name: 'pending-to-not-contributing-removal',
    answer: notice({ inAppData: 'pending', projected: 'not-contributing', metadata: 'not-contributing', since: null, inAppRemovalBy: '2026-09-16' }),
  },
  { name: 'load-failed', answer: 'fail' },
  { name: 'nothing-published', answer: notice({ show: false }) },
];

/** The state each locale's screenshot shows: the longest text. */
const SCREENSHOT_STATE = 'pending-to-not-contributing-removal';

type Surface = 'byline' | 'banner' | 'issue';
const SURFACES: { surface: Surface; host: string; iframe: string }[] = [
  { surface: 'byline', host: 'confluence-page', iframe: '[data-testid=byline-popup] iframe' },
  { surface: 'banner', host: 'confluence-page', iframe: '[data-testid=page-banner] iframe' },
  { surface: 'issue', host: 'jira-work-item', iframe: '[data-testid=issue-context] iframe' },
];

/** Key names of the notice catalogue: none may show as text. */
const KEY_NAMES = /\b(pendingTowards|nothingPublished|learnMore|removalBy|updatedOn|loadFailed|loading|dismiss|sentence|metadata\.)\b/;
const PLACEHOLDER = /[{}]|\bundefined\b|\bNaN\b|\$\{/;

let env: E2eEnv;
/** What the next getNotice answers, per page. */
const nextAnswer = new WeakMap<Page, NoticeState['answer']>();

before(async () => {
  env = await startE2e();
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The banner renders only where its display condition holds: turn it on everywhere.
  await saveNoticeSettingsAsAdmin(env, { ...EXAMPLE_NOTICE_SETTINGS, banner: 'everywhere' });
});
after(async () => {
  await env?.close();
});

/** getNotice answers the page's chosen state; every other call reaches the preview's real resolvers. */
async function answerNoticeFor(page: Page): Promise<void> {
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postDataJSON() as { functionKey?: string };
    const answer = nextAnswer.get(page);
    if (body.functionKey !== 'getNotice' || answer === undefined) return route.fallback();
    if (answer === 'fail') return route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ message: 'simulated failure' }) });
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ result: answer }) });
  });
}

/** Waits until the notice has drawn its final state (not the loading line). */
async function rendered(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => {
    const root = document.getElementById('notice');
    return !!root && root.className.includes('notice--') && root.getAttribute('aria-busy') === null;
  });
}

interface Layout {
  lang: string;
  text: string;
  lozenge: string | null;
  overflowing: string[];
  outside: string[];
  /** Border box: the fixed height the host reserves. */
  rootHeight: number;
  rootClientHeight: number;
  rootScrollHeight: number;
  docScrollHeight: number;
  docScrollWidth: number;
  viewportWidth: number;
  singleLineWidth: number | null;
}

/** Sizes of the notice and every box inside it, and its visible text (including tooltips and labels). */
async function layoutOf(frame: Frame): Promise<Layout> {
  return frame.evaluate(() => {
    const root = document.getElementById('notice')!;
    const rootRect = root.getBoundingClientRect();
    const overflowing: string[] = [];
    const outside: string[] = [];
    // No named helpers in here: the test runner's transform would wrap them in a function the page does not have.
    for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
      const style = getComputedStyle(el);
      const label = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
      if (style.display === 'none' || style.display === 'inline' || el.getAttribute('aria-hidden') === 'true') continue;
      // The banner's sentence is one line by design, shortened with an ellipsis; its full text is its tooltip.
      if (!el.classList.contains('notice__sentence--single-line') && el.scrollWidth > el.clientWidth + 1)
        overflowing.push(`${label} ${el.scrollWidth}>${el.clientWidth}`);
      if (el !== root && el.scrollHeight > el.clientHeight + 1 && style.overflow !== 'visible')
        overflowing.push(`${label} height ${el.scrollHeight}>${el.clientHeight}`);
      const r = el.getBoundingClientRect();
      if (el !== root && (r.right > rootRect.right + 1 || r.bottom > rootRect.bottom + 1 || r.left < rootRect.left - 1 || r.top < rootRect.top - 1)) {
        outside.push(
          `${label} ${JSON.stringify([r.left, r.top, r.right, r.bottom])} outside ${JSON.stringify([rootRect.left, rootRect.top, rootRect.right, rootRect.bottom])}`,
        );
      }
    }
    const labels = [...root.querySelectorAll('[title], [aria-label]')].flatMap((el) => [el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? '']);
    const single = root.querySelector<HTMLElement>('.notice__sentence--single-line');
    return {
      lang: document.documentElement.lang,
      text: [root.textContent ?? '', ...labels].join('\n'),
      lozenge: root.querySelector('.lozenge')?.textContent ?? null,
      overflowing,
      outside,
      rootHeight: root.offsetHeight,
      rootClientHeight: root.clientHeight,
      rootScrollHeight: root.scrollHeight,
      docScrollHeight: document.documentElement.scrollHeight,
      docScrollWidth: document.documentElement.scrollWidth,
      viewportWidth: window.innerWidth,
      singleLineWidth: single ? single.clientWidth : null,
    };
  });
}

/** Opens the surface's host page with its notice frame loaded, for one locale. */
async function openSurface(
  surface: (typeof SURFACES)[number],
  locale: LocaleChoice,
  first: NoticeState,
  requested: string[],
): Promise<{ page: Page; frame: Frame }> {
  const page = await env.browser.newPage();
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await answerNoticeFor(page);
  nextAnswer.set(page, first.answer);
  const query = surface.host === 'jira-work-item' ? { locale, project: 'ENG' } : { locale, space: 'ENG' };
  await page.goto(hostUrl(env, surface.host, query));
  if (surface.surface === 'byline') await page.getByTestId('byline-item').click();
  if (surface.surface === 'issue') await page.getByTestId('issue-context-toggle').click();
  const frame = await appFrame(page, surface.iframe);
  await rendered(frame);
  return { page, frame };
}

/** The catalogue text the lozenge must show for a state. */
function expectedLozenge(strings: NoticeStrings, state: NoticeState): string | null {
  if (state.answer === 'fail' || !state.answer.data.show) return null;
  return strings.status[state.answer.data.inAppData];
}

const largestNoticeChunk = { locale: '', bytes: 0 };

describe('notice in every locale', () => {
  for (const locale of LOCALE_CHOICES) {
    describe(locale, () => {
      for (const surface of SURFACES) {
        it(`${surface.surface}: every state fits, no placeholder, lang ${locale}`, async () => {
          const { strings } = await loadNoticeText(LOCALES[locale]);
          const requested: string[] = [];
          let page: Page | undefined;
          try {
            let frame: Frame | undefined;
            for (const state of STATES) {
              if (!page || !frame) {
                ({ page, frame } = await openSurface(surface, locale, state, requested));
              } else {
                nextAnswer.set(page, state.answer);
                await frame.goto(frame.url());
                if (surface.surface === 'banner' && state.answer !== 'fail' && !state.answer.data.show) {
                  // Nothing published: the banner closes instead of drawing anything.
                  await page.getByTestId('page-banner').waitFor({ state: 'detached' });
                  continue;
                }
                await rendered(frame);
              }
              const where = `${locale} ${surface.surface} ${state.name}`;
              const layout = await layoutOf(frame);
              assert.equal(layout.lang, localeOf(LOCALES[locale]), `${where}: lang`);
              assert.doesNotMatch(layout.text, PLACEHOLDER, `${where}: placeholder left in ${JSON.stringify(layout.text)}`);
              assert.doesNotMatch(layout.text, KEY_NAMES, `${where}: key name shown in ${JSON.stringify(layout.text)}`);
              assert.equal(layout.lozenge, expectedLozenge(strings, state), `${where}: the status in the locale's words`);
              assert.deepEqual(layout.overflowing, [], `${where}: text overflows its box`);
              assert.deepEqual(layout.outside, [], `${where}: a part sticks out of the notice`);
              assert.ok(
                layout.docScrollWidth <= layout.viewportWidth,
                `${where}: the frame scrolls sideways (${layout.docScrollWidth} > ${layout.viewportWidth})`,
              );
              if (surface.surface === 'banner') {
                assert.equal(layout.rootHeight, 40, `${where}: the banner keeps its fixed height`);
                assert.ok(
                  layout.rootScrollHeight <= layout.rootClientHeight,
                  `${where}: banner content taller than the banner (${layout.rootScrollHeight} > ${layout.rootClientHeight})`,
                );
                if (layout.singleLineWidth !== null)
                  assert.ok(layout.singleLineWidth >= 200, `${where}: the banner sentence keeps room to be read (${layout.singleLineWidth}px)`);
              } else {
                // The host sizes the popup or panel to the notice (as the products' iframe resizer does): all of it shows.
                const frameElement = await frame.frameElement();
                await page.waitForFunction(
                  ([el, height]) => (el as HTMLIFrameElement).getBoundingClientRect().height >= (height as number) - 1,
                  [frameElement, layout.docScrollHeight] as const,
                  { timeout: 5000 },
                );
                assert.ok(layout.docScrollHeight <= 480, `${where}: the notice is ${layout.docScrollHeight}px tall`);
              }
              if (state.name === SCREENSHOT_STATE) {
                await (await frame.frameElement()).screenshot({ path: path.join(SCREENSHOTS, `notice-${surface.surface}-${locale}.png`) });
              }
            }
            // The reader's catalogue is the only one fetched (English is part of the bundle).
            const chunks = [...new Set(requested.filter((p) => /\/assets\/[a-zA-Z-]+-[\w-]{8}\.js$/.test(p) && !/\/(index|forge-bridge)-/.test(p)))];
            const expected = locale === 'en' ? [] : [locale];
            assert.deepEqual(
              chunks.map((p) => path.basename(p).replace(/-[\w-]{8}\.js$/, '')),
              expected,
              `${locale}: catalogue chunks fetched`,
            );
          } finally {
            await page?.close();
          }
        });
      }
    });
  }

  it('the notice stays within its budget with the largest catalogue', () => {
    const dir = path.join(REPO_ROOT, '.forge-rehearsal', 'resources', 'notice');
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    const gzip = (file: string) => gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length;
    const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
    const bridge = initial.filter((f) => /forge-bridge-/.test(f));
    const ownJs = initial.filter((f) => f.endsWith('.js') && !bridge.includes(f)).reduce((sum, f) => sum + gzip(f), 0);
    const total = initial.reduce((sum, f) => sum + gzip(f), 0);
    const catalogues = readdirSync(path.join(dir, 'assets')).filter((f) =>
      LOCALE_CHOICES.some((l) => f.startsWith(`${l}-`) && f.length === l.length + 1 + 8 + 3),
    );
    assert.equal(catalogues.length, LOCALE_CHOICES.length - 1, `one chunk per locale but English: ${catalogues.join(', ')}`);
    for (const file of catalogues) {
      const bytes = gzip(path.join('assets', file));
      if (bytes > largestNoticeChunk.bytes) Object.assign(largestNoticeChunk, { locale: file.replace(/-[\w-]{8}\.js$/, ''), bytes });
    }
    console.log(
      `notice: own JS ${ownJs} B + largest catalogue (${largestNoticeChunk.locale}) ${largestNoticeChunk.bytes} B = ${ownJs + largestNoticeChunk.bytes} B gzip (budget 8192); everything ${total + largestNoticeChunk.bytes} B (budget 40960)`,
    );
    assert.ok(ownJs + largestNoticeChunk.bytes <= 8 * 1024, 'own JS with the largest catalogue ≤ 8 KB gzip');
    assert.ok(total + largestNoticeChunk.bytes <= 40 * 1024, 'everything with the largest catalogue ≤ 40 KB gzip');
  });
});

describe('space page in every locale', () => {
  for (const locale of LOCALE_CHOICES) {
    it(`${locale}: renders from its catalogue, no placeholder, lang, screenshot`, async () => {
      const { messages } = await loadSpaceMessages(localeOf(LOCALES[locale]));
      const page = await env.browser.newPage();
      try {
        // A space admin sees the most: the concern form as well as the status.
        await page.goto(hostUrl(env, 'jira-space', { identity: 'space-admin:ENG', project: 'ENG', locale }));
        const frame = await appFrame(page, '.app-frame iframe');
        await frame.getByTestId('in-app-card').waitFor();
        await frame.locator('textarea').first().waitFor();
        const seen = await frame.evaluate(() => ({
          lang: document.documentElement.lang,
          text: document.body.innerText,
          title: document.querySelector('h1')?.textContent ?? '',
          lozenges: [...document.querySelectorAll('.ui-lozenge')].map((l) => l.textContent ?? ''),
          newTabHints: [...document.querySelectorAll('a[target=_blank] .ui-visually-hidden')].map((hint) => hint.textContent?.trim() ?? ''),
          reasons: [...document.querySelectorAll('.cl-reason__text')].map((reason) => reason.textContent ?? ''),
          englishMarked: [...document.querySelectorAll('main [lang]')].map((el) => el.getAttribute('lang')),
        }));
        assert.equal(seen.lang, localeOf(LOCALES[locale]));
        assert.equal(seen.title, messages.appTitle);
        assert.doesNotMatch(seen.text, PLACEHOLDER, `${locale}: placeholder left`);
        assert.doesNotMatch(seen.text, /\b(appTitle|inAppSentence|concernIntro|explain\.|timeline\.)\b/, `${locale}: key name shown`);
        const statusWords = Object.values(messages.ui.status);
        assert.ok(
          seen.lozenges.length >= 2 && seen.lozenges.slice(0, 2).every((l) => statusWords.includes(l)),
          `${locale}: status lozenges ${JSON.stringify(seen.lozenges)}`,
        );
        assert.ok(seen.text.includes(messages.product.jira.spaceLabel('ENG')), `${locale}: the space is named in the locale's words`);
        // The shared components (source links, error panel) speak the page's language too.
        assert.ok(
          seen.newTabHints.length > 0 && seen.newTabHints.every((hint) => hint.endsWith(messages.ui.opensNewTab)),
          `${locale}: new-tab hints ${JSON.stringify(seen.newTabHints)}`,
        );
        // The reasons are the locale's own sentences: none is the English one, and nothing inside is marked as another language.
        assert.ok(seen.reasons.length > 0, `${locale}: reasons shown`);
        if (locale !== 'en') {
          const english = new Set(
            seen.reasons.filter((reason) =>
              Object.values(spaceEn.explain).some((word) => reason === word({ words: spaceEn.product.jira, date: '', code: '' })),
            ),
          );
          assert.deepEqual([...english], [], `${locale}: reasons left in English`);
          assert.ok(!seen.newTabHints.some((hint) => hint.endsWith(spaceEn.ui.opensNewTab)), `${locale}: new-tab hint left in English`);
        }
        assert.deepEqual(seen.englishMarked, [], `${locale}: text marked as another language inside the page`);
        await page.screenshot({ path: path.join(SCREENSHOTS, `space-page-${locale}.png`), fullPage: true });
      } finally {
        await page.close();
      }
    });
  }
});

describe('admin page in French, Spanish and Japanese', () => {
  const ADMIN = { fr: adminFr, es: adminEs, ja: adminJa } as const;
  for (const [locale, t] of Object.entries(ADMIN) as [keyof typeof ADMIN, typeof adminEn][]) {
    it(`${locale}: overview and timeline from its catalogue, engine messages in ${locale}, no placeholder, lang, screenshot`, async () => {
      const page = await env.browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      try {
        await page.goto(hostUrl(env, 'jira-admin', { identity: 'org-admin', locale }));
        const frame = await appFrame(page, '.app-frame iframe');
        await frame.locator('[data-section=overview]').waitFor();
        const overview = await frame.evaluate(() => ({
          lang: document.documentElement.lang,
          text: document.querySelector('main')?.innerText ?? '',
          nav: document.querySelector('nav')?.textContent ?? '',
          englishFallbacks: document.querySelectorAll('[data-section=overview] [lang=en]').length,
          reasons: document.querySelectorAll('.ui-reason').length,
        }));
        assert.equal(overview.lang, locale);
        assert.ok(overview.nav.includes(t.sections.overview) && overview.nav.includes(t.sections.timeline), `${locale}: navigation in the locale's words`);
        assert.ok(overview.text.includes(t.overview.highestPlan), `${locale}: overview in the locale's words`);
        assert.doesNotMatch(overview.text, PLACEHOLDER, `${locale}: placeholder left`);
        for (const english of [adminEn.overview.highestPlan, adminEn.overview.alertsHeading, 'The highest active plan is', 'org admin']) {
          assert.ok(!overview.text.includes(english), `${locale}: English "${english}" on the overview`);
        }
        // Every engine reason, note and alert is worded by the locale's catalogue: nothing fell back to the server's English.
        assert.ok(overview.reasons > 3, `${locale}: reasons shown (${overview.reasons})`);
        assert.equal(overview.englishFallbacks, 0, `${locale}: English fallbacks on the overview`);
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.screenshot({ path: path.join(SCREENSHOTS, `admin-overview-${locale}.png`), fullPage: true });

        await frame.getByRole('navigation', { name: t.sectionsLabel }).getByRole('link', { name: t.sections.timeline }).click();
        await frame.locator('[data-testid=timeline-table]').waitFor();
        const timeline = await frame.locator('[data-testid=timeline-table]').innerText();
        assert.doesNotMatch(timeline, PLACEHOLDER, `${locale}: placeholder in the timeline`);
        assert.ok(!timeline.includes('Atlassian starts using contributed data'), `${locale}: English timeline entry`);
        assert.equal(await frame.locator('[data-testid=timeline-table] [lang=en]').count(), 0, `${locale}: English fallbacks in the timeline`);

        // Only this language's chunks were fetched: its page texts and its message catalogue.
        const catalogueChunks = requested
          .filter((p) => /\/assets\/(admin\.)?(de|fr|es|ja)-[\w-]{8}\.js$/.test(p))
          .map((p) => path.basename(p).replace(/-[\w-]{8}\.js$/, ''));
        assert.deepEqual([...new Set(catalogueChunks)].sort(), [`admin.${locale}`, locale], `${locale}: catalogue chunks fetched`);
      } finally {
        await page.close();
      }
    });
  }
});
