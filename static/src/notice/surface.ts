/** Which host surface the notice runs in, and where "learn more" leads, from the view context alone. */
import { MODULE_KEYS } from '../lib/modules';

export type NoticeSurface = 'byline' | 'banner' | 'issue';

/** The part of the Forge view context the notice reads. */
export interface NoticeContext {
  accountId?: string;
  locale?: string;
  moduleKey?: string;
  extension?: {
    type?: string;
    space?: { key?: string };
    project?: { key?: string };
  };
}

const SURFACE_BY_MODULE_TYPE: Record<string, NoticeSurface> = {
  'confluence:contentBylineItem': 'byline',
  'confluence:pageBanner': 'banner',
  'jira:issueContext': 'issue',
};

export function surfaceOf(context: NoticeContext): NoticeSurface | null {
  const type = context.extension?.type;
  return (type && SURFACE_BY_MODULE_TYPE[type]) || null;
}

export interface LearnMoreTarget {
  target: 'module';
  moduleKey: string;
  spaceKey?: string;
  projectKey?: string;
}

/** The space page (Confluence) or project page (Jira) of the space the notice is shown in. */
export function learnMoreTarget(surface: NoticeSurface, context: NoticeContext): LearnMoreTarget | null {
  if (surface === 'issue') {
    const projectKey = context.extension?.project?.key;
    return projectKey ? { target: 'module', moduleKey: MODULE_KEYS.jiraProjectPage, projectKey } : null;
  }
  const spaceKey = context.extension?.space?.key;
  return spaceKey ? { target: 'module', moduleKey: MODULE_KEYS.confluenceSpacePage, spaceKey } : null;
}

/** Per-user key: someone else signing in on the same browser still sees the banner. */
export function bannerDismissalKey(context: NoticeContext): string {
  return `contribution-lens:banner-dismissed:v1:${context.accountId ?? 'anonymous'}`;
}

/** localStorage can be missing or throw (privacy modes, partitioned iframes): dismissal then lasts for the page only. */
export function readDismissed(storage: Pick<Storage, 'getItem'> | undefined, key: string): boolean {
  try {
    return (storage?.getItem(key) ?? null) !== null;
  } catch {
    return false;
  }
}

export function writeDismissed(storage: Pick<Storage, 'setItem'> | undefined, key: string, day: string): void {
  try {
    storage?.setItem(key, day);
  } catch {
    // Nothing to do: the banner closes for this page view anyway.
  }
}
