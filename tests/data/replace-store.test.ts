// Restoring a file in place of a store that cannot be opened: a failure before the file's
// workspace is safely held leaves the old store exactly as it was; a stop after that is finished
// at the next open; never is there neither the old store nor the whole restored workspace.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, ScrutinyDatabase, SCHEMA_V1 } from '../../renderer/db/database';
import { openDatabase } from '../../renderer/db/open';
import {
  ReplacementPendingError,
  holdingName,
  replaceUnopenableStore,
} from '../../renderer/db/replace-store';
import { exportWorkspace } from '../../renderer/db/repositories/workspace';
import { syntheticWorkspace } from '../../scripts/bench/synthetic';
import type { WorkspaceData } from '../../shared/files/envelope';
import { freshName, newDatabase, plainDexie, sortedById } from './fake-db';

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const keepCopy = async () => ({ saved: true, location: null });

/** A store a faulty build left behind: version 1, but its findings keyed by "uuid", which no
 * version of the schema can upgrade, so every open fails. It holds the member's only notes. */
const oldNotes = syntheticWorkspace({
  reports: 2,
  findingsPerReport: 4,
  annotations: 12,
  seed: 41,
});
async function buildUnopenableStore(name: string): Promise<void> {
  const broken = plainDexie(name);
  broken.version(1).stores({ ...SCHEMA_V1, findings: 'uuid, reportId' });
  await broken.open();
  await broken.transaction('rw', broken.tables, async () => {
    await broken.table('findings').bulkAdd(oldNotes.findings.map((f) => ({ ...f, uuid: f.id })));
    await broken.table('annotations').bulkAdd(oldNotes.annotations);
    await broken.table('reports').bulkAdd(oldNotes.reports);
  });
  broken.close();
}

/** Every row of the named database, table by table, read without any schema of ours. */
async function rawRows(
  name: string,
): Promise<{ version: number; tables: Record<string, unknown[]> }> {
  const raw = new Dexie(name, { indexedDB, IDBKeyRange });
  await raw.open();
  try {
    const tables: Record<string, unknown[]> = {};
    for (const table of raw.tables) tables[table.name] = await table.toArray();
    return { version: raw.verno, tables };
  } finally {
    raw.close();
  }
}

/** The schema the store was built with, read from IndexedDB itself. */
async function installedShape(
  name: string,
): Promise<{ version: number; findingsKey: unknown; findingsIndexes: string[] }> {
  const request = indexedDB.open(name);
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  const findings = database.transaction('findings').objectStore('findings');
  const shape = {
    version: database.version,
    findingsKey: findings.keyPath,
    findingsIndexes: [...findings.indexNames].sort(),
  };
  database.close();
  return shape;
}

async function exists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === name);
}

const restored = syntheticWorkspace({
  reports: 3,
  findingsPerReport: 5,
  annotations: 20,
  seed: 42,
});

/** fake-indexeddb, except that opening the store named `store` fails once after it has been
 * deleted: the disk filling up, or the app stopping, between deleting the old store and writing the new one. */
function stopsAfterDeleting(store: string): IDBFactory {
  let deleted = false;
  let failed = false;
  return new Proxy(indexedDB, {
    get(target, prop) {
      if (prop === 'deleteDatabase') {
        return (name: string) => {
          if (name === store) deleted = true;
          return target.deleteDatabase(name);
        };
      }
      if (prop === 'open') {
        return (name: string, version?: number) => {
          if (name === store && deleted && !failed) {
            failed = true;
            throw new DOMException('The disk is full.', 'QuotaExceededError');
          }
          return target.open(name, version);
        };
      }
      const value: unknown = Reflect.get(target, prop);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

describe('restoring in place of a store that cannot be opened', () => {
  it('opens the unopenable store as a failure, and nothing is deleted by trying', async () => {
    const name = freshName();
    await buildUnopenableStore(name);
    const before = await rawRows(name);
    const outcome = await openDatabase(newDatabase(name), keepCopy);
    expect(outcome).toMatchObject({ ok: false, problem: 'failed' });
    expect(await rawRows(name)).toEqual(before);
  });

  it('leaves the old store exactly as it was when the restored workspace cannot be written', async () => {
    const name = freshName();
    await buildUnopenableStore(name);
    const before = await rawRows(name);
    expect(before.tables.annotations).toHaveLength(12);
    // A value IndexedDB refuses to store, as a full disk would refuse the write.
    const unstorable = {
      ...restored,
      annotations: [{ ...restored.annotations[0], body: () => 'not storable' }],
    } as unknown as WorkspaceData;

    const db = newDatabase(name);
    const failure = await replaceUnopenableStore(db, unstorable).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(ReplacementPendingError);
    expect(await rawRows(name)).toEqual(before);

    // Nothing is left waiting to replace it at the next open either.
    const outcome = await openDatabase(newDatabase(name), keepCopy);
    expect(outcome).toMatchObject({ ok: false, problem: 'failed' });
    expect(await rawRows(name)).toEqual(before);
  });

  it('replaces the store with every row of the file and removes the held copy', async () => {
    const name = freshName();
    await buildUnopenableStore(name);
    // The same handle the app's failed open used, as the recovery screen has.
    const db = newDatabase(name);
    expect(await openDatabase(db, keepCopy)).toMatchObject({ ok: false, problem: 'failed' });
    await replaceUnopenableStore(db, restored);
    expect(await exists(holdingName(db))).toBe(false);
    // Built with the app's schema, not the broken one the failed open had read.
    expect(await installedShape(name)).toEqual({
      version: CURRENT_SCHEMA_VERSION * 10,
      findingsKey: 'id',
      findingsIndexes: ['[reportId+order]', 'themes'],
    });

    const reopened = newDatabase(name);
    opened.push(reopened);
    expect(await openDatabase(reopened, keepCopy)).toMatchObject({ ok: true });
    expect(await exportWorkspace(reopened)).toEqual(sortedById(restored));
  });

  it('keeps the restored workspace when the app stops after the old store is deleted, and finishes at the next open', async () => {
    const name = freshName();
    await buildUnopenableStore(name);
    const db = new ScrutinyDatabase(name, { indexedDB: stopsAfterDeleting(name), IDBKeyRange });
    await expect(replaceUnopenableStore(db, restored)).rejects.toBeInstanceOf(
      ReplacementPendingError,
    );

    // The old store is gone, but the whole restored workspace is held beside it.
    expect(await exists(name)).toBe(false);
    const held = await rawRows(holdingName(db));
    expect(held.tables.pending).toEqual([restored]);

    const reopened = newDatabase(name);
    opened.push(reopened);
    expect(await openDatabase(reopened, keepCopy)).toMatchObject({ ok: true });
    expect(await exportWorkspace(reopened)).toEqual(sortedById(restored));
    expect(await exists(holdingName(reopened))).toBe(false);
  });

  it('removes an empty holding database (a write that never committed) without touching a healthy store', async () => {
    const name = freshName();
    const healthy = newDatabase(name);
    await healthy.open();
    await healthy.annotations.bulkAdd(oldNotes.annotations);
    healthy.close();
    const empty = plainDexie(holdingName(healthy));
    empty.version(1).stores({ pending: '' });
    await empty.open();
    empty.close();

    const reopened = newDatabase(name);
    opened.push(reopened);
    expect(await openDatabase(reopened, keepCopy)).toMatchObject({ ok: true });
    expect(await reopened.annotations.count()).toBe(12);
    expect(await exists(holdingName(reopened))).toBe(false);
  });
});
