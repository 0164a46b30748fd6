// Pins that bytes leaving over IPC never drag the rest of a shared buffer along.
import { describe, expect, it } from 'vitest';
import { ownBytes } from '../../../electron/ipc/own-bytes';

describe('ownBytes', () => {
  it('copies a view into a larger buffer down to just its bytes', () => {
    const pool = new Uint8Array([9, 9, 1, 2, 3, 9, 9]);
    const view = pool.subarray(2, 5);
    const own = ownBytes(view);
    expect(own).toEqual(new Uint8Array([1, 2, 3]));
    expect(own.buffer.byteLength).toBe(3);
    expect(own).not.toBeInstanceOf(Buffer);
  });

  it('keeps the same memory when the view already owns its whole buffer', () => {
    const whole = new Uint8Array([1, 2, 3]);
    expect(ownBytes(whole).buffer).toBe(whole.buffer);
  });

  it('turns a small pooled Node Buffer into a plain, exact Uint8Array', () => {
    const pooled = Buffer.from('abc');
    const own = ownBytes(pooled);
    expect(new TextDecoder().decode(own)).toBe('abc');
    expect(own.buffer.byteLength).toBe(3);
  });
});
