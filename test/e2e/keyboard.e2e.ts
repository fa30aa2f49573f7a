/**
 * Keyboard-only use of every flow (WCAG 2.1.1, 2.4.3, 2.4.7, 1.4.11) and the notice as a screen reader gets it
 * (1.3.1, 1.4.1, 4.1.3). Only page.keyboard is used to act: no clicks, no element.focus(). Every focus stop inside an
 * app frame must show a focus indicator (outline or box-shadow) with at least 3:1 contrast against what surrounds it.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { EXAMPLE_NOTICE_SETTINGS } from '../../preview/example-org';
import { appFrame, focusedElement, hostUrl, pressUntilFocused, saveNoticeSettingsAsAdmin, startE2e, type E2eEnv, type FocusedElement } from './harness';

let env: E2eEnv;
before(async () => {
  env = await startE2e();
});
after(async () => {
  await env?.close();
});
beforeEach(async () => {
  const response = await fetch(`${env.preview.url}/api/reset`, { method: 'POST' });
  assert.equal(response.status, 200, 'the preview resets to the example org');
});

const withBanner = (banner: 'off' | 'contributed-only' | 'everywhere') => saveNoticeSettingsAsAdmin(env, { ...EXAMPLE_NOTICE_SETTINGS, banner });

/** Tab (or Shift+Tab) to the element with this role and name; fails on a stop without a visible focus indicator. */
async function tabTo(page: Page, role: string, name: string | RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<FocusedElement> {
  return pressUntilFocused(page, key, (f) => f.role === role && (typeof name === 'string' ? f.name === name : name.test(f.name)));
}

async function waitForFocus(page: Page, check: (f: FocusedElement) => boolean, what: string): Promise<FocusedElement> {
  let last: FocusedElement | null = null;
  for (let i = 0; i < 50; i++) {
    last = await focusedElement(page);
    if (last && check(last)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`focus did not reach ${what}; it is on ${JSON.stringify(last)}`);
}

function assertVisibleFocus(focused: FocusedElement): void {
  assert.ok(focused.indicator, `no focus indicator on ${focused.role} "${focused.name}"`);
  assert.ok(
    focused.indicator.contrast >= 3,
    `focus indicator of ${focused.role} "${focused.name}" has contrast ${focused.indicator.contrast.toFixed(2)}:1 (${JSON.stringify(focused.indicator)})`,
  );
}

describe('the notice by keyboard', () => {
  it('byline: opens with Enter, its link takes focus with a visible ring, Escape closes and focus returns to the byline item', async () => {
    await withBanner('off');
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page', { space: 'ENG' }));
    const trigger = await tabTo(page, 'button', /AI data/);
    assert.equal(trigger.testId, 'byline-item');
    await page.keyboard.press('Enter');
    const notice = await appFrame(page, '[data-testid=byline-popup] iframe');
    await notice.waitForSelector('.lozenge');
    const learnMore = await tabTo(page, 'button', 'Learn more');
    assert.ok(learnMore.inAppFrame, 'Tab moves from the byline item into the opened notice');
    assertVisibleFocus(learnMore);

    await page.keyboard.press('Escape');
    await page.locator('[data-testid=byline-popup] iframe').waitFor({ state: 'detached' });
    const back = await waitForFocus(page, (f) => f.testId === 'byline-item', 'the byline item');
    assert.equal(back.inAppFrame, false);
    assert.equal(await page.getByTestId('byline-item').getAttribute('aria-expanded'), 'false');

    // Opened again, Learn more works with Enter and lands on the space page of the same space.
    await page.keyboard.press('Enter');
    await (await appFrame(page, '[data-testid=byline-popup] iframe')).waitForSelector('.lozenge');
    await tabTo(page, 'button', 'Learn more');
    await Promise.all([page.waitForURL(/\/host\/confluence-space\?/), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).searchParams.get('space'), 'ENG');
    await page.close();
  });

  it('banner: Learn more and Dismiss are reachable with visible focus; Enter on Dismiss removes it and the page stays operable', async () => {
    await withBanner('everywhere');
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page', { space: 'ENG' }));
    await (await appFrame(page, '[data-testid=page-banner] iframe')).waitForSelector('.lozenge');
    assertVisibleFocus(await tabTo(page, 'button', 'Learn more'));
    const dismiss = await tabTo(page, 'button', 'Dismiss');
    assertVisibleFocus(dismiss);
    await page.keyboard.press('Enter');
    await page.getByTestId('page-banner').waitFor({ state: 'detached' });
    // The host removes the banner's frame, and with it the focused button: where focus goes next is the host's
    // decision (the app cannot focus host elements). The page stays operable: focus is on the host page and Tab
    // reaches its controls, the byline item included.
    const after = await focusedElement(page);
    assert.ok(!after?.inAppFrame, `focus is not left in a removed frame: ${JSON.stringify(after)}`);
    await pressUntilFocused(page, 'Tab', (f) => f.testId === 'byline-item');
    // Forget the dismissal (kept in the notice's own storage) so later tests see the banner again.
    await page.keyboard.press('Enter');
    const byline = await appFrame(page, '[data-testid=byline-popup] iframe');
    await byline.waitForSelector('.lozenge');
    await byline.evaluate(() => window.localStorage.clear());
    await page.close();
  });

  it('work item panel: expands with Enter and its notice is reachable with visible focus', async () => {
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'jira-work-item', { project: 'ENG' }));
    await pressUntilFocused(page, 'Tab', (f) => f.testId === 'issue-context-toggle');
    await page.keyboard.press('Enter');
    await (await appFrame(page, '[data-testid=issue-context] iframe')).waitForSelector('.lozenge');
    const learnMore = await tabTo(page, 'button', 'Learn more');
    assert.ok(learnMore.inAppFrame);
    assertVisibleFocus(learnMore);
    await page.close();
  });
});

