// Opening the store when IndexedDB itself fails: an outcome the recovery screen explains, never a throw.
import { describe, expect, it } from 'vitest';
import { IDBKeyRange } from 'fake-indexeddb';
import { ScrutinyDatabase } from '../../renderer/db/database';
import { openDatabase } from '../../renderer/db/open';

/** An IndexedDB whose every open fails, as a damaged or locked profile does. */
const failingIndexedDB = {
  open(): IDBOpenDBRequest {
    const request = {
      error: new DOMException(
        'Internal error opening backing store for indexedDB.open.',
        'UnknownError',
      ),
    } as unknown as IDBOpenDBRequest & { onerror?: (event: Event) => void };
    setTimeout(() =>
      request.onerror?.({
        target: request,
        preventDefault() {},
        stopPropagation() {},
      } as unknown as Event),
    );
    return request;
  },
  deleteDatabase(): IDBOpenDBRequest {
    throw new Error('not used');
  },
  cmp: (a: number, b: number) => a - b,
  databases: async () => [],
} as unknown as IDBFactory;

describe('a store that cannot be opened', () => {
  it("comes back as a failed outcome with the browser's reason, and no safety copy is attempted", async () => {
    const db = new ScrutinyDatabase('scrutiny-broken', {
      indexedDB: failingIndexedDB,
      IDBKeyRange,
    });
    let wrote = false;
    const outcome = await openDatabase(db, async () => {
      wrote = true;
      return { saved: true, location: null };
    });
    expect(outcome).toMatchObject({ ok: false, problem: 'failed' });
    if (outcome.ok) throw new Error('expected a failure');
    expect(outcome.detail).toMatch(/Internal error opening backing store/);
    expect(wrote).toBe(false);
  });
});
