// Builds main, preload and renderer for the desktop app (electron-vite).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './build/vite.renderer';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig('out/renderer'),
});
