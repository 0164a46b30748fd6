// The app's own annotation writes reach IndexedDB as strict-durability transactions: the real
// repository functions on the app's database instance, with every IDBTransaction they create
// recorded as IndexedDB made it (fake-indexeddb keeps the durability it was asked for).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../renderer/db/instance';
import {
  addAnnotation,
  removeAnnotation,
  undoRemoveAnnotation,
  updateAnnotation,
} from '../../renderer/db/repositories/annotations';
import { replaceWorkspace } from '../../renderer/db/repositories/workspace';
import { saveSettings } from '../../renderer/db/repositories/settings';
import { syntheticWorkspace } from '../../scripts/bench/synthetic';

interface Seen {
  stores: string[];
  mode: IDBTransactionMode;
  durability: IDBTransactionDurability;
}

const seen: Seen[] = [];
const original = IDBDatabase.prototype.transaction;

beforeAll(() => {
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const tx = original.apply(this, args);
    seen.push({ stores: [...tx.objectStoreNames], mode: tx.mode, durability: tx.durability });
    return tx;
  } as IDBDatabase['transaction'];
});

afterAll(async () => {
  IDBDatabase.prototype.transaction = original;
  await db.delete();
});

const workspace = syntheticWorkspace({ reports: 1, findingsPerReport: 3, annotations: 2, seed: 7 });
const finding = workspace.findings[0];

function writesSince(start: number, store: string): Seen[] {
  return seen.slice(start).filter((t) => t.mode === 'readwrite' && t.stores.includes(store));
}

describe("strict durability of the app's writes", () => {
  it('commits every annotation add, edit, delete and undo with durability "strict"', async () => {
    if (!finding) throw new Error('the synthetic workspace has no finding');
    await replaceWorkspace(db, workspace);
    const start = seen.length;
    const added = await addAnnotation(
      {
        kind: 'note',
        target: {
          reportId: finding.reportId,
          findingId: finding.id,
          findingText: finding.text,
          selector: null,
        },
        body: 'Ask about pathway plans',
      },
      'Cllr Amara Okafor',
    );
    await updateAnnotation(
      added.id,
      { body: 'Ask about pathway plans for care leavers' },
      'Cllr Amara Okafor',
    );
    await removeAnnotation(added.id, 'Cllr Amara Okafor');
    await undoRemoveAnnotation(added.id, 'Cllr Amara Okafor');

    const writes = writesSince(start, 'annotations');
    expect(writes).toHaveLength(4);
    expect(writes.map((t) => t.durability)).toEqual(['strict', 'strict', 'strict', 'strict']);
    expect((await db.annotations.get(added.id))?.body).toBe(
      'Ask about pathway plans for care leavers',
    );
  });

  it('commits workspace restores and settings with durability "strict" too', async () => {
    const start = seen.length;
    await replaceWorkspace(db, workspace);
    await saveSettings(db, { memberName: 'Cllr Amara Okafor' });
    const writes = seen.slice(start).filter((t) => t.mode === 'readwrite');
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(writes.map((t) => t.durability))).toEqual(new Set(['strict']));
  });
});
