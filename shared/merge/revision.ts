// Versions of an annotation as a multi-value register: each version (a "head" while nothing
// supersedes it) has a content-derived rev and the revs it supersedes.
//
// Why the rev leaves out `target`: where a note sits (report and finding ids, finding text) is
// placement in one member's copy of a report, re-anchored on import; the member's words and
// choices are what the rev identifies. Moving a note is still an edit (new modifiedAt, new rev).
//
// Why ancestors are bounded at MAX_ANCESTORS: a version lists every rev it supersedes, newest
// last, so "v is superseded by u" is one lookup and the list is closed under ancestry, which is
// what makes merge associative (a dropped version's supersessor lists everything it listed).
// Truncation keeps the newest MAX_ANCESTORS revs, so the laws hold exactly while no copy is more
// than MAX_ANCESTORS edits of one note behind another. Beyond that the only thing that can go
// wrong is safe: a very old version that a copy still holds is no longer recognised as
// superseded and reappears as a conflict for the member to resolve; nothing is ever dropped.
import type { Annotation, AnnotationContent, AnnotationVersion } from '../model';
import { contentId } from '../util/hash';
import { canonicalJson } from './canonical';

export const MAX_ANCESTORS = 500;

/** One version with its history: the current one of an annotation or one of its conflicts. */
export type Head = AnnotationVersion & { ancestors: string[] };

/** Who an annotation is, beyond its id: forged or accidental id clashes differ here. The
 * writer's member id is not hashed into revs (revs made before identities must stay valid);
 * it takes part in telling clashing copies apart (merge-annotations.ts). */
export interface AnnotationIdentity {
  id: string;
  author: string;
  authorId: string | null;
  createdAt: string;
}

export function contentOf(version: AnnotationContent): AnnotationContent {
  return {
    kind: version.kind,
    target: version.target,
    body: version.body,
    question: version.question,
    rag: version.rag,
    priority: version.priority,
    tags: version.tags,
    followUpOn: version.followUpOn,
    deletedAt: version.deletedAt,
  };
}

/** The hashed part of a version: everything but its placement and its own rev. */
export function versionFingerprint(identity: AnnotationIdentity, head: Omit<Head, 'rev'>): string {
  const { target: _placement, ...words } = contentOf(head);
  return canonicalJson({
    identity: { id: identity.id, author: identity.author, createdAt: identity.createdAt },
    words,
    modifiedAt: head.modifiedAt,
    modifiedBy: head.modifiedBy,
    ancestors: head.ancestors,
  });
}

export function computeRev(identity: AnnotationIdentity, head: Omit<Head, 'rev'>): string {
  return contentId('rev', versionFingerprint(identity, head));
}

/** The version fields of a head: its words, rev, times, history and (when signed) signature. */
function versionOf(v: Head): Head {
  const head: Head = {
    ...contentOf(v),
    rev: v.rev,
    modifiedAt: v.modifiedAt,
    modifiedBy: v.modifiedBy,
    ancestors: v.ancestors,
  };
  if (v.sig !== undefined) head.sig = v.sig;
  return head;
}

export function headOf(annotation: Annotation): Head {
  return versionOf(annotation);
}

/** Every unresolved version: the current one first, then its conflicts. */
export function headsOf(annotation: Annotation): Head[] {
  return [headOf(annotation), ...annotation.conflicts.map(versionOf)];
}

/** Display order of heads: live before deleted, then newest, then by rev, so every copy shows
 * the same current version. A concurrent edit outranks a concurrent deletion for display; the
 * deletion stays listed as a conflict. */
export function compareHeads(a: Head, b: Head): number {
  const aLive = a.deletedAt === null ? 0 : 1;
  const bLive = b.deletedAt === null ? 0 : 1;
  if (aLive !== bLive) return aLive - bLive;
  if (a.modifiedAt !== b.modifiedAt)
    return (
      Date.parse(b.modifiedAt) - Date.parse(a.modifiedAt) || (a.modifiedAt < b.modifiedAt ? 1 : -1)
    );
  return a.rev < b.rev ? 1 : a.rev > b.rev ? -1 : 0;
}

/** Build the annotation from its identity and its (non-empty, mutually concurrent) heads. */
export function annotationFromHeads(
  identity: AnnotationIdentity,
  heads: readonly Head[],
  orphaned: boolean,
): Annotation {
  const [current, ...others] = [...heads].sort(compareHeads);
  if (!current) throw new Error('an annotation needs at least one version');
  return {
    ...versionOf(current),
    id: identity.id,
    author: identity.author,
    authorId: identity.authorId,
    createdAt: identity.createdAt,
    conflicts: others.map(versionOf),
    orphaned,
  };
}

/** The history of a version that supersedes `replaced`: their ancestors and revs, oldest first,
 * each rev once (its newest position kept), bounded to the newest MAX_ANCESTORS. */
export function supersede(replaced: readonly Head[]): string[] {
  const ordered = [...replaced].sort((a, b) => -compareHeads(a, b));
  const seen = new Set<string>();
  const newestLast: string[] = [];
  const all = ordered.flatMap((h) => [...h.ancestors, h.rev]);
  for (let i = all.length - 1; i >= 0; i--) {
    const rev = all[i] as string;
    if (!seen.has(rev)) {
      seen.add(rev);
      newestLast.push(rev);
    }
  }
  newestLast.reverse();
  return newestLast.slice(-MAX_ANCESTORS);
}
