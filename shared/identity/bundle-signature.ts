// Signing a share bundle and checking its signature. The signature covers the whole envelope
// (format, version, times, sender and data) in canonical JSON (shared/merge/canonical.ts), less
// the signature itself, so any change to a signed file after it was saved is caught.
import { InputError } from '../errors';
import type { BundleFile } from '../files/envelope';
import type { MemberIdentity, MemberKey } from '../model/member';
import { canonicalJson } from '../merge/canonical';
import { sha256Hex } from '../util/hash';
import { signText, verifyText } from './keys';

/** What is signed: a fixed label (so no other text of ours can pass for it) and the SHA-256 of
 * the envelope's canonical JSON without its `signature`. */
export function signedText(envelope: Record<string, unknown>): string {
  const { signature: _signature, ...rest } = envelope;
  return `scrutiny-desk/bundle-signature/1\n${sha256Hex(canonicalJson(rest))}`;
}

/** The bundle signed by `identity`. */
export function signBundle(file: BundleFile, identity: MemberIdentity): BundleFile {
  const { signature: _old, ...unsigned } = file;
  const value = signText(identity.privateKey, signedText(unsigned));
  return {
    ...unsigned,
    signature: { memberId: identity.memberId, publicKey: identity.publicKey, value },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const AGAIN =
  'nothing was taken in; ask the sender to save their notes again and send you the new file.';

/** Check the signature of a bundle as read (before any upgrade): the signer, with the name the
 * file gives, or null for an unsigned bundle. A cut or wrong signature is one InputError. */
export function checkBundleSignature(envelope: Record<string, unknown>): MemberKey | null {
  const signature = envelope.signature;
  if (signature === undefined) return null;
  const sender =
    typeof envelope.exportedBy === 'string' && envelope.exportedBy
      ? envelope.exportedBy
      : 'the sender';
  if (
    !isRecord(signature) ||
    typeof signature.value !== 'string' ||
    typeof signature.memberId !== 'string' ||
    typeof signature.publicKey !== 'string'
  ) {
    throw new InputError(
      `the file's signature is not complete, so it cannot show that ${sender} sent it; ${AGAIN}`,
      'bundle-signature-truncated',
    );
  }
  const { value, memberId, publicKey } = signature;
  if (/^[0-9a-f]*$/.test(value) && value.length < 128) {
    throw new InputError(
      `the file's signature is cut short, so it cannot show that ${sender} sent it; ${AGAIN}`,
      'bundle-signature-truncated',
    );
  }
  if (!verifyText(publicKey, signedText(envelope), value)) {
    throw new InputError(
      `the file's signature does not match what it holds: it was changed after ${sender} saved it, or damaged on the way; ${AGAIN}`,
      'bundle-bad-signature',
    );
  }
  return {
    memberId,
    name: typeof envelope.exportedBy === 'string' ? envelope.exportedBy : '',
    publicKey,
  };
}
