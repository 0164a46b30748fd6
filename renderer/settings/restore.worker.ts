// Reads, checks and then writes a workspace file off the page's thread: parsing and validating
// a 50 MB file takes a second or more, and handing 70,000 rows to IndexedDB several more, and
// the window must stay responsive meanwhile. The workspace stays here between the two steps.
import { isInputError } from '../../shared/errors';
import type { WorkspaceData } from '../../shared/files/envelope';
import { restoreFileBytes } from '../../shared/files/restore';
import { summarizeFile } from '../../shared/files/summary';
import { ScrutinyDatabase } from '../db/database';
import { ReplacementPendingError, replaceUnopenableStore } from '../db/replace-store';
import { replaceWorkspace, type WriteProgress } from '../db/repositories/workspace';
import { withIdentity } from '../db/identity';
import type { FromWorker, ToWorker, WriteInto } from './restore-messages';

let held: WorkspaceData | null = null;

const post = (message: FromWorker) => self.postMessage(message);

function read(bytes: Uint8Array): FromWorker {
  try {
    const restored = restoreFileBytes(bytes);
    if (restored.kind !== 'workspace') {
      return {
        type: 'read',
        ok: false,
        message:
          'This is a share bundle of notes, not a whole workspace; use "Share notes" to merge it instead.',
      };
    }
    held = restored.file.data;
    return { type: 'read', ok: true, summary: summarizeFile(restored) };
  } catch (error) {
    return {
      type: 'read',
      ok: false,
      message: isInputError(error)
        ? `This file cannot be restored: ${error.message}`
        : `This file could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

async function write(data: WorkspaceData, database: string, into: WriteInto): Promise<FromWorker> {
  const onProgress = (progress: WriteProgress) => post({ type: 'progress', ...progress });
  const db = new ScrutinyDatabase(database);
  try {
    if (into === 'store')
      await replaceWorkspace(db, withIdentity(data, await db.settings.get('settings')), onProgress);
    else await replaceUnopenableStore(db, data, onProgress);
    return { type: 'written' };
  } catch (error) {
    return {
      type: 'write-failed',
      message: error instanceof Error ? error.message : String(error),
      pending: error instanceof ReplacementPendingError,
    };
  } finally {
    db.close();
  }
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'read') {
    post(read(message.bytes));
    return;
  }
  if (!held) {
    post({
      type: 'write-failed',
      message: 'no checked file is waiting to be restored; choose the file again',
      pending: false,
    });
    return;
  }
  void write(held, message.database, message.into).then(post);
});
