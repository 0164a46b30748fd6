// Writes of members' annotations. Every change goes through the editing functions of
// shared/merge, so each edit is a new revision with its history and two members' copies merge
// without loss; each read-modify-write is one Dexie transaction. Every version is signed with
// this member's key, and only the member who wrote a note may change it: a colleague's note can
// be read, answered with a note of one's own, or copied into one (copyIntoMyNote).
import { db } from '../instance';
import type { Annotation, MemberIdentity } from '../../../shared/model';
import {
  createAnnotation,
  deleteAnnotation,
  editAnnotation,
  restoreAnnotation,
  type AnnotationChanges,
  type AnnotationDraft,
} from '../../../shared/merge';
import { versionSigner } from '../../../shared/identity/version-signature';
import { newId } from '../../../shared/util/hash';

export type AnnotationPatch = AnnotationChanges;

async function myIdentity(): Promise<MemberIdentity | null> {
  return (await db.settings.get('settings'))?.identity ?? null;
}

/** Add an annotation by `author`, under this member's id and signed with their key; returns it as stored. */
export async function addAnnotation(draft: AnnotationDraft, author: string): Promise<Annotation> {
  const identity = await myIdentity();
  const annotation = createAnnotation(
    draft,
    author,
    new Date(),
    newId('ann'),
    identity?.memberId ?? null,
    identity ? versionSigner(identity) : undefined,
  );
  await db.annotations.add(annotation);
  return annotation;
}

/** A copy of a colleague's note as a new note of this member's own, saying whose words it copies. */
export async function copyIntoMyNote(source: Annotation, author: string): Promise<Annotation> {
  const quoted = source.body.trim()
    ? `${source.author} wrote: \u201c${source.body.trim()}\u201d\n\n`
    : '';
  return addAnnotation(
    {
      kind: source.kind === 'highlight' || source.kind === 'question' ? source.kind : 'note',
      target: source.target,
      body: quoted,
      question: source.question
        ? { status: source.question.status, answer: source.question.answer }
        : null,
      tags: source.tags,
      followUpOn: source.followUpOn,
    },
    author,
  );
}

/** Read the note and this member's identity, and refuse a note written by someone else. */
async function ownNote(
  id: string,
): Promise<{ current: Annotation; identity: MemberIdentity | null } | undefined> {
  const [current, identity] = await Promise.all([db.annotations.get(id), myIdentity()]);
  if (!current) return undefined;
  if (identity && current.authorId !== identity.memberId) {
    throw new Error(
      `only ${current.author} can change this note; copy it into a note of your own to change its words`,
    );
  }
  return { current, identity };
}

/** Change some fields of an annotation; an edit that changes nothing writes nothing. */
export async function updateAnnotation(
  id: string,
  patch: AnnotationPatch,
  by: string,
): Promise<void> {
  await db.transaction('rw', db.annotations, db.settings, async () => {
    const own = await ownNote(id);
    if (!own) throw new Error('that note is no longer in your workspace');
    const next = editAnnotation(
      own.current,
      patch,
      by,
      new Date(),
      own.identity ? versionSigner(own.identity) : undefined,
    );
    if (next !== own.current) await db.annotations.put(next);
  });
}

/** Delete by leaving a tombstone, so the deletion travels in merges; false when there was no such
 * note in the store (a new note never given any words). */
export async function removeAnnotation(id: string, by: string): Promise<boolean> {
  return db.transaction('rw', db.annotations, db.settings, async () => {
    const own = await ownNote(id);
    if (own)
      await db.annotations.put(
        deleteAnnotation(
          own.current,
          by,
          new Date(),
          own.identity ? versionSigner(own.identity) : undefined,
        ),
      );
    return own !== undefined;
  });
}

/** Undo a delete: the same note comes back, as a version that supersedes its tombstone, so a
 * colleague who already received the deletion receives the undo too. */
export async function undoRemoveAnnotation(id: string, by: string): Promise<void> {
  await db.transaction('rw', db.annotations, db.settings, async () => {
    const own = await ownNote(id);
    if (own)
      await db.annotations.put(
        restoreAnnotation(
          own.current,
          by,
          new Date(),
          own.identity ? versionSigner(own.identity) : undefined,
        ),
      );
  });
}
