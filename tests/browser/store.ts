// Reaching the app's IndexedDB store directly from a test page: seed rows, read them back, or
// build the store as an older version of the app left it. Everything runs inside the page.
import type { Page } from 'playwright-core';

const DATABASE = 'scrutiny-desk';

/** Put rows (table name to rows) into the app's store in one strict transaction. */
export async function putRows(page: Page, rows: Record<string, readonly unknown[]>): Promise<void> {
  await page.evaluate(
    ({ name, tables }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(tables), 'readwrite', {
            durability: 'strict',
          });
          for (const [table, list] of Object.entries(tables))
            for (const row of list) tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DATABASE, tables: rows },
  );
}

/** Every row of one table of the app's store. */
export async function readRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    ({ name, store }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    { name: DATABASE, store: table },
  );
}

/**
 * Build the store at an IndexedDB `version` with a Dexie-style `schema` (table to "key, index,
 * *multi") and rows, as an older version of the app left it (Dexie stores its version 1 as 10).
 * With `keepOpen`, the connection stays open as `window.oldConnection`, like an old window would.
 */
export async function buildStoreAt(
  page: Page,
  version: number,
  schema: Record<string, string>,
  rows: Record<string, readonly unknown[]>,
  keepOpen = false,
): Promise<void> {
  await page.evaluate(
    ({ name, version, schema, rows, keepOpen }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, version);
        open.onupgradeneeded = () => {
          for (const [table, spec] of Object.entries(schema)) {
            const [key = 'id', ...indexes] = spec.split(',').map((s) => s.trim());
            const store = open.result.createObjectStore(table, { keyPath: key });
            for (const index of indexes)
              store.createIndex(index.replace('*', ''), index.replace('*', ''), {
                multiEntry: index.startsWith('*'),
              });
          }
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(rows), 'readwrite');
          for (const [table, list] of Object.entries(rows))
            for (const row of list) tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            if (keepOpen)
              (window as unknown as { oldConnection: IDBDatabase }).oldConnection = open.result;
            else open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DATABASE, version, schema, rows, keepOpen },
  );
}
