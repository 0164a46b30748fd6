// Only a note's writer may replace or delete it. An incoming version that would supersede a
// version this member holds is let through only when its writer vouches for it: the file is
// signed by the note's writer, or the version carries the writer's own signature (so a note
// relayed by a colleague still updates). Either way the writer's key must be one this member
// knows: their own, or a colleague's pinned key (shared/identity/trust.ts).
//
// Any other such version is refused when the note has a writer's member id: it is not taken in,
// the member's words stay as they are, and the preview says how many were refused. A note from
// before identities (no member id) cannot be vouched for by anyone's key, so a version that
// claims to replace it is held instead: its claim is dropped (its history cut, its rev made
// afresh from its words, its signature removed) and it stays beside the member's version as a
// visible conflict, replacing nothing.
import type { Annotation, MemberKey } from '../model';
import type { SignerCheck } from '../identity/trust';
import { verifyVersion } from '../identity/version-signature';
import {
  annotationFromHeads,
  computeRev,
  headsOf,
  type AnnotationIdentity,
  type Head,
} from './revision';

/** What the receiver trusts: the checked signer of the file and the keys it knows by member id. */
export interface Trust {
  signer: SignerCheck;
  keyFor(memberId: string): MemberKey | undefined;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** May `head`, a version of the note `local` holds, replace what the member holds? */
function vouchedFor(
  local: Annotation,
  head: Head,
  identity: AnnotationIdentity,
  trust: Trust,
): boolean {
  const { signer } = trust;
  const writer = identity.authorId;
  if (writer === null) {
    // A note from before identities on both sides: only a file signed under its writer's name.
    return signer.kind !== 'unsigned' && sameName(local.author, signer.key.name);
  }
  const signedByWriter = signer.kind !== 'unsigned' && signer.key.memberId === writer;
  const key = signedByWriter ? signer.key : trust.keyFor(writer);
  if (!key) return false;
  // A note held here from before identities is claimed only by a key under its writer's name.
  if ((local.authorId ?? null) === null && !sameName(local.author, key.name)) return false;
  if (signedByWriter) return true;
  return (
    computeRev(identity, head) === head.rev &&
    verifyVersion(key.publicKey, identity.id, head.rev, head.sig)
  );
}

function holdBeside(identity: AnnotationIdentity, head: Head): Head {
  const { sig: _sig, ...unsigned } = head;
  const cut = { ...unsigned, ancestors: [] };
  return { ...cut, rev: computeRev(identity, cut) };
}

export interface Guarded {
  /** The copy to merge, or null when every version of it was refused. */
  annotation: Annotation | null;
  /** True when some version was kept beside the member's as a conflict. */
  held: boolean;
  /** How many versions were refused. */
  refused: number;
}

/** The incoming copy, less every version that would wrongly supersede what `local` holds.
 * Returns the copy unchanged when nothing needed guarding. */
export function guardIncoming(
  local: Annotation | undefined,
  incoming: Annotation,
  trust: Trust,
): Guarded {
  const unchanged = { annotation: incoming, held: false, refused: 0 };
  if (!local || local.author !== incoming.author || local.createdAt !== incoming.createdAt)
    return unchanged;
  const localWriter = local.authorId ?? null;
  const incomingWriter = incoming.authorId ?? null;
  // Two writers under one id: the merge keeps both notes apart (renumbering one), so nothing is replaced.
  if (localWriter !== null && incomingWriter !== null && localWriter !== incomingWriter)
    return unchanged;
  const localRevs = new Set(headsOf(local).map((h) => h.rev));
  const identity: AnnotationIdentity = {
    id: incoming.id,
    author: incoming.author,
    authorId: localWriter ?? incomingWriter,
    createdAt: incoming.createdAt,
  };
  const kept: Head[] = [];
  let held = false;
  let refused = 0;
  for (const h of headsOf(incoming)) {
    const supersedes = !localRevs.has(h.rev) && h.ancestors.some((rev) => localRevs.has(rev));
    if (!supersedes || vouchedFor(local, h, identity, trust)) kept.push(h);
    else if (identity.authorId !== null) refused++;
    else {
      kept.push(holdBeside(identity, h));
      held = true;
    }
  }
  if (!held && refused === 0) return unchanged;
  return {
    annotation: kept.length ? annotationFromHeads(identity, kept, incoming.orphaned) : null,
    held,
    refused,
  };
}
