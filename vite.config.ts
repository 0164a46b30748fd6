// The renderer on its own: `npm run web` serves it, `npm run build:web` builds it for the browser
// tests. electron.vite.config.ts builds the same renderer for the desktop app.
import { defineConfig } from 'vite';
import { rendererConfig } from './build/vite.renderer';

export default defineConfig(rendererConfig('out/web'));
