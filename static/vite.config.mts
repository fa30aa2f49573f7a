/**
 * Custom UI build: one Forge resource per surface. Each surface is built on its own into
 * static/build/<surface>/, a directory with its own index.html and assets, because the Forge CLI injects its
 * bridge script only into a resource's index.html and a resource cannot load files outside its directory.
 * Forge serves every resource from its own CDN path, so every asset URL is relative.
 *
 *   npm run build                                          every surface (scripts/build-ui.ts), then packaging
 *   SURFACE=notice vite build --config static/vite.config.mts   one surface
 */
import { defineConfig, type UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export const SURFACES = ['admin', 'space', 'notice'] as const;
export type Surface = (typeof SURFACES)[number];

const staticDir = fileURLToPath(new URL('.', import.meta.url));

export function surfaceConfig(surface: Surface): UserConfig {
  return {
    root: `${staticDir}${surface}`,
    base: './',
    publicDir: false,
    // The React 17+ JSX transform (the repository's tsconfig.json is the Forge functions' and sets no jsx).
    esbuild: { jsx: 'automatic' },
    logLevel: 'warn',
    build: {
      outDir: `${staticDir}build/${surface}`,
      emptyOutDir: true,
      target: 'es2020',
      sourcemap: false,
      // Inline nothing: Forge's CSP blocks data: scripts and we want stable, cacheable files.
      assetsInlineLimit: 0,
      reportCompressedSize: false,
      // Every browser Forge supports has native modulepreload; the polyfill would be one more request.
      modulePreload: { polyfill: false },
      rollupOptions: {
        onwarn(warning, warn) {
          // zod ships comments Rollup cannot place; harmless, and not ours to fix.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
          warn(warning);
        },
        output: {
          // @forge/bridge in a chunk of its own: the notice budget counts it apart from our code.
          manualChunks(id) {
            if (/\/node_modules\/(@forge\/|tslib\/)/.test(id)) return 'forge-bridge';
            return undefined;
          },
        },
      },
    },
  };
}

export default defineConfig(() => {
  const surface = (process.env.SURFACE ?? 'admin') as Surface;
  if (!SURFACES.includes(surface)) throw new Error(`SURFACE must be one of ${SURFACES.join(', ')}`);
  return surfaceConfig(surface);
});
