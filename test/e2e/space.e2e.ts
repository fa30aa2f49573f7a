/**
 * The space/project page in its host pages (jira:projectPage, confluence:spacePage)
 * against the real resolvers of the preview: what each identity sees and may
 * do, the concern round trip to the org admins and back, product wording,
 * an excluded space, German, light and dark with axe, and the bundle budget.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { appFrame, axeSerious, hostUrl, invokeThroughBridge, pageViewIdOf, pageViewMetrics, REPO_ROOT, startE2e, type E2eEnv, type ViewQuery } from './harness';

const SCREENSHOTS = path.join(REPO_ROOT, 'artifacts', 'screenshots');
const BUILD = path.join(REPO_ROOT, '.forge-rehearsal', 'resources', 'space');
const KB = 1024;

let env: E2eEnv;
before(async () => {
  env = await startE2e();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
after(async () => {
  await env?.close();
});

type SpaceSurface = 'confluence-space' | 'jira-space';

interface Opened {
  page: Page;
  frame: Frame;
}

/** Opens the space page as the given identity and waits until the status is shown. */
async function openSpacePage(surface: SpaceSurface, query: ViewQuery): Promise<Opened> {
  const page = await env.browser.newPage();
  await page.goto(hostUrl(env, surface, query));
  const frame = await appFrame(page, '.app-frame iframe');
  await frame.waitForSelector('[data-testid=in-app-card]');
  return { page, frame };
}

/** The envelope a resolver call through the bridge resolved with. */
function envelopeOf(answer: { resolved?: unknown; rejected?: string }): { ok: boolean; data?: unknown; error?: { code: string; message: string } } {
  assert.equal(answer.rejected, undefined, `the invoke itself failed: ${answer.rejected}`);
  return answer.resolved as { ok: boolean; data?: unknown; error?: { code: string; message: string } };
}

