// Counts the work text stages do, as operations rather than time: every regular-expression call
// adds the number of characters it was handed (from lastIndex on, for a global or sticky search).
// A stage that re-reads the text it is building (the old line joining tested the growing paragraph
// once per line) shows up as work growing with the square of the input; a linear stage stays a
// fixed multiple of it. Calls made inside another counted call are not counted twice.
//
// What this does not see: backtracking inside one call. Those patterns are kept linear by
// construction (bounded repeats, classes that stop at the next bracket or line end) and by the
// bounded lengths normalisation hands on (LIMITS.maxParagraphChars).

type Counted = (this: RegExp, ...args: unknown[]) => unknown;

const SYMBOLS = [
  Symbol.replace,
  Symbol.match,
  Symbol.matchAll,
  Symbol.split,
  Symbol.search,
] as const;

export interface Meter {
  /** Characters handed to regular expressions since the meter started. */
  readonly work: number;
  stop(): void;
}

export function startMeter(): Meter {
  const proto = RegExp.prototype as unknown as Record<PropertyKey, Counted>;
  const originals = new Map<PropertyKey, Counted>();
  let work = 0;
  let depth = 0;
  const wrap = (key: PropertyKey) => {
    const original = proto[key];
    if (!original) return;
    originals.set(key, original);
    proto[key] = function (this: RegExp, ...args: unknown[]) {
      if (depth === 0) {
        const subject = String(args[0] ?? '');
        const from =
          (key === 'exec' || key === 'test') && (this.global || this.sticky) ? this.lastIndex : 0;
        work += Math.max(0, subject.length - from);
      }
      depth += 1;
      try {
        return original.apply(this, args);
      } finally {
        depth -= 1;
      }
    };
  };
  for (const key of ['exec', 'test', ...SYMBOLS]) wrap(key);
  return {
    get work() {
      return work;
    },
    stop() {
      for (const [key, original] of originals) proto[key] = original;
    },
  };
}

/** The work `run` does, with the meter always removed afterwards. */
export async function measure<T>(
  run: () => T | Promise<T>,
): Promise<{ work: number; result: T | undefined; error: unknown }> {
  const meter = startMeter();
  try {
    const result = await run();
    return { work: meter.work, result, error: undefined };
  } catch (error) {
    return { work: meter.work, result: undefined, error };
  } finally {
    meter.stop();
  }
}
