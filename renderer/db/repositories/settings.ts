// The member's settings and the record of backups: who they are, their defaults, and when the
// workspace was last copied somewhere safe.
import type { BackupRecord, ScrutinyDatabase } from '../database';
import { DEFAULT_SETTINGS, Settings } from '../../../shared/model';

export async function readSettings(db: ScrutinyDatabase): Promise<Settings> {
  const stored = await db.settings.get('settings');
  // A row written before version 5 lacks the identity fields until the store is first opened.
  return stored ? { ...DEFAULT_SETTINGS, ...stored } : DEFAULT_SETTINGS;
}

export type SettingsPatch = Partial<Pick<Settings, 'memberName' | 'defaultMarking' | 'themeRules'>>;

/** Change some settings; validated against the model so a bad value never reaches the store. */
export async function saveSettings(db: ScrutinyDatabase, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = Settings.parse({ ...(await readSettings(db)), ...patch });
    await db.settings.put(next);
    return next;
  });
}

/** Record a backup and the settings' last backup time together. */
export async function recordBackup(
  db: ScrutinyDatabase,
  record: Omit<BackupRecord, 'seq'>,
): Promise<void> {
  await db.transaction('rw', [db.backups, db.settings], async () => {
    await db.backups.add({ ...record });
    const settings = await readSettings(db);
    if (!settings.lastBackupAt || settings.lastBackupAt < record.at)
      await db.settings.put({ ...settings, lastBackupAt: record.at });
  });
}

/** The newest backup record, or undefined when none was ever made. */
export async function latestBackup(db: ScrutinyDatabase): Promise<BackupRecord | undefined> {
  return db.backups.orderBy('at').last();
}
