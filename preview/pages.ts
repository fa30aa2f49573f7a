/**
 * HTML of the start page and of the host pages that imitate Jira and
 * Confluence around the app's iframes. Everything interpolated is escaped.
 */
import { randomUUID } from 'node:crypto';
import { displayConditionsHold } from './display-conditions';
import { encodeFrame, LOCALE_CHOICES, LOCALE_NAMES, type FrameConfig } from './frames';
import type { ModuleInfo, ModuleType, PreviewManifest } from './manifest';
import { SURFACES, settingsQuery, type SurfaceDef, type ViewSettings } from './surfaces';
import { canView, findSpace, identity, identityChoices, spacesOf, type JiraPlan } from './world';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const shortId = (): string => randomUUID().replace(/-/g, '').slice(0, 12);

function documentShell(title: string, settings: Pick<ViewSettings, 'theme' | 'locale'>, body: string, scripts = ''): string {
  return `<!doctype html>
<html lang="${settings.locale}" data-color-mode="${settings.theme}" data-theme="dark:dark light:light spacing:spacing typography:typography">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/preview/tokens.css">
<link rel="stylesheet" href="/preview/client/host.css">
</head>
<body>
${body}
${scripts}
</body>
</html>`;
}

// ---------------------------------------------------------------------------
// Start page

export interface StartPageState {
  settings: ViewSettings;
  today: string;
  jiraPlan: JiraPlan;
}

