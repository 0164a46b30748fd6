// The pure ways to change an annotation: create, edit, delete, resolve a conflict, keep both.
// Each change adds a version that supersedes the heads it replaces, so copies merge without loss.
import type { Annotation, AnnotationContent } from '../model';
import { InputError } from '../errors';
import { contentId, newId } from '../util/hash';
import { canonicalJson } from './canonical';
import {
  annotationFromHeads,
  computeRev,
  contentOf,
  headsOf,
  supersede,
  type AnnotationIdentity,
  type Head,
} from './revision';
import type { SignVersion } from '../identity/version-signature';

/** What a member fills in for a new annotation; everything but kind and target has a default. */
export type AnnotationDraft = Pick<AnnotationContent, 'kind' | 'target'> &
  Partial<Omit<AnnotationContent, 'kind' | 'target' | 'deletedAt'>>;

/** The fields an edit may change. Deleting goes through deleteAnnotation. */
export type AnnotationChanges = Partial<Omit<AnnotationContent, 'deletedAt'>>;

function isoOf(now: Date | string): string {
  return typeof now === 'string' ? new Date(now).toISOString() : now.toISOString();
}

function identityOf(annotation: Annotation): AnnotationIdentity {
  return {
    id: annotation.id,
    author: annotation.author,
    authorId: annotation.authorId,
    createdAt: annotation.createdAt,
  };
}

/** A new version; signed by the writer when a signer is given (the app always gives one). */
function newHead(
  identity: AnnotationIdentity,
  content: AnnotationContent,
  editor: string,
  at: string,
  ancestors: string[],
  sign?: SignVersion,
): Head {
  const unhashed = { ...contentOf(content), modifiedAt: at, modifiedBy: editor, ancestors };
  const rev = computeRev(identity, unhashed);
  return sign ? { ...unhashed, rev, sig: sign(identity.id, rev) } : { ...unhashed, rev };
}

function withHeads(annotation: Annotation, heads: Head[]): Annotation {
  return annotationFromHeads(identityOf(annotation), heads, annotation.orphaned);
}

/** A new annotation by `author` (display name) whose member id is `authorId`, with a fresh id
 * unless one is given. */
export function createAnnotation(
  draft: AnnotationDraft,
  author: string,
  now: Date | string,
  id: string = newId('ann'),
  authorId: string | null = null,
  sign?: SignVersion,
): Annotation {
  const at = isoOf(now);
  const identity = { id, author, authorId, createdAt: at };
  const content: AnnotationContent = {
    kind: draft.kind,
    target: draft.target,
    body: draft.body ?? '',
    question: draft.question ?? null,
    rag: draft.rag ?? null,
    priority: draft.priority ?? null,
    tags: draft.tags ?? [],
    followUpOn: draft.followUpOn ?? null,
    deletedAt: null,
  };
  return annotationFromHeads(identity, [newHead(identity, content, author, at, [], sign)], false);
}

/** A new current version with `changes` applied, superseding the current version only: any
 * unresolved conflicts stay visible until the member resolves them. An edit that changes
 * nothing returns the annotation as it was, so saving twice adds no version. */
export function editAnnotation(
  annotation: Annotation,
  changes: AnnotationChanges,
  editor: string,
  now: Date | string,
  sign?: SignVersion,
): Annotation {
  const [current, ...others] = headsOf(annotation);
  if (!current) return annotation;
  const next: AnnotationContent = {
    ...contentOf(current),
    ...changes,
    deletedAt: current.deletedAt,
  };
  if (canonicalJson(next) === canonicalJson(contentOf(current))) return annotation;
  return withHeads(annotation, [
    newHead(identityOf(annotation), next, editor, isoOf(now), supersede([current]), sign),
    ...others,
  ]);
}

/** A tombstone that supersedes every version, conflicts included: the member deletes the note
 * as they see it. The tombstone keeps the last words, so a later merge can still show them. */
