// Pins the IPC gate: no handler runs for a foreign sender or for arguments outside the contract.
import { describe, expect, it, vi } from 'vitest';
import { IpcRefusedError, handleChannel } from '../../../electron/ipc/handle';
import { eventFrom, fakeIpcMain } from '../fakes';

function gated() {
  const ipc = fakeIpcMain();
  const handler = vi.fn(async (_event: unknown, url: string) => url.length > 0);
  handleChannel(ipc, 'shell:open-external', handler);
  return { ipc, handler };
}

describe('handleChannel', () => {
  it('runs the handler for the app page with valid arguments', async () => {
    const { ipc, handler } = gated();
    await expect(
      ipc.invoke('shell:open-external', eventFrom(), 'https://www.gov.uk/'),
    ).resolves.toBe(true);
    expect(handler).toHaveBeenCalledWith(expect.anything(), 'https://www.gov.uk/');
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['a local web server', 'http://127.0.0.1:5178/'],
    ['a file page', 'file:///tmp/x.html'],
    ['another app:// host', 'app://other/index.html'],
    ['no frame at all', null],
  ])('refuses a call from %s before looking at the arguments', async (_label, url) => {
    const { ipc, handler } = gated();
    await expect(
      ipc.invoke('shell:open-external', eventFrom(url), 'https://www.gov.uk/'),
    ).rejects.toThrow(IpcRefusedError);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['no argument', []],
    ['a number', [42]],
    ['not a URL', ['not a url']],
    ['an extra argument', ['https://www.gov.uk/', 'more']],
  ])('refuses %s with a message naming the channel', async (_label, args) => {
    const { ipc, handler } = gated();
    await expect(ipc.invoke('shell:open-external', eventFrom(), ...args)).rejects.toThrow(
      /^shell:open-external: refused arguments/,
    );
    expect(handler).not.toHaveBeenCalled();
  });
});
