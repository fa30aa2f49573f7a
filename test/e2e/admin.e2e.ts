/**
 * The admin page (jira:adminPage, confluence:globalSettings) in its host pages
 * against the real resolvers of the preview: recording the organization and
 * seeing the status change, every section once, what a plain user gets, German,
 * accessibility in light and dark, and screenshots for review.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Frame, Locator, Page } from 'playwright-core';
import { addDays } from '../../src/policy/dates';
import { formatDate } from '../../static/src/ui/format';
import {
  appFrame,
  axeSerious,
  hostUrl,
  invokeThroughBridge,
  metrics,
  pageViewIdOf,
  pageViewMetrics,
  REPO_ROOT,
  resetMetrics,
  startE2e,
  type E2eEnv,
  type ViewQuery,
} from './harness';

const SCREENSHOTS = path.join(REPO_ROOT, 'artifacts', 'screenshots');

let env: E2eEnv;
before(async () => {
  env = await startE2e();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
after(async () => {
  await env?.close();
});
// Every test starts from the seeded example org, so tests do not depend on each other's writes.
beforeEach(async () => {
  const response = await fetch(`${env.preview.url}/api/reset`, { method: 'POST' });
  assert.equal(response.status, 200, 'the preview resets to the example org');
});

interface Opened {
  page: Page;
  frame: Frame;
}

type AdminSurface = 'jira-admin' | 'confluence-admin';

/** Opens the admin page and waits until its first screen (or the refusal) is shown. */
async function openAdmin(query: ViewQuery = {}, surface: AdminSurface = 'jira-admin'): Promise<Opened> {
  const page = await env.browser.newPage();
  await page.goto(hostUrl(env, surface, { identity: 'org-admin', ...query }));
  const frame = await appFrame(page, '.app-frame iframe');
  await frame.waitForSelector('[data-section=overview], [data-testid=forbidden]');
  return { page, frame };
}

/** Moves to a section through the side navigation, as a user would. */
async function goTo(frame: Frame, name: string, ready: string): Promise<void> {
  await frame.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();
  try {
    await frame.waitForSelector(ready, { timeout: 15_000 });
  } catch (error) {
    const state = await frame.evaluate(() => ({ hash: location.hash, main: document.querySelector('main')?.textContent?.slice(0, 400) }));
    throw new Error(`${name} did not show ${ready}: ${JSON.stringify(state)} (${(error as Error).message.split('\n')[0]})`);
  }
}

/** A row of the before/after table. */
const compareRow = (scope: Locator, row: 'inAppData' | 'metadata' | 'highestPlan') => scope.locator(`[data-testid=compare] tbody tr[data-row=${row}]`);

const text = (frame: Frame, selector = 'main') => frame.locator(selector).first().innerText();

function envelopeOf(answer: { resolved?: unknown; rejected?: string }): { ok: boolean; data?: unknown; error?: { code: string; message: string } } {
  assert.equal(answer.rejected, undefined, `the invoke itself failed: ${answer.rejected}`);
  return answer.resolved as { ok: boolean; data?: unknown; error?: { code: string; message: string } };
}

/** JSON with object keys sorted at every level, as the bundle documents its history digest. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

/** Screenshot of the app frame's whole document (the host page around it is the preview's). */
async function screenshot(page: Page, frame: Frame, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  // Measure at the normal size first: the host sizes the frame to the window.
  await page.setViewportSize({ width: 1280, height: 800 });
  await frame.waitForTimeout(50);
  const height = await frame.evaluate(() => document.querySelector('.adm')?.getBoundingClientRect().height ?? document.body.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.ceil(Math.min(Math.max(800, height + 200), 4000)) });
  await frame.waitForTimeout(100);
  await page.locator('.app-frame iframe').screenshot({ path: path.join(SCREENSHOTS, name) });
}

/** The overview's apps table: each listed app's plan cell and highest-plan mark, and every column visible without scrolling. */
async function assertAppsTable(frame: Frame, expected: Record<string, { plan: string; highest: 'plan' | 'trial' | null }>): Promise<void> {
  for (const [app, { plan, highest }] of Object.entries(expected)) {
    const row = frame.locator(`[data-testid=apps-table] tr[data-app="${app}"]`);
    assert.equal((await row.locator(`[data-testid=plan-${app}]`).innerText()).trim(), plan, `plan cell of ${app}`);
    assert.equal(await row.getAttribute('data-highest'), highest, `highest-plan mark of ${app}`);
  }
  const headers = await frame.locator('[data-testid=apps-table] thead th').allInnerTexts();
  assert.deepEqual(headers, ['App', 'Plan', 'Metadata', 'In-app data']);
  const fit = await frame.evaluate(() => {
    const wrap = document.querySelector('[data-testid=apps-table]')!.closest('.ui-table-wrap')!;
    const right = wrap.getBoundingClientRect().right;
    const lastHeader = document.querySelector('[data-testid=apps-table] thead th:last-child')!.getBoundingClientRect();
    return { scrollWidth: wrap.scrollWidth, clientWidth: wrap.clientWidth, lastHeaderRight: lastHeader.right, right };
  });
  assert.ok(fit.scrollWidth <= fit.clientWidth, `the apps table scrolls sideways: ${JSON.stringify(fit)}`);
  assert.ok(fit.lastHeaderRight <= fit.right + 0.5, `the in-app column is cut off: ${JSON.stringify(fit)}`);
}

