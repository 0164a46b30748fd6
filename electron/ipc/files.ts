// IPC for the member's own files: a native open dialog that returns name and bytes, and a native
// save dialog followed by an atomic write (old file or new file, never a torn one).
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { App, BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { atomicWrite } from '../../host/atomic-write';
import { handleChannel } from './handle';
import { ownBytes } from './own-bytes';

export const MAX_OPEN_BYTES = 300 * 1024 * 1024;

/** Thrown (and shown to the member) when a chosen file cannot be opened as asked. */
export class FileRefusedError extends Error {
  override name = 'FileRefusedError';
}

export function tooLargeMessage(name: string, bytes: number): string {
  const megabytes = Math.ceil(bytes / (1024 * 1024));
  return `"${name}" is ${megabytes} MB; Scrutiny Desk opens files up to 300 MB. Choose a smaller file, or split the report.`;
}

export async function readChosenFile(path: string): Promise<{ name: string; bytes: Uint8Array }> {
  const name = basename(path);
  const info = await stat(path);
  if (!info.isFile()) throw new FileRefusedError(`"${name}" is not a file. Choose a file.`);
  if (info.size > MAX_OPEN_BYTES) throw new FileRefusedError(tooLargeMessage(name, info.size));
  return { name, bytes: ownBytes(await readFile(path)) };
}

type WindowFinder = (event: IpcMainInvokeEvent) => BrowserWindow | null;
type Dialogs = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

export function registerFilesIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dialog: Dialogs,
  app: Pick<App, 'getPath'>,
  windowOf: WindowFinder,
): void {
  handleChannel(ipcMain, 'files:open-dialog', async (event, { title, filters }) => {
    const options = { title, filters, properties: ['openFile' as const] };
    const window = windowOf(event);
    const choice = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    const [path] = choice.filePaths;
    if (choice.canceled || path === undefined) return null;
    return readChosenFile(path);
  });

  handleChannel(ipcMain, 'files:save-dialog', async (event, { suggestedName, bytes, filters }) => {
    const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters };
    const window = windowOf(event);
    const choice = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    await atomicWrite(choice.filePath, bytes);
    return { path: choice.filePath };
  });
}
