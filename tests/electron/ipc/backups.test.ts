// Pins safety copies on disk: dated files under <userData>/backups, newest ten kept, newest read back.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerBackupsIpc } from '../../../electron/ipc/backups';
import { eventFrom, fakeIpcMain } from '../fakes';

let userData: string;
let clock: number;
let ipc: ReturnType<typeof fakeIpcMain>;

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'backups-'));
  clock = Date.UTC(2026, 10, 27, 9, 0, 0);
  ipc = fakeIpcMain();
  registerBackupsIpc(
    ipc,
    { getPath: (name: string) => (name === 'userData' ? userData : '/nowhere') } as never,
    () => new Date((clock += 60_000)),
  );
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('backups:write', () => {
  it('writes a dated copy under <userData>/backups and says where and when', async () => {
    const result = (await ipc.invoke('backups:write', eventFrom(), {
      fileName: 'workspace.json',
      bytes: bytes('{"v":1}'),
    })) as { path: string; writtenAt: string };
    expect(result.path).toBe(join(userData, 'backups', '2026-11-27T09-01-00-000Z-workspace.json'));
    expect(result.writtenAt).toBe('2026-11-27T09:01:00.000Z');
    expect(await readFile(result.path, 'utf8')).toBe('{"v":1}');
  });

  it('keeps only the newest ten copies, and leaves other files alone', async () => {
    await rm(join(userData, 'backups'), { recursive: true, force: true });
    await ipc.invoke('backups:write', eventFrom(), { fileName: 'w.json', bytes: bytes('0') });
    await writeFile(join(userData, 'backups', 'notes.txt'), 'mine');
    for (let i = 1; i < 13; i++)
      await ipc.invoke('backups:write', eventFrom(), {
        fileName: 'w.json',
        bytes: bytes(String(i)),
      });
    const names = (await readdir(join(userData, 'backups'))).sort();
    expect(names).toHaveLength(11);
    expect(names).toContain('notes.txt');
    expect(names[0]).toBe('2026-11-27T09-04-00-000Z-w.json');
  });

  it.each([
    ['a path in the name', { fileName: '../evil.json', bytes: bytes('x') }],
    ['a name that is not .json', { fileName: 'w.exe', bytes: bytes('x') }],
    ['text instead of bytes', { fileName: 'w.json', bytes: 'x' }],
  ])('refuses %s and writes nothing', async (_label, options) => {
    await expect(ipc.invoke('backups:write', eventFrom(), options)).rejects.toThrow(
      /refused arguments/,
    );
    await expect(readdir(join(userData, 'backups'))).rejects.toThrow(/ENOENT/);
  });
});

describe('backups:latest', () => {
  it('is null before any backup', async () => {
    await expect(ipc.invoke('backups:latest', eventFrom())).resolves.toBeNull();
  });

  it('returns the newest copy with its time and bytes', async () => {
    await ipc.invoke('backups:write', eventFrom(), { fileName: 'w.json', bytes: bytes('old') });
    await ipc.invoke('backups:write', eventFrom(), { fileName: 'w.json', bytes: bytes('new') });
    const latest = (await ipc.invoke('backups:latest', eventFrom())) as {
      name: string;
      writtenAt: string;
      bytes: Uint8Array;
    };
    expect(latest.name).toBe('2026-11-27T09-02-00-000Z-w.json');
    expect(latest.writtenAt).toBe('2026-11-27T09:02:00.000Z');
    expect(latest.bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(latest.bytes)).toBe('new');
  });
});