describe('admin page first screen', () => {
  it('shows both statuses with reasons, the plan, apps, exclusions, attestation and alerts with one invoke', async () => {
    const { page, frame } = await openAdmin();
    assert.equal(await frame.locator('h1').innerText(), 'Data contribution');
    // The example org is on Standard and turned in-app data off on 2026-09-15.
    assert.equal(await text(frame, '[data-testid=status-inAppData]'), 'Not contributing');
    assert.equal(await text(frame, '[data-testid=status-metadata]'), 'Contributing');
    assert.match(await text(frame, '[data-testid=card-metadata]'), /Locked on this plan/i);
    assert.match(await text(frame, '[data-testid=card-inAppData]'), /Changeable by an org admin/i);
    assert.equal(await text(frame, '[data-testid=highest-plan]'), 'Standard');
    // Every reason carries a confidence badge and a source link (or says there is none).
    const reasons = frame.locator('[data-testid=card-inAppData] .ui-reason');
    assert.ok((await reasons.count()) > 0);
    for (const reason of await reasons.all()) {
      assert.match(await reason.innerText(), /Documented|Reported|Interpreted/);
      const links = await reason.locator('a').count();
      if (links === 0) assert.match(await reason.innerText(), /No published source/);
      else assert.match((await reason.locator('a').getAttribute('href')) ?? '', /^https:\/\//);
    }
    // Apps in and out of scope, from the evaluation, with each app's declared plan.
    assert.match(await text(frame, '[data-testid=apps-table] [data-app=loom]'), /Out of scope/);
    assert.match(await text(frame, '[data-testid=apps-table] [data-app=jira]'), /Jira/);
    await assertAppsTable(frame, {
      // Jira's Premium trial ended on Aug 31: only the paid plan is left.
      jira: { plan: 'Standard\nHIGHEST PLAN', highest: 'plan' },
      confluence: { plan: 'Standard\nHIGHEST PLAN', highest: 'plan' },
      'jira-service-management': { plan: 'Standard\nHIGHEST PLAN', highest: 'plan' },
      loom: { plan: 'Free', highest: null },
      rovo: { plan: 'No plan of its own', highest: null },
    });
    assert.equal(await text(frame, '[data-testid=highest-plan-from]'), 'From Jira, Confluence, and Jira Service Management.');
    assert.equal(await frame.locator('[data-testid=apps-table] [data-testid^=trial-]').count(), 0, 'no trial is running');
    assert.match(await text(frame, '[data-testid=exclusions]'), /not declared excluded/);
    assert.match(await text(frame, '[data-testid=attestation]'), /Last checked by/);
    assert.match(await text(frame, '[data-testid=profile]'), /Northwind Analytics/);

    const view = await pageViewMetrics(env, await pageViewIdOf(page));
    assert.deepEqual(view.byFunction, { getOverview: 1 }, 'the first screen costs a single invoke');
    await page.close();
  });

  it('loads at most 250 KB gzip of JS and CSS first, and no section code until it is opened', async () => {
    const page = await env.browser.newPage();
    const assets: { url: string; gzip: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const url = response.url();
      if (!/\/app\/.*\.(js|css)(\?|$)/.test(url)) return;
      pending.push(response.body().then((body) => void assets.push({ url, gzip: gzipSync(body, { level: 9 }).length })));
    });
    await page.goto(hostUrl(env, 'jira-admin', { identity: 'org-admin' }));
    const frame = await appFrame(page, '.app-frame iframe');
    await frame.waitForSelector('[data-section=overview]');
    await Promise.all(pending);
    const total = assets.reduce((sum, a) => sum + a.gzip, 0);
    assert.ok(assets.length > 0, 'the app assets were seen');
    assert.ok(total <= 250 * 1024, `first load is ${(total / 1024).toFixed(1)} KB gzip`);
    const sectionChunks = /\/(Record|Timeline|WhatIf|Spaces|History|Evidence|Notices|Concerns)-[^/]*\.js/;
    assert.deepEqual(
      assets.filter((a) => sectionChunks.test(a.url)).map((a) => a.url),
      [],
      'sections are lazy',
    );

    const before = assets.length;
    await goTo(frame, 'History', '[data-testid=history-table]');
    await Promise.all(pending);
    assert.ok(
      assets.slice(before).some((a) => /\/History-[^/]*\.js/.test(a.url)),
      'the History chunk loads when opened',
    );
    console.log(`admin first load: ${(total / 1024).toFixed(1)} KB gzip in ${before} files`);
    await page.close();
  });

  it('shows a running trial, its end and what follows, and marks the app whose trial gives the highest plan', async () => {
    const first = await openAdmin();
    const overview = envelopeOf(await invokeThroughBridge(first.frame, 'getOverview', {})).data as { status: { day: string }; profile: { headSeq: number } };
    const day = overview.status.day;
    const endsOn = addDays(day, 40);
    const recorded = envelopeOf(
      await invokeThroughBridge(first.frame, 'recordEvents', {
        changes: [{ type: 'trial', on: day, product: 'confluence', plan: 'premium', endsOn, then: 'none', migration: true }],
        expectedHeadSeq: overview.profile.headSeq,
      }),
    );
    assert.equal(recorded.ok, true, JSON.stringify(recorded.error));
    await first.page.close();

    const { page, frame } = await openAdmin();
    assert.equal(await text(frame, '[data-testid=highest-plan]'), 'Premium');
    const until = formatDate(endsOn, 'en');
    await assertAppsTable(frame, {
      confluence: { plan: `Standard\nPremium trial until ${until}, then removed\nCLOUD MIGRATION TRIAL\nHIGHEST PLAN, BY ITS TRIAL`, highest: 'trial' },
      jira: { plan: 'Standard', highest: null },
      'jira-service-management': { plan: 'Standard', highest: null },
    });
    assert.equal(await text(frame, '[data-testid=highest-plan-from]'), 'From Confluence (trial).');
    await screenshot(page, frame, 'admin-overview-trial-light.png');

    await resetMetrics(env);
    await goTo(frame, 'Record your organization', '[data-section=record]');
    assert.equal(await text(frame, '[data-testid=declared-confluence]'), `Standard\nPremium trial until ${until}, then removed`);
    assert.equal((await metrics(env)).totals.invocations, 0, 'opening Record makes no call, listHistory included');
    await page.close();
  });

  it('loads the same page in Confluence global settings', async () => {
    const { page, frame } = await openAdmin({}, 'confluence-admin');
    assert.equal(await text(frame, '[data-testid=highest-plan]'), 'Standard');
    await page.close();
  });
});

