// Every schema upgrade, from every earlier version, with real-shaped rows: build the database
// at the old version, open it at the current one, and assert the exact rows.
import { afterEach, describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  type BackupRecord,
  type ScrutinyDatabase,
} from '../../renderer/db/database';
import { openDatabase } from '../../renderer/db/open';
import {
  findingsOfReport,
  findingsWithAnnotations,
} from '../../renderer/db/repositories/report-findings';
import { restoreFileBytes } from '../../shared/files/restore';
import { syntheticWorkspace } from '../../scripts/bench/synthetic';
import type { WorkspaceData } from '../../shared/files/envelope';
import { freshName, newDatabase, plainDexie, sortedById } from './fake-db';
import { report as reportRow, workspace as workspaceOf } from '../shared/merge/workspace-fixture';

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** The store as an earlier version left it: `schemas[i]` is version i + 1's, and every table is
 * filled with rows of the shapes that version wrote (backups only from version 2). */
async function buildStore(
  name: string,
  schemas: Record<string, string>[],
  data: WorkspaceData,
  backups: BackupRecord[] = [],
): Promise<void> {
  const old = plainDexie(name);
  schemas.forEach((schema, i) => old.version(i + 1).stores(schema));
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const table of [
      'authorities',
      'reports',
      'judgements',
      'sections',
      'findings',
      'annotations',
      'meetings',
      'packs',
      'actions',
    ] as const) {
      await old.table(table).bulkAdd(data[table]);
    }
    if (data.settings) await old.table('settings').add(data.settings);
    if (backups.length > 0) await old.table('backups').bulkAdd(backups);
  });
  old.close();
}

const buildVersion1 = (name: string, data: WorkspaceData) =>
  buildStore(name, [SCHEMA_V1], beforeIdentities(data));

/** Open the store `name` as the app does, keeping each safety copy it writes (saved at `location`). */
async function openKeepingCopies(name: string, location: (fileName: string) => string | null) {
  const copies: { fileName: string; bytes: Uint8Array }[] = [];
  const db = newDatabase(name);
  opened.push(db);
  const outcome = await openDatabase(db, async (fileName, bytes) => {
    copies.push({ fileName, bytes });
    return { saved: true, location: location(fileName) };
  });
  return { db, outcome, copies };
}

const version1Data = (): WorkspaceData => {
  const data = syntheticWorkspace({ reports: 3, findingsPerReport: 10, annotations: 30, seed: 11 });
  return {
    ...data,
    settings: data.settings && { ...data.settings, lastBackupAt: '2025-01-20T09:30:00.000Z' },
  };
};

/** The rows as stores before version 5 held them: notes with no member id, settings with no identity. */
function beforeIdentities(data: WorkspaceData): WorkspaceData {
  const annotations = data.annotations.map(
    ({ authorId: _id, ...a }) => a,
  ) as WorkspaceData['annotations'];
  const settings =
    data.settings &&
    ((({ identity: _i, colleagues: _c, ...rest }) => rest)(
      data.settings,
    ) as WorkspaceData['settings']);
  return { ...data, annotations, settings };
}

/** What version 5 makes of them: the member's own notes (by their name) carry the id it made. */
function afterIdentities(data: WorkspaceData, memberId: string | null): WorkspaceData {
  const name = data.settings?.memberName ?? '';
  return {
    ...data,
    annotations: data.annotations.map((a) => ({
      ...a,
      authorId: memberId !== null && name !== '' && a.author === name ? memberId : null,
    })),
  };
}

