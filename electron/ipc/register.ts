// Registers every IPC domain once, after `ready`.
import { BrowserWindow, app, dialog, ipcMain, session, shell } from 'electron';
import { registerAppInfoIpc } from './app-info';
import { registerBackupsIpc } from './backups';
import { registerFilesIpc } from './files';
import { PRINT_PARTITION, registerPrintIpc } from './print';
import { registerShellIpc } from './shell';

export function registerIpc(): void {
  registerAppInfoIpc(ipcMain, app);
  registerFilesIpc(ipcMain, dialog, app, (event) => BrowserWindow.fromWebContents(event.sender));
  registerBackupsIpc(ipcMain, app);
  registerShellIpc(ipcMain, shell);
  registerPrintIpc(ipcMain, (options) => new BrowserWindow(options), () => session.fromPartition(PRINT_PARTITION));
}
