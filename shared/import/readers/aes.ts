// AES (128 and 256-bit keys) in CBC mode without padding, for the PDF pre-scan's decryption of
// encrypted PDFs that open with an empty password (pdf-crypt.ts). Small and synchronous; it is
// checked against Node's crypto in tests/hostile/pdf-crypt.test.ts.

export const SBOX = new Uint8Array(256);
const INV_SBOX = new Uint8Array(256);
(() => {
  // The S-box from the multiplicative inverse in GF(2^8) and the affine map.
  let p = 1;
  let q = 1;
  do {
    p = (p ^ ((p << 1) & 0xff) ^ (p & 0x80 ? 0x1b : 0)) & 0xff;
    q ^= q << 1;
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    const x = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4);
    SBOX[p] = (x ^ 0x63) & 0xff;
  } while (p !== 1);
  SBOX[0] = 0x63;
  for (let i = 0; i < 256; i += 1) INV_SBOX[SBOX[i] ?? 0] = i;
})();

function rotl8(x: number, shift: number): number {
  return ((x << shift) | (x >> (8 - shift))) & 0xff;
}

function xtime(x: number): number {
  return ((x << 1) ^ (x & 0x80 ? 0x1b : 0)) & 0xff;
}

function mul(a: number, b: number): number {
  let result = 0;
  for (let i = 0; i < 8 && b; i += 1) {
    if (b & 1) result ^= a;
    a = xtime(a);
    b >>= 1;
  }
  return result;
}

function expandKey(key: Uint8Array): Uint8Array {
  const nk = key.length / 4;
  const rounds = nk + 6;
  const w = new Uint8Array(16 * (rounds + 1));
  w.set(key);
  let rcon = 1;
  for (let i = nk; i < 4 * (rounds + 1); i += 1) {
    let t = [w[4 * i - 4] ?? 0, w[4 * i - 3] ?? 0, w[4 * i - 2] ?? 0, w[4 * i - 1] ?? 0];
    if (i % nk === 0) {
      t = [
        (SBOX[t[1] ?? 0] ?? 0) ^ rcon,
        SBOX[t[2] ?? 0] ?? 0,
        SBOX[t[3] ?? 0] ?? 0,
        SBOX[t[0] ?? 0] ?? 0,
      ];
      rcon = xtime(rcon);
    } else if (nk > 6 && i % nk === 4) t = t.map((b) => SBOX[b] ?? 0);
    for (let j = 0; j < 4; j += 1) w[4 * i + j] = (w[4 * (i - nk) + j] ?? 0) ^ (t[j] ?? 0);
  }
  return w;
}

function addRoundKey(s: Uint8Array, w: Uint8Array, round: number): void {
  for (let i = 0; i < 16; i += 1) s[i] = (s[i] ?? 0) ^ (w[16 * round + i] ?? 0);
}

const X2 = Uint8Array.from({ length: 256 }, (_, x) => xtime(x));
const TEMP = new Uint8Array(16);

function encryptBlock(s: Uint8Array, w: Uint8Array): void {
  const rounds = w.length / 16 - 1;
  const t = TEMP;
  addRoundKey(s, w, 0);
  for (let round = 1; round <= rounds; round += 1) {
    // SubBytes and ShiftRows together (column-major state: byte r + 4c).
    for (let c = 0; c < 4; c += 1)
      for (let r = 0; r < 4; r += 1) t[r + 4 * c] = SBOX[s[r + 4 * ((c + r) % 4)] ?? 0] ?? 0;
    if (round < rounds) {
      for (let c = 0; c < 4; c += 1) {
        const a0 = t[4 * c] ?? 0;
        const a1 = t[4 * c + 1] ?? 0;
        const a2 = t[4 * c + 2] ?? 0;
        const a3 = t[4 * c + 3] ?? 0;
        const b0 = X2[a0] ?? 0;
        const b1 = X2[a1] ?? 0;
        const b2 = X2[a2] ?? 0;
        const b3 = X2[a3] ?? 0;
        s[4 * c] = b0 ^ b1 ^ a1 ^ a2 ^ a3;
        s[4 * c + 1] = a0 ^ b1 ^ b2 ^ a2 ^ a3;
        s[4 * c + 2] = a0 ^ a1 ^ b2 ^ b3 ^ a3;
        s[4 * c + 3] = b0 ^ a0 ^ a1 ^ a2 ^ b3;
      }
    } else s.set(t);
    addRoundKey(s, w, round);
  }
}

