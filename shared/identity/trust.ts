// Trust on first use: who signed an incoming file, checked against this member's own identity
// and the colleagues' keys pinned before. A key first seen is shown with its fingerprint and
// pinned when the member takes the notes in; a known member or name with another key is refused.
import { InputError } from '../errors';
import type { MemberIdentity, MemberKey, PinnedKey } from '../model/member';
import type { Settings } from '../model/settings';
import { fingerprint, publicKeyOf } from './keys';

/** What this member knows: who they are and whose keys they have pinned. */
export interface Keyring {
  me: MemberIdentity | null;
  myName: string;
  colleagues: readonly PinnedKey[];
}

export function keyringOf(settings: Settings | null): Keyring {
  return {
    me: settings?.identity ?? null,
    myName: settings?.memberName ?? '',
    colleagues: settings?.colleagues ?? [],
  };
}

/** The signer of an incoming file as checked: this member (their own file from another
 * computer), a colleague pinned before, a key seen for the first time, or nobody (unsigned). */
export type SignerCheck =
  | { kind: 'me'; key: MemberKey }
  | { kind: 'pinned'; key: MemberKey }
  | { kind: 'new'; key: MemberKey }
  | { kind: 'unsigned' };

const sameName = (a: string, b: string) =>
  a.trim().toLowerCase() === b.trim().toLowerCase() && a.trim() !== '';

/** Check the signer against the keyring; a claim that does not fit is one InputError. */
export function checkSigner(keyring: Keyring, signer: MemberKey | null): SignerCheck {
  if (!signer) return { kind: 'unsigned' };
  const { me } = keyring;
  const name = signer.name || 'the sender';
  if (me && signer.memberId === me.memberId) {
    if (signer.publicKey === me.publicKey) return { kind: 'me', key: signer };
    throw new InputError(
      `this file claims to come from you (your member id) but is signed with a key that is not yours (fingerprint ${fingerprint(signer.publicKey)}); nothing was taken in. Do not use it, and tell the colleague who sent it.`,
      'bundle-claims-me',
    );
  }
  const pinned = keyring.colleagues.find((c) => c.memberId === signer.memberId);
  if (pinned) {
    if (pinned.publicKey === signer.publicKey) return { kind: 'pinned', key: signer };
    throw new InputError(
      `this file says it is from ${pinned.name || name} but is signed with a different key (fingerprint ${fingerprint(signer.publicKey)}) from the one you accepted before (${fingerprint(pinned.publicKey)}); nothing was taken in. Ask ${pinned.name || name} in person or by phone whether they changed computer; if they did, remove their old key in Settings, then take the file in again.`,
      'bundle-key-changed',
    );
  }
  if (me && sameName(signer.name, keyring.myName)) {
    throw new InputError(
      `this file is signed under your own name (${keyring.myName}) by a key that is not yours (fingerprint ${fingerprint(signer.publicKey)}); nothing was taken in. Do not use it, and tell the colleague who sent it.`,
      'bundle-claims-my-name',
    );
  }
  const namesake = keyring.colleagues.find((c) => sameName(c.name, signer.name));
  if (namesake) {
    throw new InputError(
      `this file is signed by a key you do not know (fingerprint ${fingerprint(signer.publicKey)}) under the name of ${namesake.name}, whose key you already have (${fingerprint(namesake.publicKey)}); nothing was taken in. Ask ${namesake.name} in person or by phone whether they changed computer; if they did, remove their old key in Settings, then take the file in again.`,
      'bundle-unknown-key',
    );
  }
  return { kind: 'new', key: signer };
}

/** The colleagues' keys with `keys` pinned (those already there, and this member's own, are left). */
export function pinKeys(
  colleagues: readonly PinnedKey[],
  keys: readonly MemberKey[],
  me: MemberIdentity | null,
  now: Date,
): PinnedKey[] {
  const next = [...colleagues];
  for (const key of keys) {
    if (key.memberId === me?.memberId || next.some((c) => c.memberId === key.memberId)) continue;
    next.push({
      memberId: key.memberId,
      name: key.name,
      publicKey: key.publicKey,
      pinnedAt: now.toISOString(),
    });
  }
  return next;
}

/** A workspace file vouches for its own member when it holds the secret key of its identity. */
export function workspaceSigner(settings: Settings | null, exportedBy: string): MemberKey | null {
  const identity = settings?.identity;
  if (!identity) return null;
  try {
    if (publicKeyOf(identity.privateKey) !== identity.publicKey) return null;
  } catch {
    return null;
  }
  return {
    memberId: identity.memberId,
    name: settings.memberName || exportedBy,
    publicKey: identity.publicKey,
  };
}

/** The keys an incoming file lists for its sender and its notes' writers, each checked like the
 * signer (one that does not fit is one InputError); returns the ones seen for the first time. */
export function checkMembers(keyring: Keyring, members: readonly MemberKey[]): MemberKey[] {
  const fresh = new Map<string, MemberKey>();
  for (const key of members) {
    const checked = checkSigner(keyring, key);
    if (checked.kind !== 'new') continue;
    const seen = fresh.get(key.memberId);
    if (seen && seen.publicKey !== key.publicKey) {
      throw new InputError(
        `this file gives two different keys for ${key.name || 'one member'}; it may have been edited by hand, so nothing was taken in. Ask the sender to save their notes again.`,
        'file-members-disagree',
      );
    }
    fresh.set(key.memberId, key);
  }
  return [...fresh.values()];
}

/** Every key this member may check a writer's signature with, by member id. */
export function keysOf(keyring: Keyring, fresh: readonly MemberKey[]): Map<string, MemberKey> {
  const keys = new Map<string, MemberKey>();
  for (const key of fresh) keys.set(key.memberId, key);
  for (const c of keyring.colleagues)
    keys.set(c.memberId, { memberId: c.memberId, name: c.name, publicKey: c.publicKey });
  if (keyring.me)
    keys.set(keyring.me.memberId, {
      memberId: keyring.me.memberId,
      name: keyring.myName,
      publicKey: keyring.me.publicKey,
    });
  return keys;
}
