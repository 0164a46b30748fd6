// Pins the start-up order of electron/main.ts with Electron mocked: data folder pinned, sandbox on
// and scheme registered before `ready`; then permissions, protocol, IPC and the window.
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcSchemas } from '../../shared/ipc/contract';

const calls: string[] = [];
const state = { gotLock: true, ready: Promise.resolve() };
const windows: { url?: string; prefs: Record<string, unknown> }[] = [];
const handled: string[] = [];
const appListeners = new Map<string, (...args: unknown[]) => void>();

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => windows;
    static fromWebContents = () => null;
    private record: { url?: string; prefs: Record<string, unknown> };
    constructor(options: { webPreferences: Record<string, unknown> }) {
      calls.push('new BrowserWindow');
      this.record = { prefs: options.webPreferences };
      windows.push(this.record);
    }
    once = vi.fn();
    on = vi.fn();
    webContents = { id: 1 };
    loadURL = async (url: string) => {
      this.record.url = url;
    };
  }
  return {
    BrowserWindow,
    app: {
      getPath: (name: string) => (name === 'appData' ? '/home/member/.config' : `/paths/${name}`),
      setPath: (name: string, value: string) => calls.push(`setPath ${name} ${value}`),
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => {
        calls.push('requestSingleInstanceLock');
        return state.gotLock;
      },
      quit: () => calls.push('quit'),
      on: (name: string, listener: (...args: unknown[]) => void) =>
        appListeners.set(name, listener),
      whenReady: () => {
        calls.push('whenReady');
        return state.ready;
      },
      getVersion: () => '0.1.0',
    },
    protocol: {
      registerSchemesAsPrivileged: () => calls.push('registerSchemesAsPrivileged'),
      handle: (scheme: string) => calls.push(`protocol.handle ${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => calls.push('setPermissionCheckHandler'),
        setDevicePermissionHandler: () => calls.push('setDevicePermissionHandler'),
      },
    },
    ipcMain: { handle: (channel: string) => handled.push(channel) },
    dialog: {},
    shell: { openExternal: vi.fn() },
  };
});

beforeEach(() => {
  vi.resetModules();
  calls.length = 0;
  windows.length = 0;
  handled.length = 0;
  appListeners.clear();
});

async function start(): Promise<void> {
  await import('../../electron/main');
  await state.ready;
  await new Promise((resolve) => setImmediate(resolve));
}

describe('electron/main start-up', () => {
  it('pins userData, enables the sandbox and registers app:// before waiting for ready', async () => {
    state.gotLock = true;
    await start();
    const readyAt = calls.indexOf('whenReady');
    expect(
      calls.indexOf(`setPath userData ${join('/home/member/.config', 'scrutiny-desk')}`),
    ).toBeGreaterThanOrEqual(0);
    expect(
      calls.indexOf(`setPath userData ${join('/home/member/.config', 'scrutiny-desk')}`),
    ).toBeLessThan(readyAt);
    expect(calls.indexOf('enableSandbox')).toBeLessThan(readyAt);
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(readyAt);
    expect(calls.indexOf('requestSingleInstanceLock')).toBeLessThan(readyAt);
  });

  it('once ready, restricts permissions and serves app:// before opening the window', async () => {
    state.gotLock = true;
    await start();
    const windowAt = calls.indexOf('new BrowserWindow');
    expect(windowAt).toBeGreaterThan(calls.indexOf('whenReady'));
    for (const step of [
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'protocol.handle app',
    ]) {
      expect(calls.indexOf(step)).toBeGreaterThanOrEqual(0);
      expect(calls.indexOf(step)).toBeLessThan(windowAt);
    }
    // Every channel of the typed IPC contract has exactly one handler.
    expect([...handled].sort()).toEqual(Object.keys(ipcSchemas).sort());
    expect(windows).toHaveLength(1);
    expect(windows[0]?.url).toBe('app://scrutiny-desk/index.html');
    expect(windows[0]?.prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(String(windows[0]?.prefs.preload)).toMatch(/preload[/\\]index\.cjs$/);
  });

  it('locks down every web contents the app creates', async () => {
    state.gotLock = true;
    await start();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    appListeners.get('web-contents-created')?.({}, contents);
    expect(contents.on.mock.calls.map(([name]) => name)).toEqual([
      'will-navigate',
      'will-redirect',
      'will-attach-webview',
    ]);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('quits at once when another copy is running, opening nothing', async () => {
    state.gotLock = false;
    await start();
    expect(calls).toContain('quit');
    expect(calls).not.toContain('whenReady');
    expect(windows).toHaveLength(0);
  });
});
