// Pins that every channel of the contract has exactly one guarded handler in the main process.
import { describe, expect, it, vi } from 'vitest';
import { ipcSchemas } from '../../../shared/ipc/contract';

const handled: string[] = [];

vi.mock('electron', () => ({
  app: { getPath: () => '/data', getVersion: () => '0.1.0' },
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  shell: { openExternal: vi.fn() },
  session: { fromPartition: vi.fn() },
  BrowserWindow: { fromWebContents: () => null },
  ipcMain: { handle: (channel: string) => handled.push(channel) },
}));

const { registerIpc } = await import('../../../electron/ipc/register');

describe('registerIpc', () => {
  it('handles each contract channel once and nothing else', () => {
    registerIpc();
    expect([...handled].sort()).toEqual(Object.keys(ipcSchemas).sort());
  });
});
