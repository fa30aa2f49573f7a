/**
 * The caller, read from the resolver context only. Forge signs that context
 * (accountId and installContext are set from the platform's own payload), so
 * it is the only place identity, module and space may come from.
 *
 * The context is checked by the validator generated from ./context-schema (zod-free, so the page-view
 * function can carry it); ids are strings or numbers there and strings here.
 */
import type { Caller } from '../app/ports';
import { validators } from '../shared/validators';
import type { ResolverContextInput } from './context-schema';

/** Jira service projects belong to Jira Service Management, which has its own settings. */
export function appOfProject(projectType: string | undefined): string {
  return projectType === 'service_desk' ? 'jira-service-management' : 'jira';
}

/** Null when the context is not one a module of this app produces (fail closed). */
export function callerFromContext(context: unknown): Caller | null {
  const checked = validators.resolverContext(context);
  if (!checked.ok) return null;
  const ctx = checked.value as ResolverContextInput;
  const product = ctx.extension.type.startsWith('jira:') ? 'jira' : 'confluence';
  let space: Caller['space'] = null;
  if (product === 'jira' && ctx.extension.project) {
    space = { key: ctx.extension.project.key, id: String(ctx.extension.project.id), app: appOfProject(ctx.extension.project.type) };
  } else if (product === 'confluence' && ctx.extension.space?.key && ctx.extension.space.id !== undefined && String(ctx.extension.space.id)) {
    space = { key: ctx.extension.space.key, id: String(ctx.extension.space.id), app: 'confluence' };
  }
  return {
    accountId: ctx.accountId ?? null,
    product,
    moduleKey: ctx.moduleKey,
    moduleType: ctx.extension.type,
    space,
    locale: ctx.locale ?? null,
    siteId: siteIdOf(ctx.installContext, ctx.cloudId),
  };
}

const SITE_ID = /^[A-Za-z0-9-]{1,128}$/;

/** The site's cloud id: from the signed installContext ARI, else the context's cloudId; null when neither is usable. */
export function siteIdOf(installContext: unknown, cloudId: unknown): string | null {
  const fromAri =
    typeof installContext === 'string' && installContext.length <= 300
      ? /^ari:cloud:[a-z-]+::site\/([A-Za-z0-9-]{1,128})$/.exec(installContext)?.[1]
      : undefined;
  if (fromAri) return fromAri;
  return typeof cloudId === 'string' && SITE_ID.test(cloudId) ? cloudId : null;
}
