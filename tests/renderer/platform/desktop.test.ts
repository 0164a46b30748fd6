// Pins the Electron side of the Platform: each call goes to the right bridge function, with
// only the fields the IPC contract accepts.
import { describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../../shared/ipc/contract';
import { desktopPlatform, memberMessage } from '../../../renderer/platform/desktop';

const pdf = { name: 'Reports', extensions: ['pdf'], mediaType: 'application/pdf' };

function fakeBridge(overrides: Partial<DesktopBridge> = {}) {
  const bridge: DesktopBridge = {
    appInfo: vi.fn(async () => ({
      version: '1.2.3',
      dataFolder: '/data/scrutiny-desk',
      backupsFolder: '/data/scrutiny-desk/backups',
    })),
    openFile: vi.fn(async () => ({ name: 'a.pdf', bytes: new Uint8Array([1]) })),
    saveFile: vi.fn(async () => ({ path: '/home/m/pack.pdf' })),
    writeBackup: vi.fn(async () => ({
      path: '/data/scrutiny-desk/backups/x.json',
      writtenAt: '2026-11-27T00:00:00.000Z',
    })),
    latestBackup: vi.fn(async () => null),
    openExternal: vi.fn(async () => true),
    printPackPdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.4')),
    reportSaves: vi.fn(async () => true),
    ...overrides,
  };
  return { bridge, platform: desktopPlatform(bridge) };
}

describe('desktopPlatform', () => {
  it('prints the accessible PDF through the bridge with the whole document', async () => {
    const { bridge, platform } = fakeBridge();
    const html = '<!doctype html>\n<html lang="en-GB"></html>';
    await expect(platform.printPdf?.(html)).resolves.toEqual(new TextEncoder().encode('%PDF-1.4'));
    expect(bridge.printPackPdf).toHaveBeenCalledWith({ html });
  });

  it('is the electron platform', () => {
    expect(fakeBridge().platform.kind).toBe('electron');
  });

  it('opens through the native dialog with name and extensions only (no media type)', async () => {
    const { bridge, platform } = fakeBridge();
    await expect(platform.openFile('Import a report', [pdf])).resolves.toEqual({
      name: 'a.pdf',
      bytes: new Uint8Array([1]),
    });
    expect(bridge.openFile).toHaveBeenCalledWith({
      title: 'Import a report',
      filters: [{ name: 'Reports', extensions: ['pdf'] }],
    });
  });

  it('reports where a save went, and a cancelled save as not saved', async () => {
    const { platform } = fakeBridge();
    await expect(platform.saveFile('pack.pdf', new Uint8Array([1]), pdf)).resolves.toEqual({
      saved: true,
      location: '/home/m/pack.pdf',
    });
    const cancelled = fakeBridge({ saveFile: vi.fn(async () => null) });
    await expect(
      cancelled.platform.saveFile('pack.pdf', new Uint8Array([1]), pdf),
    ).resolves.toEqual({ saved: false, location: null });
  });

  it('gives the version and the real data folder from app info', async () => {
    const { platform } = fakeBridge();
    await expect(platform.appVersion()).resolves.toBe('1.2.3');
    await expect(platform.dataLocation()).resolves.toBe('/data/scrutiny-desk');
  });

  it('keeps safety copies through the backups channel and reads the newest back', async () => {
    const latest = {
      name: '2026-11-27T00-00-00-000Z-w.json',
      writtenAt: '2026-11-27T00:00:00.000Z',
      bytes: new Uint8Array([7]),
    };
    const { bridge, platform } = fakeBridge({ latestBackup: vi.fn(async () => latest) });
    await expect(platform.writeSafetyCopy('w.json', new Uint8Array([7]))).resolves.toEqual({
      saved: true,
      location: '/data/scrutiny-desk/backups/x.json',
    });
    expect(bridge.writeBackup).toHaveBeenCalledWith({
      fileName: 'w.json',
      bytes: new Uint8Array([7]),
    });
    await expect(platform.latestSafetyCopy()).resolves.toEqual({
      name: latest.name,
      bytes: latest.bytes,
    });
  });

  it('hands links to the main process, which applies the allow-list', async () => {
    const { bridge, platform } = fakeBridge();
    await platform.openExternal('https://www.gov.uk/');
    expect(bridge.openExternal).toHaveBeenCalledWith('https://www.gov.uk/');
  });
});

describe('errors from the main process', () => {
  it.each([
    [
      'Error invoking remote method \'files:open-dialog\': FileRefusedError: "huge.pdf" is 301 MB; Scrutiny Desk opens files up to 300 MB. Choose a smaller file, or split the report.',
      '"huge.pdf" is 301 MB; Scrutiny Desk opens files up to 300 MB. Choose a smaller file, or split the report.',
    ],
    [
      "Error invoking remote method 'backups:write': Error: ENOSPC: no space left on device",
      'ENOSPC: no space left on device',
    ],
    ['A plain message', 'A plain message'],
  ])('shows the member only the message: %s', (raw, shown) => {
    expect(memberMessage(new Error(raw))).toBe(shown);
  });

  it('rejects an open with the clean message, keeping the original as the cause', async () => {
    const original = new Error(
      'Error invoking remote method \'files:open-dialog\': FileRefusedError: "a.pdf" is not a file. Choose a file.',
    );
    const { platform } = fakeBridge({ openFile: vi.fn(async () => Promise.reject(original)) });
    const failure = await platform.openFile('Import', [pdf]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('"a.pdf" is not a file. Choose a file.');
    expect((failure as Error).cause).toBe(original);
  });

  it('tells the shell when words start and stop being saved, and shrugs off a shell that cannot hear', async () => {
    const { bridge, platform } = fakeBridge({
      reportSaves: vi.fn(async () => Promise.reject(new Error('gone'))),
    });
    platform.reportPendingSaves(true);
    platform.reportPendingSaves(false);
    expect(bridge.reportSaves).toHaveBeenNthCalledWith(1, { pending: true });
    expect(bridge.reportSaves).toHaveBeenNthCalledWith(2, { pending: false });
  });
});
