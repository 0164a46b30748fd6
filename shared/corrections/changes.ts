// The rows a merge changes, table by table: worked out once from two states of the workspace
// (the pure functions keep every unchanged row as the same object), then written by the app in
// one transaction or applied to a workspace file by the CLI.
import type { WorkspaceData } from '../files/envelope';

type Tables = Pick<
  WorkspaceData,
  | 'authorities'
  | 'reports'
  | 'judgements'
  | 'sections'
  | 'findings'
  | 'annotations'
  | 'actions'
  | 'packs'
  | 'corrections'
  | 'deletedReports'
>;
export type RecordTable = keyof Tables;

export const RECORD_TABLES: readonly RecordTable[] = [
  'authorities',
  'reports',
  'judgements',
  'sections',
  'findings',
  'annotations',
  'actions',
  'packs',
  'corrections',
  'deletedReports',
];

export interface RecordChanges {
  /** Rows to write (added or changed), by table. */
  put: { [K in RecordTable]: Tables[K] };
  /** Ids of rows to remove, by table. */
  remove: { [K in RecordTable]: string[] };
}

export function noRecordChanges(): RecordChanges {
  const put = Object.fromEntries(
    RECORD_TABLES.map((t) => [t, []]),
  ) as unknown as RecordChanges['put'];
  const remove = Object.fromEntries(
    RECORD_TABLES.map((t) => [t, []]),
  ) as unknown as RecordChanges['remove'];
  return { put, remove };
}

export function isEmpty(changes: RecordChanges): boolean {
  return RECORD_TABLES.every((t) => changes.put[t].length === 0 && changes.remove[t].length === 0);
}

/** What differs between two states of a workspace, by row identity and id. */
export function recordChanges(before: WorkspaceData, after: WorkspaceData): RecordChanges {
  const changes = noRecordChanges();
  for (const table of RECORD_TABLES) {
    const was = before[table] as readonly { id: string }[];
    const now = after[table] as readonly { id: string }[];
    if (was === now) continue;
    const kept = new Set<unknown>(was);
    const ids = new Set(now.map((row) => row.id));
    (changes.put[table] as { id: string }[]) = now.filter((row) => !kept.has(row));
    changes.remove[table] = was.filter((row) => !ids.has(row.id)).map((row) => row.id);
  }
  return changes;
}

/** The workspace with the changes applied: changed rows replaced where they stood, new rows
 * added at the end, removed rows gone. Tables with no change are the same arrays. */
export function applyRecordChanges(data: WorkspaceData, changes: RecordChanges): WorkspaceData {
  const next: WorkspaceData = { ...data };
  for (const table of RECORD_TABLES) {
    const put = changes.put[table] as readonly { id: string }[];
    const remove = changes.remove[table];
    if (put.length === 0 && remove.length === 0) continue;
    const gone = new Set(remove);
    const byId = new Map(put.map((row) => [row.id, row]));
    const rows = (data[table] as readonly { id: string }[])
      .filter((row) => !gone.has(row.id))
      .map((row) => {
        const replaced = byId.get(row.id);
        if (replaced) byId.delete(row.id);
        return replaced ?? row;
      });
    (next[table] as { id: string }[]) = [...rows, ...byId.values()];
  }
  return next;
}
