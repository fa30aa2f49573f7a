/**
 * "Ask Rovo" stand-in: calls the app's Rovo actions the way Rovo does (inputs plus Rovo's product
 * context in the payload, the person in the invocation context), without a language model. The
 * agent, its conversation starters and the actions' inputs come from manifest.yml.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { escapeHtml } from './pages';
import { settingsQuery, type ViewSettings } from './surfaces';
import { CLOUD_ID, LOCALES } from './frames';
import { findSpace, identity } from './world';

const inputSchema = z.object({
  title: z.string(),
  type: z.enum(['string', 'integer', 'number', 'boolean']),
  required: z.boolean().optional(),
  description: z.string(),
});
const manifestSchema = z.object({
  modules: z.object({
    'rovo:agent': z
      .array(
        z.object({
          key: z.string(),
          name: z.string(),
          description: z.string().optional(),
          conversationStarters: z.array(z.string()).default([]),
          actions: z.array(z.string()),
        }),
      )
      .length(1),
    action: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        function: z.string(),
        actionVerb: z.string(),
        description: z.string(),
        inputs: z.record(z.string(), inputSchema).default({}),
      }),
    ),
    function: z.array(z.object({ key: z.string(), handler: z.string() })),
  }),
});

export interface RovoAgentInfo {
  key: string;
  name: string;
  description: string;
  starters: string[];
  actions: { key: string; name: string; description: string; functionKey: string; handler: string; inputs: Record<string, z.infer<typeof inputSchema>> }[];
}

/** The agent and its actions as manifest.yml declares them; throws naming the field when they cannot be read. */
export function readRovoAgent(repoRoot: string): RovoAgentInfo {
  const parsed = manifestSchema.safeParse(parse(readFileSync(path.join(repoRoot, 'manifest.yml'), 'utf8')));
  if (!parsed.success) throw new Error(`manifest.yml: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { modules } = parsed.data;
  const agent = modules['rovo:agent'][0]!;
  const actions = agent.actions.map((key) => {
    const action = modules.action.find((a) => a.key === key);
    if (!action) throw new Error(`manifest.yml: rovo:agent.actions: no action "${key}"`);
    const fn = modules.function.find((f) => f.key === action.function);
    if (!fn) throw new Error(`manifest.yml: action ${key}.function: no function "${action.function}"`);
    return { key, name: action.name, description: action.description, functionKey: fn.key, handler: fn.handler, inputs: action.inputs };
  });
  return { key: agent.key, name: agent.name, description: agent.description ?? '', starters: agent.conversationStarters, actions };
}

/** Where Rovo is open, which decides the product context it hands to actions. */
export const ROVO_PLACES = ['confluence-page', 'jira-work-item', 'none'] as const;
export type RovoPlace = (typeof ROVO_PLACES)[number];

/**
 * What a starter asks, mapped by hand to the actions Rovo's model would pick (the stand-in has no
 * model). Every starter in the manifest must match one rule; the page says which action was called.
 */
export function callsForMessage(message: string): { action: string; inputs: Record<string, string> }[] {
  const upgrade = /upgrade to (free|standard|premium|enterprise)/i.exec(message);
  if (upgrade) return [{ action: 'contribution-lens-what-if', inputs: { plan: (upgrade[1] as string).toLowerCase() } }];
  if (/deadline|dates|coming up/i.test(message)) return [{ action: 'contribution-lens-timeline', inputs: {} }];
  if (/this space.*why|applies/i.test(message))
    return [
      { action: 'contribution-lens-status-here', inputs: {} },
      { action: 'contribution-lens-org-status', inputs: {} },
    ];
  if (/this (page|work item|space)/i.test(message)) return [{ action: 'contribution-lens-status-here', inputs: {} }];
  if (/organi[sz]ation/i.test(message)) return [{ action: 'contribution-lens-org-status', inputs: {} }];
  return [];
}

/** Rovo's product context for a place, shaped as the action module documentation shows it. */
export function rovoContext(place: RovoPlace, settings: ViewSettings, siteUrl: string, actionKey: string): Record<string, unknown> {
  const base = { cloudId: CLOUD_ID, moduleKey: actionKey, locale: LOCALES[settings.locale] };
  if (place === 'confluence-page') {
    const space = findSpace('confluence', settings.space);
    return {
      ...base,
      confluence: { url: `${siteUrl}/host/confluence-page`, resourceType: 'page', contentId: '98304', spaceKey: space?.key, spaceId: space?.id },
    };
  }
  if (place === 'jira-work-item') {
    const project = findSpace('jira', settings.project);
    const issueKey = `${project?.key ?? 'ENG'}-142`;
    return {
      ...base,
      jira: {
        url: `${siteUrl}/browse/${issueKey}`,
        resourceType: 'issue',
        issueKey,
        issueId: 10442,
        issueType: 'Task',
        issueTypeId: 10001,
        projectKey: project?.key,
        projectId: Number(project?.id ?? 0),
      },
    };
  }
  return base;
}

/** The invocation context Forge hands the action function: the person only through the principal. */
export function rovoInvocationContext(settings: ViewSettings): Record<string, unknown> {
  const who = identity(settings.identity);
  // Jira is the app's required product, so the installation is Jira's.
  return { installContext: `ari:cloud:jira::site/${CLOUD_ID}`, ...(who.accountId ? { principal: { accountId: who.accountId } } : {}) };
}

export const rovoRequestSchema = z.strictObject({
  place: z.enum(ROVO_PLACES),
  action: z.string().min(1).max(100),
  inputs: z.record(z.string().max(40), z.string().max(2_000)).default({}),
  settings: z.string().max(2_000),
  pageViewId: z.string().regex(/^[a-z0-9-]{1,40}$/),
});

function placeLabel(place: RovoPlace, settings: ViewSettings): string {
  if (place === 'confluence-page') return `Confluence page “Team handbook” in space ${settings.space}`;
  if (place === 'jira-work-item') return `Jira work item ${settings.project}-142`;
  return 'Rovo home (no page, work item or space)';
}

/** The stand-in page: Rovo's chat panel, reduced to the agent, its starters and its actions' inputs. */
export function rovoPage(input: { agent: RovoAgentInfo; settings: ViewSettings; place: RovoPlace; pageViewId: string }): string {
  const { agent, settings, place } = input;
  const who = identity(settings.identity);
  const places = ROVO_PLACES.map((p) => `<option value="${p}"${p === place ? ' selected' : ''}>${escapeHtml(placeLabel(p, settings))}</option>`).join('');
  const starters = agent.starters
    .map(
      (s) =>
        `<li><button type="button" class="button button--subtle" data-testid="rovo-starter" data-message="${escapeHtml(s)}" data-calls="${escapeHtml(JSON.stringify(callsForMessage(s)))}">${escapeHtml(s)}</button></li>`,
    )
    .join('');
  const forms = agent.actions
    .map((a) => {
      const fields = Object.entries(a.inputs)
        .map(
          ([name, spec]) =>
            `<label>${escapeHtml(spec.title)} <input name="${escapeHtml(name)}" data-input="${escapeHtml(name)}" title="${escapeHtml(spec.description)}"></label>`,
        )
        .join('');
      return `<form class="rovo-action switchers" data-action="${escapeHtml(a.key)}" data-testid="rovo-action">
  <fieldset><legend>${escapeHtml(a.name)} <code>${escapeHtml(a.key)}</code></legend>
  <p class="preview-header__muted">${escapeHtml(a.description)}</p>${fields}
  <button type="submit" class="button">Call action</button></fieldset></form>`;
    })
    .join('\n');
  const config = { settingsQuery: settingsQuery(settings), pageViewId: input.pageViewId, place };
  return `<!doctype html>
<html lang="${settings.locale}" data-color-mode="${settings.theme}" data-theme="dark:dark light:light spacing:spacing typography:typography">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ask Rovo (stand-in) · Contribution Lens preview</title>
<link rel="stylesheet" href="/preview/tokens.css">
<link rel="stylesheet" href="/preview/client/host.css">
</head>
<body>
<header class="preview-header">
  <h1>Ask Rovo <span class="preview-header__muted">stand-in, no language model</span></h1>
  <p class="preview-header__muted">Agent <strong>${escapeHtml(agent.name)}</strong> (<code>${escapeHtml(agent.key)}</code>): ${escapeHtml(agent.description)} You are ${escapeHtml(who.displayName)}. <a href="/?${escapeHtml(settingsQuery(settings))}">Back to the start page</a></p>
</header>
<main class="preview-main" id="main">
  <section class="preview-panel" aria-labelledby="rovo-where">
    <h2 id="rovo-where">Where Rovo is open</h2>
    <form method="get" action="/rovo" class="switchers" data-testid="rovo-place">
      ${Object.entries({ identity: settings.identity, theme: settings.theme, locale: settings.locale, space: settings.space, project: settings.project })
        .map(([k, v]) => `<input type="hidden" name="${k}" value="${escapeHtml(v)}">`)
        .join('')}
      <label>Rovo is open on <select name="place">${places}</select></label>
      <button type="submit" class="button">Apply</button>
    </form>
  </section>
  <section class="preview-panel" aria-labelledby="rovo-starters">
    <h2 id="rovo-starters">Conversation starters</h2>
    <p class="preview-header__muted">The stand-in maps each starter to the actions Rovo’s model would call, and shows what they return.</p>
    <ul class="surface-list">${starters}</ul>
  </section>
  <section class="preview-panel" aria-labelledby="rovo-actions">
    <h2 id="rovo-actions">Actions</h2>
    ${forms}
  </section>
  <section class="preview-panel" aria-labelledby="rovo-answer" aria-live="polite">
    <h2 id="rovo-answer">Answer</h2>
    <p data-testid="rovo-status" role="status"></p>
    <div data-testid="rovo-answers"></div>
  </section>
</main>
<script>window.__ROVO__ = ${JSON.stringify(config).replace(/</g, '\\u003c')};</script>
<script src="/preview/client/rovo.js"></script>
</body>
</html>`;
}
