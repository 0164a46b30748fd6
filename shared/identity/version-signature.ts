// A note's versions are signed by their writer, so that a version may replace an earlier one
// wherever it travels (relayed by a colleague too): the signature covers the note's id and the
// version's rev, and the rev is a hash of the note's identity, words, times and history
// (shared/merge/revision.ts), so it is checked again from the words before the signature is.
import type { MemberIdentity } from '../model/member';
import { signText, verifyText } from './keys';

/** Signs a version as it is made: (note id, rev) to 128 hex digits. */
export type SignVersion = (noteId: string, rev: string) => string;

function versionText(noteId: string, rev: string): string {
  return `scrutiny-desk/version-signature/1\n${noteId}\n${rev}`;
}

export function versionSigner(identity: MemberIdentity): SignVersion {
  return (noteId, rev) => signText(identity.privateKey, versionText(noteId, rev));
}

export function verifyVersion(
  publicKey: string,
  noteId: string,
  rev: string,
  sig: string | undefined,
): boolean {
  return sig !== undefined && verifyText(publicKey, versionText(noteId, rev), sig);
}