describe('the notice to a screen reader', () => {
  it('is a named landmark and says its status in words in the accessibility tree, in the byline, the banner and the work item', async () => {
    await withBanner('everywhere');
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page', { space: 'ENG' }));
    await page.getByTestId('byline-item').press('Enter');
    const byline = await appFrame(page, '[data-testid=byline-popup] iframe');
    const banner = await appFrame(page, '[data-testid=page-banner] iframe');
    const work = await env.browser.newPage();
    await work.goto(hostUrl(env, 'jira-work-item', { project: 'ENG' }));
    await work.getByTestId('issue-context-toggle').press('Enter');
    const issue = await appFrame(work, '[data-testid=issue-context] iframe');
    const statusWords = ['Contributing', 'Not contributing', 'Pending'];
    for (const [name, frame] of [
      ['byline', byline],
      ['banner', banner],
      ['work item', issue],
    ] as const) {
      await frame.waitForSelector('.lozenge');
      const landmark = frame.getByRole('complementary', { name: 'AI data contribution' });
      assert.equal(await landmark.count(), 1, `${name}: one complementary landmark named by the notice's title`);
      const tree = await landmark.ariaSnapshot();
      const status = await frame.locator('.lozenge').getAttribute('data-status');
      assert.ok(status, `${name}: a status`);
      // The status is said in words, not carried by the lozenge colour alone.
      assert.ok(
        statusWords.some((word) => tree.includes(word)),
        `${name}: the status in words in\n${tree}`,
      );
      assert.match(tree, /button "Learn more"/, `${name}: Learn more is a named button`);
      if (name === 'banner') assert.match(tree, /button "Dismiss"/);
    }
    await work.close();
    await page.close();
  });

  it('has a word for every status the lozenge can show, in each language', async () => {
    const { loadNoticeText } = await import('../../static/src/notice/strings');
    const { LOCALES } = await import('../../static/src/lib/locale');
    for (const language of LOCALES) {
      const text = await loadNoticeText(language);
      assert.equal(text.locale, language, `${language}: its own catalogue`);
      const words = text.strings.status;
      for (const status of ['contributing', 'not-contributing', 'pending'] as const) assert.ok(words[status].trim().length > 0, `${language} ${status}`);
      assert.equal(new Set(Object.values(words)).size, 3, `${language}: the three statuses read differently`);
    }
  });

  it('announces loading politely and the failure, inside the named landmark', async () => {
    const page = await env.browser.newPage();
    // The status call never answers, then fails: the notice shows loading, then the failure.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/invoke**', async (route) => {
      await held;
      await route.fulfill({ status: 500, body: 'down' });
    });
    await page.goto(hostUrl(env, 'confluence-page', { space: 'ENG' }));
    await page.getByTestId('byline-item').press('Enter');
    const frame = await appFrame(page, '[data-testid=byline-popup] iframe');
    const landmark = frame.getByRole('complementary', { name: 'AI data contribution' });
    await landmark.getByText('Loading').waitFor();
    assert.equal(await landmark.getAttribute('aria-live'), 'polite');
    assert.equal(await landmark.getAttribute('aria-busy'), 'true');
    release();
    await landmark.getByRole('alert').waitFor();
    assert.equal(await landmark.getAttribute('aria-busy'), null);
    assert.match(await landmark.ariaSnapshot(), /alert.*could not be loaded/s);
    await page.close();
  });
});

/** Opens the admin page and goes to a section through its navigation with Tab and Enter; focus is then on the section. */
async function openAdminSection(section: string): Promise<{ page: Page; frame: Frame }> {
  const page = await env.browser.newPage();
  await page.goto(hostUrl(env, 'jira-admin', { identity: 'org-admin' }));
  const frame = await appFrame(page, '.app-frame iframe');
  await frame.waitForSelector('[data-section=overview]');
  await tabTo(page, 'link', section);
  await page.keyboard.press('Enter');
  await waitForFocus(page, (f) => f.inAppFrame && f.role === 'main' && f.name === section, `the ${section} section`);
  return { page, frame };
}