const MUL = [9, 11, 13, 14].map((factor) =>
  Uint8Array.from({ length: 256 }, (_, x) => mul(x, factor)),
);
const [M9, M11, M13, M14] = MUL as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];

function decryptBlock(s: Uint8Array, w: Uint8Array): void {
  const rounds = w.length / 16 - 1;
  addRoundKey(s, w, rounds);
  for (let round = rounds - 1; round >= 0; round -= 1) {
    const t = Uint8Array.from(s);
    for (let r = 1; r < 4; r += 1)
      for (let c = 0; c < 4; c += 1) s[r + 4 * ((c + r) % 4)] = t[r + 4 * c] ?? 0;
    for (let i = 0; i < 16; i += 1) s[i] = INV_SBOX[s[i] ?? 0] ?? 0;
    addRoundKey(s, w, round);
    if (round > 0) {
      for (let c = 0; c < 4; c += 1) {
        const [a0 = 0, a1 = 0, a2 = 0, a3 = 0] = [
          s[4 * c],
          s[4 * c + 1],
          s[4 * c + 2],
          s[4 * c + 3],
        ];
        const m = (table: Uint8Array, x: number) => table[x] ?? 0;
        s[4 * c] = m(M14, a0) ^ m(M11, a1) ^ m(M13, a2) ^ m(M9, a3);
        s[4 * c + 1] = m(M9, a0) ^ m(M14, a1) ^ m(M11, a2) ^ m(M13, a3);
        s[4 * c + 2] = m(M13, a0) ^ m(M9, a1) ^ m(M14, a2) ^ m(M11, a3);
        s[4 * c + 3] = m(M11, a0) ^ m(M13, a1) ^ m(M9, a2) ^ m(M14, a3);
      }
    }
  }
}

/** CBC encryption of whole blocks (a partial last block is dropped), no padding added. */
export function aesCbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const w = expandKey(key);
  const out = new Uint8Array(data.length - (data.length % 16));
  let previous = Uint8Array.from(iv.subarray(0, 16));
  for (let at = 0; at < out.length; at += 16) {
    const block = Uint8Array.from(data.subarray(at, at + 16));
    for (let i = 0; i < 16; i += 1) block[i] = (block[i] ?? 0) ^ (previous[i] ?? 0);
    encryptBlock(block, w);
    out.set(block, at);
    previous = block;
  }
  return out;
}

/** A CBC decrypter fed in pieces (a stream's bytes), giving whole blocks out; padding is left on. */
export function aesCbcDecrypter(key: Uint8Array, iv: Uint8Array): (data: Uint8Array) => Uint8Array {
  const w = expandKey(key);
  let previous = Uint8Array.from(iv.subarray(0, 16));
  let pending = new Uint8Array(0);
  return (data) => {
    const all = new Uint8Array(pending.length + data.length);
    all.set(pending);
    all.set(data, pending.length);
    const whole = all.length - (all.length % 16);
    const out = new Uint8Array(whole);
    for (let at = 0; at < whole; at += 16) {
      const cipher = all.slice(at, at + 16);
      const block = cipher.slice();
      decryptBlock(block, w);
      for (let i = 0; i < 16; i += 1) block[i] = (block[i] ?? 0) ^ (previous[i] ?? 0);
      out.set(block, at);
      previous = cipher;
    }
    pending = all.slice(whole);
    return out;
  };
}
