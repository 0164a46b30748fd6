// Writes for sharing notes: taking in a colleague's notes as one all-or-nothing transaction, and
// settling conflicts (choose one version, or keep both) through shared/merge.
import type { ScrutinyDatabase } from '../database';
import type { Annotation } from '../../../shared/model';
import type { WorkspaceData } from '../../../shared/files/envelope';
import { keepBoth, mergeAnnotations, resolveConflict, type MergePreview } from '../../../shared/merge';
import { readWorkspace, type ExportProgress } from './workspace';

/** Everything a bundle or a merge preview needs, read in one consistent transaction. */
export function readForSharing(db: ScrutinyDatabase, onProgress?: (progress: ExportProgress) => void): Promise<WorkspaceData> {
  return readWorkspace(db, onProgress);
}

/** Write the previewed merge in one transaction. The rows are merged again with what is stored
 * now, so a note edited between the preview and the confirm keeps that edit: the merge is a
 * CRDT, so merging the preview's result with a newer copy loses nothing. Returns rows written. */
export async function applyIncomingNotes(db: ScrutinyDatabase, preview: MergePreview): Promise<number> {
  if (preview.changes.length === 0) return 0;
  return db.transaction('rw', db.annotations, async () => {
    const ids = preview.changes.map((a) => a.id);
    const stored = (await db.annotations.bulkGet(ids)).filter((a): a is Annotation => a !== undefined);
    const rows = mergeAnnotations(stored, preview.changes);
    await db.annotations.bulkPut(rows);
    return rows.length;
  });
}

async function change(db: ScrutinyDatabase, id: string, edit: (a: Annotation) => Annotation[]): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) throw new Error('that note is no longer in your workspace');
    const produced = edit(current);
    // A kept-both note may already be here (a colleague kept both too): merge, never overwrite.
    const existing = (await db.annotations.bulkGet(produced.filter((a) => a.id !== id).map((a) => a.id))).filter((a): a is Annotation => a !== undefined);
    await db.annotations.bulkPut(mergeAnnotations(existing, produced));
  });
}

/** Keep one version's words; the others are superseded (and still travel as history). */
export function chooseVersion(db: ScrutinyDatabase, id: string, rev: string, editor: string): Promise<void> {
  return change(db, id, (a) => [resolveConflict(a, rev, editor, new Date())]);
}

/** Keep both: the other version becomes its own note under its writer's name. */
export function keepBothVersions(db: ScrutinyDatabase, id: string, otherRev: string, editor: string): Promise<void> {
  return change(db, id, (a) => keepBoth(a, otherRev, editor, new Date()));
}

/** Notes that show versions side by side, newest change first. */
export async function notesInConflict(db: ScrutinyDatabase): Promise<Annotation[]> {
  const rows = await db.annotations.filter((a) => a.conflicts.length > 0).toArray();
  return rows.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}
