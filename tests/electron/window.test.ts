// Pins the main window's web preferences and where it loads from, with Electron mocked.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    show = vi.fn();
    constructor(options: Record<string, unknown>) {
      created.push({ options, loadURL: this.loadURL });
    }
  },
}));

const { createMainWindow } = await import('../../electron/window');

beforeEach(() => {
  created.length = 0;
});

describe('the main window', () => {
  it('is isolated, sandboxed, without Node, with web security and no experiments or webviews', () => {
    createMainWindow('/app/out/preload/index.cjs');
    const prefs = created[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('loads the renderer from the app:// protocol, never from a file or the network', () => {
    createMainWindow('/p.cjs');
    expect(created[0]?.loadURL).toHaveBeenCalledWith('app://scrutiny-desk/index.html');
  });
});
