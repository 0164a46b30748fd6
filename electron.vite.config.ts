// Builds main, preload and renderer for the desktop app (electron-vite).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './build/vite.renderer';

/**
 * electron-vite looks for src/renderer/index.html unless told where the page is, and bundles this
 * config so that import.meta.dirname inside build/ points here: pin root, page and outDir.
 */
function withEntry(config: ReturnType<typeof rendererConfig>): ReturnType<typeof rendererConfig> {
  const root = resolve(import.meta.dirname, 'renderer');
  const input = resolve(root, 'index.html');
  const outDir = resolve(import.meta.dirname, 'out/renderer');
  return {
    ...config,
    root,
    build: { ...config.build, outDir, rollupOptions: { ...config.build?.rollupOptions, input } },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle main's few dependencies (zod) so the installers carry no node_modules at all.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': bundle its dependencies (zod) into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: withEntry(rendererConfig('out/renderer')),
});
