// The workspace in and out of the store: export with progress, all-or-nothing replace, backups.
import { afterEach, describe, expect, it } from 'vitest';
import {
  exportWorkspace,
  replaceWorkspace,
  type ExportProgress,
  type WriteProgress,
} from '../../renderer/db/repositories/workspace';
import {
  latestBackup,
  readSettings,
  recordBackup,
  saveSettings,
} from '../../renderer/db/repositories/settings';
import { syntheticWorkspace } from '../../scripts/bench/synthetic';
import type { WorkspaceData } from '../../shared/files/envelope';
import type { ScrutinyDatabase } from '../../renderer/db/database';
import { newDatabase, sortedById } from './fake-db';

const opened: ScrutinyDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
function database(): ScrutinyDatabase {
  const db = newDatabase();
  opened.push(db);
  return db;
}

const workspace = (seed: number) =>
  syntheticWorkspace({ reports: 4, findingsPerReport: 15, annotations: 60, seed });

async function everyRow(db: ScrutinyDatabase): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
}

describe('exportWorkspace and replaceWorkspace', () => {
  it('export gives back what replace wrote', async () => {
    const db = database();
    const data = workspace(1);
    await replaceWorkspace(db, data);
    expect(await exportWorkspace(db)).toEqual(sortedById(data));
  });

  it('export reports progress up to every row, table by table', async () => {
    const db = database();
    const data = syntheticWorkspace({
      reports: 6,
      findingsPerReport: 1000,
      annotations: 12_000,
      seed: 2,
    });
    await replaceWorkspace(db, data);
    const seen: ExportProgress[] = [];
    await exportWorkspace(db, (p) => seen.push(p));
    const total =
      1 +
      [
        data.authorities,
        data.reports,
        data.judgements,
        data.sections,
        data.findings,
        data.annotations,
        data.meetings,
        data.packs,
        data.actions,
      ].reduce((n, rows) => n + rows.length, 0);
    expect(seen.at(-1)).toEqual({ done: total, total, step: 'settings' });
    expect(seen.filter((p) => p.step === 'annotations').map((p) => p.done).length).toBeGreaterThan(
      2,
    );
    expect(seen.every((p, i) => i === 0 || p.done >= (seen[i - 1]?.done ?? 0))).toBe(true);
  });

  it('replace removes what the old workspace had and the new one does not', async () => {
    const db = database();
    await replaceWorkspace(db, workspace(1));
    const second = workspace(2);
    second.annotations = second.annotations.slice(0, 5);
    await replaceWorkspace(db, second);
    expect((await exportWorkspace(db)).annotations).toEqual(sortedById(second).annotations);
  });

  it('a replace that fails half-way leaves every row exactly as it was', async () => {
    const db = database();
    await replaceWorkspace(db, workspace(1));
    await recordBackup(db, {
      at: '2025-02-01T08:00:00.000Z',
      kind: 'manual',
      reason: 'Back up now',
      fileName: 'b.json',
      location: null,
    });
    const before = await everyRow(db);
    const broken: WorkspaceData = workspace(3);
    // The last table written holds a duplicate key: every earlier table was already cleared and refilled.
    broken.actions = [...broken.actions, ...broken.actions];
    await expect(replaceWorkspace(db, broken)).rejects.toThrow();
    expect(await everyRow(db)).toEqual(before);
  });

  it('a failure in one batch of a large table, with later batches queued, still changes nothing', async () => {
    const db = database();
    await replaceWorkspace(db, workspace(1));
    const before = await everyRow(db);
    const broken = syntheticWorkspace({
      reports: 4,
      findingsPerReport: 50,
      annotations: 9_000,
      seed: 5,
    });
    // A repeated id in the third of five batches of annotations.
    broken.annotations[4_500] = {
      ...(broken.annotations[4_500] as (typeof broken.annotations)[number]),
      id: broken.annotations[10]?.id ?? '',
    };
    await expect(replaceWorkspace(db, broken)).rejects.toThrow();
    expect(await everyRow(db)).toEqual(before);
  });

  it('replace reports progress, never going back, up to every row of the file', async () => {
    const db = database();
    const data = syntheticWorkspace({
      reports: 6,
      findingsPerReport: 500,
      annotations: 7_000,
      seed: 4,
    });
    const seen: WriteProgress[] = [];
    await replaceWorkspace(db, data, (p) => seen.push(p));
    const total = [
      data.authorities,
      data.reports,
      data.judgements,
      data.sections,
      data.findings,
      data.annotations,
      data.meetings,
      data.packs,
      data.actions,
    ].reduce((n, rows) => n + rows.length, 0);
    expect(seen[0]).toEqual({ done: 0, total });
    expect(seen.at(-1)).toEqual({ done: total, total });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.every((p, i) => i === 0 || p.done > (seen[i - 1]?.done ?? 0))).toBe(true);
    expect(await db.annotations.count()).toBe(7_000);
  });

  it("keeps the member's settings when the file has none, and the later backup time of the two", async () => {
    const db = database();
    await saveSettings(db, {
      memberName: 'Cllr Amara Okafor',
      defaultMarking: 'OFFICIAL-SENSITIVE',
    });
    await recordBackup(db, {
      at: '2025-03-01T08:00:00.000Z',
      kind: 'safety',
      reason: 'before restoring a file',
      fileName: 's.json',
      location: null,
    });
    await replaceWorkspace(db, { ...workspace(1), settings: null });
    expect(await readSettings(db)).toMatchObject({
      memberName: 'Cllr Amara Okafor',
      defaultMarking: 'OFFICIAL-SENSITIVE',
      lastBackupAt: '2025-03-01T08:00:00.000Z',
    });
    const data = workspace(1);
    await replaceWorkspace(db, {
      ...data,
      settings: data.settings && { ...data.settings, lastBackupAt: '2024-01-01T00:00:00.000Z' },
    });
    expect(await readSettings(db)).toMatchObject({
      memberName: data.settings?.memberName,
      lastBackupAt: '2025-03-01T08:00:00.000Z',
    });
  });
});

describe('settings and backups', () => {
  it('reads defaults before anything is saved, then what was saved', async () => {
    const db = database();
    expect(await readSettings(db)).toEqual({
      id: 'settings',
      memberName: '',
      defaultMarking: 'OFFICIAL',
      themeRules: [],
      lastBackupAt: null,
      identity: null,
      colleagues: [],
    });
    await saveSettings(db, { memberName: 'Cllr Li Wei' });
    expect((await readSettings(db)).memberName).toBe('Cllr Li Wei');
  });

  it('refuses a setting the model does not allow and stores nothing', async () => {
    const db = database();
    await expect(saveSettings(db, { defaultMarking: 'SECRET' as 'OFFICIAL' })).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });

  it('records backups and says which was last', async () => {
    const db = database();
    expect(await latestBackup(db)).toBeUndefined();
    await recordBackup(db, {
      at: '2025-02-01T08:00:00.000Z',
      kind: 'manual',
      reason: 'Back up now',
      fileName: 'a.json',
      location: '/b/a.json',
    });
    await recordBackup(db, {
      at: '2025-02-02T08:00:00.000Z',
      kind: 'safety',
      reason: 'before restoring a file',
      fileName: 'b.json',
      location: null,
    });
    expect(await latestBackup(db)).toMatchObject({ fileName: 'b.json', kind: 'safety' });
    expect((await readSettings(db)).lastBackupAt).toBe('2025-02-02T08:00:00.000Z');
  });
});
