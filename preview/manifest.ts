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
  /** Entry file inside the built resource directory, e.g. `notice.html`. */
  entryFile: string;
  /** Resource directory relative to the repository root, e.g. `static/build`. */
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

const moduleSchema = z.looseObject({
  key: z.string(),
  resource: z.string(),
  resolver: z.looseObject({ function: z.string() }).optional(),
  title: z.string().optional(),
  tooltip: z.string().optional(),
  label: z.string().optional(),
  status: z.looseObject({ value: z.looseObject({ label: z.string().optional() }).optional() }).optional(),
  unlicensedAccess: z.array(z.string()).optional(),
  displayConditions: z.record(z.string(), z.unknown()).optional(),
});

const manifestSchema = z.looseObject({
  modules: z.record(z.string(), z.unknown()),
  resources: z.array(z.looseObject({ key: z.string(), path: z.string(), entry: z.record(z.string(), z.string()).optional() })),
});

/** Throws with the offending field when the manifest exists but cannot be read. */
export function readManifest(repoRoot: string): PreviewManifest {
  const file = path.join(repoRoot, 'manifest.yml');
  if (!existsSync(file)) throw new Error(`${file} not found: the preview renders the modules the manifest declares`);
  const parsed = manifestSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`manifest.yml: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { modules: rawModules, resources } = parsed.data;
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
      entryFile,
      resourcePath: resource.path,
      functionKey: module.data.resolver?.function ?? null,
      title: module.data.title ?? module.data.key,
      tooltip: module.data.tooltip,
      label: module.data.label,
      statusLabel: module.data.status?.value?.label,
      unlicensedAccess: module.data.unlicensedAccess ?? [],
      ...(module.data.displayConditions ? { displayConditions: module.data.displayConditions } : {}),
    };
  }
  return { modules };
}
