// Start-up only: pin the data folder, lock down every page, then open the one window. Each
// concern lives in its own module beside this one.
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, dialog, protocol, session, shell } from 'electron';
import { guardWindowClose } from './close-guard';
import { saveStates } from './ipc/saves';
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
// A quit waits for the window's pending saves (close-guard.ts), then goes on by itself.
let quitRequested = false;

function openMainWindow(): void {
  const window = createMainWindow(preloadPath);
  mainWindow = window;
  const contentsId = window.webContents.id;
  guardWindowClose(window, {
    states: saveStates,
    dialog,
    onKeptOpen: () => (quitRequested = false),
  });
  window.on('closed', () => {
    mainWindow = null;
    saveStates.forget(contentsId);
    if (quitRequested) app.quit();
  });
}

// Before `ready`: these only take effect if set first.
pinUserDataFolder(app);
app.enableSandbox();
registerAppScheme(protocol);

if (claimSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, shell));
  app.on('before-quit', () => {
    quitRequested = true;
  });
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
