/**
 * The shared test fixtures (fixtures/: the fake product, counting storage, seeded randomness)
 * serve the tests, bench/ and preview/ only: no Forge entry file reaches them, nor anything
 * else outside src/, through its relative imports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const ENTRIES = ['src/index.ts', 'src/page-view.ts', 'src/rovo.ts'];

function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [resolve(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
      const base = resolve(dirname(file), (m[1] ?? m[2]) as string);
      const found = ['.ts', '.tsx', '/index.ts', ''].map((ext) => base + ext).find((p) => existsSync(p) && /\.tsx?$/.test(p));
      if (found) queue.push(found);
    }
  }
  return [...seen];
}

test.each(ENTRIES)('%s imports no TypeScript outside src/ (so never fixtures/)', (entry) => {
  const files = reachable(entry);
  expect(files.length).toBeGreaterThan(10);
  expect(files.filter((f) => !f.startsWith(join(root, 'src') + '/'))).toEqual([]);
});
