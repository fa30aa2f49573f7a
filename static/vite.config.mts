/**
 * Custom UI build: one multi-page app, one chunk per surface. Forge serves
 * `static/build` from its own CDN path, so every asset URL must be relative.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'build',
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
        // @forge/bridge in a chunk of its own: shared by every surface, and the notice budget counts it apart.
        manualChunks(id) {
          if (/\/node_modules\/(@forge\/|tslib\/)/.test(id)) return 'forge-bridge';
          return undefined;
        },
      },
      input: {
        admin: `${root}admin.html`,
        space: `${root}space.html`,
        notice: `${root}notice.html`,
      },
    },
  },
});
