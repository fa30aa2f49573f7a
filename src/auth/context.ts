/**
 * The caller, read from the resolver context only. Forge signs that context
 * (accountId and installContext are set from the platform's own payload), so
 * it is the only place identity, module and space may come from.
 */
import { z } from '../shared/zod';
import type { Caller } from '../app/ports';

const id = z.union([z.string(), z.number()]).transform(String);
const key = z.string().min(1).max(255);

const resolverContext = z.looseObject({
  accountId: z.string().min(1).max(128).optional().nullable(),
  moduleKey: z.string().min(1).max(255),
  locale: z.string().max(20).optional().nullable(),
  /** Set by the platform from the signed invocation (`ari:cloud:jira::site/<cloudId>`). */
  // Read leniently: an odd value only means no site id, never a refused call.
  installContext: z.unknown().optional(),
  cloudId: z.unknown().optional(),
  extension: z.looseObject({
    type: z.string().regex(/^(jira|confluence):[A-Za-z]+$/),
    space: z.looseObject({ id: id.optional(), key: key.optional() }).optional().nullable(),
    project: z.looseObject({ id, key, type: z.string().optional() }).optional().nullable(),
  }),
});

/** Jira service projects belong to Jira Service Management, which has its own settings. */
export function appOfProject(projectType: string | undefined): string {
  return projectType === 'service_desk' ? 'jira-service-management' : 'jira';
}

/** Null when the context is not one a module of this app produces (fail closed). */
export function callerFromContext(context: unknown): Caller | null {
  const parsed = resolverContext.safeParse(context);
  if (!parsed.success) return null;
  const ctx = parsed.data;
  const product = ctx.extension.type.startsWith('jira:') ? 'jira' : 'confluence';
  let space: Caller['space'] = null;
  if (product === 'jira' && ctx.extension.project) {
    space = { key: ctx.extension.project.key, id: ctx.extension.project.id, app: appOfProject(ctx.extension.project.type) };
  } else if (product === 'confluence' && ctx.extension.space?.key && ctx.extension.space.id) {
    space = { key: ctx.extension.space.key, id: ctx.extension.space.id, app: 'confluence' };
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
  const fromAri = typeof installContext === 'string' && installContext.length <= 300 ? /^ari:cloud:[a-z-]+::site\/([A-Za-z0-9-]{1,128})$/.exec(installContext)?.[1] : undefined;
  if (fromAri) return fromAri;
  return typeof cloudId === 'string' && SITE_ID.test(cloudId) ? cloudId : null;
}
