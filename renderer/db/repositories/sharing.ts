// Writes for sharing notes: taking in a colleague's notes (with the reports they came with, the
// corrections and deletions of reports, and the keys seen for the first time) as one
// all-or-nothing transaction, and settling conflicts
// (choose one version, or keep both) through shared/merge.
import type { ScrutinyDatabase } from '../database';
import type { Annotation } from '../../../shared/model';
import type { WorkspaceData } from '../../../shared/files/envelope';
import {
  keepBoth,
  mergeAnnotations,
  mergeChangesAnything,
  resolveConflict,
  type MergePreview,
} from '../../../shared/merge';
import { RECORD_TABLES, type RecordChanges } from '../../../shared/corrections/changes';
import { readWorkspace, type ExportProgress } from './workspace';
import { readSettings } from './settings';
import { pinKeys } from '../../../shared/identity/trust';

/** Everything a bundle or a merge preview needs, read in one consistent transaction. */
export function readForSharing(
  db: ScrutinyDatabase,
  onProgress?: (progress: ExportProgress) => void,
): Promise<WorkspaceData> {
  return readWorkspace(db, onProgress);
}

/** Write the previewed merge in one transaction. The rows are merged again with what is stored
 * now, so a note edited between the preview and the confirm keeps that edit: the merge is a
 * CRDT, so merging the preview's result with a newer copy loses nothing. Returns rows written. */
export async function applyIncomingNotes(
  db: ScrutinyDatabase,
  preview: MergePreview,
  now: Date = new Date(),
): Promise<number> {
  const r = preview.received;
  if (!mergeChangesAnything(preview)) return 0;
  const tables = [
    db.annotations,
    db.settings,
    db.authorities,
    db.reports,
    db.judgements,
    db.sections,
    db.findings,
    db.actions,
    db.packs,
    db.corrections,
    db.deletedReports,
  ];
  return db.transaction('rw', tables, async () => {
    await writeRecordChanges(db, preview.records.changes);
    // Reports received with the notes: a report that arrived here meanwhile (imported or taken
    // in from another file) is kept as it is.
    const present = new Set(
      (await db.reports.bulkGet(r.reports.map((x) => x.id)))
        .filter((x) => x !== undefined)
        .map((x) => x.id),
    );
    const reports = r.reports.filter((x) => !present.has(x.id));
    if (reports.length > 0) {
      const ids = new Set(reports.map((x) => x.id));
      const known = new Set(
        (await db.authorities.bulkGet(r.authorities.map((a) => a.id)))
          .filter((a) => a !== undefined)
          .map((a) => a.id),
      );
      await db.authorities.bulkPut(r.authorities.filter((a) => !known.has(a.id)));
      await db.reports.bulkPut(reports);
      await db.judgements.bulkPut(r.judgements.filter((j) => ids.has(j.reportId)));
      await db.sections.bulkPut(r.sections.filter((s) => ids.has(s.reportId)));
      await db.findings.bulkPut(r.findings.filter((f) => ids.has(f.reportId)));
    }
    if (preview.pin.length > 0) {
      const settings = await readSettings(db);
      await db.settings.put({
        ...settings,
        colleagues: pinKeys(settings.colleagues, preview.pin, settings.identity, now),
      });
    }
    const receivedIds = new Set(reports.map((x) => x.id));
    const corrections = preview.records.received.filter((c) => receivedIds.has(c.reportId));
    if (corrections.length > 0) await db.corrections.bulkPut(corrections);
    const ids = preview.changes.map((a) => a.id);
    const stored = (await db.annotations.bulkGet(ids)).filter(
      (a): a is Annotation => a !== undefined,
    );
    const rows = mergeAnnotations(stored, preview.changes);
    await db.annotations.bulkPut(rows);
    return rows.length;
  });
}

/** The corrections and deletions of reports a colleague's file brings, written as the preview
 * worked them out. A note moved into a deleted report's tombstone is first merged with the note as
 * stored now, so an edit made after the preview goes into the tombstone too. */
async function writeRecordChanges(db: ScrutinyDatabase, changes: RecordChanges): Promise<void> {
  const moving = changes.remove.annotations;
  let tombstones = changes.put.deletedReports;
  if (moving.length > 0) {
    const now = (await db.annotations.bulkGet(moving)).filter(
      (a): a is Annotation => a !== undefined,
    );
    tombstones = tombstones.map((t) => {
      const removed = t.removed;
      if (!removed) return t;
      const held = new Set(removed.annotations.map((a) => a.id));
      const mine = now.filter((a) => held.has(a.id));
      return mine.length
        ? {
            ...t,
            removed: { ...removed, annotations: mergeAnnotations(removed.annotations, mine) },
          }
        : t;
    });
  }
  for (const name of RECORD_TABLES) {
    const table = db.table(name);
    const remove = changes.remove[name];
    const put = name === 'deletedReports' ? tombstones : changes.put[name];
    if (remove.length > 0) await table.bulkDelete(remove);
    if (put.length > 0) await table.bulkPut(put);
  }
}

async function change(
  db: ScrutinyDatabase,
  id: string,
  edit: (a: Annotation) => Annotation[],
): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) throw new Error('that note is no longer in your workspace');
    const produced = edit(current);
    // A kept-both note may already be here (a colleague kept both too): merge, never overwrite.
    const existing = (
      await db.annotations.bulkGet(produced.filter((a) => a.id !== id).map((a) => a.id))
    ).filter((a): a is Annotation => a !== undefined);
    await db.annotations.bulkPut(mergeAnnotations(existing, produced));
  });
}

/** Keep one version's words; the others are superseded (and still travel as history). */
export function chooseVersion(
  db: ScrutinyDatabase,
  id: string,
  rev: string,
  editor: string,
): Promise<void> {
  return change(db, id, (a) => [resolveConflict(a, rev, editor, new Date())]);
}

/** Keep both: the other version becomes its own note under its writer's name. */
export function keepBothVersions(
  db: ScrutinyDatabase,
  id: string,
  otherRev: string,
  editor: string,
): Promise<void> {
  return change(db, id, (a) => keepBoth(a, otherRev, editor, new Date()));
}

/** Notes that show versions side by side, newest change first. */
export async function notesInConflict(db: ScrutinyDatabase): Promise<Annotation[]> {
  const rows = await db.annotations.filter((a) => a.conflicts.length > 0).toArray();
  return rows.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}
