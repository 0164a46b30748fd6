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

/** Runs the import in `worker`, stopped after `limits.seconds` or past `limits.heapMb` of heap. */
export function importInWorker(
  worker: URL,
  input: ImportInput,
  now: Date,
  themeRules: readonly ThemeRule[],
  limits: { seconds: number; heapMb: number } = WATCHDOG,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(worker, {
      workerData: { name: input.name, bytes: input.bytes, now: now.toISOString(), themeRules },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void thread.terminate();
      action();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new InputError(
              `reading "${input.name}" took longer than ${limits.seconds} s, which no report does, so it was stopped; import the report's Word, text or PDF version instead.`,
              'import-timeout',
            ),
          ),
        ),
      limits.seconds * 1000,
    );
    thread.once(
      'message',
      (message: {
        result?: ImportResult;
        refused?: { message: string; code: string };
        bug?: string;
      }) =>
        finish(() => {
          if (message.result) resolve(message.result);
          else if (message.refused)
            reject(new InputError(message.refused.message, message.refused.code));
          else reject(new Error(message.bug ?? 'the import stopped without a result'));
        }),
    );
    thread.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new InputError(
                `reading "${input.name}" needed more than ${(limits.heapMb / 1024).toFixed(1)} GB of memory, which no report does, so it was stopped; import the report's Word, text or PDF version instead.`,
                'import-memory',
              )
            : error,
        ),
      ),
    );
    thread.once('exit', (code) =>
      finish(() => reject(new Error(`the import stopped early (exit ${code})`))),
    );
  });
}
