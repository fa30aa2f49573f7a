/**
 * Browser test harness: the system Chromium through playwright-core (no
 * browser download), a fresh profile per run, and the preview server started
 * in-process on a free port with its own temporary data directory.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { startPreviewServer, type RunningPreview } from '../../preview/server';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((c): c is string => !!c);
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error('No Chromium found: run scripts/ensure-chromium.sh or set CHROMIUM_PATH');
  return found;
}

export interface E2eEnv {
  preview: RunningPreview;
  browser: BrowserContext;
  /** Every Content-Security-Policy violation any page or app frame reported so far. */
  cspViolations: string[];
  /** Closes everything; fails when any frame violated the CSP Forge serves with it. */
  close(): Promise<void>;
}

const CSP_MARKER = '[csp-violation]';

/**
 * Reports every securitypolicyviolation (in every frame: init scripts run in iframes too) on the console, where
 * the harness collects it. The preview serves each app frame with the CSP @forge/csp builds from manifest.yml.
 */
async function watchCsp(browser: BrowserContext, violations: string[]): Promise<void> {
  const record = (page: Page) =>
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith(CSP_MARKER)) violations.push(`${page.url()}: ${text.slice(CSP_MARKER.length).trim()}`);
    });
  browser.pages().forEach(record);
  browser.on('page', record);
  await browser.addInitScript((marker: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`${marker} ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.documentURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  }, CSP_MARKER);
}

export async function startE2e(): Promise<E2eEnv> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cl-preview-'));
  const profileDir = mkdtempSync(path.join(tmpdir(), 'cl-chromium-'));
  const preview = await startPreviewServer({ port: 0, dataDir, repoRoot: REPO_ROOT, buildIfNeeded: false });
  const browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const cspViolations: string[] = [];
  await watchCsp(browser, cspViolations);
  return {
    preview,
    browser,
    cspViolations,
    async close() {
      await browser.close();
      await preview.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(profileDir, { recursive: true, force: true });
      if (cspViolations.length > 0) throw new Error(`Content-Security-Policy violations (${cspViolations.length}):\n${[...new Set(cspViolations)].join('\n')}`);
    },
  };
}

export interface ViewQuery {
  identity?: string;
  theme?: 'light' | 'dark';
  locale?: 'en' | 'de';
  space?: string;
  project?: string;
}

export function hostUrl(env: E2eEnv, surface: string, query: ViewQuery = {}): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined) as [string, string][]);
  return `${env.preview.url}/host/${surface}?${params.toString()}`;
}

/** The app frame whose iframe element matches the selector, once its document has loaded. */
export async function appFrame(page: Page, iframeSelector: string): Promise<Frame> {
  const handle = await page.waitForSelector(iframeSelector, { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${iframeSelector} has no frame`);
  await frame.waitForLoadState('load');
  return frame;
}

export interface Metrics {
  totals: { pageViews: number; invocations: number; storage: { reads: number; writeRequests: number; writtenItems: number; queries: number } };
  pageViews: { pageViewId: string; surface: string; invocations: number; byFunction: Record<string, number>; storage: { reads: number; writeRequests: number; queries: number } }[];
}

export async function metrics(env: E2eEnv): Promise<Metrics> {
  const response = await fetch(`${env.preview.url}/api/metrics`);
  return (await response.json()) as Metrics;
}

export async function resetMetrics(env: E2eEnv): Promise<void> {
  await fetch(`${env.preview.url}/api/metrics/reset`, { method: 'POST' });
}

/** The page view the host page registered (read from its config). */
export async function pageViewIdOf(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __HOST__: { pageViewId: string } }).__HOST__.pageViewId);
}

export async function pageViewMetrics(env: E2eEnv, pageViewId: string): Promise<Metrics['pageViews'][number]> {
  const view = (await metrics(env)).pageViews.find((v) => v.pageViewId === pageViewId);
  if (!view) throw new Error(`no metrics for page view ${pageViewId}`);
  return view;
}

/** Calls a resolver through the bridge inside a surface's app frame, as that surface's user. */
export async function invokeThroughBridge(frame: Frame, functionKey: string, payload: unknown): Promise<{ resolved?: unknown; rejected?: string }> {
  return frame.evaluate(
    async ([key, body]) => {
      const bridge = (window as unknown as { __bridge: { callBridge(name: string, p: unknown): Promise<unknown> } }).__bridge;
      try {
        return { resolved: await bridge.callBridge('invoke', { functionKey: key, payload: body }) };
      } catch (error) {
        return { rejected: String((error as Error).message) };
      }
    },
    [functionKey, payload] as const,
  );
}

/** Saves the notice settings as the org admin, through the admin page like an admin would. */
export async function saveNoticeSettingsAsAdmin(env: E2eEnv, settings: unknown): Promise<void> {
  const page = await env.browser.newPage();
  try {
    await page.goto(hostUrl(env, 'jira-admin', { identity: 'org-admin' }));
    const answer = await invokeThroughBridge(await appFrame(page, '.app-frame iframe'), 'saveNoticeSettings', { settings });
    const envelope = answer.resolved as { ok?: boolean } | undefined;
    if (envelope?.ok !== true) throw new Error(`saveNoticeSettings failed: ${JSON.stringify(answer)}`);
  } finally {
    await page.close();
  }
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** The serious and critical findings, one line each. */
function seriousFindings(violations: readonly AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/**
 * Serious and critical axe-core findings inside one app frame (the host page is the preview's, not ours).
 * axe is evaluated through the DevTools protocol: the frame's CSP (Forge's) rightly refuses inline script tags.
 */
export async function axeSerious(frame: Frame): Promise<string[]> {
  await frame.evaluate(AXE_SOURCE);
  const violations = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return seriousFindings(violations);
}

/** axe on the host page and, through axe's own frame support, inside every app iframe; also how many nodes it checked inside the frames. */
export async function axeSeriousWithFrames(page: Page): Promise<{ serious: string[]; nodesCheckedInFrames: number }> {
  for (const frame of page.frames()) await frame.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[]; passes: AxeViolation[] }> } }).axe;
    return axe.run(document, { iframes: true });
  });
  // A node target with more than one selector lies inside an iframe.
  const nodesCheckedInFrames = [...result.passes, ...result.violations].flatMap((r) => r.nodes).filter((n) => n.target.length > 1).length;
  return { serious: seriousFindings(result.violations), nodesCheckedInFrames };
}
