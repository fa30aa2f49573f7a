/**
 * Offline manifest validation with the real @forge/manifest validator (schema,
 * handler files, resource entries, entities, compatibility). The validator
 * needs the built UI (every resource directory with its index.html), so a
 * missing build is reported first.
 *
 *   npm run build && npm run validate:manifest
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validate } from '@forge/manifest';
import { parse } from 'yaml';

export interface ManifestCheck {
  ok: boolean;
  problems: string[];
  manifest: Record<string, any> | undefined;
}

/** Each resource's entry page as the CLI looks for it: `index.html` in the resource directory, or its `entry` files. */
export function resourceEntryPages(root: string): string[] {
  const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as { resources?: { path: string; entry?: Record<string, string> }[] };
  return (manifest.resources ?? []).flatMap((r) => (r.entry ? Object.values(r.entry).map((file) => join(r.path, file)) : [join(r.path, 'index.html')]));
}

export async function validateManifest(root = resolve(__dirname, '..')): Promise<ManifestCheck> {
  const missing = resourceEntryPages(root).filter((page) => !existsSync(join(root, page)));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [`missing ${missing.join(', ')}: build the UI first with \`npm run build\` (the manifest's resources name these pages).`],
      manifest: undefined,
    };
  }
  const result = await validate(false, join(root, 'manifest.yml'));
  const problems = (result.errors ?? []).map((e) => `${e.level ?? 'error'} line ${e.line ?? '?'}: ${e.message}${e.reference ? ` (${e.reference})` : ''}`);
  return { ok: result.success && problems.length === 0, problems, manifest: result.manifestObject?.typedContent as Record<string, any> | undefined };
}

if (require.main === module) {
  validateManifest().then(
    (check) => {
      for (const problem of check.problems) console.error(problem);
      console.log(check.ok ? 'manifest.yml is valid' : 'manifest.yml is NOT valid');
      process.exit(check.ok ? 0 : 1);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