function option(value: string, label: string, selected: string): string {
  return `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
}

export function startPage(state: StartPageState): string {
  const { settings } = state;
  const cards = SURFACES.map((surface) => {
    const href = `/host/${surface.id}?${settingsQuery(settings)}`;
    return `<li class="surface-card" data-surface="${surface.id}">
  <a class="surface-card__link" href="${escapeHtml(href)}">
    <span class="product-mark product-mark--${surface.product}" aria-hidden="true"></span>
    <span class="surface-card__text"><span class="surface-card__title">${escapeHtml(surface.title)}</span>
    <span class="surface-card__description">${escapeHtml(surface.description)}</span></span>
  </a>
</li>`;
  }).join('\n');

  const identities = identityChoices([settings.space, settings.project], settings.identity)
    .map((id) => option(id, identity(id).displayName, settings.identity))
    .join('');
  const spaces = spacesOf('confluence')
    .map((s) => option(s.key, `${s.name} (${s.key})`, settings.space))
    .join('');
  const projects = spacesOf('jira')
    .map((s) => option(s.key, `${s.name} (${s.key})`, settings.project))
    .join('');

  const body = `<header class="preview-header">
  <h1>Contribution Lens <span class="preview-header__muted">local preview</span></h1>
  <p class="preview-header__muted">The app's real resolvers over simulated storage and product APIs, modules as manifest.yml declares them</p>
</header>
<main class="preview-main">
  <section aria-labelledby="view-heading" class="preview-panel">
    <h2 id="view-heading">View as</h2>
    <form class="switchers" method="get" action="/" data-testid="view-settings">
      <label>Who you are <select name="identity">${identities}</select></label>
      <label>Theme <select name="theme">${option('light', 'Light', settings.theme)}${option('dark', 'Dark', settings.theme)}</select></label>
      <label>Language <select name="locale">${LOCALE_CHOICES.map((choice) => option(choice, LOCALE_NAMES[choice], settings.locale)).join('')}</select></label>
      <label>Confluence space <select name="space">${spaces}</select></label>
      <label>Jira space <select name="project">${projects}</select></label>
      <button type="submit" class="button">Apply</button>
    </form>
    <p class="preview-header__muted">The Confluence page banner shows where its display condition holds: in spaces whose <code>contribution-lens-banner</code> property the app set to <code>on</code> (admin page › Notices › Page banner).</p>
  </section>
  <section aria-labelledby="site-heading" class="preview-panel">
    <h2 id="site-heading">Simulated site</h2>
    <form class="switchers" id="site-settings" data-testid="site-settings">
      <label>Today <input type="date" name="today" value="${escapeHtml(state.today)}" required></label>
      <label>Jira license <select name="jiraPlan">${option('PAID', 'Paid', state.jiraPlan)}${option('FREE', 'Free', state.jiraPlan)}</select></label>
      <button type="submit" class="button">Save</button>
      <button type="button" class="button button--subtle" id="daily-check" data-testid="daily-check">Run daily check</button>
      <button type="button" class="button button--subtle" id="reset-example" data-testid="reset-example">Reset example org to this day</button>
    </form>
    <p class="preview-header__muted">Moving the day forward runs the daily check, as the scheduled trigger would. The day cannot move back; reset the example org to start over on an earlier day (steps recorded later are left out).</p>
    <p class="preview-status" id="site-status" role="status"></p>
  </section>
  <section aria-labelledby="surfaces-heading">
    <h2 id="surfaces-heading">Surfaces</h2>
    <ul class="surface-list" data-testid="surface-list">
${cards}
    </ul>
  </section>
  <section aria-labelledby="rovo-heading" class="preview-panel">
    <h2 id="rovo-heading">Ask Rovo</h2>
    <p class="preview-header__muted">A stand-in for Rovo’s chat panel: the agent’s conversation starters call the app’s actions as Rovo would (no language model; it shows what the actions return).</p>
    <p><a class="button" data-testid="rovo-link" href="/rovo?${escapeHtml(settingsQuery(settings))}">Open the Ask Rovo stand-in</a></p>
  </section>
  <section aria-labelledby="metrics-heading" class="preview-panel">
    <h2 id="metrics-heading">Cost per page view</h2>
    <p class="preview-header__muted">Function invocations and storage operations, counted by the preview (<a href="/api/metrics">/api/metrics</a>).</p>
    <pre id="metrics" class="metrics" data-testid="metrics">loading…</pre>
    <button type="button" class="button button--subtle" id="reset-metrics">Reset counters</button>
  </section>
</main>`;
  return documentShell('Contribution Lens preview', settings, body, '<script src="/preview/client/start.js"></script>');
}

// ---------------------------------------------------------------------------
// Host pages

export interface HostPageInput {
  surface: SurfaceDef;
  settings: ViewSettings;
  manifest: PreviewManifest;
  pageViewId: string;
  /** A Confluence space property as the simulated product stores it (display conditions read it). */
  spaceProperty(spaceId: string, propertyKey: string): unknown;
}

function frameUrl(module: ModuleInfo, frame: FrameConfig): string {
  return `/app/${encodeURIComponent(module.resourceKey)}/${encodeURIComponent(module.entryFile)}?f=${encodeFrame(frame)}`;
}

function frameFor(input: HostPageInput, moduleType: ModuleType, extra: Partial<FrameConfig> = {}): { module: ModuleInfo; frame: FrameConfig } | null {
  const module = input.manifest.modules[moduleType];
  if (!module) return null;
  const { settings } = input;
  // Like the products: a module is rendered for anonymous visitors only if the manifest opts in.
  if (identity(settings.identity).accountType === 'anonymous' && !module.unlicensedAccess.includes('anonymous')) return null;
  const product = moduleType.startsWith('jira:') ? 'jira' : 'confluence';
  return {
    module,
    frame: {
      frameId: shortId(),
      pageViewId: input.pageViewId,
      surface: input.surface.id,
      moduleType,
      identity: settings.identity,
      theme: settings.theme,
      locale: settings.locale,
      spaceKey: product === 'jira' ? settings.project : settings.space,
      ...extra,
    },
  };
}

function iframe(module: ModuleInfo, frame: FrameConfig, className: string, title: string): string {
  return `<iframe class="${className}" data-frame-id="${frame.frameId}" data-module-key="${escapeHtml(module.key)}" title="${escapeHtml(title)}" src="${escapeHtml(frameUrl(module, frame))}"></iframe>`;
}

const ICON = {
  grid: '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><g fill="currentColor"><rect x="4" y="4" width="4" height="4" rx="1"/><rect x="10" y="4" width="4" height="4" rx="1"/><rect x="16" y="4" width="4" height="4" rx="1"/><rect x="4" y="10" width="4" height="4" rx="1"/><rect x="10" y="10" width="4" height="4" rx="1"/><rect x="16" y="10" width="4" height="4" rx="1"/><rect x="4" y="16" width="4" height="4" rx="1"/><rect x="10" y="16" width="4" height="4" rx="1"/><rect x="16" y="16" width="4" height="4" rx="1"/></g></svg>',
  search:
    '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M16.4 15l3.8 3.8-1.4 1.4-3.8-3.8A7 7 0 1 1 16.4 15zM11 16a5 5 0 1 0 0-10 5 5 0 0 0 0 10z"/></svg>',
  app: '<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M2 3a1 1 0 0 1 1-1h4v5H2V3zm7-1h4a1 1 0 0 1 1 1v4H9V2zM2 9h5v5H3a1 1 0 0 1-1-1V9zm7 0h5v4a1 1 0 0 1-1 1H9V9z"/></svg>',
  chevron:
    '<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" class="chevron"><path fill="currentColor" d="M6.3 3.3a1 1 0 0 1 1.4 0L12.4 8l-4.7 4.7a1 1 0 0 1-1.4-1.4L9.6 8 6.3 4.7a1 1 0 0 1 0-1.4z"/></svg>',
};

function topNav(input: HostPageInput): string {
  const { surface, settings } = input;
  const who = identity(settings.identity);
  const productName = surface.product === 'jira' ? 'Jira' : 'Confluence';
  const items = surface.product === 'jira' ? ['Your work', 'Spaces', 'Filters', 'Dashboards', 'Apps'] : ['Home', 'Recent', 'Spaces', 'Apps', 'Templates'];
  const initials =
    who.accountType === 'anonymous'
      ? '?'
      : who.displayName
          .split(' ')
          .map((w) => w[0])
          .slice(0, 2)
          .join('');
  return `<header class="top-nav">
  <a class="top-nav__home" href="/?${escapeHtml(settingsQuery(settings))}" title="Back to the preview start page">${ICON.grid}<span class="visually-hidden">Preview start page</span></a>
  <span class="product-mark product-mark--${surface.product}" aria-hidden="true"></span>
  <span class="top-nav__product">${productName}</span>
  <nav class="top-nav__items" aria-label="${productName}">${items.map((i) => `<span class="top-nav__item">${i}</span>`).join('')}<span class="top-nav__create">Create</span></nav>
  <span class="top-nav__search">${ICON.search}<span>Search</span></span>
  <span class="avatar" title="${escapeHtml(who.displayName)}">${escapeHtml(initials)}</span>
</header>`;
}

function sidebar(title: string, subtitle: string, items: { label: string; selected?: boolean; app?: boolean }[], product: 'jira' | 'confluence'): string {
  return `<nav class="side-nav" aria-label="${escapeHtml(title)}">
  <div class="side-nav__header"><span class="space-avatar space-avatar--${product}" aria-hidden="true">${escapeHtml(title.slice(0, 1))}</span><span><span class="side-nav__title">${escapeHtml(title)}</span><span class="side-nav__subtitle">${escapeHtml(subtitle)}</span></span></div>
  <ul>${items.map((i) => `<li class="side-nav__item${i.selected ? ' side-nav__item--selected' : ''}"${i.selected ? ' aria-current="page"' : ''}>${i.app ? ICON.app : '<span class="side-nav__dot" aria-hidden="true"></span>'}<span>${escapeHtml(i.label)}</span></li>`).join('')}</ul>
</nav>`;
}

function pageFrame(input: HostPageInput, moduleType: ModuleType, heading: string): string {
  const target = frameFor(input, moduleType);
  if (!target) {
    const reason = input.manifest.modules[moduleType] ? 'This app is not available to anonymous visitors.' : `The manifest declares no ${moduleType} module.`;
    return `<p class="host-missing" data-testid="module-unavailable">${escapeHtml(reason)}</p>`;
  }
  return `<div class="app-frame" data-module-type="${moduleType}">${iframe(target.module, target.frame, 'app-iframe app-iframe--page', heading)}</div>`;
}

function adminHost(input: HostPageInput): string {
  if (identity(input.settings.identity).accountType === 'anonymous') return loginWall();
  const isJira = input.surface.product === 'jira';
  const moduleType: ModuleType = isJira ? 'jira:adminPage' : 'confluence:globalSettings';
  const title = input.manifest.modules[moduleType]?.title ?? 'Data contribution';
  const side = isJira
    ? sidebar(
        'Apps',
        'Jira settings',
        [{ label: 'Explore apps' }, { label: 'Manage apps' }, { label: title, selected: true, app: true }, { label: 'App access rules' }],
        'jira',
      )
    : sidebar(
        'Confluence settings',
        'Site administration',
        [{ label: 'General configuration' }, { label: 'Security & permissions' }, { label: 'Look and feel' }, { label: title, selected: true, app: true }],
        'confluence',
      );
  return `${side}<main class="host-content" id="main"><div class="breadcrumbs">${isJira ? 'Settings / Apps' : 'Settings'} / ${escapeHtml(title)}</div>${pageFrame(input, moduleType, title)}</main>`;
}

function spaceHost(input: HostPageInput): string {
  const isJira = input.surface.product === 'jira';
  const moduleType: ModuleType = isJira ? 'jira:projectPage' : 'confluence:spacePage';
  const space = isJira ? findSpace('jira', input.settings.project) : findSpace('confluence', input.settings.space);
  if (space && !canView(identity(input.settings.identity), space)) return loginWall();
  const title = input.manifest.modules[moduleType]?.title ?? 'Data contribution';
  const side = isJira
    ? sidebar(
        space?.name ?? '',
        `${space?.projectType === 'service_desk' ? 'Service' : space?.projectType === 'business' ? 'Business' : 'Software'} space`,
        [
          { label: 'Summary' },
          { label: 'Board' },
          { label: 'List' },
          { label: 'Timeline' },
          { label: title, selected: true, app: true },
          { label: 'Space settings' },
        ],
        'jira',
      )
    : sidebar(
        space?.name ?? '',
        'Confluence space',
        [{ label: 'Overview' }, { label: 'Blogs' }, { label: 'Content' }, { label: title, selected: true, app: true }, { label: 'Space settings' }],
        'confluence',
      );
  return `${side}<main class="host-content" id="main"><div class="breadcrumbs">Spaces / ${escapeHtml(space?.name ?? '')} / ${escapeHtml(title)}</div>${pageFrame(input, moduleType, title)}</main>`;
}

function loginWall(): string {
  return `<main class="host-content" id="main"><h1 class="page-title">Log in to continue</h1><p data-testid="login-wall">This page is not open to anonymous visitors.</p></main>`;
}

function confluencePageHost(input: HostPageInput): string {
  const space = findSpace('confluence', input.settings.space);
  if (space && !canView(identity(input.settings.identity), space)) return loginWall();
  const byline = input.manifest.modules['confluence:contentBylineItem'];
  const contentId = '98304';
  // Like Confluence: the banner's iframe exists only where the module's display conditions hold.
  const bannerModule = input.manifest.modules['confluence:pageBanner'];
  const bannerShows =
    bannerModule !== undefined &&
    displayConditionsHold(bannerModule.displayConditions, {
      isLoggedIn: identity(input.settings.identity).accountType !== 'anonymous',
      entityProperty: (entity, key) => (entity === 'space' && space ? input.spaceProperty(space.id, key) : undefined),
    });
  const bannerTarget = bannerShows ? frameFor(input, 'confluence:pageBanner', { contentId }) : null;
  // The byline notice frame is created by host.js on click, exactly as Confluence loads it lazily.
  const bylineTarget = frameFor(input, 'confluence:contentBylineItem', { contentId });
  const bylineItem =
    byline && bylineTarget
      ? `<span class="byline-app">
  <button type="button" class="byline-app__trigger" data-testid="byline-item" aria-haspopup="dialog" aria-expanded="false" aria-describedby="byline-tooltip"
    data-frame-src="${escapeHtml(frameUrl(bylineTarget.module, bylineTarget.frame))}" data-frame-id="${bylineTarget.frame.frameId}" data-module-key="${escapeHtml(byline.key)}">${ICON.app}<span>${escapeHtml(byline.title)}</span></button>
  <span role="tooltip" id="byline-tooltip" class="tooltip">${escapeHtml(byline.tooltip ?? byline.title)}</span>
  <span class="byline-popup" data-testid="byline-popup" role="dialog" aria-label="${escapeHtml(byline.title)}" hidden></span>
</span>`
      : '';
  const side = sidebar(
    space?.name ?? '',
    'Confluence space',
    [
      { label: 'Overview' },
      { label: 'Blogs' },
      { label: 'Content' },
      { label: 'Team handbook', selected: true },
      { label: 'Release notes' },
      { label: 'Space settings' },
    ],
    'confluence',
  );
  const banner = bannerTarget
    ? `<div class="page-banner" data-testid="page-banner">${iframe(bannerTarget.module, bannerTarget.frame, 'app-iframe app-iframe--banner', 'Page banner')}</div>`
    : '';
  return `${side}<main class="host-content host-content--page" id="main">
  ${banner}
  <div class="breadcrumbs">Spaces / ${escapeHtml(space?.name ?? '')} / Content</div>
  <article class="confluence-page">
    <h1 class="page-title">Team handbook</h1>
    <div class="byline">
      <span class="avatar avatar--small" aria-hidden="true">PS</span>
      <span>By Priya Shah</span><span class="byline__sep" aria-hidden="true">·</span><span>Updated 3 days ago</span><span class="byline__sep" aria-hidden="true">·</span><span>4 min read</span>
      ${bylineItem}
    </div>
    <p>This handbook collects how the ${escapeHtml(space?.name ?? '')} team works: rituals, on-call, how we review changes and where decisions are written down.</p>
    <h2>How we plan</h2>
    <p>Planning happens every second Monday. Anyone can add a topic to the agenda page until Friday noon.</p>
    <h2>Where to ask</h2>
    <p>Questions go to the team channel; anything that needs a decision gets a page in the Decisions folder.</p>
  </article>
</main>`;
}

function workItemHost(input: HostPageInput): string {
  const project = findSpace('jira', input.settings.project);
  if (project && !canView(identity(input.settings.identity), project)) return loginWall();
  const context = input.manifest.modules['jira:issueContext'];
  const issueKey = `${project?.key ?? 'ENG'}-142`;
  const target = frameFor(input, 'jira:issueContext', { issueKey });
  const side = sidebar(
    project?.name ?? '',
    'Software space',
    [{ label: 'Summary' }, { label: 'Board', selected: true }, { label: 'List' }, { label: 'Timeline' }, { label: 'Space settings' }],
    'jira',
  );
  const panel =
    context && target
      ? `<section class="context-panel" data-testid="issue-context">
  <button type="button" class="context-panel__header" aria-expanded="false" data-testid="issue-context-toggle"
    data-frame-src="${escapeHtml(frameUrl(target.module, target.frame))}" data-frame-id="${target.frame.frameId}" data-module-key="${escapeHtml(context.key)}">
    ${ICON.chevron}<span class="context-panel__label">${escapeHtml(context.label ?? context.title)}</span>
    ${context.statusLabel ? `<span class="host-lozenge" data-testid="issue-context-lozenge">${escapeHtml(context.statusLabel)}</span>` : ''}
  </button>
  <div class="context-panel__body" hidden></div>
</section>`
      : '';
  return `${side}<main class="host-content" id="main">
  <div class="breadcrumbs">Spaces / ${escapeHtml(project?.name ?? '')} / ${escapeHtml(issueKey)}</div>
  <div class="work-item">
    <div class="work-item__main">
      <h1 class="page-title">Rotate the staging database credentials</h1>
      <h2 class="section-title">Description</h2>
      <p>The staging credentials were shared in a channel by mistake. Rotate them, update the secrets store and confirm the deploy pipeline still passes.</p>
      <h2 class="section-title">Activity</h2>
      <p class="muted">Priya Shah changed the status to In Progress · 2 hours ago</p>
    </div>
    <aside class="work-item__side" aria-label="Work item details">
      <span class="status-button">In progress</span>
      <section class="details"><h2 class="section-title">Details</h2>
        <dl><dt>Assignee</dt><dd>Uma Patel</dd><dt>Reporter</dt><dd>Priya Shah</dd><dt>Priority</dt><dd>High</dd><dt>Labels</dt><dd>security</dd></dl>
      </section>
      ${panel}
    </aside>
  </div>
</main>`;
}

export function hostPage(input: HostPageInput): string {
  const content =
    input.surface.id === 'confluence-page'
      ? confluencePageHost(input)
      : input.surface.id === 'jira-work-item'
        ? workItemHost(input)
        : input.surface.id.endsWith('-admin')
          ? adminHost(input)
          : spaceHost(input);
  const modules: Record<string, string> = {};
  for (const surface of SURFACES)
    for (const type of surface.modules) {
      const key = input.manifest.modules[type]?.key;
      if (key) modules[key] = surface.id;
    }
  const hostConfig = { settingsQuery: settingsQuery(input.settings), modules, pageViewId: input.pageViewId };
  const body = `<a class="skip-link" href="#main">Skip to content</a>
${topNav(input)}
<div class="host-layout">${content}</div>
<div class="flags" aria-live="polite"></div>`;
  const scripts = `<script>window.__HOST__ = ${JSON.stringify(hostConfig).replace(/</g, '\\u003c')};</script><script src="/preview/client/host.js"></script>`;
  return documentShell(`${input.surface.title} · Contribution Lens preview`, input.settings, body, scripts);
}

export function newPageViewId(): string {
  return `pv-${shortId()}`;
}
