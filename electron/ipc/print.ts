// IPC for the accessible PDF: the renderer's print document of a pack is loaded into a hidden,
// sandboxed window with script off, in a session of its own that may fetch nothing but that one
// file, and printed by Chromium with tagging and a document outline (webContents.printToPDF).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions, IpcMain, Session } from 'electron';
import { handleChannel } from './handle';
import { ownBytes } from './own-bytes';

/** The partition of the print window's session: nothing shared with the app's own storage. */
export const PRINT_PARTITION = 'scrutiny-print';

type PrintWindow = Pick<BrowserWindow, 'loadURL' | 'destroy'> & {
  webContents: Pick<BrowserWindow['webContents'], 'printToPDF'>;
};
export type MakeWindow = (options: BrowserWindowConstructorOptions) => PrintWindow;
type PrintSession = Pick<Session, 'webRequest' | 'setPermissionRequestHandler'>;

export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: {
    partition: PRINT_PARTITION,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    images: false,
    webviewTag: false,
    disableBlinkFeatures: 'Auxclick',
  },
};

export const PRINT_OPTIONS = {
  generateTaggedPDF: true,
  generateDocumentOutline: true,
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
} as const;

/** Print one whole HTML document to a tagged PDF; the temporary file and window always go. */
export async function printHtml(
  html: string,
  makeWindow: MakeWindow,
  session: PrintSession,
): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'scrutiny-print-'));
  const page = join(folder, 'pack.html');
  await writeFile(page, html);
  const allowed = pathToFileURL(page).href;
  // The document may read nothing else: no other local file, no network, no data it could leak.
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: details.url !== allowed }),
  );
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  const window = makeWindow(PRINT_WINDOW_OPTIONS);
  try {
    await window.loadURL(allowed);
    return ownBytes(await window.webContents.printToPDF(PRINT_OPTIONS));
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}

export function registerPrintIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  makeWindow: MakeWindow,
  printSession: () => PrintSession,
): void {
  handleChannel(ipcMain, 'packs:print-pdf', async (_event, { html }) =>
    printHtml(html, makeWindow, printSession()),
  );
}
