// Benchmarks for the shell: how long the browser build of the renderer takes, and how much the
// first screen has to download (the scripts index.html loads at once, gzipped, as served).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { rendererConfig } from '../../build/vite.renderer';
import { timeMs, type BenchCase } from './types';

/** The scripts and styles index.html loads before the first screen: entry script, modulepreloads, stylesheets. */
export function firstLoadAssets(html: string): string[] {
  const found = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g),
  ].map((m) => m[1] ?? '');
  return [...new Set(found.filter(Boolean))];
}

export const cases: BenchCase[] = [
  {
    id: 'build',
    issue: 2,
    async run() {
      const outDir = 'out/web';
      const ms = await timeMs(() => build({ ...rendererConfig(outDir), logLevel: 'silent' }));
      const html = await readFile(join(outDir, 'index.html'), 'utf8');
      let gzipped = 0;
      for (const asset of firstLoadAssets(html))
        gzipped += gzipSync(await readFile(join(outDir, asset.replace(/^\.?\//, '')))).length;
      return [
        { label: 'build the renderer for the browser', value: ms, unit: 'ms' },
        {
          label: 'first load: scripts and styles index.html loads at once, gzipped',
          value: gzipped / 1024,
          unit: 'kB',
          target: 400,
        },
      ];
    },
  },
];
