/**
 * Function bundles as `forge deploy` builds them (@forge/bundler, through the deploy rehearsal's bundleFunctions):
 * each bundle's size and its cold load, against the floor, a bundle of just @forge/resolver + @forge/kvs +
 * @forge/api that reads one key and checks one permission (bench/fixtures/floor-app). Cold load is measured as
 * a reader's cold start pays it: a fresh `node` process `require`s the bundle, with the Forge runtime's globals
 * stubbed as test/runtime/forge-runtime.ts installs them. Median of several processes, all bundles interleaved
 * in one run so machine load hits them alike.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { bundleFunctions, type FunctionBundle } from '../scripts/rehearsal/bundle';

const ROOT = path.resolve(__dirname, '..');
const FLOOR_APP = path.join(ROOT, 'bench', 'fixtures', 'floor-app');
const OUT = path.join(ROOT, '.forge-rehearsal', 'bench');

export const COLD_LOAD_RUNS = 15;

export interface BundleMeasure {
  name: string;
  bytes: number;
  /** Median time to `require` the bundle in a fresh process, ms. */
  coldLoadMs: number;
  runs: number[];
}

async function bundleIn(appDir: string, outDir: string): Promise<FunctionBundle[]> {
  const home = process.cwd();
  process.chdir(appDir);
  try {
    const result = await bundleFunctions(outDir);
    if (!result.ok) throw new Error(`bundling ${path.relative(ROOT, appDir) || 'the app'} failed: ${[...result.errors, ...result.warnings].join('; ')}`);
    return result.bundles;
  } finally {
    process.chdir(home);
  }
}

// The child: the runtime's globals as the SDKs look for them at load time, then the timed require.
const CHILD = `
const { performance } = require('node:perf_hooks');
globalThis.__forge_fetch__ = async () => { throw new Error('no requests while loading'); };
globalThis.__forge_runtime__ = { proxy: { token: 't', url: 'http://localhost' }, appContext: {}, aaid: undefined };
globalThis.__forge_undici_error__ = class extends Error {};
const start = performance.now();
require(process.argv[1]);
process.stdout.write(String(performance.now() - start));
`;

function coldLoadOnce(file: string): number {
  return Number(execFileSync(process.execPath, ['-e', CHILD, file], { encoding: 'utf8' }));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Bundles the floor and the app, then times their cold loads, interleaved. */
export async function measureBundles(runs = COLD_LOAD_RUNS): Promise<{ floor: BundleMeasure; app: BundleMeasure[] }> {
  const [floor] = await bundleIn(FLOOR_APP, path.join(OUT, 'floor'));
  const app = await bundleIn(ROOT, path.join(OUT, 'functions'));
  if (!floor) throw new Error('the floor app produced no bundle');
  const all = [{ name: 'floor', ...floor }, ...app.map((b) => ({ name: b.module, ...b }))];
  const times = new Map<string, number[]>(all.map((b) => [b.name, []]));
  for (const b of all) coldLoadOnce(b.file); // warm the file cache: every measured run reads from memory
  for (let i = 0; i < runs; i++) for (const b of all) times.get(b.name)!.push(coldLoadOnce(b.file));
  const measured = all.map((b): BundleMeasure => ({ name: b.name, bytes: b.bytes, coldLoadMs: median(times.get(b.name)!), runs: times.get(b.name)! }));
  return { floor: measured[0]!, app: measured.slice(1) };
}

if (require.main === module) {
  measureBundles().then(
    (r) => console.log(JSON.stringify(r, null, 1)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
