/** The simulated day: the example org as it stood on a chosen day, and the daily check moving it forward. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { appFrame, hostUrl, startE2e, type E2eEnv } from './harness';

let env: E2eEnv;
before(async () => {
  env = await startE2e();
});
after(async () => {
  await env?.close();
});

async function post(route: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${env.preview.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function bylineStatus(space: string): Promise<string | null> {
  const page = await env.browser.newPage();
  try {
    await page.goto(hostUrl(env, 'confluence-page', { space }));
    await page.getByTestId('byline-item').click();
    const notice = await appFrame(page, '[data-testid=byline-popup] iframe');
    await notice.waitForSelector('.lozenge');
    return notice.locator('.lozenge').getAttribute('data-status');
  } finally {
    await page.close();
  }
}

describe('simulated day', () => {
  it('before the effective date the notice is pending; moving past it runs the daily check and settles it', async () => {
    assert.equal((await post('/api/reset', { today: '2026-08-05' })).status, 200);
    assert.equal(await bylineStatus('ENG'), 'pending');

    const moved = await post('/api/settings', { today: '2026-11-23' });
    assert.equal(moved.status, 200);
    assert.equal((moved.body.dailyCheck as { changed?: boolean }).changed, true);
    // Reset on 5 Aug, the September opt-out has not been recorded: ENG follows the Standard default, HR stays excluded.
    assert.equal(await bylineStatus('ENG'), 'contributing');
    assert.equal(await bylineStatus('HR'), 'not-contributing');
  });

  it('refuses to move the day back, naming the field', async () => {
    const moved = await post('/api/settings', { today: '2026-10-01' });
    assert.equal(moved.status, 400);
    assert.match(String(moved.body.message), /^today: /);
  });

  it('rejects a malformed day', async () => {
    const moved = await post('/api/settings', { today: '23.11.2026' });
    assert.equal(moved.status, 400);
    assert.match(String(moved.body.message), /^today: must be a calendar date/);
  });
});
