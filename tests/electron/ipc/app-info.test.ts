// Pins the app facts the renderer shows: version and the real data and backup folders.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerAppInfoIpc } from '../../../electron/ipc/app-info';
import { eventFrom, fakeIpcMain } from '../fakes';

describe('app:info', () => {
  it('reports the version and where data and backups live', async () => {
    const ipc = fakeIpcMain();
    registerAppInfoIpc(ipc, {
      getVersion: () => '1.2.3',
      getPath: (name: string) => (name === 'userData' ? '/data/scrutiny-desk' : '/other'),
    } as never);
    await expect(ipc.invoke('app:info', eventFrom())).resolves.toEqual({
      version: '1.2.3',
      dataFolder: '/data/scrutiny-desk',
      backupsFolder: join('/data/scrutiny-desk', 'backups'),
    });
  });

  it('refuses arguments the contract does not take', async () => {
    const ipc = fakeIpcMain();
    registerAppInfoIpc(ipc, { getVersion: () => '1', getPath: () => '/d' } as never);
    await expect(ipc.invoke('app:info', eventFrom(), 'extra')).rejects.toThrow(/refused arguments/);
  });
});
