/**
 * Storage faults (Forge storage answers 429, 5xx and timeouts): with the preview's storage failing the way
 * @forge/kvs fails (429, 5xx, timeouts) for longer than the app's retries last,
 * every surface shows a clear error instead of crashing, a write leaves nothing
 * half-written, and once storage answers again Retry loads or saves correctly.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { appFrame, hostUrl, invokeThroughBridge, pageViewIdOf, pageViewMetrics, startE2e, type E2eEnv } from './harness';

let env: E2eEnv;
before(async () => {
  env = await startE2e();
});
after(async () => {
  await env?.close();
});
// Reset turns faults off and starts from the seeded example org.
beforeEach(async () => {
  assert.equal((await post('/api/reset', {})).status, 200);
});

async function post(route: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${env.preview.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

interface FaultState {
  kind: string;
  failed: number;
}

async function setFaults(request: unknown): Promise<void> {
  const answer = await post('/api/faults', request);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
}

async function faultState(): Promise<FaultState | null> {
  return ((await (await fetch(`${env.preview.url}/api/faults`)).json()) as { faults: FaultState | null }).faults;
}

/** Collects uncaught errors in every frame of the page: a crash would show here. */
function watchCrashes(page: Page): string[] {
  const crashes: string[] = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  return crashes;
}

async function openAdminFrame(page: Page): Promise<Frame> {
  await page.goto(hostUrl(env, 'jira-admin', { identity: 'org-admin' }));
  return appFrame(page, '.app-frame iframe');
}

function envelopeOf(answer: { resolved?: unknown; rejected?: string }): { ok: boolean; data?: unknown; error?: { code: string; message: string } } {
  assert.equal(answer.rejected, undefined, `the invoke itself failed: ${answer.rejected}`);
  return answer.resolved as { ok: boolean; data?: unknown; error?: { code: string; message: string } };
}

/** What the history holds, read through the admin bridge: entry count, head and whether the hash chain verifies. */
async function historyState(frame: Frame): Promise<{ eventCount: number; headSeq: number; intact: boolean; entries: number }> {
  const overview = envelopeOf(await invokeThroughBridge(frame, 'getOverview', {}));
  assert.equal(overview.ok, true, JSON.stringify(overview.error));
  const profile = (overview.data as { profile: { eventCount: number; headSeq: number } }).profile;
  const verify = envelopeOf(await invokeThroughBridge(frame, 'verifyHistory', {}));
  assert.equal(verify.ok, true, JSON.stringify(verify.error));
  const verified = verify.data as { intact: boolean; entries: number };
  return { eventCount: profile.eventCount, headSeq: profile.headSeq, intact: verified.intact, entries: verified.entries };
}

describe('the fault switch', () => {
  it('is off by default and refuses a malformed request, naming the field', async () => {
    assert.equal(await faultState(), null);
    const bad = await post('/api/faults', { kind: 'meteor' });
    assert.equal(bad.status, 400);
    assert.match(String(bad.body.message), /^kind: /);
    const both = await post('/api/faults', { kind: 'server', failNext: 3, rate: 0.1 });
    assert.equal(both.status, 400);
    assert.match(String(both.body.message), /^rate: give failNext or rate, not both/);
    assert.equal(await faultState(), null, 'nothing was switched on');
  });
});

