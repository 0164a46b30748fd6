// Writes of members' annotations. Every change goes through the editing functions of
// shared/merge, so each edit is a new revision with its history and two members' copies merge
// without loss; each read-modify-write is one Dexie transaction.
import { db } from '../instance';
import type { Annotation } from '../../../shared/model';
import { createAnnotation, deleteAnnotation, editAnnotation, restoreAnnotation, type AnnotationChanges, type AnnotationDraft } from '../../../shared/merge';

export type AnnotationPatch = AnnotationChanges;

/** Add an annotation by `author`; returns it as stored. */
export async function addAnnotation(draft: AnnotationDraft, author: string): Promise<Annotation> {
  const annotation = createAnnotation(draft, author, new Date());
  await db.annotations.add(annotation);
  return annotation;
}

/** Change some fields of an annotation; an edit that changes nothing writes nothing. */
export async function updateAnnotation(id: string, patch: AnnotationPatch, by: string): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) throw new Error('that note is no longer in your workspace');
    const next = editAnnotation(current, patch, by, new Date());
    if (next !== current) await db.annotations.put(next);
  });
}

/** Delete by leaving a tombstone, so the deletion travels in merges. */
export async function removeAnnotation(id: string, by: string): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (current) await db.annotations.put(deleteAnnotation(current, by, new Date()));
  });
}

/** Undo a delete: the same note comes back, as a version that supersedes its tombstone, so a
 * colleague who already received the deletion receives the undo too. */
export async function undoRemoveAnnotation(id: string, by: string): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (current) await db.annotations.put(restoreAnnotation(current, by, new Date()));
  });
}
