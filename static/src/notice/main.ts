/**
 * The notice: confluence:contentBylineItem (popup), confluence:pageBanner and
 * jira:issueContext. Surface and locale come from the view context (free); the reader's catalogue is a lazy
 * chunk fetched alongside the status, which costs exactly one resolver call, and none when the banner was dismissed.
 */
import { makeInvoke, router, view } from '@forge/bridge';
import type { PublicDefs } from '../../../src/shared/contract';
import { readNoticeAnswer } from './document';
import { renderFailure, renderLoading, renderNothingPublished, renderNotice, type NoticeActions } from './render';
import { loadNoticeText, type NoticeText } from './strings';
import { bannerDismissalKey, learnMoreTarget, readDismissed, surfaceOf, writeDismissed, type NoticeContext } from './surface';
import './notice.css';

const invoke = makeInvoke<PublicDefs>();

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

async function closeView(root: HTMLElement): Promise<void> {
  root.hidden = true;
  try {
    await view.close();
  } catch (error) {
    // A host that cannot close the view still gets an empty, hidden notice.
    console.warn('notice view could not be closed', error);
  }
}

/** The page's language is the catalogue's: English when the reader's chunk could not load. */
function adoptText(text: NoticeText): NoticeText {
  document.documentElement.lang = text.locale;
  return text;
}

async function start(root: HTMLElement): Promise<void> {
  const themeEnabled = view.theme.enable().catch((error: unknown) => console.warn('theme could not be enabled', error));
  const context = (await view.getContext()) as NoticeContext;
  const textLoad = loadNoticeText(context.locale);

  const surface = surfaceOf(context);
  if (!surface) {
    console.error(`notice: unsupported module type ${String(context.extension?.type)}`);
    renderFailure(root, 'byline', adoptText(await textLoad), {});
    return;
  }

  const storage = browserStorage();
  const dismissalKey = bannerDismissalKey(context);
  if (surface === 'banner' && readDismissed(storage, dismissalKey)) {
    await closeView(root);
    return;
  }

  if (surface === 'byline') {
    // Escape pressed inside the popup's frame never reaches the host page: close the view so the host closes its
    // popup and puts focus back on the byline item.
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') void closeView(root);
    });
  }

  const target = learnMoreTarget(surface, context);
  const actions: NoticeActions = {
    onLearnMore: target ? () => void router.navigate(target) : undefined,
  };
  // The status call and the catalogue chunk load at the same time.
  const answerLoad = invoke('getNotice', {}).catch((error: unknown) => {
    console.error('notice: getNotice failed', error);
    return undefined;
  });
  const text = adoptText(await textLoad);
  renderLoading(root, surface, text);
  await themeEnabled;

  const answer: unknown = await answerLoad;
  const result = readNoticeAnswer(answer);
  if (surface === 'banner') {
    actions.onDismiss = () => {
      writeDismissed(storage, dismissalKey, result.ok ? result.notice.day : new Date().toISOString().slice(0, 10));
      void closeView(root);
    };
  }
  if (!result.ok) {
    console.error(`notice: ${result.reason}`);
    renderFailure(root, surface, text, actions);
    return;
  }
  if (!result.notice.show) {
    if (surface === 'banner') await closeView(root);
    else renderNothingPublished(root, surface, text, actions);
    return;
  }
  renderNotice(root, surface, result.notice, text, actions);
}

const root = document.getElementById('notice');
if (root) void start(root);
