/**
 * Forge serves Custom UI with a Content-Security-Policy without 'unsafe-eval'. zod must therefore be
 * configured jitless before any schema is built, which src/shared/zod.ts does for every module that takes `z`
 * from it. These tests keep every module on that path and prove the setting holds once the contract loads.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}

// zod-api.ts only names the members zod.ts configures and hands out; it builds no schema.
const ZOD_GATES = ['zod.ts', 'zod-api.ts', 'zod-mini.ts'].map((f) => path.join('src', 'shared', f));

test('no module in src/ or static/src/ imports or re-exports zod itself at runtime, except the zod gates in src/shared', () => {
  const offenders = [...sources('src'), ...sources('static/src')].filter((file) => {
    if (ZOD_GATES.includes(file)) return false;
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    // Type-only imports vanish from the build; anything else would build schemas before the setting runs.
    return /(?:import|export)\s+(?!type\b)[^;]*from\s+['"]zod(?:\/[^'"]*)?['"]/.test(text);
  });
  expect(offenders).toEqual([]);
});

test('building the contract compiles no code: zod runs jitless and never probes new Function', () => {
  const original = globalThis.Function;
  const calls: unknown[] = [];
  jest.isolateModules(() => {
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        calls.push(args);
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        calls.push(args);
        return Reflect.apply(target, self, args);
      },
    });
    try {
      const { adminPayloads } = require('../../src/shared/schemas') as typeof import('../../src/shared/schemas');
      const { z } = require('../../src/shared/zod') as typeof import('../../src/shared/zod');
      for (const schema of Object.values(adminPayloads)) schema.safeParse({});
      expect(calls).toEqual([]);
      expect(z.config().jitless).toBe(true);
    } finally {
      globalThis.Function = original;
    }
  });
  expect(calls).toEqual([]);
});
