// The autosave journal: every keystroke's words are put in `drafts` at once (one small write, so
// they are on disk even if the window closes or the browser is killed a moment later), then folded
// into the note, pack, meeting or settings they belong to. Folding is one function, used both at a
// pause in typing and, for drafts a closed window left behind, when the store next opens.
import type { DraftChange, DraftRow, ScrutinyDatabase } from '../database';
import { createAnnotation, editAnnotation } from '../../../shared/merge';
import { versionSigner } from '../../../shared/identity/version-signature';
import { saveAction } from './actions';
import { saveMeeting, savePack } from './packs';
import { saveSettings } from './settings';

let lastSeq = 0;

/** A number larger than any given before in this page, and than any earlier page's (time based). */
export function nextDraftSeq(now = Date.now()): number {
  lastSeq = Math.max(lastSeq + 1, now * 1000);
  return lastSeq;
}

export function draftRow(key: string, change: DraftChange, now = new Date()): DraftRow {
  return { key, seq: nextDraftSeq(now.getTime()), at: now.toISOString(), change };
}

/**
 * Journal the words as typed: one put, nothing read first, issued and committed in the same task
 * as the keystroke, straight on IndexedDB (Dexie would start it a moment later, after its own
 * promises). Relaxed durability: the browser writes it to its files at once without waiting for
 * the disk to confirm, which survives the tab closing or the browser being killed and keeps up
 * with typing; the fold that follows is written with strict durability, as every other write.
 */
export function writeDraft(db: ScrutinyDatabase, row: DraftRow): Promise<void> {
  if (!db.isOpen()) return db.drafts.put(row).then(() => undefined);
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction('drafts', 'readwrite', { durability: 'relaxed' });
    tx.objectStore('drafts').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('the words could not be journalled'));
    tx.onabort = () => reject(tx.error ?? new Error('the words could not be journalled'));
    tx.commit();
  });
}

/** Take a field's words out of the journal (they came to nothing, say a new note emptied again),
 * ordered after any put of the same field issued before it, as writeDraft is. */
export function dropDraft(db: ScrutinyDatabase, key: string): Promise<void> {
  if (!db.isOpen()) return db.drafts.delete(key);
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction('drafts', 'readwrite', { durability: 'relaxed' });
    tx.objectStore('drafts').delete(key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('the journal could not be updated'));
    tx.onabort = () => reject(tx.error ?? new Error('the journal could not be updated'));
    tx.commit();
  });
}

async function applyChange(db: ScrutinyDatabase, change: DraftChange, now: Date): Promise<void> {
  switch (change.type) {
    case 'annotation': {
      const [current, identity] = await Promise.all([
        db.annotations.get(change.id),
        db.settings.get('settings').then((s) => s?.identity ?? null),
      ]);
      const sign = identity ? versionSigner(identity) : undefined;
      if (!current) {
        // A note is stored only once it has something in it, so an empty one is never left behind.
        if (change.create)
          await db.annotations.add(
            createAnnotation(
              { ...change.create, ...change.patch },
              change.by,
              now,
              change.id,
              identity?.memberId ?? null,
              sign,
            ),
          );
        return;
      }
      // A deleted note stays deleted: words still on their way (or left in the journal) do not
      // touch it; Undo brings it back as it was when deleted.
      if (current.deletedAt) return;
      // As in repositories/annotations.ts: only the note's writer may change it.
      if (identity && current.authorId !== identity.memberId)
        throw new Error(`only ${current.author} can change this note`);
      const next = editAnnotation(current, change.patch, change.by, now, sign);
      if (next !== current) await db.annotations.put(next);
      return;
    }
    case 'pack':
      // A pack deleted meanwhile is not brought back by a late draft.
      if (await db.packs.get(change.pack.id)) await savePack(db, change.pack, now);
      return;
    case 'meeting':
      await saveMeeting(db, change.fields, change.id, now);
      return;
    case 'settings':
      await saveSettings(db, change.patch);
      return;
    case 'action':
      await saveAction(db, change.finding, change.fields, now);
      return;
  }
}

/** Fold one draft into the store and drop it from the journal, in one transaction; a newer draft
 * of the same field (typed meanwhile) stays in the journal. Throws, keeping the draft, if the
 * words cannot be stored (say, a pack with no title). */
export async function foldDraft(
  db: ScrutinyDatabase,
  row: DraftRow,
  now = new Date(),
): Promise<void> {
  await db.transaction(
    'rw',
    [db.drafts, db.annotations, db.packs, db.meetings, db.settings, db.actions],
    async () => {
      await applyChange(db, row.change, now);
      const stored = await db.drafts.get(row.key);
      if (stored && stored.seq <= row.seq) await db.drafts.delete(row.key);
    },
  );
}

/** Fold in every draft a closed window left behind, oldest first; returns how many were folded.
 * One that cannot be stored stays in the journal rather than being thrown away. */
export async function recoverDrafts(
  db: ScrutinyDatabase,
  now = new Date(),
): Promise<{ folded: number; kept: number }> {
  const rows = (await db.drafts.toArray()).sort((a, b) => a.seq - b.seq);
  let folded = 0;
  for (const row of rows) {
    try {
      await foldDraft(db, row, now);
      folded++;
    } catch {
      // Kept for the member's next edit of the same field, which replaces it.
    }
  }
  return { folded, kept: rows.length - folded };
}
