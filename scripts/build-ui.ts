/**
 * Builds the Custom UI: each surface of static/vite.config.mts into static/build/<surface>/, its Forge
 * resource directory. `npm run build` runs this, then packages the resources as `forge deploy` does.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/** Keep in step with SURFACES in static/vite.config.mts (which refuses any other). */
export const SURFACES = ['admin', 'space', 'notice'] as const;

async function main(): Promise<void> {
  const configFile = path.resolve(__dirname, '..', 'static', 'vite.config.mts');
  rmSync(path.resolve(__dirname, '..', 'static', 'build'), { recursive: true, force: true });
  for (const surface of SURFACES) {
    process.env.SURFACE = surface;
    await build({ configFile });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
