/**
 * The "Ask Rovo" stand-in of the preview against the real action functions: every conversation
 * starter of manifest.yml reaches an action, answers come with confidence and source links, the
 * read-only actions read storage once, what-if is for the org admin only, anonymous visitors get the
 * notice's answer, German follows the locale, and the page reports no CSP violation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { readRovoAgent } from '../../preview/rovo';
import { axeSerious, REPO_ROOT, startE2e, type E2eEnv, type ViewQuery } from './harness';

let env: E2eEnv;
before(async () => {
  env = await startE2e();
});
after(async () => {
  await env?.close();
});

function rovoUrl(query: ViewQuery & { place?: string }): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined) as [string, string][]);
  return `${env.preview.url}/rovo?${params.toString()}`;
}

interface Shown {
  action: string;
  ok: string | null;
  heading: string;
  summary: string;
  result: Record<string, any>;
  payload: Record<string, any>;
}

/** Clicks a starter (or submits an action form) and returns every answer the panel shows. */
async function ask(page: Page, trigger: () => Promise<void>, expected: number): Promise<Shown[]> {
  await trigger();
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('[data-testid=rovo-answer]').length === n &&
      /Answered|Failed/.test(document.querySelector('[data-testid=rovo-status]')?.textContent ?? ''),
    expected,
  );
  const status = await page.textContent('[data-testid=rovo-status]');
  assert.match(status ?? '', /^Answered/, `the stand-in failed: ${status}`);
  return page.$$eval('[data-testid=rovo-answer]', (boxes) =>
    boxes.map((b) => ({
      action: b.getAttribute('data-action') as string,
      ok: b.getAttribute('data-ok'),
      heading: b.querySelector('h3')?.textContent ?? '',
      summary: b.querySelector('[data-testid=rovo-summary]')?.textContent ?? '',
      result: JSON.parse(b.querySelector('[data-testid=rovo-result]')?.textContent ?? '{}'),
      payload: JSON.parse(b.querySelector('[data-testid=rovo-payload]')?.textContent ?? '{}'),
    })),
  );
}

const starter = (page: Page, text: string) => () => page.click(`[data-testid=rovo-starter][data-message="${text.replace(/"/g, '\\"')}"]`);

