// A file's hash is the same whether the platform's Web Crypto or the JavaScript SHA-256 makes it:
// a report's sha256 (and the ids made from it) must not depend on where it was imported.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex, sha256HexOfFile } from '../../../shared/util/hash';

const inputs = [
  new Uint8Array(0),
  new TextEncoder().encode('abc'),
  Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7919) & 0xff),
  // A view into a larger buffer: only its own bytes are hashed.
  new Uint8Array(new ArrayBuffer(64), 8, 16).fill(5),
];

describe('sha256HexOfFile', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the digits sha256Hex gives', async () => {
    expect(await sha256HexOfFile(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    for (const bytes of inputs) expect(await sha256HexOfFile(bytes)).toBe(sha256Hex(bytes));
  });

  it('gives them without Web Crypto too', async () => {
    vi.stubGlobal('crypto', {});
    for (const bytes of inputs) expect(await sha256HexOfFile(bytes)).toBe(sha256Hex(bytes));
  });
});
