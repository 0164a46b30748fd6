// The PDF standard security handler, as far as the pre-scan needs it. pdf.js opens an encrypted PDF
// with the empty user password when that works (a file that only forbids printing or copying), and
// then inflates its streams like any others; so the scan must decrypt them too to count what they
// inflate to. A file that needs a password is refused in one line; an encryption the scan cannot
// follow is refused too rather than read unbounded.
import { md5 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { InputError } from '../../errors';
import { concatBytes } from '../../util/bytes';
import { aesCbcDecrypter, aesCbcEncrypt } from './aes';
import type { PdfValue } from './pdf-syntax';

const concat = (...parts: Uint8Array[]): Uint8Array => concatBytes(parts);

const PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

export const PASSWORD_REFUSAL =
  'this PDF is protected by a password; save an unprotected copy (or the Word or text version) and import that.';

export function passwordRefusal(): InputError {
  return new InputError(PASSWORD_REFUSAL, 'pdf-password');
}

function unsupported(what: string): InputError {
  return new InputError(
    `this PDF is encrypted in a way (${what}) that cannot be checked safely; save an unprotected copy (or the Word or text version) and import that.`,
    'pdf-encrypted',
  );
}

export function rc4(key: Uint8Array): (data: Uint8Array) => Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i += 1) s[i] = i;
  for (let i = 0, j = 0; i < 256; i += 1) {
    const si = s[i] ?? 0;
    j = (j + si + (key[i % key.length] ?? 0)) & 0xff;
    s[i] = s[j] ?? 0;
    s[j] = si;
  }
  let a = 0;
  let b = 0;
  return (data) => {
    const out = new Uint8Array(data.length);
    for (let k = 0; k < data.length; k += 1) {
      a = (a + 1) & 0xff;
      const sa = s[a] ?? 0;
      b = (b + sa) & 0xff;
      const sb = s[b] ?? 0;
      s[a] = sb;
      s[b] = sa;
      out[k] = (data[k] ?? 0) ^ (s[(sa + sb) & 0xff] ?? 0);
    }
    return out;
  };
}

/** A stream's decrypter: fed the stream's bytes in pieces, it gives the plain bytes. */
export type Decrypter = (data: Uint8Array) => Uint8Array;

export interface Encryption {
  /** The decrypter for object `num` `gen`'s stream, or null where streams are not encrypted. */
  forStream(num: number, gen: number): Decrypter | null;
  encryptMetadata: boolean;
}

function str(dict: Map<string, PdfValue>, key: string): Uint8Array {
  const value = dict.get(key);
  return value?.type === 'string' ? value.bytes : new Uint8Array(0);
}

function int(dict: Map<string, PdfValue>, key: string, fallback: number): number {
  const value = dict.get(key);
  return value?.type === 'number' ? value.value : fallback;
}

