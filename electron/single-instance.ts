// One running copy: two copies would write the same IndexedDB and backups folder at once.
import type { App, BrowserWindow } from 'electron';

/**
 * Takes the single-instance lock. Returns false (and quits) when another copy holds it; otherwise
 * a second launch brings the first copy's window to the front.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  mainWindow: () => BrowserWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = mainWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
