/**
 * The Rovo modules in manifest.yml: they validate with @forge/manifest, every action the agent lists
 * exists, is read-only (GET), runs a function exported by src/rovo.ts, and the read-only actions'
 * module carries neither zod nor the policy engine (it is meant for the lean page-view bundle).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { validateManifest } from '../../scripts/validate-manifest';
import { ACTION_KEYS } from '../../src/rovo/actions';

const root = resolve(__dirname, '../..');
let manifest: Record<string, any>;
let problems: string[];
beforeAll(async () => {
  const check = await validateManifest(root);
  manifest = check.manifest ?? {};
  problems = check.problems;
});

type Action = {
  key: string;
  function: string;
  actionVerb: string;
  name: string;
  description: string;
  inputs?: Record<string, { title: string; type: string; required: boolean; description: string }>;
};

test('@forge/manifest accepts the agent and the actions', () => {
  expect(problems).toEqual([]);
  expect(manifest.modules['rovo:agent']).toHaveLength(1);
});

test('the agent lists exactly the app’s actions, each read-only and run by an export of src/rovo.ts', async () => {
  const rovo = (await import('../../src/rovo')) as Record<string, unknown>;
  const [agent] = manifest.modules['rovo:agent'] as { key: string; name: string; actions: string[]; conversationStarters: string[]; prompt: string }[];
  const actions = manifest.modules.action as Action[];
  const functions = new Map((manifest.modules.function as { key: string; handler: string }[]).map((f) => [f.key, f.handler]));
  expect(agent?.name).toBe('AI data contribution');
  expect([...(agent?.actions ?? [])].sort()).toEqual(Object.values(ACTION_KEYS).sort());
  expect(actions.map((a) => a.key).sort()).toEqual(Object.values(ACTION_KEYS).sort());
  for (const a of actions) {
    expect({ key: a.key, verb: a.actionVerb }).toEqual({ key: a.key, verb: 'GET' });
    const handler = functions.get(a.function) as string;
    const [file, name] = handler.split('.');
    expect(file).toBe('rovo');
    expect(typeof rovo[name as string]).toBe('function');
    for (const [input, spec] of Object.entries(a.inputs ?? {})) {
      expect({ input, title: typeof spec.title, type: spec.type, required: spec.required, description: typeof spec.description }).toEqual({
        input,
        title: 'string',
        type: 'string',
        required: false,
        description: 'string',
      });
    }
    // The prompt names each action, so the model knows when to call it.
    expect(agent?.prompt).toContain(a.key);
  }
  // Starters for readers, space owners and admins.
  expect(agent?.conversationStarters).toEqual(
    expect.arrayContaining([
      "Is this page used to improve Atlassian's AI?",
      'What applies to this space and why?',
      'What changes if we upgrade to Enterprise?',
    ]),
  );
});

/** Every src/ file a module imports, transitively (relative imports; type-only imports are left out as they are erased). */
function runtimeImports(entry: string): string[] {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import\s+(?!type\s)[^;]*?from\s*['"]([^'"]+)['"]/gm)) {
      const spec = m[1] as string;
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const candidate = ['.ts', '/index.ts', ''].map((ext) => base + ext).find((p) => existsSync(p) && p.endsWith('.ts'));
      if (candidate) queue.push(candidate);
    }
  }
  return [...[...seen].map((f) => f.slice(root.length + 1)), ...[...packages].map((p) => `package:${p}`)];
}

test('the read-only actions carry neither zod nor the policy engine (lean page-view bundle)', () => {
  const imports = runtimeImports(join(root, 'src', 'rovo', 'actions.ts'));
  expect(imports).toContain('src/rovo/invocation.ts');
  expect(imports.filter((f) => /zod|policy\/engine|policy\/profile|storage\//.test(f))).toEqual([]);
  // The what-if action may use the admin side (its own module): the generated payload check, still no zod.
  const whatIf = runtimeImports(join(root, 'src', 'rovo', 'what-if.ts'));
  expect(whatIf).toEqual(expect.arrayContaining(['src/shared/admin-validators.ts']));
  expect(whatIf.filter((f) => /zod/.test(f))).toEqual([]);
});
