/**
 * Reflow (WCAG 1.4.10) and 200% zoom (1.4.4) of every app surface: no sideways scrolling of the page, no clipped
 * text, every control on screen. Data tables may scroll inside their own focusable, labelled container.
 *
 * How the sizes are made: the host page around an app frame is the preview's imitation of Jira and Confluence, not
 * ours, so the app frame itself is resized. 320 CSS px is the 1.4.10 width. 200% browser zoom of a 1280 px wide
 * window lays pages out in a 640 CSS px wide viewport (CSS px double in size), so the zoom case is the app frame at
 * 640 CSS px: the same layout the zoomed browser computes.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { EXAMPLE_NOTICE_SETTINGS } from '../../preview/example-org';
import { appFrame, hostUrl, REPO_ROOT, saveNoticeSettingsAsAdmin, startE2e, type E2eEnv } from './harness';

const SCREENSHOTS = path.join(REPO_ROOT, 'artifacts', 'screenshots');

let env: E2eEnv;
before(async () => {
  env = await startE2e();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await saveNoticeSettingsAsAdmin(env, { ...EXAMPLE_NOTICE_SETTINGS, banner: 'everywhere' });
});
after(async () => {
  await env?.close();
});

const WIDTHS = [
  { label: '320 CSS px', width: 320 },
  { label: '200% zoom of 1280 px', width: 640 },
];

/** Runs inside an app frame: what does not fit. */
function reflowProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const viewport = root.clientWidth;
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 50)}"`;
  if (root.scrollWidth > viewport + 1) {
    // Name the innermost element that sticks out, to say what to fix.
    const outside = [...document.querySelectorAll('body *')].filter(
      (el) =>
        !el.closest('[role=region][tabindex="0"]') &&
        el.getBoundingClientRect().right > viewport + 1 &&
        ![...el.children].some((c) => c.getBoundingClientRect().right > viewport + 1),
    );
    problems.push(`the page scrolls sideways: scrollWidth ${root.scrollWidth} > ${viewport}, past the edge: ${outside.slice(0, 3).map(describe).join('; ')}`);
  }
  const visible = (el: Element) => {
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return style.visibility !== 'hidden' && style.display !== 'none' && rect.width > 1 && rect.height > 1;
  };
  /** A container allowed to scroll: focusable and labelled, so keyboard and screen reader users can scroll it. */
  const labelledScroller = (el: Element) => el.getAttribute('tabindex') === '0' && !!(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'));
  for (const el of document.querySelectorAll('body *')) {
    if (!visible(el)) continue;
    const style = getComputedStyle(el);
    const clipsX = ['hidden', 'clip'].includes(style.overflowX);
    const clipsY = ['hidden', 'clip'].includes(style.overflowY);
    const scrollsX = ['auto', 'scroll'].includes(style.overflowX);
    if (scrollsX && el.scrollWidth > el.clientWidth + 1 && !labelledScroller(el))
      problems.push(`scrolls sideways without a focusable, labelled container: ${describe(el)}`);
    if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1)) {
      // Visually hidden text (1 px, clipped) is for screen readers on purpose.
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
      // The one exception: the page banner's one-line sentence (a 40 px banner), cut with an ellipsis. Its full text
      // is its tooltip and in the accessibility tree, and the byline and the space page behind Learn more say it in full.
      if (el.classList.contains('notice__sentence--single-line') && style.textOverflow === 'ellipsis' && el.getAttribute('title') === el.textContent) continue;
      problems.push(`clips its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}): ${describe(el)}`);
    }
  }
  for (const control of document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"]')) {
    if (!visible(control)) continue;
    const rect = control.getBoundingClientRect();
    const scroller = control.parentElement?.closest('[tabindex="0"]');
    if (scroller && labelledScroller(scroller)) continue;
    if (rect.left < -1 || rect.right > viewport + 1)
      problems.push(`off screen (${Math.round(rect.left)}–${Math.round(rect.right)} of ${viewport}): ${describe(control)}`);
  }
  return problems;
}

const REFLOW_PROBLEMS = `(() => { const __name = (f) => f; return (${reflowProblems.toString()})(); })()`;

