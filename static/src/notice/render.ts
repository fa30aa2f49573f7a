/**
 * DOM rendering of the notice. Plain DOM on purpose: the notice loads on page
 * views, so it carries no framework. Every text goes in through textContent;
 * the admin-edited text is never parsed as HTML.
 */
import type { NoticeData } from '../../../src/shared/contract';
import type { NoticeSurface } from './surface';
import { formatCalendarDate, type Language, stringsFor } from './strings';

type Child = Node | string | null | false | undefined;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === false || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Replaces the root's content, skipping absent parts. */
function fill(root: HTMLElement, ...children: Child[]): void {
  root.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== false && c !== undefined));
}

export interface NoticeActions {
  /** Absent when the context names no space/project to link to. */
  onLearnMore?: () => void;
  /** Banner only. */
  onDismiss?: () => void;
}

function lozenge(notice: NoticeData, language: Language): HTMLElement {
  const strings = stringsFor(language);
  return el('span', { class: `lozenge lozenge--${notice.inAppData}`, 'data-status': notice.inAppData }, strings.status[notice.inAppData]);
}

function learnMoreButton(language: Language, onLearnMore: (() => void) | undefined): HTMLElement | null {
  if (!onLearnMore) return null;
  const button = el('button', { type: 'button', class: 'link-button', 'data-testid': 'notice-learn-more' }, stringsFor(language).learnMore);
  button.addEventListener('click', onLearnMore);
  return button;
}

/** Sentences about the space's content, plus the dates that matter to a reader. */
function statusSentences(notice: NoticeData, language: Language): string[] {
  const strings = stringsFor(language);
  const sentences = [notice.inAppData === 'pending' && notice.projected ? strings.pendingTowards[notice.projected] : strings.sentence[notice.inAppData]];
  if (notice.inAppRemovalBy) sentences.push(strings.removalBy(formatCalendarDate(notice.inAppRemovalBy, language)));
  return sentences;
}

/** The notice is a complementary landmark named by its title, in every state (the work item hides the visible title). */
function nameLandmark(root: HTMLElement, surface: NoticeSurface, language: Language): void {
  root.className = `notice notice--${surface}`;
  root.setAttribute('aria-label', stringsFor(language).title);
}

export function renderLoading(root: HTMLElement, surface: NoticeSurface, language: Language): void {
  nameLandmark(root, surface, language);
  // The opened popup or panel announces its status once it arrives; the banner shows on every page load, so it stays quiet.
  root.setAttribute('aria-live', surface === 'banner' ? 'off' : 'polite');
  root.setAttribute('aria-busy', 'true');
  fill(root, el('p', { class: 'notice__muted' }, stringsFor(language).loading));
}

export function renderFailure(root: HTMLElement, surface: NoticeSurface, language: Language, actions: NoticeActions): void {
  nameLandmark(root, surface, language);
  root.removeAttribute('aria-busy');
  fill(
    root,
    el('p', { class: 'notice__muted', role: 'alert' }, stringsFor(language).loadFailed),
    surface === 'banner' ? dismissButton(language, actions.onDismiss) : null,
  );
}

/** Shown in the byline popup or work item panel when the admin has chosen not to publish a notice here. */
export function renderNothingPublished(root: HTMLElement, surface: NoticeSurface, language: Language, actions: NoticeActions): void {
  nameLandmark(root, surface, language);
  root.removeAttribute('aria-busy');
  fill(
    root,
    el('h1', { class: 'notice__title' }, stringsFor(language).title),
    el('p', { class: 'notice__muted' }, stringsFor(language).nothingPublished),
    learnMoreButton(language, actions.onLearnMore),
  );
}

function dismissButton(language: Language, onDismiss: (() => void) | undefined): HTMLElement | null {
  if (!onDismiss) return null;
  const label = stringsFor(language).dismiss;
  const button = el('button', { type: 'button', class: 'icon-button', 'aria-label': label, title: label, 'data-testid': 'notice-dismiss' });
  // Cross drawn with CSS so the notice ships no icon font or image.
  button.append(el('span', { class: 'icon-button__cross', 'aria-hidden': 'true' }));
  button.addEventListener('click', onDismiss);
  return button;
}

export function renderNotice(root: HTMLElement, surface: NoticeSurface, notice: NoticeData, language: Language, actions: NoticeActions): void {
  const strings = stringsFor(language);
  nameLandmark(root, surface, language);
  root.removeAttribute('aria-busy');
  root.dataset.status = notice.inAppData;
  const sentences = statusSentences(notice, language);

  if (surface === 'banner') {
    const message = [...sentences, notice.text ?? ''].join(' ').trim();
    fill(
    root,
      el('span', { class: 'notice__label' }, strings.title),
      lozenge(notice, language),
      // The banner keeps one line; the full message stays available as a tooltip and to screen readers.
      el('p', { class: 'notice__sentence notice__sentence--single-line', title: message }, message),
      learnMoreButton(language, actions.onLearnMore),
      dismissButton(language, actions.onDismiss),
    );
    return;
  }

  fill(
    root,
    // In the work item the host's panel header already carries the title.
    el('div', { class: 'notice__head' }, surface === 'issue' ? null : el('h1', { class: 'notice__title' }, strings.title), lozenge(notice, language)),
    el('p', { class: 'notice__sentence' }, sentences.join(' ')),
    el('p', { class: 'notice__sentence notice__muted' }, strings.metadata[notice.metadata]),
    notice.text ? el('p', { class: 'notice__admin-text', 'data-testid': 'notice-admin-text' }, notice.text) : null,
    el(
      'div',
      { class: 'notice__foot' },
      el('span', { class: 'notice__muted notice__small' }, strings.updatedOn(formatCalendarDate(notice.day, language))),
      learnMoreButton(language, actions.onLearnMore),
    ),
  );
}