export function deleteAnnotation(
  annotation: Annotation,
  editor: string,
  now: Date | string,
  sign?: SignVersion,
): Annotation {
  const heads = headsOf(annotation);
  if (heads.length === 1 && annotation.deletedAt !== null) return annotation;
  const at = isoOf(now);
  const base = heads[0] ?? annotation;
  return withHeads(annotation, [
    newHead(
      identityOf(annotation),
      { ...contentOf(base), deletedAt: at },
      editor,
      at,
      supersede(heads),
      sign,
    ),
  ]);
}

/** Undo a delete: the note's last words come back as a new version that supersedes the
 * tombstone, under the same id, so the undo travels in merges just as the deletion did. */
export function restoreAnnotation(
  annotation: Annotation,
  editor: string,
  now: Date | string,
  sign?: SignVersion,
): Annotation {
  const heads = headsOf(annotation);
  const [current] = heads;
  if (!current || current.deletedAt === null) return annotation;
  return withHeads(annotation, [
    newHead(
      identityOf(annotation),
      { ...contentOf(current), deletedAt: null },
      editor,
      isoOf(now),
      supersede(heads),
      sign,
    ),
  ]);
}

function findHead(annotation: Annotation, rev: string): Head {
  const head = headsOf(annotation).find((h) => h.rev === rev);
  if (!head)
    throw new InputError(
      `that version of the note is no longer there (it may have been resolved already); reopen the note and choose again.`,
      'merge-unknown-version',
    );
  return head;
}

/** Choose one of the concurrent versions: its words become a new version superseding them all. */
export function resolveConflict(
  annotation: Annotation,
  chosenRev: string,
  editor: string,
  now: Date | string,
  sign?: SignVersion,
): Annotation {
  const chosen = findHead(annotation, chosenRev);
  return withHeads(annotation, [
    newHead(
      identityOf(annotation),
      contentOf(chosen),
      editor,
      isoOf(now),
      supersede(headsOf(annotation)),
      sign,
    ),
  ]);
}

/** Keep both: the version `otherRev` becomes a separate annotation under its writer's name (and
 * member id, when that writer is the note's own; a version by anyone else carries none, so nobody
 * may edit that copy, only copy it again into a note of their own), and
 * the best of the remaining versions supersedes it here (any further versions stay as conflicts).
 * The new annotation's id and first version come only from the version it copies, so two
 * members who both keep both get the same annotation, not two. */
export function keepBoth(
  annotation: Annotation,
  otherRev: string,
  editor: string,
  now: Date | string,
  sign?: SignVersion,
): [Annotation, Annotation] {
  const heads = headsOf(annotation);
  const other = findHead(annotation, otherRev);
  const [kept, ...rest] = heads.filter((h) => h.rev !== other.rev);
  if (!kept)
    throw new InputError(
      'this note has only one version, so there is nothing to keep beside it.',
      'merge-keep-both-single',
    );
  // The copy is its writer's own only where the version was the note's writer's (the same on
  // every copy, so members who both keep both get one note); otherwise it has no member id.
  const writerId = other.modifiedBy === annotation.author ? (annotation.authorId ?? null) : null;
  const forkIdentity = {
    id: contentId('ann', annotation.id, other.rev),
    author: other.modifiedBy || annotation.author,
    authorId: writerId,
    createdAt: other.modifiedAt,
  };
  const forked = annotationFromHeads(
    forkIdentity,
    [
      newHead(
        forkIdentity,
        { ...contentOf(other), deletedAt: null },
        other.modifiedBy,
        other.modifiedAt,
        [],
      ),
    ],
    annotation.orphaned,
  );
  const settled = newHead(
    identityOf(annotation),
    contentOf(kept),
    editor,
    isoOf(now),
    supersede([kept, other]),
    sign,
  );
  return [withHeads(annotation, [settled, ...rest]), forked];
}
