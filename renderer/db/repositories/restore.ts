// Restoring a workspace file into the store: a safety copy of what is there now is written and
// recorded first, then everything is replaced in one transaction. If the safety copy cannot be
// written, nothing is replaced.
import type { ScrutinyDatabase } from '../database';
import type { WorkspaceData } from '../../../shared/files/envelope';
import { writeSafetyCopyOf, type SafetyCopy, type WriteSafetyCopy } from '../safety-copy';
import { readSettings, recordBackup } from './settings';
import { replaceWorkspace } from './workspace';

export class SafetyCopyError extends Error {
  override name = 'SafetyCopyError';
}

export async function restoreWorkspace(db: ScrutinyDatabase, data: WorkspaceData, writeSafetyCopy: WriteSafetyCopy): Promise<SafetyCopy> {
  const member = (await readSettings(db)).memberName;
  let copy: SafetyCopy;
  try {
    copy = await writeSafetyCopyOf(db, writeSafetyCopy, 'before-restore', member);
  } catch (error) {
    throw new SafetyCopyError(`the safety copy of your current workspace could not be saved (${error instanceof Error ? error.message : String(error)}), so the restore did not start`);
  }
  await recordBackup(db, { ...copy, kind: 'safety', reason: 'before restoring a file' });
  await replaceWorkspace(db, data);
  return copy;
}
