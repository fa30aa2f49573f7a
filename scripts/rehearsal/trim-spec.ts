/**
 * Trims one of Atlassian's published OpenAPI specifications to what `forge lint`'s scope check reads: every
 * path and method with its `security` and `x-atlassian-oauth2-scopes`, nothing else (no schemas or prose).
 * The trimmed copies in test/fixtures/rest-specs/ keep the rehearsal offline; see its README for the sources.
 *
 *   npx tsx scripts/rehearsal/trim-spec.ts <downloaded-spec.json> <out.json> <source-url>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const specSchema = z.looseObject({
  info: z.looseObject({ title: z.string().optional(), version: z.string().optional() }).optional(),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});

export function trimSpec(spec: unknown, source: string): object {
  const parsed = specSchema.parse(spec);
  const paths: Record<string, Record<string, object>> = {};
  for (const [path, item] of Object.entries(parsed.paths)) {
    const methods: Record<string, object> = {};
    for (const method of METHODS) {
      const operation = item[method] as Record<string, unknown> | undefined;
      if (!operation) continue;
      methods[method] = {
        ...(operation.security !== undefined ? { security: operation.security } : {}),
        ...(operation['x-atlassian-oauth2-scopes'] !== undefined ? { 'x-atlassian-oauth2-scopes': operation['x-atlassian-oauth2-scopes'] } : {}),
      };
    }
    paths[path] = methods;
  }
  return { info: { title: parsed.info?.title, version: parsed.info?.version, 'x-trimmed-from': source }, paths };
}

if (require.main === module) {
  const [input, output, source] = process.argv.slice(2);
  if (!input || !output || !source) {
    console.error('usage: trim-spec.ts <spec.json> <out.json> <source-url>');
    process.exit(2);
  }
  writeFileSync(output, `${JSON.stringify(trimSpec(JSON.parse(readFileSync(input, 'utf8')), source))}\n`);
}