describe('recording the organization', () => {
  it('records a plan and a setting, shows the change before saving, and the overview follows', async () => {
    const { page, frame } = await openAdmin();
    const eventsBefore = Number(await text(frame, '[data-testid=event-count]'));
    await goTo(frame, 'Record your organization', '[data-section=record]');
    // The form shows what "keep as declared" keeps, from the overview's evaluation: no call of its own.
    assert.equal(await text(frame, '[data-testid=declared-confluence]'), 'Standard');
    assert.equal(await text(frame, '[data-testid=declared-jira]'), 'Standard', 'the ended Jira trial is not shown');
    assert.equal(await text(frame, '[data-testid=declared-loom]'), 'Free');
    assert.deepEqual((await pageViewMetrics(env, await pageViewIdOf(page))).byFunction, { getOverview: 1 }, 'opening Record costs no invoke');

    await frame.locator('[data-testid=plan-confluence]').selectOption('premium');
    await frame.locator('[data-testid=setting-inAppData]').selectOption('on');
    assert.match(await text(frame, '[data-section=record] form'), /2 changes to record/);
    await frame.locator('[data-testid=review]').click();

    const preview = frame.locator('[data-testid=record-preview]');
    await preview.waitFor();
    const inAppRow = compareRow(preview, 'inAppData');
    assert.equal(await inAppRow.locator('[data-side=left]').innerText(), 'NOT CONTRIBUTING');
    assert.equal(await inAppRow.locator('[data-side=right]').innerText(), 'CONTRIBUTING');
    const planRow = compareRow(preview, 'highestPlan');
    assert.equal(await planRow.locator('[data-side=right]').innerText(), 'Premium');
    assert.ok((await preview.locator('[data-testid=differences] li').count()) > 0, 'the server lists the differences');

    await preview.locator('[data-testid=save]').click();
    await frame.getByText('Saved 2 changes.').first().waitFor();
    await frame.waitForFunction(() => document.querySelector('[data-testid=live-region]')?.textContent === 'Saved 2 changes.');

    await goTo(frame, 'Overview', '[data-section=overview]');
    assert.equal(await text(frame, '[data-testid=status-inAppData]'), 'Contributing');
    assert.equal(await text(frame, '[data-testid=highest-plan]'), 'Premium');
    assert.equal(Number(await text(frame, '[data-testid=event-count]')), eventsBefore + 2);

    await goTo(frame, 'History', '[data-testid=history-table]');
    assert.match(await text(frame, '[data-testid=history-table]'), /Confluence on Premium from/);
    assert.match(await text(frame, '[data-testid=history-table]'), /In-app data turned on/);
    await page.close();
  });

  it('tells the admin when someone else saved first and reloads on request', async () => {
    const { page, frame } = await openAdmin();
    await goTo(frame, 'Record your organization', '[data-section=record]');
    await frame.locator('[data-testid=setting-inAppData]').selectOption('on');
    await frame.locator('[data-testid=review]').click();
    await frame.locator('[data-testid=record-preview]').waitFor();

    // Another admin records something between preview and save.
    const other = await openAdmin();
    const written = envelopeOf(await invokeThroughBridge(other.frame, 'attest', { note: 'second admin' }));
    assert.equal(written.ok, true);
    await other.page.close();

    await frame.locator('[data-testid=save]').click();
    const conflict = frame.getByRole('alert').filter({ hasText: 'Someone else saved first' });
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await frame.locator('[data-testid=review]').waitFor();
    assert.equal(await frame.getByRole('alert').count(), 0, 'the conflict message goes away after reloading');
    await goTo(frame, 'Overview', '[data-section=overview]');
    assert.equal(await text(frame, '[data-testid=status-inAppData]'), 'Not contributing', 'nothing of the conflicting save was written');
    assert.match(await text(frame, '[data-testid=attestation]'), /second admin/);
    await page.close();
  });

  it('shows field errors from validation with their paths and a retry', async () => {
    const { page, frame } = await openAdmin();
    await goTo(frame, 'Record your organization', '[data-section=record]');
    const jiraRow = frame.locator('[data-testid=record-apps] tr[data-product=jira]');
    await jiraRow.getByRole('checkbox').check();
    // A trial that ends before it starts.
    await jiraRow.getByLabel('Trial ends on').fill('2020-01-01');
    await frame.locator('[data-testid=review]').click();
    const alert = frame.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /changes\[0\]\.endsOn/);
    assert.equal(await alert.getByRole('button', { name: 'Retry' }).count(), 1);
    await page.close();
  });

  it('imports a profile file after checking it, and refuses an invalid one with the field path', async () => {
    const { page, frame } = await openAdmin();
    const eventsBefore = Number(await text(frame, '[data-testid=event-count]'));
    const exported = envelopeOf(await invokeThroughBridge(frame, 'exportEvidence', { format: 'bundle-json' }));
    const profile = (JSON.parse((exported.data as { content: string }).content) as { profile: { events: unknown[] } }).profile;
    await goTo(frame, 'Record your organization', '[data-section=record]');
    const fileInput = frame.locator('[data-testid=import-panel] input[type=file]');

    await fileInput.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...profile, events: [{ type: 'plan', on: '2026-13-01', product: 'jira', plan: 'premium' }] })),
    });
    await frame.locator('[data-testid=import-check]').click();
    const alert = frame.locator('[data-testid=import-panel]').getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /profile\.events\[0\]\.on/);

    const added = { type: 'plan', on: '2026-11-01', product: 'confluence', plan: 'premium' };
    await fileInput.setInputFiles({
      name: 'northwind.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...profile, events: [...profile.events, added] })),
    });
    await frame.locator('[data-testid=import-check]').click();
    await frame
      .getByText(/^1 new fact, \d+ already declared\.$/)
      .first()
      .waitFor();
    const afterCheck = envelopeOf(await invokeThroughBridge(frame, 'getOverview', {}));
    assert.equal((afterCheck.data as { profile: { eventCount: number } }).profile.eventCount, eventsBefore, 'a check writes nothing');
    await frame.locator('[data-testid=import-apply]').click();
    await frame.getByText('Imported 1 fact.').first().waitFor();
    await goTo(frame, 'Overview', '[data-section=overview]');
    assert.equal(Number(await text(frame, '[data-testid=event-count]')), eventsBefore + 1);
    assert.equal(await text(frame, '[data-testid=highest-plan]'), 'Premium');
    await page.close();
  });

  it('records an attestation and shows who checked', async () => {
    const { page, frame } = await openAdmin();
    await goTo(frame, 'Record your organization', '[data-section=record]');
    await frame.getByLabel('Note (optional)').fill('Checked on admin.atlassian.com today');
    await frame.locator('[data-testid=attest]').click();
    await frame.getByText('Confirmation recorded.').first().waitFor();
    await goTo(frame, 'Overview', '[data-section=overview]');
    assert.match(await text(frame, '[data-testid=attestation]'), /Last checked by you/);
    assert.match(await text(frame, '[data-testid=attestation]'), /Checked on admin\.atlassian\.com today/);
    await page.close();
  });
});

