// Registers every IPC domain once, after `ready`.
import { BrowserWindow, app, dialog, ipcMain, session, shell } from 'electron';
import { registerAppInfoIpc } from './app-info';
import { registerBackupsIpc } from './backups';
import { registerFilesIpc } from './files';
import { PRINT_PARTITION, registerPrintIpc } from './print';
import { registerSavesIpc } from './saves';
import { registerShellIpc } from './shell';

export function registerIpc(): void {
  registerAppInfoIpc(ipcMain, app);
  registerFilesIpc(ipcMain, dialog, app, (event) => BrowserWindow.fromWebContents(event.sender));
  registerBackupsIpc(ipcMain, app);
  registerShellIpc(ipcMain, shell);
  // The print window's safety settings are written out here as well, inside `new BrowserWindow(...)`,
  // because electronegativity reads that literal and not values passed through a helper.
  registerPrintIpc(
    ipcMain,
    (options) =>
      new BrowserWindow({
        ...options,
        webPreferences: {
          ...options.webPreferences,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          disableBlinkFeatures: 'Auxclick',
        },
      }),
    () => session.fromPartition(PRINT_PARTITION),
  );
  registerSavesIpc(ipcMain);
}
