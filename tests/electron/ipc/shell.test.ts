// Pins that the renderer can open only allow-listed https pages in the member's browser.
import { describe, expect, it, vi } from 'vitest';
import { registerShellIpc } from '../../../electron/ipc/shell';
import { eventFrom, fakeIpcMain } from '../fakes';

function setUp() {
  const ipc = fakeIpcMain();
  const shell = { openExternal: vi.fn(async () => undefined) };
  registerShellIpc(ipc, shell);
  return { ipc, shell };
}

describe('shell:open-external', () => {
  it('opens an allow-listed https page and says so', async () => {
    const { ipc, shell } = setUp();
    await expect(
      ipc.invoke(
        'shell:open-external',
        eventFrom(),
        'https://reports.ofsted.gov.uk/provider/44/80512',
      ),
    ).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith(
      'https://reports.ofsted.gov.uk/provider/44/80512',
    );
  });

  it.each(['https://evil.example/', 'http://www.gov.uk/', 'file:///etc/passwd'])(
    'does not open %s',
    async (url) => {
      const { ipc, shell } = setUp();
      await expect(ipc.invoke('shell:open-external', eventFrom(), url)).resolves.toBe(false);
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );
});
