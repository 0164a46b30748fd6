// The whole workspace in and out of the store: export reads every table in one consistent
// read transaction; replace writes every table in one read-write transaction, so a failure
// half-way leaves the database exactly as it was.
import Dexie, { type IndexableType, type Table } from 'dexie';
import type { ScrutinyDatabase } from '../database';
import type { Settings } from '../../../shared/model';
import type { WorkspaceData } from '../../../shared/files/envelope';

/** The tables a workspace file holds, in the order they are read and written. */
export const WORKSPACE_TABLES = [
  'authorities',
  'reports',
  'judgements',
  'sections',
  'findings',
  'annotations',
  'meetings',
  'packs',
  'actions',
  'corrections',
  'deletedReports',
  'settings',
] as const;
type CollectionName = Exclude<(typeof WORKSPACE_TABLES)[number], 'settings'>;

export interface ExportProgress {
  /** Rows read so far, and in all. */
  done: number;
  total: number;
  /** The table being read, in words for the progress line. */
  step: string;
}

const STEP_WORDS: Record<(typeof WORKSPACE_TABLES)[number], string> = {
  authorities: 'authorities',
  reports: 'reports',
  judgements: 'judgements',
  sections: 'sections',
  findings: 'findings',
  annotations: 'annotations',
  meetings: 'meetings',
  packs: 'briefing packs',
  actions: 'actions',
  corrections: 'corrections',
  deletedReports: 'deleted reports',
  settings: 'settings',
};

/** Rows are read in pages so a large table reports progress as it goes. */
const PAGE = 5_000;

async function readTable(table: Table, onRows: (count: number) => void): Promise<unknown[]> {
  const rows: unknown[] = [];
  let last: IndexableType | undefined;
  for (;;) {
    const page = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last))
      .limit(PAGE)
      .toArray();
    if (page.length === 0) break;
    rows.push(...page);
    onRows(page.length);
    if (page.length < PAGE) break;
    last = Dexie.getByKeyPath(
      page[page.length - 1],
      table.schema.primKey.keyPath as string,
    ) as IndexableType;
  }
  return rows;
}

/** Read every workspace table of any Dexie handle on the store (also a probe of an older
 * version, for the safety copy before an upgrade). Tables the database lacks read as empty. */
export async function readWorkspace(
  database: Dexie,
  onProgress: (progress: ExportProgress) => void = () => undefined,
): Promise<WorkspaceData> {
  const present = WORKSPACE_TABLES.filter((name) => database.tables.some((t) => t.name === name));
  return database.transaction('r', present, async () => {
    const counts = await Promise.all(present.map((name) => database.table(name).count()));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    const data: Record<string, unknown> = {};
    for (const name of present) {
      onProgress({ done, total, step: STEP_WORDS[name] });
      data[name] = await readTable(database.table(name), (n) => {
        done += n;
        onProgress({ done, total, step: STEP_WORDS[name] });
      });
    }
    const settings =
      (data.settings as Settings[] | undefined)?.find((s) => s.id === 'settings') ?? null;
    const collections = Object.fromEntries(
      WORKSPACE_TABLES.filter((n) => n !== 'settings').map((n) => [n, data[n] ?? []]),
    );
    return { ...collections, settings } as WorkspaceData;
  });
}

/** Export the whole workspace, reporting progress as rows are read. */
export function exportWorkspace(
  db: ScrutinyDatabase,
  onProgress?: (progress: ExportProgress) => void,
): Promise<WorkspaceData> {
  return readWorkspace(db, onProgress);
}

function later(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}

/** Rows written so far and in all, while a restored workspace is put in the store. */
export interface WriteProgress {
  done: number;
  total: number;
}

/** Rows are handed to IndexedDB in batches, all queued at once so the store never waits on the
 * page, and each finished batch moves the progress bar. */
const WRITE_BATCH = 2_000;

/** Replace everything in the store with a restored workspace, all or nothing. The member's
 * local settings stay when the file has none, and the last backup time is the later of the two,
 * because backups are a fact about this computer. */
export async function replaceWorkspace(
  db: ScrutinyDatabase,
  data: WorkspaceData,
  onProgress: (progress: WriteProgress) => void = () => undefined,
): Promise<void> {
  const collections = WORKSPACE_TABLES.filter(
    (name): name is CollectionName => name !== 'settings',
  );
  const total = collections.reduce((sum, name) => sum + data[name].length, 0);
  await db.transaction('rw', [...WORKSPACE_TABLES, 'drafts'], async () => {
    const local = await db.settings.get('settings');
    // Unsaved words belong to the workspace being replaced; folding them into the restored one later would be wrong.
    await Promise.all([...WORKSPACE_TABLES, 'drafts'].map((name) => db.table(name).clear()));
    let done = 0;
    onProgress({ done, total });
    const batches: Promise<void>[] = [];
    for (const name of collections) {
      const rows = data[name];
      for (let from = 0; from < rows.length; from += WRITE_BATCH) {
        const batch = rows.slice(from, from + WRITE_BATCH);
        batches.push(
          db
            .table(name)
            .bulkAdd(batch)
            .then(() => {
              done += batch.length;
              onProgress({ done, total });
            }),
        );
      }
    }
    await Promise.all(batches);
    const settings = data.settings ?? local;
    if (settings)
      await db.settings.put({
        ...settings,
        lastBackupAt: later(local?.lastBackupAt, data.settings?.lastBackupAt),
      });
  });
}
