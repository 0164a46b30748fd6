// Live reads for Settings: the member's settings and the newest backup. Each returns undefined
// on its first render, while Dexie answers.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import type { BackupRecord } from '../database';
import type { Settings } from '../../../shared/model';
import { latestBackup, readSettings } from '../repositories/settings';

export function useSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(db), []);
}

/** The newest backup, null when none was ever made. */
export function useLatestBackup(): BackupRecord | null | undefined {
  return useLiveQuery(async () => (await latestBackup(db)) ?? null, []);
}