describe('Ask Rovo stand-in', () => {
  it('is linked from the start page and lists the agent’s starters from manifest.yml', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.preview.url}/`);
    await Promise.all([page.waitForURL(/\/rovo\?/), page.click('[data-testid=rovo-link]')]);
    const starters = await page.$$eval('[data-testid=rovo-starter]', (b) => b.map((x) => x.getAttribute('data-message')));
    assert.deepEqual(starters, readRovoAgent(REPO_ROOT).starters);
    // Every starter reaches at least one action (the stand-in maps them as the model would).
    const calls = await page.$$eval('[data-testid=rovo-starter]', (b) => b.map((x) => JSON.parse(x.getAttribute('data-calls') ?? '[]').length));
    assert.ok(
      calls.every((n) => n > 0),
      `a starter reaches no action: ${JSON.stringify(calls)}`,
    );
    await page.close();
  });

  it('a reader on a Confluence page in an included space: yes, with the rule’s source, one storage read, admin.atlassian.com', async () => {
    const page = await env.browser.newPage();
    await page.goto(rovoUrl({ identity: 'user', space: 'DOCS', place: 'confluence-page' }));
    const [answer] = await ask(page, starter(page, "Is this page used to improve Atlassian's AI?"), 1);
    assert.equal(answer?.action, 'contribution-lens-status-here');
    assert.equal(answer?.ok, 'true');
    assert.match(answer?.summary ?? '', /^This page \(Confluence space DOCS\): Yes/);
    assert.match(
      answer?.summary ?? '',
      /documented by Atlassian: https:\/\/support\.atlassian\.com\/security-and-access-policies\/docs\/include-or-exclude-in-app-data\//,
    );
    assert.match(answer?.summary ?? '', /https:\/\/admin\.atlassian\.com/);
    assert.match(answer?.heading ?? '', /1 storage read\(s\)/);
    // Sent as Rovo sends it: Rovo's product context in the payload, no identity in it.
    assert.equal(answer?.payload.context.confluence.spaceKey, 'DOCS');
    assert.equal(answer?.payload.accountId, undefined);
    assert.equal(answer?.result.profileConfirmed.stale, false);
    await page.close();
  });

  it('a space owner on a Jira work item: what applies and why (space answer, then the organization’s reasons)', async () => {
    const page = await env.browser.newPage();
    await page.goto(rovoUrl({ identity: 'space-admin:ENG', project: 'ENG', place: 'jira-work-item' }));
    const answers = await ask(page, starter(page, 'What applies to this space and why?'), 2);
    assert.deepEqual(
      answers.map((a) => a.action),
      ['contribution-lens-status-here', 'contribution-lens-org-status'],
    );
    assert.match(answers[0]?.summary ?? '', /^This work item \(Jira space ENG\): No/);
    assert.ok((answers[1]?.result.reasons as unknown[]).length > 0);
    for (const r of answers[1]?.result.reasons as { confidence: string; source: string | null }[]) {
      assert.ok(['documented', 'reported', 'interpreted'].includes(r.confidence));
      if (r.confidence !== 'interpreted') assert.match(r.source ?? '', /^https:\/\//);
    }
    for (const a of answers) assert.match(a.heading, /1 storage read\(s\)/);
    await page.close();
  });

  it('what-if: the org admin gets the simulation, a reader is refused', async () => {
    const admin = await env.browser.newPage();
    await admin.goto(rovoUrl({ identity: 'org-admin', place: 'jira-work-item' }));
    const [yes] = await ask(admin, starter(admin, 'What changes if we upgrade to Enterprise?'), 1);
    assert.equal(yes?.ok, 'true');
    assert.equal(yes?.result.simulated.highestPlan, 'enterprise');
    assert.match(yes?.summary ?? '', /nothing is recorded/);
    await admin.close();

    const reader = await env.browser.newPage();
    await reader.goto(rovoUrl({ identity: 'user', place: 'jira-work-item' }));
    const [no] = await ask(reader, starter(reader, 'What changes if we upgrade to Enterprise?'), 1);
    assert.equal(no?.ok, 'false');
    assert.equal(no?.result.error.code, 'FORBIDDEN');
    await reader.close();
  });

  it('anonymous: what the notice shows, nothing more', async () => {
    const page = await env.browser.newPage();
    await page.goto(rovoUrl({ identity: 'anonymous', space: 'DOCS', place: 'confluence-page' }));
    const [answer] = await ask(page, starter(page, 'Which AI data contribution deadlines are coming up?'), 1);
    // The timeline is for signed-in people; anonymous visitors get the page notice's answer.
    assert.equal(answer?.result.action, 'status-here');
    assert.equal(answer?.result.restricted, true);
    assert.equal(answer?.result.profileConfirmed, undefined);
    assert.match(answer?.summary ?? '', /Sign in/);
    await page.close();
  });

  it('Rovo home: a work item key the person names gives the space; a bad key is refused naming the field', async () => {
    const page = await env.browser.newPage();
    await page.goto(rovoUrl({ identity: 'user', place: 'none' }));
    const form = '[data-testid=rovo-action][data-action=contribution-lens-status-here]';
    await page.fill(`${form} [data-input=workItemKey]`, 'web-12');
    const [named] = await ask(page, () => page.click(`${form} button[type=submit]`), 1);
    assert.equal(named?.result.scope.spaceKey, 'WEB');
    assert.equal(named?.result.scope.from, 'named');
    await page.fill(`${form} [data-input=workItemKey]`, 'WEB');
    const [bad] = await ask(page, () => page.click(`${form} button[type=submit]`), 1);
    assert.equal(bad?.ok, 'false');
    assert.equal(bad?.result.error.field, 'workItemKey');
    assert.match(bad?.summary ?? '', /workItemKey is not a Jira work item key/);
    await page.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe with an answer shown, ${theme}`, async () => {
      const page = await env.browser.newPage();
      await page.goto(rovoUrl({ identity: 'org-admin', theme, place: 'confluence-page' }));
      await ask(page, starter(page, 'What applies to this space and why?'), 2);
      assert.deepEqual(await axeSerious(page.mainFrame()), []);
      await page.close();
    });
  }

  it('German when the person’s locale is German', async () => {
    const page = await env.browser.newPage();
    await page.goto(rovoUrl({ identity: 'user', locale: 'de', space: 'DOCS', place: 'confluence-page' }));
    const [answer] = await ask(page, starter(page, "Is this page used to improve Atlassian's AI?"), 1);
    assert.match(answer?.summary ?? '', /^Diese Seite \(Confluence-Bereich DOCS\): Ja/);
    assert.match(answer?.summary ?? '', /Maßgeblich ist Atlassian Administration/);
    await page.close();
  });
});
