// Start-up only: pin the data folder, lock down every page, then open the one window. Each
// concern lives in its own module beside this one.
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, protocol, session, shell } from 'electron';
import { registerIpc } from './ipc/register';
import { lockDownContents } from './navigation';
import { restrictPermissions } from './permissions';
import { registerAppScheme, serveAppProtocol } from './protocol/app-protocol';
import { claimSingleInstance } from './single-instance';
import { pinUserDataFolder } from './user-data';
import { createMainWindow } from './window';

const rendererFolder = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow(preloadPath);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// Before `ready`: these only take effect if set first.
pinUserDataFolder(app);
app.enableSandbox();
registerAppScheme(protocol);

if (claimSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, shell));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  void app.whenReady().then(() => {
    restrictPermissions(session.defaultSession);
    serveAppProtocol(protocol, rendererFolder);
    registerIpc();
    openMainWindow();
  });
}
