// npm run bench [-- <case id> ...]: runs every benchmark case in scripts/bench/*.bench.ts (or the
// named ones), prints a table of figures against their targets, and records them, with the machine
// and time, in bench-results/bench.json.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
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
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));

const files = (await readdir(folder)).filter((f) => f.endsWith('.bench.ts')).sort();
const cases: BenchCase[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(join(folder, file)).href)) as { cases: BenchCase[] };
  cases.push(...module.cases);
}
const chosen = wanted.length ? cases.filter((c) => wanted.includes(c.id)) : cases;
if (chosen.length === 0) {
  console.error(`error: no benchmark case matches ${wanted.join(', ')}; cases are: ${cases.map((c) => c.id).join(', ')}`);
  process.exit(2);
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`Scrutiny Desk benchmarks on ${machine}\n`);
const results: { case: string; issue: number; figures: Figure[] }[] = [];
for (const bench of chosen) {
  process.stdout.write(`running ${bench.id} (issue #${bench.issue})…\n`);
  const figures = await bench.run();
  results.push({ case: bench.id, issue: bench.issue, figures });
}

const rows = results.flatMap((r) =>
  r.figures.map((f) => [
    r.case,
    f.label,
    `${f.value.toFixed(f.unit === 'count' || f.unit === 'pages' ? 0 : 1)} ${f.unit}`,
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
