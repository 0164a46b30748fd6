// Pins the single-instance lock: a second copy quits; the first comes to the front.
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { claimSingleInstance } from '../../electron/single-instance';

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>();
  return {
    listeners,
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn((name: string, listener: () => void) => listeners.set(name, listener)),
  };
}

describe('claimSingleInstance', () => {
  it('quits a second copy without listening for anything', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as never, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('restores and focuses the first copy when a second is launched', () => {
    const app = fakeApp(true);
    const window = {
      isMinimized: vi.fn(() => true),
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    };
    expect(claimSingleInstance(app as never, () => window as unknown as BrowserWindow)).toBe(true);
    app.listeners.get('second-instance')?.();
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('does nothing on a second launch before the window exists', () => {
    const app = fakeApp(true);
    claimSingleInstance(app as never, () => null);
    expect(() => app.listeners.get('second-instance')?.()).not.toThrow();
  });
});
