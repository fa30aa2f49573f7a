/**
 * Cost per page view, counted by the local preview's instrumented bridge and
 * storage (GET /api/metrics) while a real headless Chromium loads each surface
 * the way a person would: open the page, click what they would click, wait
 * until the network is quiet.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { MetricsSnapshot, PageViewMetrics } from '../preview/metering';
import { startPreviewServer, type RunningPreview } from '../preview/server';

export interface PageCostScenario {
  id: string;
  label: string;
  /** Host page path and query. */
  path: string;
  /** What the person does after the page loaded. */
  act?: (page: Page) => Promise<void>;
  budget: { invocations: number; storageReads: number; storageWrites?: number } | null;
  /** false: the view must load no app frame at all (static byline item, closed panel). */
  rendersApp?: boolean;
  /** Page banner mode the org admin saved before this view (the preview seeds 'everywhere'). */
  banner?: 'off' | 'everywhere';
}

export interface PageCost {
  scenario: PageCostScenario;
  invocations: number;
  byFunction: Record<string, number>;
  reads: number;
  writeRequests: number;
  queries: number;
  withinBudget: boolean | null;
}

const click = (selector: string) => async (page: Page) => {
  await page.click(selector);
  // The frame appears on click; wait for its document and whatever it invokes.
  await page.waitForSelector(`${selector.includes('byline') ? '.byline-popup' : '.context-panel__body'} iframe`, { state: 'attached' });
};

export const SCENARIOS: readonly PageCostScenario[] = [
  {
    id: 'byline-closed',
    label: 'Confluence page view, byline notice closed',
    path: '/host/confluence-page?identity=user',
    banner: 'off',
    budget: { invocations: 0, storageReads: 0, storageWrites: 0 },
    rendersApp: false,
  },
  {
    id: 'byline-open',
    label: 'Confluence page view, byline notice opened',
    path: '/host/confluence-page?identity=user',
    banner: 'off',
    act: click('[data-testid="byline-item"]'),
    budget: { invocations: 1, storageReads: 1 },
  },
  {
    id: 'banner-on',
    label: 'Confluence page view, banner on',
    path: '/host/confluence-page?identity=user',
    banner: 'everywhere',
    budget: { invocations: 1, storageReads: 1 },
  },
  {
    id: 'issue-closed',
    label: 'Jira work item view (context panel closed)',
    path: '/host/jira-work-item?identity=user',
    budget: { invocations: 0, storageReads: 0, storageWrites: 0 },
    rendersApp: false,
  },
  {
    id: 'issue-open',
    label: 'Jira work item view, notice opened',
    path: '/host/jira-work-item?identity=user',
    act: click('[data-testid="issue-context-toggle"]'),
    budget: { invocations: 1, storageReads: 1 },
  },
  { id: 'confluence-space', label: 'Confluence space page', path: '/host/confluence-space?identity=user', budget: null },
  {
    id: 'confluence-space-admin',
    label: 'Confluence space page, as its space admin',
    path: '/host/confluence-space?identity=space-admin:ENG&space=ENG',
    budget: null,
  },
  { id: 'jira-space', label: 'Jira space (project) page', path: '/host/jira-space?identity=user', budget: null },
  {
    id: 'admin-first-load',
    label: 'Admin page first load (Jira)',
    path: '/host/jira-admin?identity=org-admin',
    budget: { invocations: 3, storageReads: Number.POSITIVE_INFINITY },
  },
  {
    id: 'confluence-admin-first-load',
    label: 'Admin page first load (Confluence)',
    path: '/host/confluence-admin?identity=org-admin',
    budget: { invocations: 3, storageReads: Number.POSITIVE_INFINITY },
  },
];

/** Waits until the page and its frames made no request for `quietMs`. */
async function settle(page: Page, quietMs = 400, timeoutMs = 15_000): Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  const onStart = () => {
    inFlight++;
    last = Date.now();
  };
  const onEnd = () => {
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  page.on('request', onStart);
  page.on('requestfinished', onEnd);
  page.on('requestfailed', onEnd);
  const deadline = Date.now() + timeoutMs;
  try {
    await page.waitForLoadState('load');
    while (Date.now() < deadline) {
      if (inFlight === 0 && Date.now() - last >= quietMs) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    page.off('request', onStart);
    page.off('requestfinished', onEnd);
    page.off('requestfailed', onEnd);
  }
}

/** App frames (Custom UI documents) that rendered visible text. */
async function renderedAppFrames(page: Page): Promise<number> {
  let count = 0;
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || !frame.url().includes('/app/')) continue;
    const text = await frame.evaluate(() => document.body?.innerText.trim() ?? '').catch(() => '');
    if (text.length > 0) count++;
  }
  return count;
}

