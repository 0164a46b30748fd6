// Every schema upgrade, from every earlier version, with real-shaped rows: build the database
// at the old version, open it at the current one, and assert the exact rows.
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, type BackupRecord } from '../../renderer/db/database';
import { openDatabase } from '../../renderer/db/open';
import { findingsWithAnnotations } from '../../renderer/db/repositories/report-findings';
import { restoreFileBytes } from '../../shared/files/restore';
import { syntheticWorkspace } from '../../scripts/bench/synthetic';
import type { WorkspaceData } from '../../shared/files/envelope';
import { freshName, newDatabase, plainDexie, sortedById } from './fake-db';

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** The store as version 1 left it: every table filled with rows of the shapes version 1 wrote. */
async function buildVersion1(name: string, data: WorkspaceData): Promise<void> {
  const v1 = plainDexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const table of ['authorities', 'reports', 'judgements', 'sections', 'findings', 'annotations', 'meetings', 'packs', 'actions'] as const) {
      await v1.table(table).bulkAdd(data[table]);
    }
    if (data.settings) await v1.table('settings').add(data.settings);
  });
  v1.close();
}

const version1Data = (): WorkspaceData => {
  const data = syntheticWorkspace({ reports: 3, findingsPerReport: 10, annotations: 30, seed: 11 });
  return { ...data, settings: data.settings && { ...data.settings, lastBackupAt: '2025-01-20T09:30:00.000Z' } };
};

describe('schema version 1 to 2', () => {
  it('keeps every row of every table exactly, and records the last backup in the new table', async () => {
    const name = freshName();
    const data = version1Data();
    await buildVersion1(name, data);
    const db = newDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    for (const table of ['authorities', 'reports', 'judgements', 'sections', 'findings', 'annotations', 'meetings', 'packs', 'actions'] as const) {
      expect(await db.table(table).toArray()).toEqual(sortedById(data)[table]);
    }
    expect(await db.settings.toArray()).toEqual([data.settings]);
    expect(await db.backups.toArray()).toEqual<BackupRecord[]>([
      { seq: 1, at: '2025-01-20T09:30:00.000Z', kind: 'manual', reason: 'recorded before version 2', fileName: '', location: null },
    ]);
  });

  it('adds nothing to the backups table when version 1 had no backup', async () => {
    const name = freshName();
    const data = version1Data();
    await buildVersion1(name, { ...data, settings: null });
    const db = newDatabase(name);
    opened.push(db);
    await db.open();
    expect(await db.backups.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it('serves findings of a report in document order from the new index', async () => {
    const name = freshName();
    const data = version1Data();
    await buildVersion1(name, data);
    const db = newDatabase(name);
    opened.push(db);
    await db.open();
    const reportId = data.reports[1]?.id ?? '';
    const rows = await findingsWithAnnotations(db, reportId);
    expect(rows.map((r) => r.finding.id)).toEqual(data.findings.filter((f) => f.reportId === reportId).sort((a, b) => a.order - b.order).map((f) => f.id));
    expect(rows.flatMap((r) => r.annotations.map((a) => a.id)).sort()).toEqual(data.annotations.filter((a) => a.target.reportId === reportId).map((a) => a.id).sort());
  });

  it('writes a safety copy of the version 1 store before upgrading, and records it', async () => {
    const name = freshName();
    const data = version1Data();
    await buildVersion1(name, data);
    const copies: { fileName: string; bytes: Uint8Array }[] = [];
    const db = newDatabase(name);
    opened.push(db);
    const outcome = await openDatabase(db, async (fileName, bytes) => {
      copies.push({ fileName, bytes });
      return { saved: true, location: `/backups/${fileName}` };
    });
    expect(outcome).toMatchObject({ ok: true, upgradedFrom: 1 });
    expect(copies).toHaveLength(1);
    expect(copies[0]?.fileName).toMatch(/^scrutiny-desk-safety-copy-.*-before-update-to-version-2\.json$/);
    const restored = restoreFileBytes(copies[0]?.bytes ?? new Uint8Array());
    expect(restored.file.data).toEqual(sortedById(data));
    const last = await db.backups.orderBy('at').last();
    expect(last).toMatchObject({ kind: 'safety', fileName: copies[0]?.fileName, location: `/backups/${copies[0]?.fileName}` });
  });

  it('does not upgrade, and writes nothing, when the safety copy cannot be written', async () => {
    const name = freshName();
    await buildVersion1(name, version1Data());
    const db = newDatabase(name);
    opened.push(db);
    const outcome = await openDatabase(db, async () => ({ saved: false, location: null }));
    expect(outcome).toMatchObject({ ok: false, problem: 'safety-copy' });
    const probe = plainDexie(name);
    opened.push(probe);
    await probe.open();
    expect(probe.verno).toBe(1);
  });

  it('opens a new store at the current version with no safety copy', async () => {
    const db = newDatabase();
    opened.push(db);
    let wrote = false;
    const outcome = await openDatabase(db, async () => {
      wrote = true;
      return { saved: true, location: null };
    });
    expect(outcome).toEqual({ ok: true, upgradedFrom: null, safetyCopy: null });
    expect(wrote).toBe(false);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('refuses a store made by a newer version and leaves it alone', async () => {
    const name = freshName();
    const newer = plainDexie(name);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...SCHEMA_V1, future: 'id' });
    await newer.open();
    await newer.table('annotations').add({ id: 'ann-kept' });
    newer.close();
    const db = newDatabase(name);
    opened.push(db);
    const outcome = await openDatabase(db, async () => ({ saved: true, location: null }));
    expect(outcome).toMatchObject({ ok: false, problem: 'newer' });
    const probe = plainDexie(name);
    opened.push(probe);
    await probe.open();
    expect(await probe.table('annotations').toArray()).toEqual([{ id: 'ann-kept' }]);
  });
});