function equalPrefix(a: Uint8Array, b: Uint8Array, n: number): boolean {
  if (a.length < n || b.length < n) return false;
  for (let i = 0; i < n; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** ISO 32000-2 algorithm 2.B: the revision 6 hash of the (empty) password. */
function hash2B(salt: Uint8Array, userKey: Uint8Array): Uint8Array {
  let k = sha256(concat(salt, userKey));
  for (let round = 0; ; round += 1) {
    const k1 = concat(k, userKey);
    const repeated = new Uint8Array(k1.length * 64);
    for (let i = 0; i < 64; i += 1) repeated.set(k1, i * k1.length);
    const e = aesCbcEncrypt(k.subarray(0, 16), k.subarray(16, 32), repeated);
    let sum = 0;
    for (let i = 0; i < 16; i += 1) sum += e[i] ?? 0;
    const which = sum % 3;
    k = which === 0 ? sha256(e) : which === 1 ? sha384(e) : sha512(e);
    if (round >= 63 && (e[e.length - 1] ?? 0) <= round - 31) break;
  }
  return k.subarray(0, 32);
}

/** The file key for the empty user password, or a refusal when it needs another. */
function fileKey(
  dict: Map<string, PdfValue>,
  id: Uint8Array,
  encryptMetadata: boolean,
  keyBits: number,
): Uint8Array {
  const r = int(dict, 'R', 0);
  const o = str(dict, 'O');
  const u = str(dict, 'U');
  if (r === 5 || r === 6) {
    const ue = str(dict, 'UE');
    if (u.length < 48 || ue.length < 32) throw unsupported(`revision ${r}`);
    const check =
      r === 5 ? sha256(u.subarray(32, 40)) : hash2B(u.subarray(32, 40), new Uint8Array(0));
    if (!equalPrefix(check, u, 32)) throw passwordRefusal();
    const intermediate =
      r === 5 ? sha256(u.subarray(40, 48)) : hash2B(u.subarray(40, 48), new Uint8Array(0));
    return aesCbcDecrypter(intermediate, new Uint8Array(16))(ue.subarray(0, 32));
  }
  if (r < 2 || r > 4) throw unsupported(`revision ${r}`);
  const length = r === 2 ? 5 : Math.max(5, Math.min(16, Math.floor(keyBits / 8)));
  const p = int(dict, 'P', 0) | 0;
  const pBytes = Uint8Array.from([p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff, (p >>> 24) & 0xff]);
  let hash = md5(
    concat(
      PADDING,
      o.subarray(0, 32),
      pBytes,
      id,
      r >= 4 && !encryptMetadata ? Uint8Array.from([255, 255, 255, 255]) : new Uint8Array(0),
    ),
  );
  if (r >= 3) for (let i = 0; i < 50; i += 1) hash = md5(hash.subarray(0, length));
  const key = hash.subarray(0, length);
  // Algorithms 4 and 5: the U entry the empty password gives, compared with the file's.
  if (r === 2) {
    if (!equalPrefix(rc4(key)(PADDING), u, 32)) throw passwordRefusal();
  } else {
    let x = rc4(key)(md5(concat(PADDING, id)));
    for (let i = 1; i <= 19; i += 1) x = rc4(key.map((b) => b ^ i))(x);
    if (!equalPrefix(x, u, 16)) throw passwordRefusal();
  }
  return key;
}

/** The key length in bits, where pdf.js finds it: the crypt filter's for version 4 and 5. */
function keyBitsOf(dict: Map<string, PdfValue>, v: number): number {
  let bits = int(dict, 'Length', 40);
  const stmF = dict.get('StmF');
  const filters = dict.get('CF');
  if ((v === 4 || v === 5) && stmF?.type === 'name' && filters?.type === 'dict') {
    const filter = filters.entries.get(stmF.name);
    bits = (filter?.type === 'dict' ? int(filter.entries, 'Length', 0) : 0) || 128;
    if (bits < 40) bits *= 8;
  }
  return bits;
}

type Method = 'none' | 'rc4' | 'aes128' | 'aes256';

function methodOf(dict: Map<string, PdfValue>, v: number): Method {
  if (v === 1 || v === 2) return 'rc4';
  if (v !== 4 && v !== 5) throw unsupported(`version ${v}`);
  const stmF = dict.get('StmF');
  const name = stmF?.type === 'name' ? stmF.name : 'Identity';
  if (name === 'Identity') return 'none';
  const filters = dict.get('CF');
  const filter = filters?.type === 'dict' ? filters.entries.get(name) : undefined;
  const cfm = filter?.type === 'dict' ? filter.entries.get('CFM') : undefined;
  const method = cfm?.type === 'name' ? cfm.name : 'None';
  if (method === 'None') return 'none';
  if (method === 'V2') return 'rc4';
  if (method === 'AESV2') return 'aes128';
  if (method === 'AESV3') return 'aes256';
  throw unsupported(method);
}

/** Reads the /Encrypt dictionary (already resolved) with the file's first /ID string. */
export function openEncryption(dict: Map<string, PdfValue>, id: Uint8Array): Encryption {
  const filter = dict.get('Filter');
  if (filter?.type !== 'name' || filter.name !== 'Standard')
    throw unsupported(filter?.type === 'name' ? filter.name : 'no handler');
  const encryptMetadataValue = dict.get('EncryptMetadata');
  const encryptMetadata = !(
    encryptMetadataValue?.type === 'keyword' && encryptMetadataValue.word === 'false'
  );
  const v = int(dict, 'V', 0);
  const method = methodOf(dict, v);
  const key = fileKey(dict, id, encryptMetadata, keyBitsOf(dict, v));
  return {
    encryptMetadata,
    forStream(num, gen) {
      if (method === 'none') return null;
      if (method === 'aes256') return aesStream(key);
      const salt =
        method === 'aes128' ? Uint8Array.from([0x73, 0x41, 0x6c, 0x54]) : new Uint8Array(0);
      const objectKey = md5(
        concat(
          key,
          Uint8Array.from([
            num & 0xff,
            (num >> 8) & 0xff,
            (num >> 16) & 0xff,
            gen & 0xff,
            (gen >> 8) & 0xff,
          ]),
          salt,
        ),
      ).subarray(0, Math.min(key.length + 5, 16));
      return method === 'rc4' ? rc4(objectKey) : aesStream(objectKey);
    },
  };
}

/** AES streams begin with their 16-byte initialisation vector. */
function aesStream(key: Uint8Array): Decrypter {
  let iv: Uint8Array = new Uint8Array(0);
  let decrypt: Decrypter | null = null;
  return (data) => {
    if (decrypt) return decrypt(data);
    iv = concat(iv, data);
    if (iv.length < 16) return new Uint8Array(0);
    decrypt = aesCbcDecrypter(key, iv.subarray(0, 16));
    return decrypt(iv.subarray(16));
  };
}
