// IPC for opening a link in the member's browser: only allow-listed https pages.
import type { IpcMain, Shell } from 'electron';
import { isTrustedExternalUrl } from '../trusted-url';
import { handleChannel } from './handle';

export function registerShellIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  shell: Pick<Shell, 'openExternal'>,
): void {
  handleChannel(ipcMain, 'shell:open-external', async (_event, url) => {
    if (!isTrustedExternalUrl(url)) return false;
    await shell.openExternal(url);
    return true;
  });
}
