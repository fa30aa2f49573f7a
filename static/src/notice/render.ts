/**
 * DOM rendering of the notice. Plain DOM on purpose: the notice loads on page
 * views, so it carries no framework. Every text goes in through textContent;
 * the admin-edited text is never parsed as HTML.
 */
import type { NoticeData } from '../../../src/shared/contract';
import type { NoticeSurface } from './surface';
import { formatCalendarDate, type NoticeText } from './strings';

type Child = Node | string | null | false | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
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

function lozenge(notice: NoticeData, { strings }: NoticeText): HTMLElement {
  return el('span', { class: `lozenge lozenge--${notice.inAppData}`, 'data-status': notice.inAppData }, strings.status[notice.inAppData]);
}

function learnMoreButton(text: NoticeText, onLearnMore: (() => void) | undefined): HTMLElement | null {
  if (!onLearnMore) return null;
  const button = el('button', { type: 'button', class: 'link-button', 'data-testid': 'notice-learn-more' }, text.strings.learnMore);
  button.addEventListener('click', onLearnMore);
  return button;
}

/** Joins sentences: with a space, except after a full-width stop (Japanese, Chinese), which carries its own spacing. */
function joinSentences(sentences: string[]): string {
  return sentences.reduce((text, next) => (text === '' ? next : `${text}${/[。！？]$/.test(text) ? '' : ' '}${next}`), '');
}

/** Sentences about the space's content, plus the dates that matter to a reader. */
function statusSentences(notice: NoticeData, text: NoticeText): string[] {
  const { strings } = text;
  const sentences = [notice.inAppData === 'pending' && notice.projected ? strings.pendingTowards[notice.projected] : strings.sentence[notice.inAppData]];
  if (notice.inAppRemovalBy) sentences.push(strings.removalBy(formatCalendarDate(notice.inAppRemovalBy, text)));
  return sentences;
}

/** The notice is a complementary landmark named by its title, in every state (the work item hides the visible title). */
function nameLandmark(root: HTMLElement, surface: NoticeSurface, text: NoticeText): void {
  root.className = `notice notice--${surface}`;
  root.setAttribute('aria-label', text.strings.title);
}

export function renderLoading(root: HTMLElement, surface: NoticeSurface, text: NoticeText): void {
  nameLandmark(root, surface, text);
  // The opened popup or panel announces its status once it arrives; the banner shows on every page load, so it stays quiet.
  root.setAttribute('aria-live', surface === 'banner' ? 'off' : 'polite');
  root.setAttribute('aria-busy', 'true');
  fill(root, el('p', { class: 'notice__muted' }, text.strings.loading));
}

export function renderFailure(root: HTMLElement, surface: NoticeSurface, text: NoticeText, actions: NoticeActions): void {
  nameLandmark(root, surface, text);
  root.removeAttribute('aria-busy');
  fill(root, el('p', { class: 'notice__muted', role: 'alert' }, text.strings.loadFailed), surface === 'banner' ? dismissButton(text, actions.onDismiss) : null);
}

/** Shown in the byline popup or work item panel when the admin has chosen not to publish a notice here. */
export function renderNothingPublished(root: HTMLElement, surface: NoticeSurface, text: NoticeText, actions: NoticeActions): void {
  nameLandmark(root, surface, text);
  root.removeAttribute('aria-busy');
  fill(
    root,
    el('h1', { class: 'notice__title' }, text.strings.title),
    el('p', { class: 'notice__muted' }, text.strings.nothingPublished),
    learnMoreButton(text, actions.onLearnMore),
  );
}

function dismissButton(text: NoticeText, onDismiss: (() => void) | undefined): HTMLElement | null {
  if (!onDismiss) return null;
  const label = text.strings.dismiss;
  const button = el('button', { type: 'button', class: 'icon-button', 'aria-label': label, title: label, 'data-testid': 'notice-dismiss' });
  // Cross drawn with CSS so the notice ships no icon font or image.
  button.append(el('span', { class: 'icon-button__cross', 'aria-hidden': 'true' }));
  button.addEventListener('click', onDismiss);
  return button;
}

export function renderNotice(root: HTMLElement, surface: NoticeSurface, notice: NoticeData, text: NoticeText, actions: NoticeActions): void {
  const { strings } = text;
  nameLandmark(root, surface, text);
  root.removeAttribute('aria-busy');
  root.dataset.status = notice.inAppData;
  const sentences = statusSentences(notice, text);

  if (surface === 'banner') {
    const message = joinSentences([...sentences, notice.text ?? ''].filter((part) => part !== ''));
    fill(
      root,
      el('span', { class: 'notice__label' }, strings.title),
      lozenge(notice, text),
      // The banner keeps one line; the full message stays available as a tooltip and to screen readers.
      el('p', { class: 'notice__sentence notice__sentence--single-line', title: message }, message),
      learnMoreButton(text, actions.onLearnMore),
      dismissButton(text, actions.onDismiss),
    );
    return;
  }

  fill(
    root,
    // In the work item the host's panel header already carries the title.
    el('div', { class: 'notice__head' }, surface === 'issue' ? null : el('h1', { class: 'notice__title' }, strings.title), lozenge(notice, text)),
    el('p', { class: 'notice__sentence' }, joinSentences(sentences)),
    el('p', { class: 'notice__sentence notice__muted' }, strings.metadata[notice.metadata]),
    notice.text ? el('p', { class: 'notice__admin-text', 'data-testid': 'notice-admin-text' }, notice.text) : null,
    el(
      'div',
      { class: 'notice__foot' },
      el('span', { class: 'notice__muted notice__small' }, strings.updatedOn(formatCalendarDate(notice.day, text))),
      learnMoreButton(text, actions.onLearnMore),
    ),
  );
}
