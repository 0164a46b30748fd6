// Restoring a workspace file into the store: a safety copy of what is there now is written and
// recorded first, then `replace` puts the file's workspace in place of everything, in one
// transaction (replaceWorkspace; in the app it runs in the worker that read the file). If the
// safety copy cannot be written, nothing is replaced.
import type { ScrutinyDatabase } from '../database';
import { writeSafetyCopyOf, type SafetyCopy, type WriteSafetyCopy } from '../safety-copy';
import { readSettings, recordBackup } from './settings';

export class SafetyCopyError extends Error {
  override name = 'SafetyCopyError';
}

export async function restoreWorkspace(
  db: ScrutinyDatabase,
  writeSafetyCopy: WriteSafetyCopy,
  replace: () => Promise<void>,
): Promise<SafetyCopy> {
  const member = (await readSettings(db)).memberName;
  let copy: SafetyCopy;
  try {
    copy = await writeSafetyCopyOf(db, writeSafetyCopy, 'before-restore', member);
  } catch (error) {
    throw new SafetyCopyError(
      `the safety copy of your current workspace could not be saved (${error instanceof Error ? error.message : String(error)}), so the restore did not start`,
    );
  }
  await recordBackup(db, { ...copy, kind: 'safety', reason: 'before restoring a file' });
  await replace();
  return copy;
}
