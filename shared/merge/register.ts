// Merging the versions of one annotation (a multi-value register): the union of every version
// either side knows, less any version another one supersedes.
import type { Annotation, AnnotationTarget } from '../model';
import { canonicalJson } from './canonical';
import {
  annotationFromHeads,
  computeRev,
  headsOf,
  versionFingerprint,
  type AnnotationIdentity,
  type Head,
} from './revision';

function sameTarget(a: AnnotationTarget, b: AnnotationTarget): boolean {
  if (a === b) return true;
  const s = a.selector;
  const t = b.selector;
  const sameSelector =
    s === t ||
    (s !== null &&
      t !== null &&
      s.exact === t.exact &&
      s.prefix === t.prefix &&
      s.suffix === t.suffix);
  return (
    sameSelector &&
    a.reportId === b.reportId &&
    a.findingId === b.findingId &&
    a.findingText === b.findingText
  );
}

/** Two copies of one rev with different placements: keep one chosen by the placement alone,
 * so the choice does not depend on which side is "mine". applyMerge re-places it anyway. */
function preferPlacement<T extends { target: AnnotationTarget; sig?: string }>(a: T, b: T): T {
  const chosen =
    sameTarget(a.target, b.target) || canonicalJson(a.target) >= canonicalJson(b.target) ? a : b;
  // A copy that lost its signature (made before it was signed elsewhere) never wins over one
  // that has it; two different signatures keep the smaller, so the choice is order-free.
  const sig = a.sig === undefined ? b.sig : b.sig === undefined || a.sig < b.sig ? a.sig : b.sig;
  return chosen.sig === sig ? chosen : { ...chosen, sig };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The same words, times and history, field by field: the cheap test before any hashing. */
function sameVersion(a: Head, b: Head): boolean {
  return (
    a.body === b.body &&
    a.modifiedAt === b.modifiedAt &&
    a.modifiedBy === b.modifiedBy &&
    a.deletedAt === b.deletedAt &&
    a.kind === b.kind &&
    a.rag === b.rag &&
    a.priority === b.priority &&
    a.followUpOn === b.followUpOn &&
    (a.question === b.question ||
      (a.question !== null &&
        b.question !== null &&
        a.question.status === b.question.status &&
        a.question.answer === b.question.answer)) &&
    sameList(a.tags, b.tags) &&
    sameList(a.ancestors, b.ancestors)
  );
}

/** Add `head` to the versions keyed by rev. A rev that arrives with different words is damaged
 * or forged: both are kept, each under the rev its own words give, so neither overwrites the other.
 * Revs are checked only on such a clash (hashing every version would cost seconds on a large
 * workspace), so with a crafted file the laws weaken to "nothing is lost": a forged copy met in
 * a different order can leave an extra, identical conflict side. Revs this code makes are hashes
 * of the words, so honest copies never clash. */
function addHead(byRev: Map<string, Head>, identity: AnnotationIdentity, head: Head): void {
  const known = byRev.get(head.rev);
  if (!known) {
    byRev.set(head.rev, head);
    return;
  }
  if (
    sameVersion(known, head) ||
    versionFingerprint(identity, known) === versionFingerprint(identity, head)
  ) {
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

/** The common cases without rebuilding: copies with one version each, where one version is the
 * same as or supersedes every other. Returns undefined when the general merge is needed. */
function settledCopy(
  identity: AnnotationIdentity,
  copies: readonly Annotation[],
): Annotation | undefined {
  let best: Annotation | undefined;
  for (const copy of copies) {
    if (copy.conflicts.length > 0 || copy.id !== identity.id) return undefined;
    if (!best) best = copy;
    else if (copy.rev === best.rev) {
      if (!sameVersion(copy, best)) return undefined;
      best = preferPlacement(best, copy);
    } else if (copy.ancestors.includes(best.rev)) best = copy;
    else if (!best.ancestors.includes(copy.rev)) return undefined;
  }
  if (!best) return undefined;
  const orphaned = copies.some((c) => c.orphaned);
  if (best.orphaned === orphaned && best.authorId === identity.authorId) return best;
  return { ...best, orphaned, authorId: identity.authorId };
}

/** Merge copies of one annotation (all with the same identity) into one. */
export function mergeCopies(
  identity: AnnotationIdentity,
  copies: readonly Annotation[],
): Annotation {
  const settled = settledCopy(identity, copies);
  if (settled) return settled;
  const byRev = new Map<string, Head>();
  for (const copy of copies) for (const head of headsOf(copy)) addHead(byRev, identity, head);
  const heads = undominated(byRev.values());
  return annotationFromHeads(
    identity,
    heads,
    copies.some((c) => c.orphaned),
  );
}
