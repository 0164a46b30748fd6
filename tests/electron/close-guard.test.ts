// Pins the close handshake with Electron mocked: a window with saves pending is held open until
// the renderer reports them done, at most 3 seconds, then the member is asked; nothing pending,
// nothing held.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_WAIT_MS, guardWindowClose } from '../../electron/close-guard';
import { SaveStates } from '../../electron/ipc/saves';

class FakeWindow extends EventEmitter {
  webContents = { id: 4 };
  closed = 0;
  /** What a member's click on the close box does: emit 'close', and close unless prevented. */
  tryClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed++;
    return !prevented;
  }
  close(): void {
    this.tryClose();
  }
}

function setUp(answer = 0) {
  const states = new SaveStates();
  const window = new FakeWindow();
  const dialog = {
    showMessageBox: vi.fn(async (_window: unknown, _options: unknown) => ({
      response: answer,
      checkboxChecked: false,
    })),
  };
  const onKeptOpen = vi.fn();
  guardWindowClose(window as never, { states, dialog: dialog as never, onKeptOpen });
  return { states, window, dialog, onKeptOpen };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('guardWindowClose', () => {
  it('lets a window with nothing to save close at once', () => {
    const { window, dialog } = setUp();
    expect(window.tryClose()).toBe(true);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('holds the close while saves are pending and closes as soon as they are done', async () => {
    const { states, window, dialog } = setUp();
    states.set(4, true);
    expect(window.tryClose()).toBe(false);
    expect(window.tryClose()).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(window.closed).toBe(0);
    states.set(4, false);
    await vi.advanceTimersByTimeAsync(0);
    expect(window.closed).toBe(1);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('waits no more than 3 seconds, then warns; "Close anyway" closes', async () => {
    const { states, window, dialog } = setUp(1);
    states.set(4, true);
    window.tryClose();
    await vi.advanceTimersByTimeAsync(CLOSE_WAIT_MS - 1);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(CLOSE_WAIT_MS).toBe(3000);
    expect(dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({
      type: 'warning',
      message: 'Some of your typing is not saved yet.',
      buttons: ['Keep the window open', 'Close anyway'],
      cancelId: 0,
    });
    expect(window.closed).toBe(1);
  });

  it('keeps the window open when the member says so, and calls off a quit', async () => {
    const { states, window, onKeptOpen } = setUp(0);
    states.set(4, true);
    window.tryClose();
    await vi.advanceTimersByTimeAsync(CLOSE_WAIT_MS);
    expect(window.closed).toBe(0);
    expect(onKeptOpen).toHaveBeenCalledOnce();
    // Once the saves land, the next close goes through.
    states.set(4, false);
    expect(window.tryClose()).toBe(true);
  });

  it('only waits for its own window', async () => {
    const { states, window } = setUp();
    states.set(9, true);
    expect(window.tryClose()).toBe(true);
  });
});
