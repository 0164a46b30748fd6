// Benchmarks for the command line as a clerk runs it (issue 15): the built `scrutiny-desk` in a
// fresh process each time, process start included: --help, check of a 50 MB workspace, and import
// of a 41-page PDF from the corpus (when it is present). CPU time is shown beside wall time,
// because on a shared machine the wall clock also counts other people's work.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serializeWorkspace } from '../../shared/files/serialize';
import { buildCli } from '../build-cli';
import { syntheticWorkspace } from './synthetic';
import { median, type BenchCase, type Figure } from './types';

const BIN = resolve(import.meta.dirname, '../../cli/bin.mjs');
const TIME = '/usr/bin/time';
const CORPUS = [resolve(import.meta.dirname, '../../../shared/corpus'), '/work/shared/corpus'].find(
  (p) => existsSync(join(p, 'expected.csv')),
);

/** One run of the CLI: wall time, and CPU time (user + system) where /usr/bin/time can say it. */
function runCli(args: string[]): { wallMs: number; cpuMs: number | null } {
  const withTime = existsSync(TIME);
  const start = performance.now();
  const child = withTime
    ? spawnSync(TIME, ['-f', 'CPU %U %S', process.execPath, BIN, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (child.status !== 0)
    throw new Error(`scrutiny-desk ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(child.stderr);
  return { wallMs, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null };
}

function measure(label: string, args: string[], targetMs: number, runs = 5): Figure[] {
  runCli(args); // warm the disk cache once, as a clerk's second command would find it
  const results = Array.from({ length: runs }, () => runCli(args));
  const figures: Figure[] = [
    {
      label: `${label}, wall (median of ${runs})`,
      value: median(results.map((r) => r.wallMs)),
      unit: 'ms',
      target: targetMs,
    },
  ];
  const cpu = results.map((r) => r.cpuMs).filter((v): v is number => v !== null);
  if (cpu.length)
    figures.push({
      label: `${label}, CPU (median of ${runs})`,
      value: median(cpu),
      unit: 'ms',
      target: targetMs,
    });
  return figures;
}

/** The corpus PDF with the page count nearest 41, by pdfinfo when it is installed. */
async function pdfNear41(folder: string): Promise<string | null> {
  let best: { file: string; pages: number } | null = null;
  for (const name of (await readdir(folder)).filter((f) => f.endsWith('.pdf'))) {
    const info = spawnSync('pdfinfo', [join(folder, name)], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout ?? '')?.[1] ?? NaN);
    if (Number.isFinite(pages) && (!best || Math.abs(pages - 41) < Math.abs(best.pages - 41)))
      best = { file: join(folder, name), pages };
  }
  return best?.file ?? null;
}

export const cases: BenchCase[] = [
  {
    id: 'cli',
    issue: 15,
    async run() {
      await buildCli();
      const folder = await mkdtemp(join(tmpdir(), 'scrutiny-cli-bench-'));
      try {
        const figures: Figure[] = [...measure('scrutiny-desk --help', ['--help'], 300)];

        const workspace = join(folder, 'workspace.json');
        const data = syntheticWorkspace({
          reports: 200,
          findingsPerReport: 100,
          annotations: 50_000,
          seed: 15,
        });
        await writeFile(
          workspace,
          serializeWorkspace(data, 'Bench', new Date(Date.UTC(2026, 0, 1))),
        );
        const size = (await stat(workspace)).size / 1e6;
        figures.push({ label: 'size of the workspace checked', value: size, unit: 'MB' });
        figures.push(
          ...measure(
            `scrutiny-desk check (a ${size.toFixed(0)} MB workspace)`,
            ['check', workspace],
            1500,
          ),
        );

        const pdf = CORPUS ? await pdfNear41(CORPUS) : null;
        if (pdf)
          figures.push(
            ...measure(
              `scrutiny-desk import (${pdf.split('/').pop()}, end to end)`,
              ['import', pdf],
              1500,
            ),
          );
        else console.log('The corpus or pdfinfo is not here: the import figure is left out.');
        return figures;
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  },
];
