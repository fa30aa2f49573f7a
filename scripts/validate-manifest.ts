/**
 * Offline manifest validation with the real @forge/manifest validator (schema,
 * handler files, resource entries, entities, compatibility). The validator
 * needs the built UI in static/build, so a missing build is reported first.
 *
 *   npm run build && npm run validate:manifest
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validate } from '@forge/manifest';

export const UI_ENTRIES = ['admin.html', 'space.html', 'notice.html'] as const;

export interface ManifestCheck {
  ok: boolean;
  problems: string[];
  manifest: Record<string, any> | undefined;
}

export async function validateManifest(root = resolve(__dirname, '..')): Promise<ManifestCheck> {
  const missing = UI_ENTRIES.filter((entry) => !existsSync(join(root, 'static', 'build', entry)));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [`static/build is missing ${missing.join(', ')}: build the UI first with \`npm run build\` (the manifest names these files).`],
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