/** Runs one admin resolver call as the org admin, from the admin page's own frame. */
async function asOrgAdmin<T>(key: string, payload: unknown): Promise<T> {
  const page = await env.browser.newPage();
  try {
    await page.goto(hostUrl(env, 'jira-admin', { identity: 'org-admin' }));
    const envelope = envelopeOf(await invokeThroughBridge(await appFrame(page, '.app-frame iframe'), key, payload));
    assert.equal(envelope.ok, true, `${key} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.data as T;
  } finally {
    await page.close();
  }
}

const text = (frame: Frame, selector = 'main') => frame.locator(selector).innerText();
/** The in-app status lozenge as written (innerText would give its upper-cased rendering). */
const statusOf = async (frame: Frame) => (await frame.locator('[data-testid=in-app-card] .ui-lozenge').textContent())?.trim();

describe('Confluence space page as the space admin', () => {
  it('shows the status with its reason, examples from Confluence and the concern form, with two invokes', async () => {
    const { page, frame } = await openSpacePage('confluence-space', { identity: 'space-admin:ENG', space: 'ENG' });
    await frame.waitForSelector('[data-testid=my-concern]');

    assert.equal(await frame.locator('h1').innerText(), 'Data contribution');
    assert.equal(await statusOf(frame), 'Not contributing');
    // The example org turned in-app data off; ENG is on no list, so it follows the org.
    assert.equal(await frame.locator('[data-testid=in-app-reasons] [data-reason]').first().getAttribute('data-reason'), 'followsAppOff');
    const firstReason = frame.locator('[data-testid=in-app-reasons] li').first();
    assert.match(await firstReason.innerText(), /Documented/);
    assert.match((await firstReason.locator('a').getAttribute('href')) ?? '', /^https:\/\/support\.atlassian\.com\//);
    // Metadata cannot be changed per space, and the page says why with its rule.
    assert.match(await text(frame, '[data-testid=metadata-card]'), /cannot be changed for a single space[\s\S]*Rule R20/);
    assert.match(await text(frame, '[data-testid=examples-in-app]'), /Page titles and page content/);
    assert.match(await text(frame, '[data-testid=examples-metadata]'), /Readability scores/);

    const textarea = frame.getByLabel('Message to the org admins');
    assert.equal(await textarea.count(), 1, 'the message field is labelled');
    // ENG does not contribute, so excluding it is not offered.
    assert.equal(await frame.getByLabel('Ask to exclude this space').count(), 0);
    assert.equal(await frame.getByLabel('Ask to include this space').count(), 1);
    assert.match(await text(frame, '[data-testid=my-concern]'), /architecture decision records/);

    const view = await pageViewMetrics(env, await pageViewIdOf(page));
    assert.deepEqual(view.byFunction, { getSpaceStatus: 1, getMyConcerns: 1 });
    await page.close();
  });

  it('refuses an empty message in the page without calling the server', async () => {
    const { page, frame } = await openSpacePage('confluence-space', { identity: 'space-admin:ENG', space: 'ENG' });
    await frame.waitForSelector('[data-testid=my-concern]');
    const before = (await pageViewMetrics(env, await pageViewIdOf(page))).invocations;
    await frame.getByRole('button', { name: 'Send to org admins' }).click();
    const textarea = frame.getByLabel('Message to the org admins');
    assert.equal(await textarea.getAttribute('aria-invalid'), 'true');
    assert.match((await textarea.getAttribute('aria-describedby')) ?? '', /error/);
    assert.match(await text(frame, 'form'), /Enter a message\./);
    assert.equal(await frame.evaluate(() => document.activeElement?.tagName), 'TEXTAREA', 'focus moves to the field to fix');
    assert.equal((await pageViewMetrics(env, await pageViewIdOf(page))).invocations, before);
    await page.close();
  });
});

describe('space page as a plain user', () => {
  it('shows the status without the concern form and makes a single invoke', async () => {
    const { page, frame } = await openSpacePage('confluence-space', { identity: 'user', space: 'ENG' });
    assert.equal(await frame.locator('textarea').count(), 0);
    assert.equal(await frame.locator('form').count(), 0);
    assert.match(await text(frame, '[data-testid=read-only-note]'), /Only admins of this space/);
    const view = await pageViewMetrics(env, await pageViewIdOf(page));
    assert.deepEqual(view.byFunction, { getSpaceStatus: 1 });
    await page.close();
  });

  it('is refused by the server when it forces raiseConcern through the bridge', async () => {
    const { page, frame } = await openSpacePage('jira-space', { identity: 'user', project: 'ENG' });
    const envelope = envelopeOf(await invokeThroughBridge(frame, 'raiseConcern', { message: 'Please exclude ENG.' }));
    assert.equal(envelope.ok, false);
    assert.equal(envelope.error?.code, 'FORBIDDEN');
    await page.close();
  });
});

describe('Jira project page and Confluence space page wording', () => {
  it('says "space" and "work items" on Jira, never project or issue', async () => {
    const { page, frame } = await openSpacePage('jira-space', { identity: 'space-admin:ENG', project: 'ENG' });
    const body = await text(frame);
    assert.match(body, /Jira space ENG/);
    assert.match(body, /work items in this space/);
    assert.match(body, /Work item titles/);
    assert.match(body, /Story points: 3/);
    assert.doesNotMatch(body, /\bprojects?\b/i);
    assert.doesNotMatch(body, /\bissues?\b/i);
    // ENG is a software space: request SLAs of service spaces are not listed.
    assert.doesNotMatch(body, /Request SLAs/);
    await page.close();
  });

  it('lists request SLAs in a Jira service space', async () => {
    const { page, frame } = await openSpacePage('jira-space', { identity: 'user', project: 'HELP' });
    assert.match(await text(frame, '[data-testid=examples-metadata]'), /Request SLAs in Jira Service Management/);
    await page.close();
  });

  it('says "pages" on Confluence and no Jira words', async () => {
    const { page, frame } = await openSpacePage('confluence-space', { identity: 'user', space: 'ENG' });
    const body = await text(frame);
    assert.match(body, /Confluence space ENG/);
    assert.match(body, /pages in this space/);
    assert.doesNotMatch(body, /work item/i);
    await page.close();
  });
});

describe('German', () => {
  it('renders the page completely in German', async () => {
    const { page, frame } = await openSpacePage('jira-space', { identity: 'space-admin:ENG', project: 'ENG', locale: 'de' });
    assert.equal(await frame.locator('html').getAttribute('lang'), 'de');
    const body = await text(frame);
    assert.match(body, /Datenbeitrag/);
    assert.match(body, /Jira-Bereich ENG/);
    assert.match(body, /Arbeitselemente/);
    assert.match(body, /Dokumentiert/);
    for (const english of ['Data contribution', 'Contributing', 'Documented', 'Source', 'Message to the org admins', 'work item']) {
      assert.ok(!body.includes(english), `no English "${english}" on the German page`);
    }
    await page.close();
  });

  it('explains the status in German, with none of the engine’s English reason sentences', async () => {
    for (const [surface, query] of [
      ['jira-space', { identity: 'space-admin:ENG', project: 'ENG', locale: 'de' }],
      ['confluence-space', { identity: 'user', space: 'HR', locale: 'de' }],
    ] as const) {
      const { page, frame } = await openSpacePage(surface, query);
      const reasons = await text(frame, '[data-testid=in-app-reasons]');
      const body = await text(frame);
      assert.ok(reasons.trim().length > 0, 'the page explains the status');
      for (const english of [
        'The highest active plan is',
        'org admin',
        'In-app data is',
        'this space follows',
        'is contributed',
        'Collection from this space stopped',
        'should be removed by',
        'status code',
      ]) {
        assert.ok(!body.includes(english), `no English "${english}" on the German ${surface} page`);
      }
      assert.equal(await frame.locator('[data-testid=in-app-reasons] [lang=en], [data-testid=metadata-reasons] [lang=en]').count(), 0, 'no English fallback');
      await page.close();
    }
  });
});

describe('concern round trip', () => {
  it('space admin asks, the org admin answers on the admin page, the space admin reads the answer', async () => {
    const token = `round-trip-${Date.now()}`;
    const first = await openSpacePage('jira-space', { identity: 'space-admin:ENG', project: 'ENG' });
    await first.frame.waitForSelector('[data-testid=concern-result]', { state: 'attached' });
    await first.frame.getByLabel('Raise a concern').check();
    await first.frame.getByLabel('Message to the org admins').fill(`Sprint reviews hold customer names (${token}).`);
    await first.frame.getByRole('button', { name: 'Send to org admins' }).click();
    const result = first.frame.getByTestId('concern-result');
    await result.filter({ hasText: 'Sent.' }).waitFor();
    assert.equal(await result.getAttribute('role'), 'status', 'the result is announced in a live region');
    const mine = first.frame.getByTestId('my-concern').filter({ hasText: token });
    assert.match(await mine.innerText(), /waiting for an answer/i);
    assert.match(await mine.innerText(), /Concern about this space/);
    assert.equal(await first.frame.getByLabel('Message to the org admins').inputValue(), '', 'the field is cleared after sending');
    await first.page.close();

    const open = await asOrgAdmin<{ concerns: { id: string; message: string; spaceKey: string; product: string }[] }>('listConcerns', { state: 'open' });
    const raised = open.concerns.find((c) => c.message.includes(token));
    assert.ok(raised, 'the org admin sees the concern');
    assert.equal(raised.spaceKey, 'ENG');
    assert.equal(raised.product, 'jira');
    // The org admin answers on the admin page, as they would.
    const admin = await env.browser.newPage();
    await admin.goto(hostUrl(env, 'jira-admin', { identity: 'org-admin' }));
    const adminFrame = await appFrame(admin, '.app-frame iframe');
    await adminFrame.evaluate(() => {
      window.location.hash = '#/concerns';
    });
    const card = adminFrame.locator(`[data-concern="${raised.id}"]`);
    await card.waitFor();
    await card.getByTestId('concern-answer-input').fill(`We will exclude ENG from in-app data this week (${token}).`);
    await card.getByTestId('concern-send').click();
    await card.getByTestId('concern-answer').filter({ hasText: token }).waitFor();
    await admin.close();

    const again = await openSpacePage('jira-space', { identity: 'space-admin:ENG', project: 'ENG' });
    const answered = again.frame.getByTestId('my-concern').filter({ hasText: token });
    await answered.waitFor();
    const shown = await answered.innerText();
    assert.match(shown, /answered/i);
    assert.match(shown, /Answer from the org admins/);
    assert.match(shown, /We will exclude ENG from in-app data this week/);
    await again.page.close();
  });
});

describe('requests to exclude or include', () => {
  it('are sent as a kind, not as words in the message, and the admin page labels them', async () => {
    const token = `include-${Date.now()}`;
    const { page, frame } = await openSpacePage('confluence-space', { identity: 'space-admin:ENG', space: 'ENG' });
    await frame.getByLabel('Ask to include this space').check();
    await frame.getByLabel('Message to the org admins').fill(`Only public runbooks live here (${token}).`);
    await frame.getByRole('button', { name: 'Send to org admins' }).click();
    await frame.getByTestId('concern-result').filter({ hasText: 'Sent.' }).waitFor();
    const mine = frame.getByTestId('my-concern').filter({ hasText: token });
    assert.equal(await mine.locator('[data-kind]').getAttribute('data-kind'), 'include-request');
    await page.close();

    const open = await asOrgAdmin<{ concerns: { id: string; kind: string; message: string }[] }>('listConcerns', { state: 'open' });
    const raised = open.concerns.find((c) => c.message.includes(token));
    assert.ok(raised);
    assert.equal(raised.kind, 'include-request');
    assert.equal(raised.message, `Only public runbooks live here (${token}).`, 'the message is the admin’s own words only');

    const admin = await env.browser.newPage();
    await admin.goto(hostUrl(env, 'jira-admin', { identity: 'org-admin' }));
    const adminFrame = await appFrame(admin, '.app-frame iframe');
    await adminFrame.evaluate(() => {
      window.location.hash = '#/concerns';
    });
    const card = adminFrame.locator(`[data-concern="${raised.id}"]`);
    await card.waitFor();
    assert.match(await card.innerText(), /Inclusion request/i);
    await admin.close();
  });
});

describe('a space the org excluded', () => {
  it('shows not contributing, with the exclusion as the reason', async () => {
    // The example org has in-app data off; turn it on and exclude WEB from today (the preview's day is the real one).
    const today = new Date().toISOString().slice(0, 10);
    await asOrgAdmin('recordEvents', {
      changes: [
        { type: 'setting', on: today, setting: 'inAppData', value: 'on' },
        { type: 'scope', on: today, target: { kind: 'space', key: 'WEB' }, mode: 'exclude' },
      ],
    });

    const excluded = await openSpacePage('jira-space', { identity: 'user', project: 'WEB' });
    assert.equal(await statusOf(excluded.frame), 'Not contributing');
    const card = await text(excluded.frame, '[data-testid=in-app-card]');
    assert.match(card, /on the org’s exclude list/);
    // The server dates the space by its own entry, not by the org's setting.
    const served = envelopeOf(await invokeThroughBridge(excluded.frame, 'getSpaceStatus', {}));
    assert.equal((served.data as { since?: string } | undefined)?.since, today);
    assert.match(card, /Since/);
    const reasons = await excluded.frame
      .locator('[data-testid=in-app-reasons] [data-reason]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-reason')));
    assert.deepEqual(reasons, ['spaceExcluded', 'jiraSpacesInLists']);
    assert.match(
      await text(excluded.frame, '[data-testid=in-app-reasons]'),
      /an org admin excluded this space[\s\S]*Rule R17[\s\S]*Interpreted[\s\S]*Rule R19/,
    );
    await excluded.page.close();

    // A space on no list now follows the org and contributes.
    const other = await openSpacePage('jira-space', { identity: 'user', project: 'MOB' });
    assert.equal(await statusOf(other.frame), 'Contributing');
    await other.page.close();
  });
});

/** Relative brightness 0..1 of a CSS rgb()/rgba() colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

describe('light and dark', () => {
  const views: { surface: SpaceSurface; query: ViewQuery; name: string }[] = [
    { surface: 'confluence-space', query: { identity: 'space-admin:ENG', space: 'ENG' }, name: 'space-page-confluence-space-admin' },
    { surface: 'jira-space', query: { identity: 'user', project: 'WEB' }, name: 'space-page-jira-user' },
    { surface: 'jira-space', query: { identity: 'space-admin:ENG', project: 'ENG', locale: 'de' }, name: 'space-page-jira-space-admin-de' },
  ];
  for (const theme of ['light', 'dark'] as const) {
    for (const view of views) {
      it(`${view.name}, ${theme}: themed, no serious axe violations, screenshot`, async () => {
        const { page, frame } = await openSpacePage(view.surface, { ...view.query, theme });
        assert.equal(await frame.locator('html').getAttribute('data-color-mode'), theme);
        // Tokens are applied: a dark surface with light text in dark, the reverse in light.
        const [surface, ink] = await frame.evaluate(() => [
          getComputedStyle(document.body).backgroundColor,
          getComputedStyle(document.querySelector('h1')!).color,
        ]);
        if (theme === 'dark') assert.ok(luminance(surface) < 0.2 && luminance(ink) > 0.5, `dark: surface ${surface}, text ${ink}`);
        else assert.ok(luminance(surface) > 0.8 && luminance(ink) < 0.3, `light: surface ${surface}, text ${ink}`);
        assert.deepEqual(await axeSerious(frame), []);
        await page.mouse.move(0, 0);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${view.name}-${theme}.png`), fullPage: true });
        await page.close();
      });
    }
  }

  it('shows a visible focus ring on keyboard focus', async () => {
    const { page, frame } = await openSpacePage('confluence-space', { identity: 'space-admin:ENG', space: 'ENG' });
    await frame.locator('a').first().focus();
    await page.keyboard.press('Tab');
    const outline = await frame.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
    assert.equal(outline.style, 'solid');
    assert.equal(outline.width, '2px');
    await page.close();
  });
});

describe('space page bundle budget', () => {
  it('loads at most 120 KB gzip of JS and CSS on first view', () => {
    const html = readFileSync(path.join(BUILD, 'index.html'), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    assert.ok(files.some((f) => f.endsWith('.js')) && files.some((f) => f.endsWith('.css')), `space/index.html loads JS and CSS: ${files.join(', ')}`);
    const total = files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(BUILD, f)), { level: 9 }).length, 0);
    console.log(`space page: ${(total / KB).toFixed(1)} KB gzip (${files.join(', ')})`);
    assert.ok(total <= 120 * KB, `space page loads ${total} bytes gzip`);
  });
});
