// Benchmarks for the desktop shell: serving the bundle over app://, and the security scan's time.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppRequestHandler } from '../../electron/protocol/app-protocol';
import { scan } from '../electronegativity';
import { median, percentile, timeMs, type BenchCase } from './types';

const REQUESTS = 200;

export const cases: BenchCase[] = [
  {
    id: 'app-protocol',
    issue: 2,
    async run() {
      const bundle = await mkdtemp(join(tmpdir(), 'bench-app-protocol-'));
      try {
        await mkdir(join(bundle, 'assets'));
        await writeFile(
          join(bundle, 'index.html'),
          '<!doctype html><title>Scrutiny Desk</title>'.padEnd(700, ' '),
        );
        await writeFile(join(bundle, 'assets', 'index.js'), 'x'.repeat(800 * 1024));
        const handle = createAppRequestHandler(bundle);
        const serve = (url: string) =>
          timeMs(async () => (await handle({ url } as Request)).arrayBuffer());
        const page: number[] = [];
        const script: number[] = [];
        for (let i = 0; i < REQUESTS; i++) {
          page.push(await serve('app://scrutiny-desk/index.html'));
          script.push(await serve('app://scrutiny-desk/assets/index.js'));
        }
        return [
          { label: 'serve index.html over app:// (median)', value: median(page), unit: 'ms' },
          {
            label: 'serve an 800 KB script over app:// (median)',
            value: median(script),
            unit: 'ms',
          },
          {
            label: 'serve an 800 KB script over app:// (p95)',
            value: percentile(script, 95),
            unit: 'ms',
            target: 50,
          },
        ];
      } finally {
        await rm(bundle, { recursive: true, force: true });
      }
    },
  },
  {
    id: 'security',
    issue: 2,
    async run() {
      const ms = await timeMs(() => scan('electron'));
      return [
        {
          label: 'electronegativity scan of electron/ (offline)',
          value: ms,
          unit: 'ms',
          target: 15_000,
        },
      ];
    },
  },
];
