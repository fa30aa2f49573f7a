/**
 * What a module iframe is: which module, who looks at it, in which theme and
 * locale, inside which page view. The host page encodes it into the iframe URL;
 * the preview server decodes it to build the Forge context, the way the real
 * host signs the context it hands to the app and its resolvers.
 */
import { z } from 'zod';
import { MODULE_TYPES, type ModuleInfo, type ModuleType } from './manifest';
import { findSpace, identity, parseIdentity, type IdentityId } from './world';
import { INTL_TAG, LOCALES as SHIPPED_LOCALES, type Locale } from '../static/src/lib/locale';

export const THEMES = ['light', 'dark'] as const;
/** The language switcher's choices (the app's shipped locales) and the Forge locale the host reports for each. */
export const LOCALES = INTL_TAG;
export type LocaleChoice = Locale;
export const LOCALE_CHOICES = SHIPPED_LOCALES;
/** Each language in its own words, for the switcher. */
export const LOCALE_NAMES: Record<LocaleChoice, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
  'pt-BR': 'Português (Brasil)',
  pl: 'Polski',
  ja: '日本語',
  ko: '한국어',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
};

export const frameSchema = z.strictObject({
  frameId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  pageViewId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  surface: z.string().regex(/^[a-z-]{1,40}$/),
  moduleType: z.enum(MODULE_TYPES),
  identity: z.string().refine((s) => parseIdentity(s) !== null, 'is not a preview identity'),
  theme: z.enum(THEMES),
  locale: z.enum(LOCALE_CHOICES),
  spaceKey: z.string().max(20).optional(),
  contentId: z.string().max(20).optional(),
  issueKey: z.string().max(30).optional(),
});
export type FrameConfig = z.infer<typeof frameSchema>;

export function encodeFrame(frame: FrameConfig): string {
  return Buffer.from(JSON.stringify(frame), 'utf8').toString('base64url');
}

export function decodeFrame(token: string): FrameConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw new Error('frame token is not valid');
  }
  const parsed = frameSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`frame token: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export const CLOUD_ID = 'a1b2c3d4-0000-4000-8000-00000000c10d';

/** The module's extension data, as documented per module type (https://developer.atlassian.com/platform/forge/manifest-reference/modules/). */
export function extensionOf(frame: FrameConfig, siteUrl: string): Record<string, unknown> {
  const type: ModuleType = frame.moduleType;
  const location = `${siteUrl}/host/${frame.surface}`;
  switch (type) {
    case 'jira:adminPage':
    case 'confluence:globalSettings':
      return { type, location };
    case 'jira:projectPage': {
      const project = findSpace('jira', frame.spaceKey ?? '');
      return { type, location, project: project ? { id: project.id, key: project.key, type: project.projectType } : undefined };
    }
    case 'confluence:spacePage': {
      const space = findSpace('confluence', frame.spaceKey ?? '');
      return { type, location, space: space ? { id: space.id, key: space.key } : undefined };
    }
    case 'confluence:contentBylineItem':
    case 'confluence:pageBanner': {
      const space = findSpace('confluence', frame.spaceKey ?? '');
      return {
        type,
        location,
        content: { id: frame.contentId ?? '0', type: 'page', subtype: null },
        space: space ? { id: space.id, key: space.key } : undefined,
      };
    }
    case 'jira:issueContext': {
      const project = findSpace('jira', frame.spaceKey ?? '');
      return {
        type,
        location,
        issue: { id: '10442', key: frame.issueKey ?? `${project?.key ?? 'ENG'}-142`, type: 'Task', typeId: '10001' },
        project: project ? { id: project.id, key: project.key, type: project.projectType } : undefined,
      };
    }
  }
}

/** The browser-side view context (`view.getContext()`). */
export function viewContext(frame: FrameConfig, module: ModuleInfo, siteUrl: string): Record<string, unknown> {
  const who = identity(frame.identity as IdentityId);
  return {
    ...(who.accountId ? { accountId: who.accountId } : {}),
    cloudId: CLOUD_ID,
    environmentId: 'preview-environment',
    environmentType: 'DEVELOPMENT',
    localId: `${module.key}-${frame.frameId}`,
    locale: LOCALES[frame.locale],
    moduleKey: module.key,
    siteUrl,
    timezone: 'UTC',
    theme: { colorMode: frame.theme },
    extension: extensionOf(frame, siteUrl),
  };
}

export function installContextOf(frame: FrameConfig): string {
  const product = frame.moduleType.startsWith('jira:') ? 'jira' : 'confluence';
  return `ari:cloud:${product}::site/${CLOUD_ID}`;
}
