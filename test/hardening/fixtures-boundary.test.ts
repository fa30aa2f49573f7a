/**
 * The shared test fixtures (fixtures/: the fake product, counting storage, seeded randomness)
 * serve the tests, bench/ and preview/ only: no Forge entry file reaches them, nor anything
 * else outside src/, through its relative imports.
 */
import { join, resolve } from 'node:path';
import { reachableSources } from '../support/source-imports';

const root = resolve(__dirname, '..', '..');
const ENTRIES = ['src/index.ts', 'src/page-view.ts', 'src/rovo.ts'];

test.each(ENTRIES)('%s imports no TypeScript outside src/ (so never fixtures/)', (entry) => {
  // Only TypeScript: generated/validators.cjs is part of the bundle on purpose.
  const files = reachableSources(resolve(root, entry), (f) => /\.tsx?$/.test(f));
  expect(files.length).toBeGreaterThan(10);
  expect(files.filter((f) => !f.startsWith(join(root, 'src') + '/'))).toEqual([]);
});
