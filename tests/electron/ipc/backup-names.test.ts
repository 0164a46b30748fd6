// Pins the dated backup names: sortable, parseable, and pruned to the newest ten.
import { describe, expect, it } from 'vitest';
import {
  backupWrittenAt,
  backupsToPrune,
  datedBackupName,
  datedBackupsNewestFirst,
} from '../../../electron/ipc/backup-names';

describe('dated backup names', () => {
  it('stamps the time without colons and reads it back', () => {
    const name = datedBackupName(new Date('2026-11-27T23:34:16.123Z'), 'workspace.json');
    expect(name).toBe('2026-11-27T23-34-16-123Z-workspace.json');
    expect(name).not.toContain(':');
    expect(backupWrittenAt(name)).toBe('2026-11-27T23:34:16.123Z');
  });

  it.each([
    'workspace.json',
    'notes.txt',
    '2026-13-45T99-99-99-999Z-x.json',
    '.2026-11-27T23-34-16-123Z-w.json.123.abc.tmp',
  ])('does not take %s for a backup', (name) => {
    expect(backupWrittenAt(name)).toBeNull();
  });

  it('orders backups newest first and ignores other files', () => {
    const names = [
      '2026-01-02T00-00-00-000Z-a.json',
      'readme.txt',
      '2026-01-03T00-00-00-000Z-a.json',
      '2025-12-31T23-59-59-999Z-a.json',
    ];
    expect(datedBackupsNewestFirst(names)).toEqual([
      '2026-01-03T00-00-00-000Z-a.json',
      '2026-01-02T00-00-00-000Z-a.json',
      '2025-12-31T23-59-59-999Z-a.json',
    ]);
  });

  it('prunes all but the newest ten', () => {
    const names = Array.from({ length: 13 }, (_, i) =>
      datedBackupName(new Date(Date.UTC(2026, 0, i + 1)), 'w.json'),
    );
    const pruned = backupsToPrune([...names].reverse());
    expect(pruned).toEqual(names.slice(0, 3).reverse());
    expect(backupsToPrune(names.slice(0, 10))).toEqual([]);
  });
});
