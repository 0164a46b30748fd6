// The one renderer build, shared by the desktop (electron-vite) and browser (vite) builds.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';

const root = resolve(import.meta.dirname, '..');

/** Writes the shared Content-Security-Policy into index.html's meta tag. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'scrutiny-desk-csp',
    transformIndexHtml: (html) => html.replace('%SCRUTINY_CSP%', CONTENT_SECURITY_POLICY),
  };
}

export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(root, outDir),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 4000,
    },
    worker: { format: 'es' },
    server: { host: '127.0.0.1', strictPort: false },
    preview: { host: '127.0.0.1' },
  };
}
