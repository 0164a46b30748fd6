// Pins the file dialogs: open returns name and bytes (refusing files over 300 MB), save writes
// atomically where the member chose, and cancelling does nothing.
import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_OPEN_BYTES, registerFilesIpc } from '../../../electron/ipc/files';
import { eventFrom, fakeIpcMain } from '../fakes';

let folder: string;
let ipc: ReturnType<typeof fakeIpcMain>;
const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() };
const window = { id: 1 };
const filters = [{ name: 'Reports', extensions: ['pdf', 'docx'] }];

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'files-ipc-'));
  dialog.showOpenDialog.mockReset();
  dialog.showSaveDialog.mockReset();
  ipc = fakeIpcMain();
  registerFilesIpc(
    ipc,
    dialog as never,
    { getPath: () => '/home/member/Documents' } as never,
    () => window as never,
  );
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('files:open-dialog', () => {
  it('returns the chosen file name and its bytes, with the window as parent', async () => {
    const path = join(folder, 'Devon ILACS 2025.pdf');
    await writeFile(path, new Uint8Array([37, 80, 68, 70]));
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    const result = (await ipc.invoke('files:open-dialog', eventFrom(), {
      title: 'Import a report',
      filters,
    })) as { name: string; bytes: Uint8Array };
    expect(result.name).toBe('Devon ILACS 2025.pdf');
    expect(result.bytes).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      title: 'Import a report',
      filters,
      properties: ['openFile'],
    });
  });

  it('returns null when the member cancels', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(
      ipc.invoke('files:open-dialog', eventFrom(), { title: 'Import', filters }),
    ).resolves.toBeNull();
  });

  it('refuses a file over 300 MB with a message saying what to do', async () => {
    const path = join(folder, 'huge.pdf');
    await writeFile(path, '');
    await truncate(path, MAX_OPEN_BYTES + 1);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    await expect(
      ipc.invoke('files:open-dialog', eventFrom(), { title: 'Import', filters }),
    ).rejects.toThrow(
      /"huge\.pdf" is 301 MB; Scrutiny Desk opens files up to 300 MB\. Choose a smaller file/,
    );
  });

  it('refuses a call from outside the app without opening a dialog', async () => {
    await expect(
      ipc.invoke('files:open-dialog', eventFrom('https://evil.example/'), { title: 'x', filters }),
    ).rejects.toThrow(/refused a call/);
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('files:save-dialog', () => {
  it('suggests the name in Documents, then writes the bytes where the member chose', async () => {
    const target = join(folder, 'pack.docx');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await ipc.invoke('files:save-dialog', eventFrom(), {
      suggestedName: 'pack.docx',
      bytes: new Uint8Array([1, 2, 3]),
      filters,
    });
    expect(result).toEqual({ path: target });
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([1, 2, 3]));
    expect(await readdir(folder)).toEqual(['pack.docx']);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: join('/home/member/Documents', 'pack.docx'),
      filters,
    });
  });

  it('replaces an existing file whole', async () => {
    const target = join(folder, 'pack.docx');
    await writeFile(target, 'an older, longer pack that must not survive in part');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await ipc.invoke('files:save-dialog', eventFrom(), {
      suggestedName: 'pack.docx',
      bytes: new TextEncoder().encode('new'),
      filters,
    });
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('writes nothing when the member cancels', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(
      ipc.invoke('files:save-dialog', eventFrom(), {
        suggestedName: 'pack.docx',
        bytes: new Uint8Array([1]),
        filters,
      }),
    ).resolves.toBeNull();
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses a suggested name with a path in it before showing a dialog', async () => {
    await expect(
      ipc.invoke('files:save-dialog', eventFrom(), {
        suggestedName: '../../.bashrc',
        bytes: new Uint8Array([1]),
        filters,
      }),
    ).rejects.toThrow(/refused arguments/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
