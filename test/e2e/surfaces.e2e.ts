/**
 * Every surface in its host page, light and dark: the start page lists it,
 * it renders, axe-core finds no serious or critical violation, and a
 * screenshot lands in artifacts/screenshots/ for review.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { SURFACES } from '../../preview/surfaces';
import { appFrame, axeSeriousWithFrames, hostUrl, REPO_ROOT, startE2e, type E2eEnv } from './harness';

const SCREENSHOTS = path.join(REPO_ROOT, 'artifacts', 'screenshots');

let env: E2eEnv;
before(async () => {
  env = await startE2e();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
after(async () => {
  await env?.close();
});

/** Opens the surface's lazy app frames the way a user would, and waits until each app has rendered. */
async function openSurface(page: Page, surfaceId: string): Promise<Frame[]> {
  if (surfaceId === 'confluence-page') {
    await page.getByTestId('byline-item').click();
    const byline = await appFrame(page, '[data-testid=byline-popup] iframe');
    const banner = await appFrame(page, '[data-testid=page-banner] iframe');
    await byline.waitForSelector('.lozenge');
    await banner.waitForSelector('.lozenge');
    return [byline, banner];
  }
  if (surfaceId === 'jira-work-item') {
    await page.getByTestId('issue-context-toggle').click();
    const panel = await appFrame(page, '[data-testid=issue-context] iframe');
    await panel.waitForSelector('.lozenge');
    return [panel];
  }
  const frame = await appFrame(page, '.app-frame iframe');
  await frame.waitForSelector('h1, h2');
  return [frame];
}

describe('start page', () => {
  it('lists every surface with a link into its host page', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.preview.url}/`);
    const listed = await page.locator('[data-testid=surface-list] [data-surface]').evaluateAll((items) => items.map((i) => i.getAttribute('data-surface')));
    assert.deepEqual(
      listed,
      SURFACES.map((s) => s.id),
    );
    for (const surface of SURFACES) {
      const href = await page.locator(`[data-surface="${surface.id}"] a`).getAttribute('href');
      assert.match(href ?? '', new RegExp(`^/host/${surface.id}\\?`));
    }
    await page.close();
  });

  it('carries the chosen view settings into the surface links', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.preview.url}/`);
    await page.selectOption('select[name=theme]', 'dark');
    await page.selectOption('select[name=locale]', 'de');
    await page.selectOption('select[name=identity]', 'anonymous');
    await Promise.all([page.waitForURL(/theme=dark/), page.click('[data-testid=view-settings] button[type=submit]')]);
    const href = await page.locator('[data-surface="confluence-page"] a').getAttribute('href');
    const params = new URL(href ?? '', env.preview.url).searchParams;
    assert.equal(params.get('theme'), 'dark');
    assert.equal(params.get('locale'), 'de');
    assert.equal(params.get('identity'), 'anonymous');
    await page.close();
  });
});

for (const theme of ['light', 'dark'] as const) {
  describe(`every surface, ${theme}`, () => {
    for (const surface of SURFACES) {
      it(`${surface.id}: renders themed, passes axe, screenshot taken`, async () => {
        const page = await env.browser.newPage();
        await page.goto(hostUrl(env, surface.id, { theme }));
        const frames = await openSurface(page, surface.id);
        for (const frame of frames) {
          assert.equal(await frame.locator('html').getAttribute('data-color-mode'), theme, `${frame.url()} follows the theme`);
        }
        const { serious, nodesCheckedInFrames } = await axeSeriousWithFrames(page);
        assert.ok(nodesCheckedInFrames > 0, 'axe looked inside the app frames');
        assert.deepEqual(serious, []);
        await page.mouse.move(0, 0);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${surface.id}-${theme}.png`) });
        await page.close();
      });
    }
  });
}
