/** Which space the page is about, from the view context alone (no resolver call). */
import type { SpaceProduct } from '../../../src/shared/contract';

/** The part of the Forge view context the space page reads. Not trusted for authorization: the server decides. */
export interface SpacePageContext {
  locale?: string;
  extension?: {
    type?: string;
    space?: { key?: string };
    project?: { key?: string; type?: string };
  };
}

export interface SpaceIdentity {
  product: SpaceProduct;
  key: string;
  /** Jira space type (`software`, `business`, `service_desk`); undefined for Confluence. */
  jiraSpaceType?: string;
}

export function spaceOf(context: SpacePageContext): SpaceIdentity | null {
  const extension = context.extension;
  if (extension?.type === 'jira:projectPage' && extension.project?.key) {
    return { product: 'jira', key: extension.project.key, jiraSpaceType: extension.project.type };
  }
  if (extension?.type === 'confluence:spacePage' && extension.space?.key) {
    return { product: 'confluence', key: extension.space.key };
  }
  return null;
}
