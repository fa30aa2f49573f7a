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

test('no module in src/ or static/src/ imports zod itself at runtime, except src/shared/zod.ts and zod-mini.ts', () => {
  const offenders = [...sources('src'), ...sources('static/src')].filter((file) => {
    if (file === path.join('src', 'shared', 'zod.ts') || file === path.join('src', 'shared', 'zod-mini.ts')) return false;
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    // Type-only imports vanish from the build; anything else would build schemas before the setting runs.
    return /import\s+(?!type\b)[^;]*from\s+['"]zod(?:\/[^'"]*)?['"]/.test(text);
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
      const { adminPayloads } = require('../../src/shared/contract') as typeof import('../../src/shared/contract');
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
