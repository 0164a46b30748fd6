// Reading a report in the app: the shared importer in a worker (import.worker.ts), with progress,
// Cancel, and a watchdog that stops a file which makes no progress. Nothing is stored here; saving
// happens after review.
import type { ThemeRule } from '../../shared/model';
import { WorkerClient } from '../workers/worker-client';
import type { ImportProgress, ImportRequest, ImportResult } from './importProtocol';

/** A file that makes no progress for this long is stopped, with one line saying so. */
export const IMPORT_STALL_MS = 30_000;

const importer = new WorkerClient<ImportRequest, ImportProgress, ImportResult>(
  () =>
    new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' }),
);

export function readReportFile(
  file: { name: string; bytes: Uint8Array },
  themeRules: readonly ThemeRule[],
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  // A copy goes to the worker, so the page's bytes stay usable if the member tries again.
  const bytes = file.bytes.slice();
  return importer.call(
    { kind: 'file', name: file.name, bytes, themeRules },
    {
      onProgress,
      signal,
      stallMs: IMPORT_STALL_MS,
      doing: `reading ${file.name}`,
      transfer: [bytes.buffer],
    },
  );
}

export function readPastedText(
  text: string,
  themeRules: readonly ThemeRule[],
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  return importer.call(
    { kind: 'paste', text, themeRules },
    { onProgress, signal, stallMs: IMPORT_STALL_MS, doing: 'reading the pasted text' },
  );
}
