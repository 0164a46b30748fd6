// Replacing a store that cannot be opened with a restored workspace, so that at every moment
// either the old store or the whole restored workspace is safely on disk: never neither.
//
// Why this design: IndexedDB cannot rename a database, and the broken store cannot be opened to
// be cleared in one transaction, so the old database must be deleted before the new one can take
// its name. So the restored workspace (already fully checked by restoreFile) is first written,
// in ONE strict transaction, as a single row of a holding database beside the store. Until that
// commits, the old store has not been touched: any failure (quota, a bad value, a crash) leaves
// it exactly as it was. Only after it commits is the old store deleted and written again from the
// held copy, then checked row for row by count; the holding database is deleted last. If
// anything fails or the app stops after the old store is deleted, the held copy is still there,
// and the next open of the store (finishPendingReplacement, called by openDatabase) completes
// the replacement from it. Finishing is safe to repeat any number of times.
import Dexie from 'dexie';
import { ScrutinyDatabase } from './database';
import type { WorkspaceData } from '../../shared/files/envelope';
import { WORKSPACE_TABLES, replaceWorkspace, type WriteProgress } from './repositories/workspace';

const HOLDING_TABLE = 'pending';
const HOLDING_KEY = 'workspace';

/** Thrown when the old store has already been replaced by the held copy, but writing the copy
 * into the store did not finish: nothing is lost, and the next open finishes it. */
export class ReplacementPendingError extends Error {
  override name = 'ReplacementPendingError';
}

export function holdingName(db: ScrutinyDatabase): string {
  return `${db.name}-restoring`;
}

function holdingDatabase(db: ScrutinyDatabase): Dexie {
  const holding = new Dexie(holdingName(db), { ...db.dexieOptions, addons: [] });
  holding.version(1).stores({ [HOLDING_TABLE]: '' });
  return holding;
}

/** What the holding database holds: nothing (there is none), an empty one (its write never
 * committed), or a whole workspace. Opens without a schema, so a missing one is not created. */
async function held(
  db: ScrutinyDatabase,
): Promise<{ exists: false } | { exists: true; data: WorkspaceData | null }> {
  const probe = new Dexie(holdingName(db), { ...db.dexieOptions, addons: [] });
  try {
    await probe.open();
  } catch (error) {
    probe.close();
    if (error instanceof Dexie.NoSuchDatabaseError) return { exists: false };
    throw error;
  }
  try {
    if (!probe.tables.some((t) => t.name === HOLDING_TABLE)) return { exists: true, data: null };
    return {
      exists: true,
      data:
        ((await probe.table(HOLDING_TABLE).get(HOLDING_KEY)) as WorkspaceData | undefined) ?? null,
    };
  } finally {
    probe.close();
  }
}

/** Check the store holds exactly as many rows as the workspace, table by table. */
async function verifyStore(db: ScrutinyDatabase, data: WorkspaceData): Promise<void> {
  for (const name of WORKSPACE_TABLES) {
    const expected = name === 'settings' ? (data.settings ? 1 : null) : data[name].length;
    const stored = await db.table(name).count();
    if (expected !== null && stored !== expected) {
      throw new Error(
        `the restored store holds ${stored} ${name} where the file holds ${expected}`,
      );
    }
  }
}

/** Delete the old store, write the held workspace into a fresh one, check it, then drop the
 * holding database. Leaves `db` closed. The fresh store is made through a new handle: a handle
 * whose open failed keeps the broken store's schema in memory and would build it again. */
async function replaceFromHeld(
  db: ScrutinyDatabase,
  data: WorkspaceData,
  onProgress?: (progress: WriteProgress) => void,
): Promise<void> {
  db.close();
  const fresh = new ScrutinyDatabase(db.name, db.dexieOptions);
  await fresh.delete();
  await fresh.open();
  try {
    await replaceWorkspace(fresh, data, onProgress);
    await verifyStore(fresh, data);
  } finally {
    fresh.close();
  }
  await holdingDatabase(db).delete();
}

/** Replace the store that could not be opened with `data` (already checked by restoreFile).
 * Throws a plain error when nothing was changed, or ReplacementPendingError when the old store
 * is gone but the new one is not yet complete (the next open completes it). */
export async function replaceUnopenableStore(
  db: ScrutinyDatabase,
  data: WorkspaceData,
  onProgress?: (progress: WriteProgress) => void,
): Promise<void> {
  const holding = holdingDatabase(db);
  try {
    await holding.open();
    // One put in one strict transaction: the held copy is there whole or not at all.
    await holding.table(HOLDING_TABLE).put(data, HOLDING_KEY);
  } finally {
    holding.close();
  }
  try {
    await replaceFromHeld(db, data, onProgress);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ReplacementPendingError(
      `your restored workspace is kept safely and Scrutiny Desk will finish putting it in place when it next opens (${why})`,
    );
  }
}

/** Finish a replacement that was stopped after its workspace was held; true when one was
 * finished. An empty holding database (a write that never committed) is simply removed. Throws
 * only when the held workspace could not be put in place; it is then still held. */
export async function finishPendingReplacement(db: ScrutinyDatabase): Promise<boolean> {
  // If the holding database cannot even be read, the held copy stays where it is and the store
  // opens (or fails to) as it would have: the next open tries again.
  const holding = await held(db).catch(() => ({ exists: false }) as const);
  if (!holding.exists) return false;
  if (!holding.data) {
    await holdingDatabase(db).delete();
    return false;
  }
  await replaceFromHeld(db, holding.data);
  return true;
}
