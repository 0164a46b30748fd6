// Pins the data folder to a fixed name before `ready`, so renaming the product (productName)
// never orphans the members' database, settings and backups.
import { join } from 'node:path';
import type { App } from 'electron';

export const DATA_FOLDER_NAME = 'scrutiny-desk';

export function pinUserDataFolder(app: Pick<App, 'getPath' | 'setPath'>): string {
  const folder = join(app.getPath('appData'), DATA_FOLDER_NAME);
  app.setPath('userData', folder);
  return folder;
}
