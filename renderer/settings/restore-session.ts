// A restore in progress, seen from the page: a worker that has read and checked one file and
// holds its workspace until the member confirms (write) or turns it down (close).
import type { FileSummary } from '../../shared/files/summary';
import type { WriteProgress } from '../db/repositories/workspace';
import type { FromWorker, ToWorker, WriteInto } from './restore-messages';

export interface RestoreSession {
  summary: FileSummary;
  /** Write the held workspace into `database`. Resolves when it is all there; rejects with the
   * reason when nothing was changed, or with a PendingRestoreError (fresh store only). */
  write(
    database: string,
    into: WriteInto,
    onProgress: (progress: WriteProgress) => void,
  ): Promise<void>;
  /** Let the worker and its copy of the file go. */
  close(): void;
}

/** The old store is gone and the held copy is safe: the next open of the store finishes. */
export class PendingRestoreError extends Error {
  override name = 'PendingRestoreError';
}

export type OpenReply = { ok: true; session: RestoreSession } | { ok: false; message: string };

function stopped(event: ErrorEvent): string {
  return event.message || 'the reader stopped unexpectedly';
}

export function openRestoreSession(bytes: Uint8Array): Promise<OpenReply> {
  const worker = new Worker(new URL('./restore.worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToWorker, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);
  const session = (summary: FileSummary): RestoreSession => ({
    summary,
    close: () => worker.terminate(),
    write: (database, into, onProgress) =>
      new Promise<void>((resolve, reject) => {
        const onMessage = (event: MessageEvent<FromWorker>) => {
          const message = event.data;
          if (message.type === 'progress') onProgress(message);
          else if (message.type === 'written') resolve();
          else if (message.type === 'write-failed')
            reject(
              message.pending
                ? new PendingRestoreError(message.message)
                : new Error(message.message),
            );
        };
        worker.addEventListener('message', onMessage);
        // If the worker dies mid-write, IndexedDB aborts its transaction: nothing was changed.
        worker.addEventListener(
          'error',
          (event) => reject(new Error(`the restore stopped unexpectedly (${stopped(event)})`)),
          { once: true },
        );
        send({ type: 'write', database, into });
      }).finally(() => worker.terminate()),
  });
  return new Promise<OpenReply>((resolve) => {
    worker.addEventListener(
      'message',
      (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type !== 'read') return;
        if (message.ok) {
          resolve({ ok: true, session: session(message.summary) });
        } else {
          worker.terminate();
          resolve({ ok: false, message: message.message });
        }
      },
      { once: true },
    );
    worker.addEventListener(
      'error',
      (event) => {
        worker.terminate();
        resolve({ ok: false, message: `This file could not be read: ${stopped(event)}.` });
      },
      { once: true },
    );
    // The bytes are handed over, not copied: the page has no further use for them.
    send({ type: 'read', bytes }, [bytes.buffer]);
  });
}
