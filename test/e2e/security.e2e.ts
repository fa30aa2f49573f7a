/** Resolvers are reachable by anyone who can render a module: writes must be refused server-side. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { appFrame, hostUrl, invokeThroughBridge, metrics, startE2e, type E2eEnv } from './harness';

let env: E2eEnv;
before(async () => {
  env = await startE2e();
});
after(async () => {
  await env?.close();
});

const WRITE = { changes: [{ type: 'setting', on: '2026-11-01', setting: 'inAppData', value: 'on' }] };

describe('a plain user forcing an admin write', () => {
  it('is refused from the admin page, and nothing is written', async () => {
    const before = (await metrics(env)).totals.storage.writeRequests;
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'jira-admin', { identity: 'user' }));
    const frame = await appFrame(page, '.app-frame iframe');
    const answer = await invokeThroughBridge(frame, 'recordEvents', WRITE);
    assert.equal((answer.resolved as { error?: { code?: string } } | undefined)?.error?.code, 'FORBIDDEN', JSON.stringify(answer));
    assert.equal((await metrics(env)).totals.storage.writeRequests, before);
    await page.close();
  });

  it('cannot reach admin definitions through the public function of the space page', async () => {
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-space', { identity: 'user' }));
    const frame = await appFrame(page, '.app-frame iframe');
    const before = (await metrics(env)).totals.storage.writeRequests;
    const answer = await invokeThroughBridge(frame, 'recordEvents', WRITE);
    // The public function does not define admin operations: an error envelope, nothing thrown, nothing written.
    assert.deepEqual(answer.resolved, { ok: false, error: { code: 'NOT_FOUND', message: 'There is no operation "recordEvents" here.' } });
    assert.equal((await metrics(env)).totals.storage.writeRequests, before);
    await page.close();
  });

  it('an anonymous visitor is refused from the notice frame too', async () => {
    const page = await env.browser.newPage();
    await page.goto(hostUrl(env, 'confluence-page', { identity: 'anonymous', space: 'DOCS' }));
    await page.getByTestId('byline-item').click();
    const frame = await appFrame(page, '[data-testid=byline-popup] iframe');
    const answer = await invokeThroughBridge(frame, 'saveNoticeSettings', { settings: { notice: 'off', banner: 'off', text: {} } });
    assert.equal((answer.resolved as { error?: { code?: string } } | undefined)?.error?.code, 'NOT_FOUND', JSON.stringify(answer));
    await page.close();
  });
});
