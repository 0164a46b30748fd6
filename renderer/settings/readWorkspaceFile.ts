// Hands a chosen file to a worker that parses and checks it (restoreFile), and returns the
// workspace with its summary for the preview, or the one-line reason it cannot be restored.
import type { WorkspaceFile } from '../../shared/files/envelope';
import type { FileSummary } from '../../shared/files/summary';

export type ReadReply = { ok: true; file: WorkspaceFile; summary: FileSummary } | { ok: false; message: string };

export function readWorkspaceFile(bytes: Uint8Array): Promise<ReadReply> {
  const worker = new Worker(new URL('./readFile.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ReadReply>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<ReadReply>) => resolve(event.data), { once: true });
    worker.addEventListener('error', (event) => resolve({ ok: false, message: `This file could not be read: ${event.message || 'the reader stopped unexpectedly'}.` }), { once: true });
    // The bytes are handed over, not copied: the page has no further use for them.
    worker.postMessage(bytes, [bytes.buffer]);
  }).finally(() => worker.terminate());
}
