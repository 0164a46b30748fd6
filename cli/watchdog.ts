// The import runs where it can be stopped: a worker thread with its own heap limit, watched by a
// timer. Every reader and stage is bounded on its own (shared/import/limits.ts); this is the last
// resort, so no file, however made, holds the command for more than 30 s or 1.5 GB. Running from
// the TypeScript source (tests, `node --import tsx`) there is no built worker and the import runs
// in-process.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../shared/errors';
import type { ImportInput } from '../shared/import/import-report';
import type { ImportResult } from '../shared/import/result';
import type { ThemeRule } from '../shared/model';

export const WATCHDOG = {
  /** SCRUTINY_DESK_IMPORT_SECONDS shortens it (the hostile-file tests use 1 s). */
  seconds:
    Number(process.env.SCRUTINY_DESK_IMPORT_SECONDS) > 0
      ? Number(process.env.SCRUTINY_DESK_IMPORT_SECONDS)
      : 30,
  heapMb: 1_536,
};

/** The built worker beside the built command (out/cli/import-worker.mjs), if there is one. */
export function builtWorker(from: string = import.meta.url): URL | null {
  if (!from.endsWith('.mjs')) return null;
  for (const relative of ['./import-worker.mjs', '../import-worker.mjs']) {
    const url = new URL(relative, from);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/** A worker's one answer (cli/import-worker.ts). */
interface Answer {
  result?: ImportResult;
  refused?: { message: string; code: string };
  bug?: string;
}

/** What the worker is asked to read. */
export interface ImportJob {
  name: string;
  bytes: Uint8Array;
  now: string;
  themeRules: readonly ThemeRule[];
}

/** Watches `thread` until its one answer: stopped `limits.seconds` after `startClock`, or past
 * `limits.heapMb` of heap; every way out ends the thread. */
function watch(
  thread: Worker,
  name: () => string,
  limits: { seconds: number; heapMb: number },
): { answer: Promise<ImportResult>; startClock: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settled = false;
  let resolveAnswer: (result: ImportResult) => void = () => undefined;
  let rejectAnswer: (error: Error) => void = () => undefined;
  const answer = new Promise<ImportResult>((resolve, reject) => {
    resolveAnswer = resolve;
    rejectAnswer = reject;
  });
  // The answer of a thread stopped before it was asked anything is nobody's concern.
  answer.catch(() => undefined);
  const settle = (action: () => void) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    void thread.terminate();
    action();
  };
  thread.once('message', (message: Answer) =>
    settle(() => {
      if (message.result) resolveAnswer(message.result);
      else if (message.refused)
        rejectAnswer(new InputError(message.refused.message, message.refused.code));
      else rejectAnswer(new Error(message.bug ?? 'the import stopped without a result'));
    }),
  );
  thread.once('error', (error: Error & { code?: string }) =>
    settle(() =>
      rejectAnswer(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new InputError(
              `reading "${name()}" needed more than ${(limits.heapMb / 1024).toFixed(1)} GB of memory, which no report does, so it was stopped; import the report's Word, text or PDF version instead.`,
              'import-memory',
            )
          : error,
      ),
    ),
  );
  thread.once('exit', (code) =>
    settle(() => rejectAnswer(new Error(`the import stopped early (exit ${code})`))),
  );
  const startClock = () => {
    if (settled || timer !== undefined) return;
    timer = setTimeout(
      () =>
        settle(() =>
          rejectAnswer(
            new InputError(
              `reading "${name()}" took longer than ${limits.seconds} s, which no report does, so it was stopped; import the report's Word, text or PDF version instead.`,
              'import-timeout',
            ),
          ),
        ),
      limits.seconds * 1000,
    );
  };
  return { answer, startClock, stop: () => settle(() => undefined) };
}

function newThread(worker: URL, workerData: unknown, heapMb: number): Worker {
  return new Worker(worker, {
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
    stdout: true,
    stderr: true,
  });
}

/** Runs the import in `worker`, stopped after `limits.seconds` or past `limits.heapMb` of heap. */
export function importInWorker(
  worker: URL,
  input: ImportInput,
  now: Date,
  themeRules: readonly ThemeRule[],
  limits: { seconds: number; heapMb: number } = WATCHDOG,
): Promise<ImportResult> {
  const job: ImportJob = {
    name: input.name,
    bytes: input.bytes,
    now: now.toISOString(),
    themeRules,
  };
  const watched = watch(newThread(worker, job, limits.heapMb), () => input.name, limits);
  watched.startClock();
  return watched.answer;
}

/** An import worker started before its file is read, so that it loads the importer (and pdf.js,
 * with `preloadPdf`) while the command reads the file and the workspace. `run` gives it the job
 * (the bytes are moved, not copied) and starts the clock; `stop` ends it unused. The memory limit
 * holds from the start. */
export interface EarlyImport {
  run(input: ImportInput, now: Date, themeRules: readonly ThemeRule[]): Promise<ImportResult>;
  stop(): void;
}

export function startImportWorker(
  worker: URL,
  preloadPdf: boolean,
  limits: { seconds: number; heapMb: number } = WATCHDOG,
): EarlyImport {
  const thread = newThread(worker, { awaitJob: true, preloadPdf }, limits.heapMb);
  let name = '';
  const watched = watch(thread, () => name, limits);
  return {
    run(input, now, themeRules) {
      name = input.name;
      const job: ImportJob = {
        name: input.name,
        bytes: input.bytes,
        now: now.toISOString(),
        themeRules,
      };
      const own =
        input.bytes.byteOffset === 0 && input.bytes.byteLength === input.bytes.buffer.byteLength;
      thread.postMessage(
        job,
        own && input.bytes.buffer instanceof ArrayBuffer ? [input.bytes.buffer] : [],
      );
      watched.startClock();
      return watched.answer;
    },
    stop: watched.stop,
  };
}