describe('admin page with failing storage', () => {
  it('the overview shows a clear error with Retry while storage refuses, and loads after Retry once it answers', async () => {
    const page = await env.browser.newPage();
    const crashes = watchCrashes(page);
    await setFaults({ kind: 'rate-limit' });
    const frame = await openAdminFrame(page);
    const alert = frame.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    assert.match(await alert.innerText(), /Storage is busy; try again in a moment\./);
    assert.equal(await frame.locator('[data-section=overview]').count(), 0, 'no half-drawn overview');
    // More failed attempts than the one first call: the storage adapter retried before giving up.
    assert.ok((await faultState())!.failed > 1, 'the reads were retried');

    await setFaults({ kind: 'off' });
    await alert.getByRole('button', { name: 'Retry' }).click();
    await frame.waitForSelector('[data-section=overview]');
    assert.equal(await frame.getByRole('alert').count(), 0, 'the error is gone');
    assert.equal(await frame.locator('[data-testid=status-inAppData]').innerText(), 'Not contributing');
    assert.deepEqual(crashes, []);
    await page.close();
  });

  it('a few failed reads are absorbed by the retries and never reach the admin', async () => {
    const page = await env.browser.newPage();
    await setFaults({ kind: 'timeout', failNext: 2 });
    const frame = await openAdminFrame(page);
    await frame.waitForSelector('[data-section=overview], [role=alert]');
    assert.equal(await frame.getByRole('alert').count(), 0);
    assert.equal((await faultState())!.failed, 2, 'both faults were met and retried');
    await page.close();
  });

  it('a save whose commit keeps failing shows an error with Retry, writes nothing, and saves once on Retry', async () => {
    const page = await env.browser.newPage();
    const crashes = watchCrashes(page);
    const frame = await openAdminFrame(page);
    await frame.waitForSelector('[data-section=overview]');
    const before = await historyState(frame);
    assert.equal(before.intact, true);

    await frame.getByRole('navigation').getByRole('link', { name: 'Record your organization', exact: true }).click();
    await frame.locator('[data-testid=setting-inAppData]').selectOption('on');
    await frame.locator('[data-testid=review]').click();
    await frame.locator('[data-testid=record-preview]').waitFor();

    // Reads answer, every write fails with a 5xx: the save gets as far as its commit and no further.
    await setFaults({ kind: 'server', writesOnly: true });
    await frame.locator('[data-testid=record-preview] [data-testid=save]').click();
    const alert = frame.getByRole('alert');
    await alert.waitFor({ timeout: 25_000 });
    assert.match(await alert.innerText(), /Something went wrong/);
    assert.equal(await alert.getByRole('button', { name: 'Retry' }).count(), 1);
    assert.equal(await frame.getByText('Saved 1 change.').count(), 0);
    assert.ok((await faultState())!.failed > 1, 'the history writer tried the commit again before giving up');

    // Nothing of the failed save was written: same entries, same head, the chain still verifies.
    assert.deepEqual(await historyState(frame), before);

    await setFaults({ kind: 'off' });
    await alert.getByRole('button', { name: 'Retry' }).click();
    await frame.getByText('Saved 1 change.').first().waitFor();
    const after = await historyState(frame);
    assert.equal(after.intact, true);
    assert.equal(after.eventCount, before.eventCount + 1, 'saved exactly once');
    assert.equal(after.headSeq, before.headSeq + 1);
    assert.equal(await frame.getByRole('alert').count(), 0, 'the error is gone after the save');
    assert.deepEqual(crashes, []);
    await page.close();
  });
});

describe('space page and notice with failing storage', () => {
  it('the space page shows a clear error with Retry and loads after Retry', async () => {
    const page = await env.browser.newPage();
    const crashes = watchCrashes(page);
    await setFaults({ kind: 'server' });
    await page.goto(hostUrl(env, 'confluence-space', { space: 'ENG' }));
    const frame = await appFrame(page, '.app-frame iframe');
    const alert = frame.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    assert.match(await alert.innerText(), /could not be loaded|konnte nicht/i);
    assert.equal(await frame.locator('[data-testid=in-app-card]').count(), 0);

    await setFaults({ kind: 'off' });
    await alert.getByRole('button', { name: 'Retry' }).click();
    await frame.waitForSelector('[data-testid=in-app-card]');
    assert.equal(await frame.getByRole('alert').count(), 0);
    assert.deepEqual(crashes, []);
    await page.close();
  });

  it('the opened byline notice shows its failure message without crashing', async () => {
    const page = await env.browser.newPage();
    const crashes = watchCrashes(page);
    await setFaults({ kind: 'timeout' });
    await page.goto(hostUrl(env, 'confluence-page', { space: 'ENG' }));
    await page.getByTestId('byline-item').click();
    const notice = await appFrame(page, '[data-testid=byline-popup] iframe');
    const failure = notice.getByRole('alert');
    await failure.waitFor({ timeout: 20_000 });
    assert.equal((await failure.innerText()).trim(), 'The data contribution status could not be loaded. Try again later.');
    assert.equal(await notice.locator('.lozenge').count(), 0, 'no status is guessed');
    assert.deepEqual(crashes, []);
    // The example org shows the banner too: it fails the same quiet way and can still be dismissed.
    const banner = await appFrame(page, '[data-testid=page-banner] iframe');
    assert.equal((await banner.getByRole('alert').innerText()).trim(), 'The data contribution status could not be loaded. Try again later.');
    assert.equal(await banner.getByTestId('notice-dismiss').count(), 1);
    assert.deepEqual(
      (await pageViewMetrics(env, await pageViewIdOf(page))).byFunction,
      { getNotice: 2 },
      'one call per notice (banner, byline), no retry storm from the page',
    );

    // Storage answers again: the next opening shows the status.
    await setFaults({ kind: 'off' });
    await page.keyboard.press('Escape');
    await page.getByTestId('byline-item').click();
    const again = await appFrame(page, '[data-testid=byline-popup] iframe');
    await again.waitForSelector('.lozenge');
    await page.close();
  });
});