describe('sections', () => {
  it('timeline draws an SVG chart with today and lists the same entries in a table', async () => {
    const { page, frame } = await openAdmin();
    await goTo(frame, 'Timeline', '[data-testid=timeline-table]');
    const rows = await frame.locator('[data-testid=timeline-table] tbody tr').count();
    assert.ok(rows >= 3);
    assert.equal(await frame.locator('[data-testid=timeline-chart] svg circle').count(), rows, 'one marker per listed entry');
    assert.equal(await frame.locator('[data-testid=today-marker]').count(), 1);
    assert.match((await frame.locator('[data-testid=timeline-chart] svg').getAttribute('role')) ?? '', /img/);
    assert.match(await text(frame, '[data-testid=timeline-table]'), /Effective date/);
    assert.match(await text(frame, '[data-testid=timeline-table]'), /Retention ends/);
    await page.close();
  });

  it('what-if shows current and simulated status side by side and writes nothing', async () => {
    const { page, frame } = await openAdmin();
    const eventsBefore = await text(frame, '[data-testid=event-count]');
    await goTo(frame, 'What-if', '[data-testid=simulate]');
    await frame.locator('[data-testid=scenario]').selectOption('enterprise');
    await frame.locator('[data-testid=simulate]').click();
    const result = frame.locator('[data-testid=whatif-result]');
    await result.waitFor();
    const planRow = compareRow(result, 'highestPlan');
    assert.equal(await planRow.locator('[data-side=left]').innerText(), 'Standard');
    assert.equal(await planRow.locator('[data-side=right]').innerText(), 'Enterprise');
    assert.equal(await result.locator('thead th').nth(1).innerText(), 'Current');
    assert.equal(await result.locator('thead th').nth(2).innerText(), 'Simulated');

    await goTo(frame, 'Overview', '[data-section=overview]');
    assert.equal(await text(frame, '[data-testid=event-count]'), eventsBefore);
    assert.equal(await text(frame, '[data-testid=highest-plan]'), 'Standard');
    await page.close();
  });

  it('history lists entries, filters by type and verifies the hash chain', async () => {
    const { page, frame } = await openAdmin();
    await goTo(frame, 'History', '[data-testid=history-table]');
    assert.ok((await frame.locator('[data-testid=history-table] tbody tr').count()) >= 10);
    await frame.locator('[data-testid=history-type]').selectOption('scope');
    await frame.getByRole('button', { name: 'Apply filters' }).click();
    // Non-empty too: while the filtered page loads the table can be empty for a moment.
    await frame.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid=history-table] tbody tr')];
      return rows.length > 0 && rows.every((tr) => /Space \S+: (Include|Exclude)/.test(tr.textContent ?? ''));
    });
    assert.equal(await frame.locator('[data-testid=history-table] tbody tr').count(), 5, 'the five scope entries of the example org');

    await frame.locator('[data-testid=verify]').click();
    const result = frame.getByRole('status').filter({ hasText: 'The history is intact' });
    await result.waitFor();
    assert.match(await frame.locator('[data-testid=head-hash]').innerText(), /^[0-9a-f]{64}$/);
    await page.close();
  });

  it('history shows a clear error with the field and a retry for an impossible filter', async () => {
    const { page, frame } = await openAdmin();
    await goTo(frame, 'History', '[data-testid=history-table]');
    await frame.getByLabel('From', { exact: true }).fill('2026-10-01');
    await frame.getByLabel('To', { exact: true }).fill('2026-09-01');
    await frame.getByRole('button', { name: 'Apply filters' }).click();
    const alert = frame.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /filter\.from/);
    assert.match(await alert.innerText(), /must not be after "to"/);
    assert.equal(await alert.getByRole('button', { name: 'Retry' }).count(), 1);
    await page.close();
  });

  it('evidence bundle downloads with the server file name and its history digest verifies', async () => {
    const { page, frame } = await openAdmin();
    await goTo(frame, 'Evidence', '[data-testid=report]');
    const [download] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-testid=download-bundle-json]').click()]);
    assert.match(download.suggestedFilename(), /\.json$/);
    const file = await download.path();
    const content = readFileSync(file);
    const bundle = JSON.parse(content.toString('utf8')) as { history: { sha256: string; headHash: string; entries: unknown[]; intact: boolean } };
    assert.equal(bundle.history.intact, true);
    assert.ok(bundle.history.entries.length >= 3);
    assert.equal(sha256(canonicalJson(bundle.history.entries)), bundle.history.sha256, 'SHA-256 over the canonical history matches the bundle');
    // The page shows the checksum of exactly the file that was saved.
    assert.equal(await frame.locator('[data-testid=download-sha256]').innerText(), sha256(content));
    // The printable report names the same history head.
    await frame.waitForFunction(() => /^[0-9a-f]{64}/.test(document.querySelector('[data-testid=report-history-hash]')?.textContent ?? ''));
    assert.match(await text(frame, '[data-testid=report-history-hash]'), new RegExp(`^${bundle.history.headHash}`));
    assert.match(await text(frame, '[data-testid=report]'), /Northwind Analytics/);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-testid=download-history-csv]').click()]);
    assert.match(csvDownload.suggestedFilename(), /\.csv$/);
    assert.match(readFileSync(await csvDownload.path()).toString('utf8'), /^"?seq"?,/);

    // Printing shows the report only: navigation and download controls are hidden by the print CSS.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await frame.getByRole('navigation', { name: 'Sections' }).isVisible(), false);
    assert.equal(await frame.locator('[data-testid=download-bundle-json]').isVisible(), false);
    assert.equal(await frame.locator('[data-testid=report] article').isVisible(), true);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  it('checks a kept head hash from a bundle and rebuilds the derived documents', async () => {
    const { page, frame } = await openAdmin();
    await goTo(frame, 'Evidence', '[data-testid=report]');
    const [download] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-testid=download-bundle-json]').click()]);
    const bundle = JSON.parse(readFileSync(await download.path()).toString('utf8')) as { anchor: { line: string } };
    assert.match(bundle.anchor.line, /^contribution-lens-anchor v1 site=\S+ entry=\d+ head=[0-9a-f]{64}$/);
    // A line that is not an anchor: the field's error.
    await frame.locator('[data-testid=anchor-input]').fill('not an anchor');
    await frame.locator('[data-testid=anchor-check]').click();
    await frame.getByRole('alert').filter({ hasText: 'anchor' }).first().waitFor();
    // The kept line: the history still extends it.
    await frame.locator('[data-testid=anchor-input]').fill(bundle.anchor.line);
    await frame.locator('[data-testid=anchor-check]').click();
    await frame.getByRole('status').filter({ hasText: 'The history still extends the kept entry' }).waitFor();
    // Rebuild: recorded in the history, nothing differed.
    await frame.locator('[data-testid=repair]').click();
    await frame.getByRole('status').filter({ hasText: 'Rebuilt from the history' }).waitFor();
    assert.equal(await text(frame, '[data-testid=repair-findings]'), 'Nothing differed from the history.');
    await page.close();
  });

  it('spaces: search, bulk exclude and include of selected rows recorded as scope events', async () => {
    const { page, frame } = await openAdmin();
    await goTo(frame, 'Spaces', '[data-testid=spaces-table]');
    assert.ok((await frame.locator('[data-testid=spaces-table] tbody tr').count()) >= 30, 'the first server page');
    await frame.locator('[data-testid=space-search]').fill('Marketing');
    await frame.getByRole('button', { name: 'Apply filters' }).click();
    const row = frame.locator('[data-testid=spaces-table] tr[data-space="confluence:MKT"]');
    await row.waitFor();
    await frame.waitForFunction(() => document.querySelectorAll('[data-testid=spaces-table] tbody tr').length === 1);
    await row.getByRole('checkbox').check();
    assert.match(await text(frame, '[data-section=spaces]'), /1 selected/);
    await frame.locator('[data-testid=bulk-exclude]').click();
    await frame.getByText('Recorded 1 change.').first().waitFor();

    await goTo(frame, 'History', '[data-testid=history-table]');
    assert.match(await text(frame, '[data-testid=history-table]'), /Space MKT: Exclude/);

    // In-app data is off in the example org, so an include takes effect: the row turns contributing.
    await goTo(frame, 'Spaces', '[data-testid=spaces-table]');
    await frame.locator('[data-testid=space-search]').fill('Sales');
    await frame.getByRole('button', { name: 'Apply filters' }).click();
    const sales = frame.locator('[data-testid=spaces-table] tr[data-space="confluence:SALES"]');
    await sales.waitFor();
    assert.equal(await sales.getAttribute('data-status'), 'not-contributing');
    await sales.getByRole('checkbox').check();
    await frame.locator('[data-testid=bulk-include]').click();
    await frame.waitForFunction(
      () => document.querySelector('[data-testid=spaces-table] tr[data-space="confluence:SALES"]')?.getAttribute('data-mode') === 'include',
    );
    assert.equal(await sales.getAttribute('data-status'), 'contributing');
    await page.close();
  });

  it('notices: saves modes and a plain-text message, previewed as text', async () => {
    const { page, frame } = await openAdmin();
    await goTo(frame, 'Notices', '[data-testid=save-notices]');
    await frame.locator('[data-testid=banner-off]').check();
    await frame.locator('[data-testid=notice-contributed-only]').check();
    const message = 'Ask <b>#ai-governance</b> & friends';
    await frame.locator('[data-testid=notice-text-default]').fill(message);
    await frame.locator('[data-testid=save-notices]').click();
    await frame.getByText('Notice settings saved.').first().waitFor();

    const stored = envelopeOf(await invokeThroughBridge(frame, 'getNoticeSettings', {}));
    const settings = (stored.data as { settings: { notice: string; banner: string; text: Record<string, string> } }).settings;
    assert.equal(settings.banner, 'off');
    assert.equal(settings.notice, 'contributed-only');
    assert.equal(settings.text.default, message);

    // The in-app status is not contributing, so a contributed-only notice shows nothing; switching back shows the text literally.
    await frame.locator('[data-testid=notice-everywhere]').check();
    const preview = frame.locator('[data-testid=notice-preview]');
    await preview.locator('[data-testid=notice-admin-text]').waitFor();
    assert.equal(await preview.locator('[data-testid=notice-admin-text]').innerText(), message);
    assert.equal(await preview.locator('b').count(), 0, 'the message is never parsed as HTML');
    await page.close();
  });

  it('concerns: the org admin answers the seeded concern and resolves it', async () => {
    const { page, frame } = await openAdmin();
    await goTo(frame, 'Concerns', '[data-testid=concerns]');
    const concern = frame.locator('[data-testid=concerns] article').filter({ hasText: 'architecture decision records' });
    assert.equal(await concern.getAttribute('data-state'), 'open');
    await concern.getByLabel('Answer').fill('ENG stays in for now; we exclude customer names at source.');
    await concern.locator('[data-testid=concern-send]').click();
    await concern.locator('[data-testid=concern-answer]').waitFor();
    assert.equal(await concern.getAttribute('data-state'), 'answered');
    await concern.locator('[data-testid=concern-resolve]').click();
    await frame.waitForFunction(() => document.querySelector('[data-testid=concerns] article')?.getAttribute('data-state') === 'resolved');

    // The space admin sees the answer on their own page.
    const spacePage = await env.browser.newPage();
    await spacePage.goto(hostUrl(env, 'confluence-space', { identity: 'space-admin:ENG', space: 'ENG' }));
    const spaceFrame = await appFrame(spacePage, '.app-frame iframe');
    await spaceFrame.getByText('ENG stays in for now').first().waitFor();
    await spacePage.close();
    await page.close();
  });
});