describe('the admin page by keyboard', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`reaches every section from the navigation with Enter, lands on it, and every first control shows focus (${theme})`, async () => {
      const page = await env.browser.newPage();
      await page.goto(hostUrl(env, 'jira-admin', { identity: 'org-admin', theme }));
      const frame = await appFrame(page, '.app-frame iframe');
      await frame.waitForSelector('[data-section=overview]');
      const sections = ['Record your organization', 'Timeline', 'What-if', 'Spaces', 'History', 'Evidence', 'Notices', 'Concerns', 'Overview'];
      let key: 'Tab' | 'Shift+Tab' = 'Tab';
      for (const section of sections) {
        assertVisibleFocus(await tabTo(page, 'link', section, key));
        await page.keyboard.press('Enter');
        const landed = await waitForFocus(page, (f) => f.inAppFrame && f.role === 'main' && f.name === section, `the ${section} section`);
        assertVisibleFocus(landed);
        // Into the section: its first control shows focus too (Overview's first stop may be a link out).
        const first = await pressUntilFocused(page, 'Tab', (f) => f.inAppFrame);
        assert.ok(first.inAppFrame);
        // The navigation comes before the section: back up to it.
        key = 'Shift+Tab';
      }
      await page.close();
    });
  }

  it('fills the Record form, reviews and saves it; focus goes to the preview, then to the saved message', async () => {
    const { page, frame } = await openAdminSection('Record your organization');
    await frame.waitForSelector('[data-section=record]');
    await pressUntilFocused(page, 'Tab', (f) => f.role === 'combobox' && /Confluence/.test(f.name) && /plan/i.test(f.name));
    // A closed select takes type-ahead: the first option starting with "Prem".
    await page.keyboard.type('Prem');
    assert.equal(await frame.locator('[data-testid=plan-confluence]').inputValue(), 'premium');
    await pressUntilFocused(page, 'Tab', (f) => f.testId === 'setting-inAppData');
    await page.keyboard.type('On');
    assert.equal(await frame.locator('[data-testid=setting-inAppData]').inputValue(), 'on');
    await tabTo(page, 'button', /Review/);
    await page.keyboard.press('Enter');
    await frame.locator('[data-testid=record-preview]').waitFor();
    const preview = await waitForFocus(page, (f) => f.inAppFrame && f.role === 'heading', 'the preview heading');
    assertVisibleFocus(preview);
    // Back to the form: focus returns to the Review button that opened the preview, and the form kept its values.
    await tabTo(page, 'button', 'Back to editing');
    await page.keyboard.press('Enter');
    const review = await waitForFocus(page, (f) => f.inAppFrame && f.role === 'button' && /Review/.test(f.name), 'the Review button');
    assertVisibleFocus(review);
    assert.equal(await frame.locator('[data-testid=plan-confluence]').inputValue(), 'premium');
    await page.keyboard.press('Enter');
    await frame.locator('[data-testid=record-preview]').waitFor();
    await waitForFocus(page, (f) => f.inAppFrame && f.role === 'heading', 'the preview heading, again');
    assertVisibleFocus(await tabTo(page, 'button', 'Save'));
    await page.keyboard.press('Enter');
    const saved = await waitForFocus(page, (f) => f.inAppFrame && /Saved 2 changes/.test(f.name + f.text), 'the saved message');
    assertVisibleFocus(saved);
    await page.close();
  });

  it('a Record form the server refuses moves focus to the error summary', async () => {
    const { page, frame } = await openAdminSection('Record your organization');
    await frame.waitForSelector('[data-section=record]');
    await tabTo(page, 'combobox', 'Plan: Jira');
    // The row's own Trial checkbox follows its plan.
    await tabTo(page, 'checkbox', 'Trial');
    await page.keyboard.press('Space');
    await pressUntilFocused(page, 'Tab', (f) => f.role === 'textbox' && /Trial ends on/.test(f.name));
    // A date input takes its parts typed in order (month, day, year in the en-US locale).
    await page.keyboard.type('01012020');
    await tabTo(page, 'button', /Review/);
    await page.keyboard.press('Enter');
    const alert = await waitForFocus(page, (f) => f.inAppFrame && f.role === 'alert', 'the error summary');
    assertVisibleFocus(alert);
    await page.close();
  });

  it('runs a what-if with the keyboard and lands on its result', async () => {
    const { page, frame } = await openAdminSection('What-if');
    await frame.waitForSelector('[data-testid=simulate]');
    await pressUntilFocused(page, 'Tab', (f) => f.testId === 'scenario');
    await page.keyboard.type('Upg');
    assert.equal(await frame.locator('[data-testid=scenario]').inputValue(), 'enterprise');
    await tabTo(page, 'button', /Simulate|Run/);
    await page.keyboard.press('Enter');
    await frame.locator('[data-testid=whatif-result]').waitFor();
    const landed = await waitForFocus(page, (f) => f.inAppFrame && f.role === 'heading', 'the result heading');
    assertVisibleFocus(landed);
    assert.match(await frame.locator('[data-testid=whatif-result]').innerText(), /Enterprise/);
    await page.close();
  });

  it('operates Spaces, History and Notices with the keyboard; focus stays on the button while it works', async () => {
    const spaces = await openAdminSection('Spaces');
    await pressUntilFocused(spaces.page, 'Tab', (f) => f.testId === 'space-search');
    await spaces.page.keyboard.type('Marketing');
    await tabTo(spaces.page, 'button', 'Apply filters');
    await spaces.page.keyboard.press('Enter');
    await spaces.frame.locator('[data-testid=spaces-table] tr[data-space="confluence:MKT"]').waitFor();
    // Space selects the row's checkbox; the bulk actions follow in the tab order.
    await tabTo(spaces.page, 'checkbox', /MKT|Marketing/);
    await spaces.page.keyboard.press('Space');
    assertVisibleFocus(await pressUntilFocused(spaces.page, 'Tab', (f) => f.testId === 'bulk-exclude'));
    await spaces.page.close();

    const history = await openAdminSection('History');
    const verify = await tabTo(history.page, 'button', 'Verify integrity');
    assertVisibleFocus(verify);
    await history.page.keyboard.press('Enter');
    await history.frame.getByRole('status').filter({ hasText: 'The history is intact' }).waitFor();
    const afterVerify = await focusedElement(history.page);
    assert.ok(afterVerify?.inAppFrame, `focus is not dropped to the page: ${JSON.stringify(afterVerify)}`);
    assertVisibleFocus(afterVerify!);
    await history.page.close();

    const notices = await openAdminSection('Notices');
    assertVisibleFocus(await tabTo(notices.page, 'button', 'Save notices'));
    await notices.page.keyboard.press('Enter');
    await notices.frame.getByText('Notice settings saved.').first().waitFor();
    const afterSave = await focusedElement(notices.page);
    assert.ok(afterSave?.inAppFrame, `focus is not dropped to the page: ${JSON.stringify(afterSave)}`);
    assertVisibleFocus(afterSave!);
    await notices.page.close();
  });

  it('answers a concern with the keyboard', async () => {
    const { page, frame } = await openAdminSection('Concerns');
    await frame.waitForSelector('[data-testid=concerns]');
    await pressUntilFocused(page, 'Tab', (f) => f.testId === 'concern-answer-input');
    await page.keyboard.type('Answered with the keyboard alone.');
    const send = await pressUntilFocused(page, 'Tab', (f) => f.testId === 'concern-send');
    assertVisibleFocus(send);
    await page.keyboard.press('Enter');
    await frame.getByTestId('concern-answer').filter({ hasText: 'Answered with the keyboard alone.' }).waitFor();
    await page.close();
  });
});