/** Saves the page banner mode as the org admin through the admin page's bridge, like an admin would. */
async function saveBannerMode(browser: Browser, preview: RunningPreview, banner: 'off' | 'everywhere'): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(`${preview.url}/host/jira-admin?identity=org-admin`);
    const frame = await (await page.waitForSelector('.app-frame iframe', { state: 'attached' })).contentFrame();
    if (!frame) throw new Error('admin page has no app frame');
    await frame.waitForLoadState('load');
    const answer = await frame.evaluate(async (mode) => {
      const bridge = (window as unknown as { __bridge: { callBridge(name: string, p: unknown): Promise<unknown> } }).__bridge;
      const current = (await bridge.callBridge('invoke', { functionKey: 'getNoticeSettings', payload: {} })) as {
        ok: boolean;
        data: { settings: { notice: string; text: Record<string, string> } };
      };
      if (!current.ok) return current;
      const { notice, text } = current.data.settings;
      return bridge.callBridge('invoke', { functionKey: 'saveNoticeSettings', payload: { settings: { notice, banner: mode, text } } });
    }, banner);
    if ((answer as { ok?: boolean }).ok !== true) throw new Error(`saving the banner mode failed: ${JSON.stringify(answer)}`);
  } finally {
    await page.close();
  }
}

async function metrics(preview: RunningPreview): Promise<MetricsSnapshot> {
  const response = await fetch(`${preview.url}/api/metrics`);
  if (!response.ok) throw new Error(`GET /api/metrics answered ${response.status}`);
  return (await response.json()) as MetricsSnapshot;
}

export interface PageCostRun {
  costs: PageCost[];
  backend: string;
}

export async function measurePageCost(options: { chromiumPath?: string } = {}): Promise<PageCostRun> {
  const repoRoot = path.resolve(__dirname, '..');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cl-bench-preview-'));
  const preview = await startPreviewServer({ port: 0, dataDir, repoRoot, buildIfNeeded: false });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    const state = (await (await fetch(`${preview.url}/api/state`)).json()) as { backend?: string };
    const costs: PageCost[] = [];
    let banner: 'off' | 'everywhere' | null = null;
    for (const scenario of SCENARIOS) {
      if (scenario.banner && scenario.banner !== banner) {
        await saveBannerMode(browser, preview, scenario.banner);
        banner = scenario.banner;
      }
      const context = await browser.newContext();
      const page = await context.newPage();
      await fetch(`${preview.url}/api/metrics/reset`, { method: 'POST' });
      await page.goto(`${preview.url}${scenario.path}`);
      await settle(page);
      if (scenario.act) {
        await scenario.act(page);
        await settle(page);
      }
      const rendered = await renderedAppFrames(page);
      const snapshot = await metrics(preview);
      await context.close();
      const expected = scenario.rendersApp ?? true;
      if (expected && rendered === 0) throw new Error(`${scenario.id}: the app frame did not render anything, so its cost would be meaningless`);
      if (!expected && rendered !== 0) throw new Error(`${scenario.id}: an app frame rendered although this view should load none`);
      const views = snapshot.pageViews.filter((v) => v.surface !== 'background');
      if (views.length !== 1) throw new Error(`${scenario.id}: expected one page view in the metrics, found ${views.length}`);
      const view = views[0] as PageViewMetrics;
      const cost: PageCost = {
        scenario,
        invocations: view.invocations,
        byFunction: view.byFunction,
        reads: view.storage.reads,
        writeRequests: view.storage.writeRequests,
        queries: view.storage.queries,
        withinBudget: null,
      };
      if (scenario.budget) {
        cost.withinBudget =
          cost.invocations <= scenario.budget.invocations &&
          cost.reads + cost.queries <= scenario.budget.storageReads &&
          (scenario.budget.storageWrites === undefined || cost.writeRequests <= scenario.budget.storageWrites);
      }
      costs.push(cost);
    }
    return { costs, backend: state.backend ?? 'unknown' };
  } finally {
    await browser?.close();
    await preview.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
