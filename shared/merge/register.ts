// Merging the versions of one annotation (a multi-value register): the union of every version
// either side knows, less any version another one supersedes.
import type { Annotation } from '../model';
import { canonicalJson } from './canonical';
import { annotationFromHeads, computeRev, headsOf, versionFingerprint, type AnnotationIdentity, type Head } from './revision';

/** Two copies of one rev with different placements: keep one chosen by the placement alone,
 * so the choice does not depend on which side is "mine". applyMerge re-places it anyway. */
function preferPlacement(a: Head, b: Head): Head {
  return canonicalJson(a.target) >= canonicalJson(b.target) ? a : b;
}

/** Add `head` to the versions keyed by rev. A rev that arrives with different words is damaged
 * or forged: both are kept, each under the rev its own words give, so neither overwrites the other. */
function addHead(byRev: Map<string, Head>, identity: AnnotationIdentity, head: Head): void {
  const known = byRev.get(head.rev);
  if (!known) {
    byRev.set(head.rev, head);
    return;
  }
  if (known === head) return;
  const knownPrint = versionFingerprint(identity, known);
  const headPrint = versionFingerprint(identity, head);
  if (knownPrint === headPrint) {
    byRev.set(head.rev, preferPlacement(known, head));
    return;
  }
  byRev.delete(head.rev);
  for (const version of [known, head]) {
    const rev = computeRev(identity, version);
    const other = byRev.get(rev);
    byRev.set(rev, other ? preferPlacement(other, { ...version, rev }) : { ...version, rev });
  }
}

/** The heads left once superseded versions are dropped. */
export function undominated(heads: Iterable<Head>): Head[] {
  const all = [...heads];
  const superseded = new Set<string>();
  for (const head of all) for (const rev of head.ancestors) superseded.add(rev);
  return all.filter((head) => !superseded.has(head.rev));
}

/** Merge copies of one annotation (all with the same identity) into one. */
export function mergeCopies(identity: AnnotationIdentity, copies: readonly Annotation[]): Annotation {
  const only = copies.length === 1 ? copies[0] : undefined;
  if (only && only.id === identity.id && only.conflicts.length === 0) return only;
  const byRev = new Map<string, Head>();
  for (const copy of copies) for (const head of headsOf(copy)) addHead(byRev, identity, head);
  const heads = undominated(byRev.values());
  return annotationFromHeads(identity, heads, copies.some((c) => c.orphaned));
}
