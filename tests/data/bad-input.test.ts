// Bad files offered for restore leave the store exactly as it was: every row of every table.
import { afterEach, describe, expect, it } from 'vitest';
import { replaceWorkspace } from '../../renderer/db/repositories/workspace';
import { recordBackup } from '../../renderer/db/repositories/settings';
import { restoreWorkspace, SafetyCopyError } from '../../renderer/db/repositories/restore';
import { restoreFileBytes } from '../../shared/files/restore';
import { serializeWorkspace } from '../../shared/files/serialize';
import { CURRENT_FILE_VERSION } from '../../shared/files/envelope';
import { InputError } from '../../shared/errors';
import { syntheticWorkspace } from '../../scripts/bench/synthetic';
import type { ScrutinyDatabase } from '../../renderer/db/database';
import { newDatabase } from './fake-db';

const opened: ScrutinyDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function everyRow(db: ScrutinyDatabase): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
}

async function filledStore(): Promise<ScrutinyDatabase> {
  const db = newDatabase();
  opened.push(db);
  await replaceWorkspace(
    db,
    syntheticWorkspace({ reports: 2, findingsPerReport: 8, annotations: 20, seed: 13 }),
  );
  await recordBackup(db, {
    at: '2025-02-01T08:00:00.000Z',
    kind: 'manual',
    reason: 'Back up now',
    fileName: 'a.json',
    location: null,
  });
  return db;
}

const text = serializeWorkspace(
  syntheticWorkspace({ reports: 3, findingsPerReport: 5, annotations: 30, seed: 14 }),
  'Cllr Li Wei',
  new Date('2025-02-03T10:00:00.000Z'),
);
const encode = (t: string) => new TextEncoder().encode(t);
const edit = (
  change: (json: {
    version: number;
    data: {
      annotations: { id: string; target: { findingId: string } }[];
      reports: { authorityCode: string | null }[];
    };
  }) => void,
) => {
  const json = JSON.parse(text) as {
    version: number;
    data: {
      annotations: { id: string; target: { findingId: string } }[];
      reports: { authorityCode: string | null }[];
    };
  };
  change(json);
  return encode(JSON.stringify(json));
};

const badFiles: [string, () => Uint8Array, string][] = [
  ['truncated', () => encode(text.slice(0, text.length - 100)), 'file-truncated'],
  ['corrupted', () => encode(text.replace('"reports":[', '"reports":[}')), 'file-not-json'],
  ['wrong format', () => encode('<html><body>An inspection report</body></html>'), 'file-format'],
  [
    'from a future version',
    () => edit((j) => (j.version = CURRENT_FILE_VERSION + 1)),
    'file-version-newer',
  ],
  [
    'with an authority code not on the list',
    () => edit((j) => ((j.data.reports[0] ?? { authorityCode: null }).authorityCode = '999')),
    'file-unknown-authority',
  ],
  ['over 300 MB', () => new Uint8Array(300 * 1024 * 1024 + 1), 'file-too-large'],
  [
    'with duplicate ids',
    () =>
      edit((j) =>
        j.data.annotations.push(j.data.annotations[0] as (typeof j.data.annotations)[number]),
      ),
    'file-duplicate-id',
  ],
  [
    'with a dangling reference',
    () =>
      edit(
        (j) =>
          ((
            j.data.annotations.find((a) => !('deletedAt' in a && a.deletedAt)) as {
              target: { findingId: string };
            }
          ).target.findingId = 'f-nowhere'),
      ),
    'file-dangling-ref',
  ],
];

describe('restoring a bad file', () => {
  it.each(badFiles)(
    'a file %s is refused with one line and the store is untouched',
    async (_name, bytes, code) => {
      const db = await filledStore();
      const before = await everyRow(db);
      let copies = 0;
      const attempt = async () => {
        const restored = restoreFileBytes(bytes());
        if (restored.kind !== 'workspace') throw new Error('expected a workspace');
        await restoreWorkspace(
          db,
          async () => {
            copies += 1;
            return { saved: true, location: null };
          },
          () => replaceWorkspace(db, restored.file.data),
        );
      };
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe(code);
      expect((error as InputError).message).not.toMatch(/\n/);
      expect(copies).toBe(0);
      expect(await everyRow(db)).toEqual(before);
    },
  );

  it('a good file is not restored when its safety copy cannot be written', async () => {
    const db = await filledStore();
    const before = await everyRow(db);
    const restored = restoreFileBytes(encode(text));
    if (restored.kind !== 'workspace') throw new Error('expected a workspace');
    await expect(
      restoreWorkspace(
        db,
        async () => ({ saved: false, location: null }),
        () => replaceWorkspace(db, restored.file.data),
      ),
    ).rejects.toBeInstanceOf(SafetyCopyError);
    expect(await everyRow(db)).toEqual(before);
  });

  it('a good file replaces the store after its safety copy, which holds the old workspace', async () => {
    const db = await filledStore();
    const oldAnnotations = await db.annotations.count();
    const copies: Uint8Array[] = [];
    const restored = restoreFileBytes(encode(text));
    if (restored.kind !== 'workspace') throw new Error('expected a workspace');
    await restoreWorkspace(
      db,
      async (_name, bytes) => {
        copies.push(bytes);
        return { saved: true, location: '/backups/x.json' };
      },
      () => replaceWorkspace(db, restored.file.data),
    );
    expect(await db.annotations.count()).toBe(30);
    expect(restoreFileBytes(copies[0] ?? new Uint8Array()).file.data.annotations).toHaveLength(
      oldAnnotations,
    );
    expect(await db.backups.orderBy('at').last()).toMatchObject({
      kind: 'safety',
      reason: 'before restoring a file',
      location: '/backups/x.json',
    });
  });
});
