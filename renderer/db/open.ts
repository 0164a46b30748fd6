// Opening the store: if the database on disk is at an older schema version, a safety copy of
// it is written first (read through a probe that opens it at its own version), then it is
// opened and upgraded. A restore into a store that could not be opened, stopped part-way, is
// finished first (renderer/db/replace-store.ts). Failures come back as an outcome the recovery
// screen can explain.
import Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION, type ScrutinyDatabase } from './database';
import { writeSafetyCopyOf, type SafetyCopy, type WriteSafetyCopy } from './safety-copy';
import { recordBackup } from './repositories/settings';
import { finishPendingReplacement } from './replace-store';
import { recoverDrafts } from './repositories/drafts';

export type OpenOutcome =
  | {
      ok: true;
      upgradedFrom: number | null;
      safetyCopy: SafetyCopy | null;
      recoveredDrafts: number;
    }
  | { ok: false; problem: 'newer' | 'safety-copy' | 'failed'; detail: string };

/** The schema version of the database on disk, or null when there is none yet. */
async function versionOnDisk(
  db: ScrutinyDatabase,
): Promise<{ version: number; probe: Dexie } | null> {
  const probe = new Dexie(db.name, { ...db.dexieOptions, addons: [] });
  try {
    await probe.open();
    return { version: probe.verno, probe };
  } catch (error) {
    probe.close();
    if (error instanceof Dexie.NoSuchDatabaseError) return null;
    throw error;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export async function openDatabase(
  db: ScrutinyDatabase,
  writeSafetyCopy: WriteSafetyCopy,
): Promise<OpenOutcome> {
  let upgradedFrom: number | null = null;
  let safetyCopy: SafetyCopy | null = null;
  try {
    await finishPendingReplacement(db);
  } catch (error) {
    return {
      ok: false,
      problem: 'failed',
      detail: `A restore was stopped part-way; the restored workspace is kept safely and will be put in place when the store next opens (${describe(error)}).`,
    };
  }
  try {
    const disk = await versionOnDisk(db);
    if (disk) {
      try {
        if (disk.version > CURRENT_SCHEMA_VERSION) {
          return {
            ok: false,
            problem: 'newer',
            detail: `The store is at version ${disk.version}; this app knows up to ${CURRENT_SCHEMA_VERSION}.`,
          };
        }
        if (disk.version < CURRENT_SCHEMA_VERSION) {
          upgradedFrom = disk.version;
          const member =
            (
              (await disk.probe.table('settings').get('settings')) as
                { memberName?: string } | undefined
            )?.memberName ?? '';
          try {
            safetyCopy = await writeSafetyCopyOf(
              disk.probe,
              writeSafetyCopy,
              `before-update-to-version-${CURRENT_SCHEMA_VERSION}`,
              member,
            );
          } catch (error) {
            return { ok: false, problem: 'safety-copy', detail: describe(error) };
          }
        }
      } finally {
        disk.probe.close();
      }
    }
    await db.open();
    if (safetyCopy) {
      await recordBackup(db, {
        ...safetyCopy,
        kind: 'safety',
        reason: `before the update to version ${CURRENT_SCHEMA_VERSION}`,
      });
    }
    // Words typed just before a window closed or crashed, journalled but not yet folded in.
    const { folded } = await recoverDrafts(db);
    return { ok: true, upgradedFrom, safetyCopy, recoveredDrafts: folded };
  } catch (error) {
    if (error instanceof Dexie.VersionError)
      return { ok: false, problem: 'newer', detail: describe(error) };
    return { ok: false, problem: 'failed', detail: describe(error) };
  }
}
