// IPC for safety copies: dated JSON files in <userData>/backups, the newest ten kept.
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { App, IpcMain } from 'electron';
import { atomicWrite } from '../../host/atomic-write';
import { handleChannel } from './handle';
import { ownBytes } from './own-bytes';
import {
  backupWrittenAt,
  backupsToPrune,
  datedBackupName,
  datedBackupsNewestFirst,
} from './backup-names';

export function backupsFolder(userData: string): string {
  return join(userData, 'backups');
}

export async function writeBackup(
  folder: string,
  fileName: string,
  bytes: Uint8Array,
  now: Date,
): Promise<{ path: string; writtenAt: string }> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, datedBackupName(now, fileName));
  await atomicWrite(path, bytes);
  for (const old of backupsToPrune(await readdir(folder)))
    await rm(join(folder, old), { force: true });
  return { path, writtenAt: now.toISOString() };
}

export async function latestBackup(
  folder: string,
): Promise<{ name: string; writtenAt: string; bytes: Uint8Array } | null> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return null;
  }
  const [newest] = datedBackupsNewestFirst(names);
  const writtenAt = newest ? backupWrittenAt(newest) : null;
  if (!newest || !writtenAt) return null;
  return { name: newest, writtenAt, bytes: ownBytes(await readFile(join(folder, newest))) };
}

export function registerBackupsIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  app: Pick<App, 'getPath'>,
  now: () => Date = () => new Date(),
): void {
  handleChannel(ipcMain, 'backups:write', async (_event, { fileName, bytes }) =>
    writeBackup(backupsFolder(app.getPath('userData')), fileName, bytes, now()),
  );
  handleChannel(ipcMain, 'backups:latest', async () =>
    latestBackup(backupsFolder(app.getPath('userData'))),
  );
}
