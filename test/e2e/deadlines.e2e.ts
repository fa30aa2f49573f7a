/**
 * A deadline passing on the simulated day: an in-app opt-out recorded
 * through the admin page yields a removal deadline 30 days later; the overview
 * lists it and warns when it is near, the timeline shows it upcoming, and once
 * the day moves past it the timeline shows it passed and the warning is gone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { addDays } from '../../src/policy/dates';
import { appFrame, hostUrl, startE2e, type E2eEnv, type ViewQuery } from './harness';

/*
 * The example org turned in-app data off on 2026-09-15 (removal due 2026-10-15). Started
 * over on 1 Oct, its admin turns it back on that day and off again five days later.
 */
const START_DAY = '2026-10-01';
const OPT_OUT_DAY = '2026-10-06';
const REMOVAL_BY = addDays(OPT_OUT_DAY, 30);

let env: E2eEnv;
before(async () => {
  env = await startE2e();
});
after(async () => {
  await env?.close();
});

async function post(route: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${env.preview.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answer = (await response.json()) as Record<string, unknown>;
  assert.equal(response.status, 200, `${route}: ${JSON.stringify(answer)}`);
  return answer;
}

async function openAdmin(query: ViewQuery = {}): Promise<{ page: Page; frame: Frame }> {
  const page = await env.browser.newPage();
  await page.goto(hostUrl(env, 'jira-admin', { identity: 'org-admin', ...query }));
  const frame = await appFrame(page, '.app-frame iframe');
  await frame.waitForSelector('[data-section=overview]');
  return { page, frame };
}

async function goTo(frame: Frame, name: string, ready: string): Promise<void> {
  await frame.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await frame.waitForSelector(ready);
}

/** The overview's in-app removal deadline: its date and whether the page says it has passed. */
async function overviewDeadline(frame: Frame): Promise<{ date: string | null; when: string | null; text: string }> {
  const entry = frame.locator('[data-testid=deadlines] dl > div').filter({ hasText: 'Contributed in-app data removed by' });
  return { date: await entry.locator('time').getAttribute('datetime'), when: await entry.getAttribute('data-when'), text: await entry.innerText() };
}

/** DEADLINE_SOON alerts about the in-app removal deadline. */
const removalAlerts = (frame: Frame) =>
  frame.locator('[data-testid=alerts] li[data-alert=DEADLINE_SOON]').filter({ hasText: 'Contributed in-app data should be removed by' });

/** The new removal deadline in the timeline: its row's words, and its numbered chart marker's side of the Today line. */
async function timelineRemoval(frame: Frame): Promise<{ when: string | null; said: string; markerRightOfToday: boolean }> {
  const row = frame
    .locator('[data-testid=timeline-table] tbody tr[data-kind=in-app-removal-deadline]')
    .filter({ has: frame.locator(`time[datetime="${REMOVAL_BY}"]`) });
  assert.equal(await row.count(), 1, 'one removal deadline for the new opt-out');
  const number = (await row.locator('td').first().innerText()).trim();
  const marker = frame
    .locator('[data-testid=timeline-chart] g[data-kind=in-app-removal-deadline]')
    .filter({ has: frame.locator('text', { hasText: new RegExp(`^${number}$`) }) });
  const markerX = Number(await marker.locator('circle').getAttribute('cx'));
  const todayX = Number(await frame.locator('[data-testid=today-marker] line').getAttribute('x1'));
  return { when: await row.getAttribute('data-when'), said: (await row.getByTestId('timeline-when').innerText()).trim(), markerRightOfToday: markerX > todayX };
}

/** Records the in-app setting as of the status day, through the Record form like an admin. */
async function recordInAppSetting(frame: Frame, value: 'on' | 'off'): Promise<void> {
  await goTo(frame, 'Record your organization', '[data-section=record]');
  await frame.locator('[data-testid=setting-inAppData]').selectOption(value);
  await frame.locator('[data-testid=review]').click();
  await frame.locator('[data-testid=record-preview] [data-testid=save]').click();
  await frame.getByText('Saved 1 change.').first().waitFor();
}

describe('a deadline passing on the simulated day', () => {
  it('is upcoming after the opt-out, warned about within 14 days, and shown as passed once the day moves past it', async () => {
    await post('/api/reset', { today: START_DAY });
    const first = await openAdmin();
    await recordInAppSetting(first.frame, 'on');
    await first.page.close();
    await post('/api/settings', { today: OPT_OUT_DAY });

    // The org admin turns in-app data off today, through the Record form.
    const { page, frame } = await openAdmin();
    assert.equal(await frame.locator('[data-testid=status-inAppData]').innerText(), 'Contributing');
    await recordInAppSetting(frame, 'off');

    await goTo(frame, 'Overview', '[data-section=overview]');
    assert.equal(await frame.locator('[data-testid=status-inAppData]').innerText(), 'Not contributing');
    const upcoming = await overviewDeadline(frame);
    assert.equal(upcoming.date, REMOVAL_BY, 'removal is due 30 days after the opt-out');
    assert.equal(upcoming.when, 'upcoming');
    assert.doesNotMatch(upcoming.text, /Passed/);
    assert.equal(await removalAlerts(frame).count(), 0, '30 days ahead is not "soon"');

    await goTo(frame, 'Timeline', '[data-testid=timeline-table]');
    assert.deepEqual(await timelineRemoval(frame), { when: 'upcoming', said: 'Upcoming', markerRightOfToday: true });
    await page.close();

    // Eleven days before the deadline the overview warns.
    const soon = await post('/api/settings', { today: addDays(REMOVAL_BY, -11) });
    assert.equal((soon.dailyCheck as { changed?: unknown } | null) !== null, true, 'moving the day runs the daily check');
    const near = await openAdmin();
    const alert = removalAlerts(near.frame);
    assert.equal(await alert.count(), 1);
    assert.equal(await alert.locator('time').getAttribute('datetime'), REMOVAL_BY);
    assert.match(await alert.innerText(), /Deadline soon/);
    assert.match(await alert.innerText(), /in 11 days/);
    assert.equal((await overviewDeadline(near.frame)).when, 'upcoming');
    await near.page.close();

    // The day after the deadline: passed in the timeline and the overview, and no warning left.
    await post('/api/settings', { today: addDays(REMOVAL_BY, 1) });
    const later = await openAdmin();
    assert.equal(await removalAlerts(later.frame).count(), 0, 'the deadline-soon alert is gone');
    const passed = await overviewDeadline(later.frame);
    assert.equal(passed.date, REMOVAL_BY);
    assert.equal(passed.when, 'passed');
    assert.match(passed.text, /Passed/);
    await goTo(later.frame, 'Timeline', '[data-testid=timeline-table]');
    assert.deepEqual(await timelineRemoval(later.frame), { when: 'passed', said: 'Passed', markerRightOfToday: false });
    // Every row says where it stands relative to the status day, in words.
    const states = await later.frame.locator('[data-testid=timeline-table] tbody [data-testid=timeline-when]').allInnerTexts();
    assert.ok(
      states.every((s) => ['Passed', 'Today', 'Upcoming'].includes(s.trim())),
      JSON.stringify(states),
    );
    assert.ok(states.includes('Upcoming'), 'retention and model deadlines are still ahead');
    await later.page.close();

    // The same in German.
    const german = await openAdmin({ locale: 'de' });
    await goTo(german.frame, 'Zeitleiste', '[data-testid=timeline-table]');
    const row = german.frame.locator('[data-testid=timeline-table] tbody tr[data-kind=in-app-removal-deadline]');
    assert.equal((await row.getByTestId('timeline-when').innerText()).trim(), 'Vergangen');
    assert.equal(await german.frame.locator('[data-testid=timeline-table] thead th').last().innerText(), 'Wann');
    await german.page.close();
  });
});
