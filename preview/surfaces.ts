/** The host pages the preview imitates, and the view settings every page carries in its URL. */
import { z } from 'zod';
import type { ModuleType } from './manifest';
import { LOCALE_CHOICES, THEMES } from './frames';
import { parseIdentity, spacesOf, type IdentityId } from './world';

export interface SurfaceDef {
  id: string;
  product: 'jira' | 'confluence';
  title: string;
  description: string;
  modules: ModuleType[];
}

export const SURFACES: readonly SurfaceDef[] = [
  { id: 'jira-admin', product: 'jira', title: 'Jira admin page', description: 'Jira settings › Apps › the app (jira:adminPage)', modules: ['jira:adminPage'] },
  {
    id: 'confluence-admin',
    product: 'confluence',
    title: 'Confluence global settings',
    description: 'Confluence settings › the app (confluence:globalSettings)',
    modules: ['confluence:globalSettings'],
  },
  {
    id: 'jira-space',
    product: 'jira',
    title: 'Jira space page',
    description: 'A Jira space, app page in its sidebar (jira:projectPage)',
    modules: ['jira:projectPage'],
  },
  {
    id: 'confluence-space',
    product: 'confluence',
    title: 'Confluence space page',
    description: 'A Confluence space, app page in its sidebar (confluence:spacePage)',
    modules: ['confluence:spacePage'],
  },
  {
    id: 'confluence-page',
    product: 'confluence',
    title: 'Confluence page',
    description:
      'Byline item from the manifest; the notice loads only on click (confluence:contentBylineItem); page banner (confluence:pageBanner) where its display condition holds',
    modules: ['confluence:contentBylineItem', 'confluence:pageBanner'],
  },
  {
    id: 'jira-work-item',
    product: 'jira',
    title: 'Jira work item',
    description: 'Work item view with the context panel and its static lozenge (jira:issueContext)',
    modules: ['jira:issueContext'],
  },
];

export function surfaceById(id: string): SurfaceDef | undefined {
  return SURFACES.find((s) => s.id === id);
}

const spaceKeys = (product: 'jira' | 'confluence') => spacesOf(product).map((s) => s.key);

export const viewSettingsSchema = z.object({
  identity: z
    .string()
    .default('org-admin')
    .refine((s) => parseIdentity(s) !== null, 'is not a preview identity'),
  theme: z.enum(THEMES).default('light'),
  locale: z.enum(LOCALE_CHOICES).default('en'),
  space: z
    .string()
    .default('ENG')
    .refine((k) => spaceKeys('confluence').includes(k), 'is not a Confluence space of the preview site'),
  project: z
    .string()
    .default('ENG')
    .refine((k) => spaceKeys('jira').includes(k), 'is not a Jira space of the preview site'),
});
export type ViewSettings = z.infer<typeof viewSettingsSchema> & { identity: IdentityId };

export function readViewSettings(params: URLSearchParams): ViewSettings {
  const parsed = viewSettingsSchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data as ViewSettings;
}

export function settingsQuery(settings: ViewSettings, overrides: Partial<ViewSettings> = {}): string {
  const merged = { ...settings, ...overrides };
  return new URLSearchParams({
    identity: merged.identity,
    theme: merged.theme,
    locale: merged.locale,
    space: merged.space,
    project: merged.project,
  }).toString();
}