describe('the space page by keyboard', () => {
  it('a space admin raises a concern: empty message sends focus to the field, a message sends and is announced', async () => {
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'jira-space', { identity: 'space-admin:ENG', project: 'ENG' }));
    const frame = await appFrame(page, '.app-frame iframe');
    await frame.waitForSelector('[data-testid=concern-result]', { state: 'attached' });
    const radio = await pressUntilFocused(page, 'Tab', (f) => f.role === 'radio');
    assertVisibleFocus(radio);
    // Arrow keys move within the radio group and select.
    await page.keyboard.press('ArrowDown');
    const moved = await focusedElement(page);
    assert.equal(moved?.role, 'radio');
    assert.notEqual(moved?.name, radio.name, 'the arrow moved to the next kind');
    assert.equal(moved?.checked, true);
    const send = await tabTo(page, 'button', 'Send to org admins');
    assertVisibleFocus(send);
    await page.keyboard.press('Enter');
    const field = await waitForFocus(page, (f) => f.role === 'textbox', 'the message field');
    assert.equal(field.invalid, true, 'the empty field is marked invalid');
    assertVisibleFocus(field);
    await page.keyboard.type('Asked with the keyboard alone.');
    await tabTo(page, 'button', 'Send to org admins');
    await page.keyboard.press('Enter');
    await frame.getByTestId('concern-result').filter({ hasText: 'Sent.' }).waitFor();
    const after = await focusedElement(page);
    assert.ok(after?.inAppFrame, `focus stays in the page after sending: ${JSON.stringify(after)}`);
    assertVisibleFocus(after!);
    await page.close();
  });
});
