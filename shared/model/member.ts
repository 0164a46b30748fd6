// A member is an identity, not a typed name: an id and an Ed25519 key pair made on first start.
// The display name is only a label. Colleagues' public keys are pinned the first time they are seen.
import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/** 32 bytes as 64 lower-case hex digits: an Ed25519 public or secret key. */
export const KeyHex = z.string().regex(/^[0-9a-f]{64}$/, 'a key is 64 hex digits');

/** This install's member: the private key never leaves the workspace file (the backup). */
export const MemberIdentity = z.object({
  memberId: Id,
  publicKey: KeyHex,
  privateKey: KeyHex,
  createdAt: IsoDateTime,
});
export type MemberIdentity = z.infer<typeof MemberIdentity>;

/** A colleague's key as first seen (trust on first use); a later file with another key is refused. */
export const PinnedKey = z.object({
  memberId: Id,
  name: z.string().max(200),
  publicKey: KeyHex,
  pinnedAt: IsoDateTime,
});
export type PinnedKey = z.infer<typeof PinnedKey>;

/** Who a note's author or a file's signer is, as a file says it. */
export const MemberKey = z.object({
  memberId: Id,
  name: z.string().max(200),
  publicKey: KeyHex,
});
export type MemberKey = z.infer<typeof MemberKey>;
