// Hashes and deterministic ids: two members importing the same report get the same ids.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

/** sha256Hex of a file's bytes, by the platform's own SHA-256 (Web Crypto) where there is one:
 * off this thread, and much faster than the JavaScript one on a whole file (a 0.5 MB PDF took
 * about 20 ms of a cold import). The same digits either way. */
export async function sha256HexOfFile(data: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256Hex(data);
  try {
    // Web Crypto takes a copy of the bytes when called, so later changes to them do not count.
    return bytesToHex(
      new Uint8Array(await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>)),
    );
  } catch {
    return sha256Hex(data);
  }
}

/** A short id made from content: `prefix-` and 20 hex digits of the SHA-256 of the parts. */
export function contentId(prefix: string, ...parts: readonly (string | number)[]): string {
  return `${prefix}-${sha256Hex(parts.join('\u241f')).slice(0, 20)}`;
}

/** A random id for things members create (annotations, meetings, packs). */
export function newId(prefix: string): string {
  return `${prefix}-${globalThis.crypto.randomUUID()}`;
}