/** Sizes the app frame, then lists what does not fit; a screenshot of the frame lands in artifacts/screenshots/ for review. */
async function problemsAt(page: Page, iframeSelector: string, frame: Frame, width: number, screenshotName: string): Promise<string[]> {
  await page.locator(iframeSelector).evaluate((iframe, w) => {
    (iframe as HTMLElement).style.width = `${w}px`;
    (iframe as HTMLElement).style.maxWidth = 'none';
  }, width);
  await frame.waitForFunction((w) => document.documentElement.clientWidth <= w, width);
  await frame.waitForTimeout(100);
  await page.locator(iframeSelector).screenshot({ path: path.join(SCREENSHOTS, `reflow-${width}-${screenshotName}.png`) });
  return (await frame.evaluate(REFLOW_PROBLEMS)) as string[];
}

const ADMIN_SECTIONS: [string, string][] = [
  ['overview', '[data-section=overview]'],
  ['record', '[data-section=record]'],
  ['timeline', '[data-testid=timeline-table]'],
  ['what-if', '[data-testid=simulate]'],
  ['spaces', '[data-testid=spaces-table]'],
  ['history', '[data-testid=history-table]'],
  ['evidence', '[data-testid=report]'],
  ['notices', '[data-testid=save-notices]'],
  ['concerns', '[data-testid=concerns]'],
];

for (const { label, width } of WIDTHS) {
  describe(`reflow at ${label}`, () => {
    it('admin page: every section', async () => {
      const page = await env.browser.newPage();
      await page.goto(hostUrl(env, 'jira-admin', { identity: 'org-admin' }));
      const frame = await appFrame(page, '.app-frame iframe');
      await frame.waitForSelector('[data-section=overview]');
      const problems: string[] = [];
      for (const [section, ready] of ADMIN_SECTIONS) {
        await frame.evaluate((id) => (window.location.hash = `#/${id}`), section);
        await frame.waitForSelector(ready);
        if (section === 'what-if') {
          await frame.locator('[data-testid=simulate]').click();
          await frame.locator('[data-testid=whatif-result]').waitFor();
        }
        problems.push(...(await problemsAt(page, '.app-frame iframe', frame, width, `admin-${section}`)).map((p) => `${section}: ${p}`));
      }
      assert.deepEqual(problems, []);
      await page.close();
    });

    for (const surface of ['jira-space', 'confluence-space'] as const) {
      it(`${surface}: status, reasons and the concern form`, async () => {
        const page = await env.browser.newPage();
        const spaceQuery = surface === 'jira-space' ? { project: 'ENG' } : { space: 'ENG' };
        await page.goto(hostUrl(env, surface, { identity: 'space-admin:ENG', ...spaceQuery }));
        const frame = await appFrame(page, '.app-frame iframe');
        await frame.waitForSelector('[data-testid=concern-result]', { state: 'attached' });
        assert.deepEqual(await problemsAt(page, '.app-frame iframe', frame, width, surface), []);
        await page.close();
      });
    }

    it('notice: byline popup, page banner and work item panel', async () => {
      const page = await env.browser.newPage();
      await page.goto(hostUrl(env, 'confluence-page', { space: 'ENG' }));
      await page.getByTestId('byline-item').press('Enter');
      const byline = await appFrame(page, '[data-testid=byline-popup] iframe');
      const banner = await appFrame(page, '[data-testid=page-banner] iframe');
      await byline.waitForSelector('.lozenge');
      await banner.waitForSelector('.lozenge');
      const problems = [
        ...(await problemsAt(page, '[data-testid=byline-popup] iframe', byline, width, 'notice-byline')).map((p) => `byline: ${p}`),
        ...(await problemsAt(page, '[data-testid=page-banner] iframe', banner, width, 'notice-banner')).map((p) => `banner: ${p}`),
      ];
      const work = await env.browser.newPage();
      await work.goto(hostUrl(env, 'jira-work-item', { project: 'ENG' }));
      await work.getByTestId('issue-context-toggle').press('Enter');
      const issue = await appFrame(work, '[data-testid=issue-context] iframe');
      await issue.waitForSelector('.lozenge');
      problems.push(...(await problemsAt(work, '[data-testid=issue-context] iframe', issue, width, 'notice-work-item')).map((p) => `work item: ${p}`));
      assert.deepEqual(problems, []);
      await work.close();
      await page.close();
    });
  });
}
