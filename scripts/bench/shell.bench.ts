// Benchmarks for the shell: how long the browser build of the renderer takes.
import { build } from 'vite';
import { rendererConfig } from '../../build/vite.renderer';
import { timeMs, type BenchCase } from './types';

export const cases: BenchCase[] = [
  {
    id: 'build',
    issue: 2,
    async run() {
      const ms = await timeMs(() => build({ ...rendererConfig('out/web'), logLevel: 'silent' }));
      return [{ label: 'build the renderer for the browser', value: ms, unit: 'ms' }];
    },
  },
];