/** The identity the upgrade made, checked to be a whole one. */
async function madeIdentity(db: ScrutinyDatabase): Promise<string> {
  const identity = (await db.settings.get('settings'))?.identity;
  expect(identity).toMatchObject({
    memberId: expect.stringMatching(/^member-/),
    publicKey: expect.stringMatching(/^[0-9a-f]{64}$/),
    privateKey: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
  return identity?.memberId ?? '';
}

describe('schema version 1 to the current version', () => {
  it('keeps every row of every table exactly, and records the last backup in the new table', async () => {
    const name = freshName();
    const data = version1Data();
    await buildVersion1(name, data);
    const db = newDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const memberId = await madeIdentity(db);
    const expected = sortedById(afterIdentities(data, memberId));
    for (const table of [
      'authorities',
      'reports',
      'judgements',
      'sections',
      'findings',
      'annotations',
      'meetings',
      'packs',
      'actions',
    ] as const) {
      expect(await db.table(table).toArray()).toEqual(expected[table]);
    }
    expect(await db.settings.toArray()).toEqual([
      { ...data.settings, identity: (await db.settings.get('settings'))?.identity, colleagues: [] },
    ]);
    expect(await db.backups.toArray()).toEqual<BackupRecord[]>([
      {
        seq: 1,
        at: '2025-01-20T09:30:00.000Z',
        kind: 'manual',
        reason: 'recorded before version 2',
        fileName: '',
        location: null,
      },
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
    expect(rows.map((r) => r.finding.id)).toEqual(
      data.findings
        .filter((f) => f.reportId === reportId)
        .sort((a, b) => a.order - b.order)
        .map((f) => f.id),
    );
    expect(rows.flatMap((r) => r.annotations.map((a) => a.id)).sort()).toEqual(
      data.annotations
        .filter((a) => a.target.reportId === reportId)
        .map((a) => a.id)
        .sort(),
    );
  });

  it('writes a safety copy of the version 1 store before upgrading, and records it', async () => {
    const name = freshName();
    const data = version1Data();
    await buildVersion1(name, data);
    const { db, outcome, copies } = await openKeepingCopies(
      name,
      (fileName) => `/backups/${fileName}`,
    );
    expect(outcome).toMatchObject({ ok: true, upgradedFrom: 1 });
    expect(copies).toHaveLength(1);
    expect(copies[0]?.fileName).toMatch(
      new RegExp(
        `^scrutiny-desk-safety-copy-.*-before-update-to-version-${CURRENT_SCHEMA_VERSION}\\.json$`,
      ),
    );
    const restored = restoreFileBytes(copies[0]?.bytes ?? new Uint8Array());
    expect(restored.file.data).toEqual(sortedById(data));
    const last = await db.backups.orderBy('at').last();
    expect(last).toMatchObject({
      kind: 'safety',
      fileName: copies[0]?.fileName,
      location: `/backups/${copies[0]?.fileName}`,
    });
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
    expect(outcome).toEqual({ ok: true, upgradedFrom: null, safetyCopy: null, recoveredDrafts: 0 });
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

/** The index names IndexedDB itself holds for a table, sorted. */
function indexNames(db: { backendDB(): IDBDatabase }, table: string): string[] {
  const tx = db.backendDB().transaction(table, 'readonly');
  return [...tx.objectStore(table).indexNames].sort();
}

const indexesOf = (spec: string) =>
  spec
    .split(',')
    .slice(1)
    .map((part) => part.trim().replace(/^\*/, ''))
    .sort();

/** The schemas of versions 1 to n, as the app declared them then. */
const SCHEMAS_UP_TO: Record<number, Record<string, string>[]> = {
  2: [SCHEMA_V1, SCHEMA_V2],
  3: [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3],
  4: [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4],
};

// Versions 2 to 4 hold the same rows (3 and 4 only dropped indexes), so the same checks apply.
describe.each([2, 3, 4])('schema version %i to the current version', (from) => {
  const backups: BackupRecord[] = [
    {
      seq: 1,
      at: '2025-01-20T09:30:00.000Z',
      kind: 'manual',
      reason: 'recorded before version 2',
      fileName: '',
      location: null,
    },
    {
      seq: 2,
      at: '2025-02-03T10:00:00.000Z',
      kind: 'safety',
      reason: 'before restoring a file',
      fileName: 'scrutiny-desk-safety-copy-2025-02-03T10-00-00Z-before-restore.json',
      location: '/backups/x.json',
    },
  ];
  const build = (name: string, data: WorkspaceData) =>
    buildStore(name, SCHEMAS_UP_TO[from] ?? [], beforeIdentities(data), backups);

  /** A store at version `from` holding `data`, opened (and so upgraded) by the current app. */
  async function upgraded(data: WorkspaceData): Promise<ScrutinyDatabase> {
    const name = freshName();
    await build(name, data);
    const db = newDatabase(name);
    opened.push(db);
    await db.open();
    return db;
  }

  it('keeps every row of every table exactly, and drops only the indexes no query reads', async () => {
    const data = version1Data();
    const db = await upgraded(data);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const memberId = await madeIdentity(db);
    const expected = sortedById(afterIdentities(data, memberId));
    for (const table of [
      'authorities',
      'reports',
      'judgements',
      'sections',
      'findings',
      'annotations',
      'meetings',
      'packs',
      'actions',
    ] as const) {
      expect(await db.table(table).toArray()).toEqual(expected[table]);
    }
    expect(await db.settings.toArray()).toEqual([
      { ...data.settings, identity: (await db.settings.get('settings'))?.identity, colleagues: [] },
    ]);
    expect(await db.backups.toArray()).toEqual(backups);
    // The member's own notes (by their name) became theirs; colleagues' did not.
    expect(
      expected.annotations.some((a) => a.authorId === memberId) &&
        expected.annotations.some((a) => a.authorId === null),
    ).toBe(true);
    expect(indexNames(db, 'findings')).toEqual(indexesOf(SCHEMA_V4.findings));
    expect(indexNames(db, 'annotations')).toEqual(indexesOf(SCHEMA_V4.annotations));
    expect(indexNames(db, 'findings')).toEqual(['[reportId+order]', 'themes']);
    expect(indexNames(db, 'annotations')).toEqual([
      'followUpOn',
      'question.status',
      'target.reportId',
    ]);
    // Every other table keeps the indexes version 2 gave it.
    expect(indexNames(db, 'reports')).toEqual(indexesOf(SCHEMA_V1.reports));
    // Version 5's tables start empty, with the indexes their queries read.
    expect(await db.corrections.count()).toBe(0);
    expect(await db.deletedReports.count()).toBe(0);
    expect(indexNames(db, 'corrections')).toEqual(indexesOf(SCHEMA_V5.corrections));
    expect(indexNames(db, 'deletedReports')).toEqual(['reportId', 'sha256']);
    // Version 5 adds the autosave journal, empty: nothing was typed in the old version's window.
    expect(SCHEMA_V5.drafts).toBe('key');
    expect(await db.drafts.count()).toBe(0);
  });

  it('still answers every query the app makes of the two tables', async () => {
    const data = version1Data();
    const db = await upgraded(data);
    const reportId = data.reports[2]?.id ?? '';
    const inOrder = data.findings
      .filter((f) => f.reportId === reportId)
      .sort((a, b) => a.order - b.order)
      .map((f) => f.id);
    const rows = await findingsWithAnnotations(db, reportId);
    expect(rows.map((r) => r.finding.id)).toEqual(inOrder);
    expect(rows.flatMap((r) => r.annotations.map((a) => a.id)).sort()).toEqual(
      data.annotations
        .filter((a) => a.target.reportId === reportId)
        .map((a) => a.id)
        .sort(),
    );
    expect(await findingsOfReport(db, reportId).primaryKeys()).toEqual(inOrder);
    const theme = data.findings[0]?.themes[0] ?? '';
    expect((await db.findings.where('themes').equals(theme).primaryKeys()).sort()).toEqual(
      data.findings
        .filter((f) => f.themes.includes(theme))
        .map((f) => f.id)
        .sort(),
    );
    const open = data.annotations
      .filter((a) => a.question && a.question.status === 'to_ask')
      .map((a) => a.id)
      .sort();
    expect(open.length).toBeGreaterThan(0);
    expect(
      (await db.annotations.where('question.status').equals('to_ask').primaryKeys()).sort(),
    ).toEqual(open);
    expect((await db.annotations.where('followUpOn').above('').primaryKeys()).sort()).toEqual(
      data.annotations
        .filter((a) => a.followUpOn)
        .map((a) => a.id)
        .sort(),
    );
  });

  it(`writes a safety copy of the version ${from} store, holding every row, before upgrading`, async () => {
    const name = freshName();
    const data = version1Data();
    await build(name, data);
    const { outcome, copies } = await openKeepingCopies(name, () => null);
    expect(outcome).toMatchObject({ ok: true, upgradedFrom: from });
    expect(copies.map((c) => c.fileName)).toEqual([
      expect.stringMatching(
        new RegExp(`-before-update-to-version-${CURRENT_SCHEMA_VERSION}\\.json$`),
      ),
    ]);
    expect(restoreFileBytes(copies[0]?.bytes ?? new Uint8Array()).file.data).toEqual(
      sortedById(data),
    );
  });
});

describe('schema version 4 to 5: authorities by code', () => {
  /** Rows as version 4 wrote them: no codes; Leeds filed under three spellings; a name no list holds. */
  function version4Rows(): WorkspaceData {
    const data = workspaceOf([
      { report: reportRow('r-2015', 'a'.repeat(64), 'Leeds'), findingPrefix: 'f15' },
      { report: reportRow('r-2018', 'b'.repeat(64), 'Leeds City'), findingPrefix: 'f18' },
      { report: reportRow('r-2022', 'c'.repeat(64), 'Leeds City Council'), findingPrefix: 'f22' },
      { report: reportRow('r-west', 'd'.repeat(64), 'Westmoor'), findingPrefix: 'fw' },
    ]);
    for (const a of data.authorities) delete (a as Partial<typeof a>).code;
    for (const r of data.reports) delete (r as Partial<typeof r>).authorityCode;
    return data;
  }

  it('files each report under its council’s code in one record, keeps the rest of each row, and leaves an unknown name for the member', async () => {
    const name = freshName();
    const data = version4Rows();
    await buildStore(name, SCHEMAS_UP_TO[4] ?? [], data);
    const { db, copies } = await openKeepingCopies(name, () => null);
    expect(db.verno).toBe(5);
    expect(await db.authorities.toArray()).toEqual([
      { id: 'authority-la-383', name: 'Leeds', code: '383' },
      { id: 'la-westmoor', name: 'Westmoor', code: null },
    ]);
    const reports = await db.reports.toArray();
    expect(reports.map((r) => [r.id, r.authorityId, r.authority, r.authorityCode])).toEqual([
      ['r-2015', 'authority-la-383', 'Leeds', '383'],
      ['r-2018', 'authority-la-383', 'Leeds', '383'],
      ['r-2022', 'authority-la-383', 'Leeds', '383'],
      ['r-west', 'la-westmoor', 'Westmoor', null],
    ]);
    const before = sortedById(data).reports;
    for (const [i, r] of reports.entries())
      expect({ ...r, authorityId: '', authority: '', authorityCode: null }).toEqual({
        ...before[i],
        authorityId: '',
        authority: '',
        authorityCode: null,
      });
    expect(await db.findings.count()).toBe(data.findings.length);
    // The safety copy holds the rows as they were, as a version 2 file that restores and upgrades.
    const copy = restoreFileBytes(copies[0]?.bytes ?? new Uint8Array());
    expect(copy.fromVersion).toBe(2);
    if (copy.kind !== 'workspace') throw new Error('expected a workspace');
    expect(copy.file.data.reports.map((r) => r.authorityCode)).toEqual(['383', '383', '383', null]);
  });
});
