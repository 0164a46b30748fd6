// Names of dated backup files, and which ones to prune. Pure: the stamp sorts as text, so the
// newest file is simply the greatest name.
export const BACKUPS_KEPT = 10;

const STAMPED = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(.+)$/;

/** `2026-11-27T23-34-16-123Z-workspace.json`: colons are not allowed in Windows file names. */
export function datedBackupName(when: Date, fileName: string): string {
  return `${when.toISOString().replace(/:/g, '-').replace('.', '-')}-${fileName}`;
}

/** When a dated backup was written, as an ISO string, or null for a file that is not one. */
export function backupWrittenAt(name: string): string | null {
  const match = STAMPED.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis] = match;
  const iso = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** The dated backups among `names`, newest first; other files are ignored. */
export function datedBackupsNewestFirst(names: readonly string[]): string[] {
  return names
    .filter((name) => backupWrittenAt(name) !== null && name.endsWith('.json'))
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

/** The dated backups to delete so that only the newest `keep` remain. */
export function backupsToPrune(names: readonly string[], keep = BACKUPS_KEPT): string[] {
  return datedBackupsNewestFirst(names).slice(keep);
}
