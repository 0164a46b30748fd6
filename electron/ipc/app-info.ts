// IPC for app facts the renderer shows: version, and where the data and backups live.
import type { App, IpcMain } from 'electron';
import { handleChannel } from './handle';
import { backupsFolder } from './backups';

export function registerAppInfoIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  app: Pick<App, 'getVersion' | 'getPath'>,
): void {
  handleChannel(ipcMain, 'app:info', async () => {
    const dataFolder = app.getPath('userData');
    return { version: app.getVersion(), dataFolder, backupsFolder: backupsFolder(dataFolder) };
  });
}
