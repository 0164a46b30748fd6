// Safety copies: the whole workspace written out before anything risky (a restore, a schema
// upgrade). Electron keeps them as dated files in its backups folder; a browser downloads them.
import type Dexie from 'dexie';
import type { SaveResult } from '../platform/platform';
import { serializeWorkspace } from '../../shared/files/serialize';
import { readWorkspace } from './repositories/workspace';
import { fileVersionOfSchema } from './database';

export type WriteSafetyCopy = (fileName: string, bytes: Uint8Array) => Promise<SaveResult>;

export interface SafetyCopy {
  at: string;
  fileName: string;
  location: string | null;
}

/** "scrutiny-desk-safety-copy-2025-02-03T10-00-00Z-before-restore.json" */
export function safetyCopyName(now: Date, why: string): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  return `scrutiny-desk-safety-copy-${stamp}-${why}.json`;
}

/** Write the whole workspace of `database` as a safety copy; throws if the host could not. A store
 * not yet upgraded holds rows of an older file version, and its copy says so, so that restoring it
 * upgrades it like any old file. */
export async function writeSafetyCopyOf(
  database: Dexie,
  write: WriteSafetyCopy,
  why: string,
  exportedBy: string,
  now = new Date(),
): Promise<SafetyCopy> {
  const data = await readWorkspace(database);
  const fileName = safetyCopyName(now, why);
  const result = await write(
    fileName,
    new TextEncoder().encode(
      serializeWorkspace(data, exportedBy, now, fileVersionOfSchema(database.verno)),
    ),
  );
  if (!result.saved) throw new Error('The safety copy was not saved.');
  return { at: now.toISOString(), fileName, location: result.location };
}
