// mergeAnnotations: the state-based merge of two members' annotations. It is commutative,
// associative and idempotent, so copies exchanged in any order, any number of times, agree.
//
// Clashing ids: an id is shared by two copies of one annotation only if their author and
// createdAt agree (the rev hashes them, so related histories always agree) and they do not name
// two different writers' member ids. A copy with no member id (written before identities) joins
// the copy that has one: it is the same note, known before its writer had a key. When they
// differ, the id was reused by mistake or forged, and neither may overwrite the other: the
// earliest (createdAt, then author, then member id) keeps the id and each other one moves to an
// id derived from the clashing id and its own identity. The rule looks only at the annotations
// themselves, never at which side they came from, so every member arrives at the same ids. (With
// forged files the laws weaken to "nothing is lost": a copy without a member id may join a
// different one of two clashing writers depending on the order files arrive.)
import type { Annotation } from '../model';
import { contentId } from '../util/hash';
import { mergeCopies } from './register';
import type { AnnotationIdentity } from './revision';

function identityKey(a: { author: string; createdAt: string; authorId: string | null }): string {
  return `${a.createdAt}\u0000${a.author}\u0000${a.authorId ?? ''}`;
}

/** The id an annotation of this identity gets when another identity already holds `id`. */
export function movedId(
  id: string,
  author: string,
  createdAt: string,
  authorId: string | null = null,
): string {
  return authorId === null
    ? contentId('ann', id, author, createdAt)
    : contentId('ann', id, author, createdAt, authorId);
}

/** The one writer id a group of copies names, null when none does, undefined when two do. */
function writerOf(copies: readonly Annotation[]): string | null | undefined {
  let writer: string | null = null;
  for (const a of copies) {
    const id = a.authorId ?? null;
    if (id === null) continue;
    if (writer === null) writer = id;
    else if (writer !== id) return undefined;
  }
  return writer;
}

/** Group copies by final id, moving clashing identities to derived ids until none clash. */
function groupByIdentity(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  let pending: Annotation[] = [...annotations];
  const settled = new Map<string, Annotation[]>();
  // Each pass moves clashes to hashed ids; a second clash would need a hash collision, so the
  // loop ends after one or two passes. The cap only guards against a crafted file.
  for (let pass = 0; pending.length > 0 && pass < 8; pass++) {
    const byId = new Map<string, Annotation[]>();
    for (const a of pending) {
      const group = byId.get(a.id);
      if (group) group.push(a);
      else byId.set(a.id, [a]);
    }
    pending = [];
    for (const [id, group] of byId) {
      const held = settled.get(id);
      const all = held ? [...held, ...group] : group;
      const head = all[0];
      if (
        !head ||
        (all.every((a) => a.author === head.author && a.createdAt === head.createdAt) &&
          writerOf(all) !== undefined)
      ) {
        settled.set(id, all);
        continue;
      }
      const keys = new Set(all.map(identityKey));
      const first = [...keys].sort()[0];
      settled.delete(id);
      const keep: Annotation[] = [];
      for (const a of all) {
        if (identityKey(a) === first) keep.push(a);
        else pending.push({ ...a, id: movedId(id, a.author, a.createdAt, a.authorId ?? null) });
      }
      settled.set(id, keep);
    }
  }
  for (const a of pending) settled.set(a.id, [...(settled.get(a.id) ?? []), a]);
  return settled;
}

/** Merge two sets of annotations; the result is sorted by id. */
export function mergeAnnotations(
  mine: readonly Annotation[],
  theirs: readonly Annotation[],
): Annotation[] {
  return mergeAll([...mine, ...theirs]);
}

/** Merge any number of copies at once (the same result as merging them pairwise in any order). */
export function mergeAll(annotations: readonly Annotation[]): Annotation[] {
  const merged: Annotation[] = [];
  for (const [id, copies] of groupByIdentity(annotations)) {
    const first = copies[0];
    if (!first) continue;
    const identity: AnnotationIdentity = {
      id,
      author: first.author,
      authorId: writerOf(copies) ?? null,
      createdAt: first.createdAt,
    };
    merged.push(mergeCopies(identity, copies));
  }
  return merged.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
