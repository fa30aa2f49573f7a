/**
 * Browser test harness: the system Chromium through playwright-core (no
 * browser download), a fresh profile per run, and the preview server started
 * in-process on a free port with its own temporary data directory.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import type { LocaleChoice } from '../../preview/frames';
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
      console.error(
        `${marker} ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.documentURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
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
  locale?: LocaleChoice;
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
  pageViews: {
    pageViewId: string;
    surface: string;
    invocations: number;
    byFunction: Record<string, number>;
    storage: { reads: number; writeRequests: number; queries: number };
  }[];
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
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[]; passes: AxeViolation[] }> } })
      .axe;
    return axe.run(document, { iframes: true });
  });
  // A node target with more than one selector lies inside an iframe.
  const nodesCheckedInFrames = [...result.passes, ...result.violations].flatMap((r) => r.nodes).filter((n) => n.target.length > 1).length;
  return { serious: seriousFindings(result.violations), nodesCheckedInFrames };
}

/** The focused element as a keyboard user meets it, wherever it is (host page or an app frame). */
export interface FocusedElement {
  inAppFrame: boolean;
  frameUrl: string;
  tag: string;
  role: string;
  name: string;
  text: string;
  testId: string | null;
  checked: boolean | null;
  invalid: boolean;
  /** The drawn focus indicator and its contrast with the background around it; null when none is drawn. */
  indicator: { kind: 'outline' | 'box-shadow'; colour: string; background: string; contrast: number } | null;
}

/** Runs inside a frame: describes document.activeElement unless focus sits on a child frame or nowhere. */
async function describeActiveElement(): Promise<Omit<FocusedElement, 'inAppFrame' | 'frameUrl'> | null> {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element.tagName === 'IFRAME' || element === document.body || !document.hasFocus()) return null;
  // Measure the settled focus style, not the first frame of its transition.
  await Promise.all(element.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  const tag = element.tagName.toLowerCase();
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  const implicitRole = (): string => {
    if (tag === 'a' && element.hasAttribute('href')) return 'link';
    if (tag === 'button' || (tag === 'input' && ['button', 'submit', 'reset'].includes(type))) return 'button';
    if (tag === 'select') return 'combobox';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'input') return type === 'checkbox' ? 'checkbox' : type === 'radio' ? 'radio' : 'textbox';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'main') return 'main';
    if (tag === 'aside') return 'complementary';
    if (tag === 'section' && (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby'))) return 'region';
    return tag;
  };
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const accessibleName = (): string => {
    const label = element.getAttribute('aria-label');
    if (label) return clean(label);
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy)
      return clean(
        labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) return clean([...labels].map((l) => l.textContent).join(' '));
    return clean(element.textContent);
  };
  type Rgba = [number, number, number, number];
  const parse = (colour: string): Rgba | null => {
    const match = /rgba?\(([^)]+)\)/.exec(colour);
    if (!match) return null;
    const parts = match[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3];
    return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
  };
  // The background behind a node: its own and its ancestors' background colours composited, on the page surface.
  const backgroundOf = (start: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let node = start; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour && colour[3] > 0) layers.push(colour);
      if (colour && colour[3] >= 1) break;
    }
    let result: Rgba = document.documentElement.dataset.colorMode === 'dark' ? [29, 33, 37, 1] : [255, 255, 255, 1];
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };
  const luminance = ([r, g, b]: Rgba) => {
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  const style = getComputedStyle(element);
  let indicator: FocusedElement['indicator'] = null;
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
    const colour = parse(style.outlineColor);
    // An outline is drawn outside the element (plus its offset): what surrounds it is the parent's background.
    const background = backgroundOf(element.parentElement);
    if (colour)
      indicator = {
        kind: 'outline',
        colour: style.outlineColor,
        background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
        contrast: contrast(over(colour, background), background),
      };
  } else if (style.boxShadow && style.boxShadow !== 'none') {
    const colour = parse(style.boxShadow);
    const inset = /inset/.test(style.boxShadow);
    const background = backgroundOf(inset ? element : element.parentElement);
    if (colour)
      indicator = {
        kind: 'box-shadow',
        colour: style.boxShadow,
        background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
        contrast: contrast(over(colour, background), background),
      };
  }
  return {
    tag,
    role: element.getAttribute('role') ?? implicitRole(),
    name: accessibleName(),
    text: clean(element.textContent).slice(0, 200),
    testId: element.getAttribute('data-testid'),
    checked: tag === 'input' && (type === 'checkbox' || type === 'radio') ? (element as HTMLInputElement).checked : null,
    invalid: element.getAttribute('aria-invalid') === 'true',
    indicator,
  };
}

// As source text: tsx names the inner functions with a helper (__name) that does not exist inside the page.
const DESCRIBE_ACTIVE_ELEMENT = `(() => { const __name = (f) => f; return (${describeActiveElement.toString()})(); })()`;

/** The focused element of the page, looking through the app frames. Null when nothing has focus. */
export async function focusedElement(page: Page): Promise<FocusedElement | null> {
  for (const frame of page.frames()) {
    let described: Omit<FocusedElement, 'inAppFrame' | 'frameUrl'> | null = null;
    try {
      described = (await frame.evaluate(DESCRIBE_ACTIVE_ELEMENT)) as Omit<FocusedElement, 'inAppFrame' | 'frameUrl'> | null;
    } catch (error) {
      if (/detached|destroyed|navigat/i.test(String(error))) continue; // a frame that went away while we looked
      throw error;
    }
    if (described) return { ...described, inAppFrame: frame !== page.mainFrame(), frameUrl: frame.url() };
  }
  return null;
}

/**
 * Presses the key (Tab or Shift+Tab) until the focused element matches, at most `limit` times. Every stop inside an
 * app frame must draw a focus indicator with at least 3:1 contrast: the host page around the frames is the preview's,
 * not ours.
 */
export async function pressUntilFocused(page: Page, key: string, matches: (focused: FocusedElement) => boolean, limit = 120): Promise<FocusedElement> {
  const trail: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const focused = await focusedElement(page);
    if (!focused) {
      trail.push('(nothing)');
      continue;
    }
    trail.push(`${focused.inAppFrame ? 'app' : 'host'}:${focused.role} "${focused.name.slice(0, 40)}"`);
    // WCAG 2.4.7 (visible) with the 3:1 of 1.4.11 (non-text contrast) for the indicator.
    if (focused.inAppFrame && (!focused.indicator || focused.indicator.contrast < 3)) {
      throw new Error(
        `no visible focus indicator on ${focused.role} "${focused.name}" (${focused.tag}, ${JSON.stringify(focused.indicator)}, ${focused.frameUrl}); trail: ${trail.join(' → ')}`,
      );
    }
    if (matches(focused)) return focused;
  }
  throw new Error(`${key} ×${limit} never reached the element; trail: ${trail.join(' → ')}`);
}
