// Pins the data folder name so a product rename cannot orphan the members' data.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DATA_FOLDER_NAME, pinUserDataFolder } from '../../electron/user-data';

describe('pinUserDataFolder', () => {
  it('sets userData to <appData>/scrutiny-desk whatever the product is called', () => {
    const app = { getPath: vi.fn(() => '/home/member/.config'), setPath: vi.fn() };
    const folder = pinUserDataFolder(app);
    expect(DATA_FOLDER_NAME).toBe('scrutiny-desk');
    expect(folder).toBe(join('/home/member/.config', 'scrutiny-desk'));
    expect(app.getPath).toHaveBeenCalledWith('appData');
    expect(app.setPath).toHaveBeenCalledWith('userData', folder);
  });
});
