// The messages between the page and the restore worker. The worker reads and checks the file,
// keeps the workspace it holds, and sends the page only its summary; when the member confirms,
// the page asks the worker to write it, so 50 MB of rows never cross to the page's thread.
import type { FileSummary } from '../../shared/files/summary';
import type { WriteProgress } from '../db/repositories/workspace';

/** Where the worker writes the workspace: over the open store, or into a fresh store in place of
 * one that could not be opened (renderer/db/replace-store.ts). */
export type WriteInto = 'store' | 'fresh-store';

export type ToWorker =
  { type: 'read'; bytes: Uint8Array } | { type: 'write'; database: string; into: WriteInto };

export type FromWorker =
  | { type: 'read'; ok: true; summary: FileSummary }
  | { type: 'read'; ok: false; message: string }
  | ({ type: 'progress' } & WriteProgress)
  | { type: 'written' }
  /** `pending`: the old store is gone but the held copy is safe, and the next open finishes. */
  | { type: 'write-failed'; message: string; pending: boolean };
