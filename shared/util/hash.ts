// Hashes and deterministic ids: two members importing the same report get the same ids.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

/** A short id made from content: `prefix-` and 20 hex digits of the SHA-256 of the parts. */
export function contentId(prefix: string, ...parts: readonly (string | number)[]): string {
  return `${prefix}-${sha256Hex(parts.join('\u241f')).slice(0, 20)}`;
}

/** A random id for things members create (annotations, meetings, packs). */
export function newId(prefix: string): string {
  return `${prefix}-${globalThis.crypto.randomUUID()}`;
}
