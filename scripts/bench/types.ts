// What a benchmark case is: a named measurement that returns figures, with the target it is held to.
export interface Figure {
  /** What was measured, in words: "restore 50,000 annotations from file". */
  label: string;
  value: number;
  /** 'x' is a ratio: our time over another tool's for the same work. */
  unit: 'ms' | 's' | 'kB' | 'MB' | 'count' | 'pages' | 'x';
  /** The target from the issue, in the same unit, where there is one (lower is better). */
  target?: number;
}

export interface BenchCase {
  /** Short id used to pick cases on the command line: `npm run bench -- store`. */
  id: string;
  issue: number;
  run(): Promise<Figure[]>;
}

/** Median of a list of timings. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Time one async call in milliseconds. */
export async function timeMs(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}
