// npm run bench [-- <case id> ...]: runs every benchmark case in scripts/bench/*.bench.ts (or the
// named ones), prints a table of figures against their targets, and records them, with the machine
// and time, in bench-results/bench.json.
import { spawn } from 'node:child_process';
import { settleDisk } from './bench/settle';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchCase, Figure } from './bench/types';

const folder = join(import.meta.dirname, 'bench');
const RESULTS = 'bench-results/bench.json';
interface StoredResult {
  case: string;
  issue: number;
  figures: Figure[];
  machine: string;
  ranAt: string;
}
// `--child <id>`: run one case in this process and hand its figures to the parent. Every case
// runs in a fresh process of its own, so no case measures the heap or caches another one left.
const childIndex = process.argv.indexOf('--child');
const childCase = childIndex >= 0 ? process.argv[childIndex + 1] : undefined;
const CHILD_RESULT = 'BENCH-FIGURES ';
const wanted = childCase ? [childCase] : process.argv.slice(2).filter((a) => !a.startsWith('-'));

const files = (await readdir(folder)).filter((f) => f.endsWith('.bench.ts')).sort();
const cases: BenchCase[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(join(folder, file)).href)) as { cases: BenchCase[] };
  cases.push(...module.cases);
}
const chosen = wanted.length ? cases.filter((c) => wanted.includes(c.id)) : cases;
if (chosen.length === 0) {
  console.error(
    `error: no benchmark case matches ${wanted.join(', ')}; cases are: ${cases.map((c) => c.id).join(', ')}`,
  );
  process.exit(2);
}

if (childCase) {
  const figures = await (chosen[0] as BenchCase).run();
  process.stdout.write(`${CHILD_RESULT}${JSON.stringify(figures)}\n`);
  process.exit(0);
}

/** Run one case in a child process; its own output passes through, its figures come back. */
function runInChild(bench: BenchCase): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, import.meta.filename, '--child', bench.id],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let figures: Figure[] | null = null;
    createInterface({ input: child.stdout }).on('line', (text) => {
      if (text.startsWith(CHILD_RESULT))
        figures = JSON.parse(text.slice(CHILD_RESULT.length)) as Figure[];
      else console.log(text);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      figures && code === 0
        ? resolve(figures)
        : reject(new Error(`benchmark case ${bench.id} failed (exit ${code})`)),
    );
  });
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`Scrutiny Desk benchmarks on ${machine}\n`);
const results: { case: string; issue: number; figures: Figure[] }[] = [];
for (const bench of chosen) {
  process.stdout.write(`running ${bench.id} (issue #${bench.issue}) in a process of its own…\n`);
  settleDisk();
  const figures = await runInChild(bench);
  results.push({ case: bench.id, issue: bench.issue, figures });
}

const rows = results.flatMap((r) =>
  r.figures.map((f) => [
    r.case,
    f.label,
    `${f.value.toFixed(f.unit === 'count' || f.unit === 'pages' ? 0 : f.unit === 'x' ? 2 : 1)} ${f.unit}`,
    f.target === undefined ? '' : `${f.target} ${f.unit}`,
    f.target === undefined ? '' : f.value <= f.target ? 'met' : 'MISSED',
  ]),
);
const header = ['case', 'measure', 'figure', 'target', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const row of rows) console.log(line(row));

// Running some cases updates just those in bench.json; the other cases' last figures stay.
const ranAt = new Date().toISOString();
const earlier = await readFile(RESULTS, 'utf8').then(
  (text) => (JSON.parse(text) as { results?: StoredResult[] }).results ?? [],
  () => [] as StoredResult[],
);
const fresh = results.map((r) => ({ ...r, machine, ranAt }));
const kept = earlier.filter((r) => !fresh.some((f) => f.case === r.case));
await mkdir('bench-results', { recursive: true });
await writeFile(RESULTS, JSON.stringify({ results: [...kept, ...fresh] }, null, 2));
console.log(`\nFigures written to ${RESULTS}`);