describe('who may do what', () => {
  it('a plain user sees no admin content or write controls, and the server refuses a forced write', async () => {
    const admin = await openAdmin();
    const eventsBefore = await text(admin.frame, '[data-testid=event-count]');
    await admin.page.close();

    const { page, frame } = await openAdmin({ identity: 'user' });
    assert.match(await text(frame, '[data-testid=forbidden]'), /Only organization admins/);
    assert.equal(await frame.locator('button, input, select, textarea').count(), 0, 'no controls at all');
    assert.equal(await frame.getByRole('navigation').count(), 0);
    const forced = envelopeOf(
      await invokeThroughBridge(frame, 'recordEvents', { changes: [{ type: 'setting', on: '2026-10-01', setting: 'inAppData', value: 'on' }] }),
    );
    assert.equal(forced.ok, false);
    assert.equal(forced.error?.code, 'FORBIDDEN');
    await page.close();

    const again = await openAdmin();
    assert.equal(await text(again.frame, '[data-testid=event-count]'), eventsBefore, 'nothing was written');
    await again.page.close();
  });
});

describe('German', () => {
  it('renders the admin page in German', async () => {
    const { page, frame } = await openAdmin({ locale: 'de' });
    assert.equal(await frame.locator('html').getAttribute('lang'), 'de');
    const body = await text(frame, 'body');
    assert.match(body, /Datenbeitrag/);
    assert.match(body, /Übersicht/);
    assert.match(body, /Höchster aktiver Tarif/);
    assert.match(body, /Trägt nicht bei/);
    assert.match(body, /Dokumentiert/);
    for (const english of ['Overview', 'Highest active plan', 'Not contributing', 'Documented', 'Locked on this plan', 'Needs attention']) {
      assert.ok(!body.includes(english), `no English "${english}" on the German page`);
    }
    await screenshot(page, frame, 'admin-overview-de-light.png');
    await frame.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Verlauf' }).click();
    await frame.locator('[data-testid=history-table]').waitFor();
    assert.match(await text(frame, '[data-testid=history-table]'), /Bereich HR: Ausschließen/);
    await page.close();
  });

  it('words the engine’s reasons, notes, timeline and the alerts in German, not the server’s English', async () => {
    const { page, frame } = await openAdmin({ locale: 'de' });
    // The server's own English sentences for this org: none of them may show on the German page.
    const overview = envelopeOf(await invokeThroughBridge(frame, 'getOverview', {}));
    assert.equal(overview.ok, true);
    const data = overview.data as {
      status: {
        evaluation: {
          metadata: { reasons: { text: string }[] };
          inAppData: { reasons: { text: string }[] };
          notes: { text: string }[];
          timeline: { text: string }[];
        };
      };
      alerts: { text: string }[];
    };
    const evaluation = data.status.evaluation;
    const english = [...evaluation.metadata.reasons, ...evaluation.inAppData.reasons, ...evaluation.notes, ...data.alerts].map((r) => r.text);
    assert.ok(english.length > 3, 'the example org has reasons, notes and alerts to check');
    const fragments = [
      'The highest active plan is',
      'org admin',
      'is contributed',
      'Atlassian Administration is authoritative',
      'review window until',
      'No admin has',
    ];
    const overviewText = await text(frame, 'main');
    for (const sentence of [...english, ...fragments]) assert.ok(!overviewText.includes(sentence), `no English "${sentence}" on the German overview`);
    assert.match(overviewText, /Der höchste aktive Tarif ist/);
    // Every reason, note and alert is worded by the page; nothing fell back to the server's English.
    assert.equal(await frame.locator('[data-section=overview] [lang=en]').count(), 0, 'no English fallback on the overview');
    assert.ok((await frame.locator('.ui-reason').count()) >= english.length - data.alerts.length);

    await frame.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Zeitleiste' }).click();
    await frame.locator('[data-testid=timeline-table]').waitFor();
    const timelineText = await text(frame, '[data-testid=timeline-table]');
    for (const entry of evaluation.timeline) assert.ok(!timelineText.includes(entry.text), `no English timeline entry "${entry.text}"`);
    assert.match(timelineText, /Atlassian beginnt, beigetragene Daten/);
    assert.equal(await frame.locator('[data-testid=timeline-table] [lang=en]').count(), 0, 'no English fallback in the timeline');
    await screenshot(page, frame, 'admin-timeline-de-light.png');

    await frame.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Nachweise' }).click();
    await frame.locator('[data-testid=report]').waitFor();
    const report = await text(frame, '[data-testid=report]');
    for (const sentence of [...english.slice(0, english.length - data.alerts.length), 'The highest active plan is'])
      assert.ok(!report.includes(sentence), `no English "${sentence}" in the German evidence report`);
    await page.close();
  });
});

