// Member keys with @noble/curves' Ed25519: making an identity, signing and verifying text, and
// the short fingerprint members read out loud to each other to compare keys.
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { MemberIdentity } from '../model/member';
import { newId, sha256Hex } from '../util/hash';

/** A new member: a random id and a fresh key pair (the secret from the platform's random source). */
export function newIdentity(now: Date): MemberIdentity {
  const secret = ed25519.utils.randomSecretKey();
  return {
    memberId: newId('member'),
    publicKey: bytesToHex(ed25519.getPublicKey(secret)),
    privateKey: bytesToHex(secret),
    createdAt: now.toISOString(),
  };
}

/** The public key that belongs to a secret key: a restored identity is checked with it. */
export function publicKeyOf(privateKey: string): string {
  return bytesToHex(ed25519.getPublicKey(hexToBytes(privateKey)));
}

/** Sign `message` (UTF-8) with a secret key; 128 hex digits. */
export function signText(privateKey: string, message: string): string {
  return bytesToHex(ed25519.sign(utf8ToBytes(message), hexToBytes(privateKey)));
}

/** True only when `signature` is a valid signature of `message` by `publicKey`; never throws. */
export function verifyText(publicKey: string, message: string, signature: string): boolean {
  if (!/^[0-9a-f]{128}$/.test(signature) || !/^[0-9a-f]{64}$/.test(publicKey)) return false;
  try {
    return ed25519.verify(hexToBytes(signature), utf8ToBytes(message), hexToBytes(publicKey));
  } catch {
    return false;
  }
}

/** "3F2A 91BC 07D4 5E11": the first 8 bytes of the key's SHA-256, in four groups to read out. */
export function fingerprint(publicKey: string): string {
  return sha256Hex(hexToBytes(publicKey))
    .slice(0, 16)
    .toUpperCase()
    .replace(/(.{4})(?!$)/g, '$1 ');
}
