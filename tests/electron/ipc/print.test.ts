// Pins the accessible PDF in the desktop app: the print document is printed tagged, with an
// outline, in a hidden window with script off whose session may fetch only that document; the
// temporary file and the window always go; calls from outside the app or without a whole HTML
// document are refused before anything is written.
import { access, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { registerPrintIpc } from '../../../electron/ipc/print';
import { eventFrom, fakeIpcMain } from '../fakes';

const HTML =
  '<!doctype html>\n<html lang="en-GB"><head><title>Pack</title></head><body><h1>Purpose of this pack</h1></body></html>';

function setUp(printed: Uint8Array | Error = new TextEncoder().encode('%PDF-1.4 tagged')) {
  const seen = {
    options: null as BrowserWindowConstructorOptions | null,
    url: '',
    html: '',
    printOptions: null as unknown,
    destroyed: false,
    filter: null as ((url: string) => boolean) | null,
    permission: null as boolean | null,
  };
  const ipc = fakeIpcMain();
  registerPrintIpc(
    ipc,
    (options) => {
      seen.options = options;
      return {
        loadURL: async (url: string) => {
          seen.url = url;
          seen.html = await readFile(fileURLToPath(url), 'utf8');
        },
        destroy: () => {
          seen.destroyed = true;
        },
        webContents: {
          printToPDF: async (options: unknown) => {
            seen.printOptions = options;
            if (printed instanceof Error) throw printed;
            return Buffer.from(printed);
          },
        },
      } as never;
    },
    () =>
      ({
        webRequest: {
          onBeforeRequest: (
            listener: (
              details: { url: string },
              callback: (r: { cancel: boolean }) => void,
            ) => void,
          ) => {
            seen.filter = (url) => {
              let cancelled = false;
              listener({ url }, (r) => (cancelled = r.cancel));
              return cancelled;
            };
          },
        },
        setPermissionRequestHandler: (
          handler: (c: unknown, p: string, callback: (granted: boolean) => void) => void,
        ) => handler(null, 'media', (g) => (seen.permission = g)),
      }) as never,
  );
  return { ipc, seen };
}

describe('packs:print-pdf', () => {
  it('prints the document tagged and with an outline, from a hidden window with script off', async () => {
    const { ipc, seen } = setUp();
    const bytes = (await ipc.invoke('packs:print-pdf', eventFrom(), { html: HTML })) as Uint8Array;
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.4 tagged');
    expect(seen.printOptions).toMatchObject({
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      preferCSSPageSize: true,
    });
    expect(seen.html).toBe(HTML);
    expect(seen.options?.show).toBe(false);
    expect(seen.options?.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      partition: 'scrutiny-print',
    });
  });

  it('lets the document fetch nothing but itself, and grants no permission', async () => {
    const { ipc, seen } = setUp();
    await ipc.invoke('packs:print-pdf', eventFrom(), { html: HTML });
    expect(seen.filter?.(seen.url)).toBe(false);
    expect(seen.filter?.('file:///etc/passwd')).toBe(true);
    expect(seen.filter?.('https://example.com/track.png')).toBe(true);
    expect(seen.permission).toBe(false);
  });

  it('removes the temporary file and the window, even when printing fails', async () => {
    const { ipc, seen } = setUp(new Error('printing failed'));
    await expect(ipc.invoke('packs:print-pdf', eventFrom(), { html: HTML })).rejects.toThrow(
      'printing failed',
    );
    expect(seen.destroyed).toBe(true);
    await expect(access(fileURLToPath(seen.url))).rejects.toThrow();
  });

  it('refuses a call from outside the app, and anything but a whole HTML document', async () => {
    const { ipc, seen } = setUp();
    await expect(
      ipc.invoke('packs:print-pdf', eventFrom('https://example.com/'), { html: HTML }),
    ).rejects.toThrow('refused a call from outside the app');
    await expect(
      ipc.invoke('packs:print-pdf', eventFrom(), { html: '<img src="file:///etc/passwd">' }),
    ).rejects.toThrow('a whole HTML document');
    expect(seen.options).toBeNull();
  });
});