describe('accessibility and look', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations in ${theme} and saves screenshots`, async () => {
      const { page, frame } = await openAdmin({ theme });
      assert.equal(await frame.locator('html').getAttribute('data-color-mode'), theme);
      assert.deepEqual(await axeSerious(frame), [], 'overview');
      await screenshot(page, frame, `admin-overview-${theme}.png`);
      const sections: [string, string, string][] = [
        ['Record your organization', '[data-section=record]', 'record'],
        ['Timeline', '[data-testid=timeline-table]', 'timeline'],
        ['Spaces', '[data-testid=spaces-table]', 'spaces'],
        ['History', '[data-testid=history-table]', 'history'],
        ['Evidence', '[data-testid=report]', 'evidence'],
        ['Notices', '[data-testid=save-notices]', 'notices'],
        ['Concerns', '[data-testid=concerns]', 'concerns'],
      ];
      for (const [name, ready, file] of sections) {
        await goTo(frame, name, ready);
        assert.deepEqual(await axeSerious(frame), [], name);
        await screenshot(page, frame, `admin-${file}-${theme}.png`);
      }
      await goTo(frame, 'What-if', '[data-testid=simulate]');
      await frame.locator('[data-testid=simulate]').click();
      await frame.locator('[data-testid=whatif-result]').waitFor();
      assert.deepEqual(await axeSerious(frame), [], 'What-if');
      await screenshot(page, frame, `admin-what-if-${theme}.png`);
      await page.close();
    });
  }

  it('moves focus to the section after navigation and marks the current link', async () => {
    const { page, frame } = await openAdmin();
    await goTo(frame, 'Timeline', '[data-testid=timeline-table]');
    assert.equal(await frame.evaluate(() => document.activeElement?.tagName), 'MAIN');
    assert.equal(await frame.getByRole('link', { name: 'Timeline', exact: true }).getAttribute('aria-current'), 'page');
    await page.close();
  });
});
