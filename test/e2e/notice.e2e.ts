/**
 * The per-page and per-work-item notice in the preview hosts: cost per page view, banner, locale, anonymous
 * viewers. The banner module is always in the manifest; whether Confluence creates its iframe is decided by
 * its display condition on the space property the app writes when the banner setting is saved.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readManifest } from '../../preview/manifest';
import { EXAMPLE_NOTICE_SETTINGS } from '../../preview/example-org';
import { appFrame, hostUrl, pageViewIdOf, REPO_ROOT, pageViewMetrics, saveNoticeSettingsAsAdmin, startE2e, type E2eEnv } from './harness';

const withBanner = (banner: 'off' | 'contributed-only' | 'everywhere') => saveNoticeSettingsAsAdmin(env, { ...EXAMPLE_NOTICE_SETTINGS, banner });

let env: E2eEnv;
before(async () => {
  env = await startE2e();
});
after(async () => {
  await env?.close();
});

describe('Confluence byline notice', () => {
  before(() => withBanner('off'));

  it('costs nothing until the byline item is clicked, then exactly one invocation', async () => {
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page'));
    await page.waitForLoadState('networkidle');
    const pageViewId = await pageViewIdOf(page);

    assert.equal(await page.locator('iframe').count(), 0, 'no app frame before the click');
    assert.equal((await pageViewMetrics(env, pageViewId)).invocations, 0);
    // The byline item is drawn by the host from the manifest's static title: no app code runs for it.
    assert.equal(await page.getByTestId('byline-item').innerText(), readManifest(REPO_ROOT).modules['confluence:contentBylineItem']?.title);

    await page.getByTestId('byline-item').click();
    const notice = await appFrame(page, '[data-testid=byline-popup] iframe');
    await notice.waitForSelector('.lozenge');
    await page.waitForLoadState('networkidle');

    const view = await pageViewMetrics(env, pageViewId);
    assert.equal(view.invocations, 1);
    assert.deepEqual(view.byFunction, { getNotice: 1 });
    const status = await notice.locator('.lozenge').getAttribute('data-status');
    assert.ok(['contributing', 'not-contributing', 'pending'].includes(status ?? ''), `status ${status}`);
    assert.ok((await notice.locator('.lozenge').innerText()).trim().length > 0, 'the lozenge says the status in words');
    await page.close();
  });

  it('closes with Escape and loads again on the next click', async () => {
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page'));
    await page.getByTestId('byline-item').click();
    await (await appFrame(page, '[data-testid=byline-popup] iframe')).waitForSelector('.lozenge');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('[data-testid=byline-popup] iframe').count(), 0);
    await page.close();
  });

  it('"Learn more" takes the reader to the space page of the same space', async () => {
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page', { space: 'MKT' }));
    await page.getByTestId('byline-item').click();
    const notice = await appFrame(page, '[data-testid=byline-popup] iframe');
    await Promise.all([page.waitForURL(/\/host\/confluence-space\?/), notice.getByTestId('notice-learn-more').click()]);
    assert.equal(new URL(page.url()).searchParams.get('space'), 'MKT');
    await page.close();
  });

  it('speaks German when the viewer locale is German', async () => {
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page', { locale: 'de' }));
    await page.getByTestId('byline-item').click();
    const notice = await appFrame(page, '[data-testid=byline-popup] iframe');
    await notice.waitForSelector('.lozenge');
    assert.equal(await notice.locator('html').getAttribute('lang'), 'de');
    assert.equal(await notice.locator('h1').innerText(), 'KI-Datenbeitrag');
    assert.equal(await notice.getByTestId('notice-learn-more').innerText(), 'Mehr erfahren');
    await page.close();
  });

  it('shows the notice to anonymous visitors of a public space', async () => {
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page', { identity: 'anonymous', space: 'DOCS' }));
    await page.getByTestId('byline-item').click();
    const notice = await appFrame(page, '[data-testid=byline-popup] iframe');
    await notice.waitForSelector('.lozenge, [role=alert]');
    assert.equal(await notice.locator('[role=alert]').count(), 0, 'no error for anonymous viewers');
    assert.equal(
      await notice.evaluate(
        async () =>
          (await (window as unknown as { __bridge: { callBridge(n: string): Promise<{ accountId?: string }> } }).__bridge.callBridge('getContext')).accountId,
      ),
      undefined,
    );
    await page.close();
  });
});

describe('anonymous visitors', () => {
  it('see no app on pages of spaces closed to them', async () => {
    const page = await env.browser.newPage();
    await withBanner('everywhere');
    await page.goto(hostUrl(env, 'confluence-page', { identity: 'anonymous', space: 'ENG' }));
    await page.getByTestId('login-wall').waitFor();
    assert.equal(await page.getByTestId('byline-item').count(), 0);
    assert.equal(await page.locator('iframe').count(), 0);
    await page.close();
  });

  it('get no work item context panel: jira:issueContext does not serve anonymous users', async () => {
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'jira-work-item', { identity: 'anonymous', project: 'API' }));
    await page.waitForLoadState('networkidle');
    assert.equal(await page.getByTestId('login-wall').count(), 0, 'the public work item itself is visible');
    assert.equal(await page.getByTestId('issue-context').count(), 0);
    await page.close();
  });
});

describe('Confluence page banner', () => {
  it('banner off: a page view with the banner module in the manifest makes no call and no storage operation', async () => {
    assert.ok(readManifest(REPO_ROOT).modules['confluence:pageBanner'], 'the banner module is declared');
    await withBanner('off');
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page', { identity: 'user', space: 'ENG' }));
    await page.waitForLoadState('networkidle');
    assert.equal(await page.getByTestId('page-banner').count(), 0);
    assert.equal(await page.locator('iframe').count(), 0);
    const view = await pageViewMetrics(env, await pageViewIdOf(page));
    assert.equal(view.invocations, 0);
    assert.deepEqual(view.storage, { reads: 0, writeRequests: 0, writtenItems: 0, queries: 0 });
    await page.close();
  });

  it('everywhere: the banner shows for one invocation and at most one storage read', async () => {
    await withBanner('everywhere');
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page', { identity: 'user', space: 'SALES' }));
    await (await appFrame(page, '[data-testid=page-banner] iframe')).waitForSelector('.lozenge');
    await page.waitForLoadState('networkidle');
    const view = await pageViewMetrics(env, await pageViewIdOf(page));
    assert.deepEqual(view.byFunction, { getNotice: 1 });
    assert.ok(view.storage.reads <= 1, `reads ${view.storage.reads}`);
    assert.equal(view.storage.writeRequests + view.storage.queries, 0);
    await page.close();
  });

  it('contributed-only: the banner frame exists only in spaces whose in-app data contributes', async () => {
    await withBanner('contributed-only');
    const status = async (space: string) => {
      const page = await env.browser.newPage();
      await page.goto(hostUrl(env, 'confluence-page', { identity: 'user', space }));
      await page.waitForLoadState('networkidle');
      const shown = (await page.getByTestId('page-banner').count()) === 1;
      await page.close();
      return shown;
    };
    // The example org has in-app data off; only DOCS, on its include list, contributes.
    assert.equal(await status('ENG'), false);
    assert.equal(await status('DOCS'), true);
    await withBanner('everywhere');
    assert.equal(await status('ENG'), true);
  });

  it('shows one fixed-height line, closes on dismiss and stays closed for that user without invoking', async () => {
    await withBanner('everywhere');
    const identity = 'space-admin:ENG';
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page', { identity }));
    const banner = await appFrame(page, '[data-testid=page-banner] iframe');
    await banner.waitForSelector('.lozenge');
    assert.equal((await page.locator('[data-testid=page-banner] iframe').boundingBox())?.height, 40);
    assert.equal(await banner.locator('.notice').evaluate((el) => el.getBoundingClientRect().height), 40);
    assert.equal((await pageViewMetrics(env, await pageViewIdOf(page))).invocations, 1);

    await banner.getByTestId('notice-dismiss').click();
    await page.getByTestId('page-banner').waitFor({ state: 'detached' });

    await page.reload();
    await page.waitForLoadState('networkidle');
    await page.getByTestId('page-banner').waitFor({ state: 'detached' });
    assert.equal((await pageViewMetrics(env, await pageViewIdOf(page))).invocations, 0, 'a dismissed banner makes no call');

    // Another user on the same browser still sees it.
    await page.goto(hostUrl(env, 'confluence-page', { identity: 'user' }));
    await (await appFrame(page, '[data-testid=page-banner] iframe')).waitForSelector('.lozenge');
    await page.close();
  });
});

describe('Jira work item notice', () => {
  it('shows the static lozenge from the manifest and loads the notice only when expanded', async () => {
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'jira-work-item', { project: 'CSD' }));
    await page.waitForLoadState('networkidle');
    const pageViewId = await pageViewIdOf(page);
    assert.ok((await page.getByTestId('issue-context-lozenge').innerText()).length > 0);
    assert.equal((await pageViewMetrics(env, pageViewId)).invocations, 0);

    await page.getByTestId('issue-context-toggle').click();
    const notice = await appFrame(page, '[data-testid=issue-context] iframe');
    await notice.waitForSelector('.lozenge');
    await page.waitForLoadState('networkidle');
    assert.equal((await pageViewMetrics(env, pageViewId)).invocations, 1);

    await Promise.all([page.waitForURL(/\/host\/jira-space\?/), notice.getByTestId('notice-learn-more').click()]);
    assert.equal(new URL(page.url()).searchParams.get('project'), 'CSD');
    await page.close();
  });
});

describe('admin-edited notice text and settings', () => {
  it('renders the admin text as plain text, never as HTML', async () => {
    const text = '<img src=x onerror="window.__injected = true">Ask <b>#ai-governance</b>';
    await saveNoticeSettingsAsAdmin(env, { notice: 'everywhere', banner: 'everywhere', text: { default: text } });
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page'));
    await page.getByTestId('byline-item').click();
    const notice = await appFrame(page, '[data-testid=byline-popup] iframe');
    const adminText = notice.getByTestId('notice-admin-text');
    await adminText.waitFor();
    assert.equal(await adminText.textContent(), text);
    assert.equal(await notice.locator('img, b').count(), 0);
    assert.equal(await notice.evaluate(() => (window as unknown as { __injected?: boolean }).__injected), undefined);
    await page.close();
  });

  it('with the notice and banner switched off: the popup says so and no banner frame is created', async () => {
    await saveNoticeSettingsAsAdmin(env, { notice: 'off', banner: 'off', text: {} });
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page', { identity: 'user', space: 'SALES' }));
    await page.waitForLoadState('networkidle');
    assert.equal(await page.getByTestId('page-banner').count(), 0);
    await page.getByTestId('byline-item').click();
    const notice = await appFrame(page, '[data-testid=byline-popup] iframe');
    await notice.waitForSelector('.notice__muted');
    assert.equal(await notice.locator('.lozenge').count(), 0);
    assert.match(await notice.locator('.notice').innerText(), /not published/);
    await page.close();
  });

  it('"Reset example org" on the start page restores the example notice settings', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.preview.url}/`);
    await Promise.all([page.waitForEvent('load'), page.getByTestId('reset-example').click()]);
    await page.goto(hostUrl(env, 'confluence-page'));
    await page.getByTestId('byline-item').click();
    const notice = await appFrame(page, '[data-testid=byline-popup] iframe');
    assert.match((await notice.getByTestId('notice-admin-text').textContent()) ?? '', /#ai-governance/);
    await page.close();
  });
});
