// Reads and checks a workspace file off the UI thread: parsing and validating a 50 MB file
// takes seconds, and the window must stay responsive meanwhile.
import { isInputError } from '../../shared/errors';
import { restoreFileBytes } from '../../shared/files/restore';
import { summarizeFile } from '../../shared/files/summary';
import type { ReadReply } from './readWorkspaceFile';

self.addEventListener('message', (event: MessageEvent<Uint8Array>) => {
  let reply: ReadReply;
  try {
    const restored = restoreFileBytes(event.data);
    reply = restored.kind === 'workspace' ? { ok: true, file: restored.file, summary: summarizeFile(restored) } : { ok: false, message: 'This is a share bundle of notes, not a whole workspace; use "Share notes" to merge it instead.' };
  } catch (error) {
    reply = { ok: false, message: isInputError(error) ? `This file cannot be restored: ${error.message}` : `This file could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  self.postMessage(reply);
});
