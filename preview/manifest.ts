/**
 * Reads the app's manifest.yml the way the host products do: which module
 * renders which resource entry, with which resolver function, title, tooltip
 * and lozenge, and whether anonymous visitors get it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

export const MODULE_TYPES = [
  'jira:adminPage',
  'confluence:globalSettings',
  'jira:projectPage',
  'confluence:spacePage',
  'confluence:contentBylineItem',
  'confluence:pageBanner',
  'jira:issueContext',
] as const;
export type ModuleType = (typeof MODULE_TYPES)[number];

export interface ModuleInfo {
  type: ModuleType;
  key: string;
  /** The manifest resource the module renders, e.g. `notice`. */
  resourceKey: string;
  /** Entry file inside the resource directory: `index.html`, or the named entry of a multi-entry resource. */
  entryFile: string;
  /** Resource directory relative to the repository root, e.g. `static/build/notice`. */
  resourcePath: string;
  functionKey: string | null;
  title: string;
  tooltip?: string;
  label?: string;
  statusLabel?: string;
  /** Who besides licensed users the host renders the module for (manifest `unlicensedAccess`). */
  unlicensedAccess: string[];
  /** Manifest `displayConditions`: the host renders the module only where they hold. */
  displayConditions?: Record<string, unknown>;
}

export interface PreviewManifest {
  modules: Partial<Record<ModuleType, ModuleInfo>>;
}

/** A manifest text: plain, or `{ i18n: key }` looked up in the translation files (Forge i18n). */
const text = z.union([z.string(), z.strictObject({ i18n: z.string() })]);

const moduleSchema = z.looseObject({
  key: z.string(),
  resource: z.string(),
  resolver: z.looseObject({ function: z.string() }).optional(),
  title: text.optional(),
  tooltip: text.optional(),
  label: text.optional(),
  status: z.looseObject({ value: z.looseObject({ label: z.string().optional() }).optional() }).optional(),
  unlicensedAccess: z.array(z.string()).optional(),
  displayConditions: z.record(z.string(), z.unknown()).optional(),
});

const manifestSchema = z.looseObject({
  translations: z
    .looseObject({
      resources: z.array(z.looseObject({ key: z.string(), path: z.string() })),
      fallback: z.looseObject({ default: z.string() }),
    })
    .optional(),
  modules: z.record(z.string(), z.unknown()),
  resources: z.array(z.looseObject({ key: z.string(), path: z.string(), entry: z.record(z.string(), z.string()).optional() })),
});

type Translations = z.infer<typeof manifestSchema>['translations'];

/** Resolves `{ i18n: key }` like the host: the viewer's locale, then the manifest's default locale. */
function translator(repoRoot: string, translations: Translations, locale: string): (value: z.infer<typeof text> | undefined) => string | undefined {
  const files = new Map<string, unknown>();
  const load = (key: string): unknown => {
    if (!files.has(key)) {
      const resource = translations?.resources.find((r) => r.key === key);
      files.set(key, resource ? JSON.parse(readFileSync(path.join(repoRoot, resource.path), 'utf8')) : undefined);
    }
    return files.get(key);
  };
  const lookup = (file: unknown, key: string): string | undefined => {
    const found = key
      .split('.')
      .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), file);
    return typeof found === 'string' ? found : undefined;
  };
  return (value) => {
    if (value === undefined || typeof value === 'string') return value;
    const found = lookup(load(locale), value.i18n) ?? (translations ? lookup(load(translations.fallback.default), value.i18n) : undefined);
    if (found === undefined) throw new Error(`manifest.yml: no translation for "${value.i18n}"`);
    return found;
  };
}

/** Throws with the offending field when the manifest exists but cannot be read. Texts come in `locale` (e.g. `de-DE`). */
export function readManifest(repoRoot: string, locale = 'en-US'): PreviewManifest {
  const file = path.join(repoRoot, 'manifest.yml');
  if (!existsSync(file)) throw new Error(`${file} not found: the preview renders the modules the manifest declares`);
  const parsed = manifestSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`manifest.yml: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { modules: rawModules, resources, translations } = parsed.data;
  const translate = translator(repoRoot, translations, locale);
  const modules: PreviewManifest['modules'] = {};
  for (const type of MODULE_TYPES) {
    const list = rawModules[type];
    if (!Array.isArray(list) || list.length === 0) continue;
    const module = moduleSchema.safeParse(list[0]);
    if (!module.success) throw new Error(`manifest.yml: modules.${type}[0]: ${module.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const [resourceKey, entryKey] = module.data.resource.split('/');
    const resource = resources.find((r) => r.key === resourceKey);
    if (!resource) throw new Error(`manifest.yml: modules.${type}[0].resource: no resource "${resourceKey}"`);
    const entryFile = entryKey ? resource.entry?.[entryKey] : 'index.html';
    if (!entryFile) throw new Error(`manifest.yml: modules.${type}[0].resource: resource "${resourceKey}" has no entry "${entryKey}"`);
    modules[type] = {
      type,
      key: module.data.key,
      resourceKey: resource.key,
      entryFile,
      resourcePath: resource.path,
      functionKey: module.data.resolver?.function ?? null,
      title: translate(module.data.title) ?? module.data.key,
      tooltip: translate(module.data.tooltip),
      label: translate(module.data.label),
      statusLabel: module.data.status?.value?.label,
      unlicensedAccess: module.data.unlicensedAccess ?? [],
      ...(module.data.displayConditions ? { displayConditions: module.data.displayConditions } : {}),
    };
  }
  return { modules };
}
