// Taking in a colleague's notes is one all-or-nothing transaction that never overwrites a newer
// local edit; settling a conflict writes through shared/merge.
import { afterEach, describe, expect, it } from 'vitest';
import type { ScrutinyDatabase } from '../../renderer/db/database';
import { replaceWorkspace } from '../../renderer/db/repositories/workspace';
import {
  applyIncomingNotes,
  chooseVersion,
  keepBothVersions,
  notesInConflict,
  readForSharing,
} from '../../renderer/db/repositories/sharing';
import { buildBundle } from '../../shared/files/bundle';
import { restoreFile } from '../../shared/files/restore';
import type { Annotation } from '../../shared/model';
import { createAnnotation, editAnnotation, previewMerge } from '../../shared/merge';
import { SHA_DEVON, report, workspace } from '../shared/merge/workspace-fixture';
import { newDatabase } from './fake-db';

const A = 'Cllr Amara Okafor';
const B = 'Cllr Ben Hughes';
const opened: ScrutinyDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const base = () => workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
const target = {
  reportId: 'rep-devon',
  findingId: 'fin-0',
  findingText: base().findings[0]?.text ?? '',
  selector: null,
};
const original = createAnnotation(
  { kind: 'note', target, body: 'first words' },
  A,
  '2026-11-27T09:00:00.000Z',
  'ann-1',
);

async function amaraStore(): Promise<ScrutinyDatabase> {
  const db = newDatabase();
  opened.push(db);
  await replaceWorkspace(db, { ...base(), annotations: [original] });
  return db;
}

function bensBundle(...notes: Annotation[]) {
  return restoreFile(
    JSON.parse(
      JSON.stringify(
        buildBundle(
          { ...base(), annotations: notes },
          { type: 'everything' },
          B,
          new Date('2026-11-27T12:00:00Z'),
          { notes: 'everyone' },
        ),
      ),
    ),
  );
}

describe('applyIncomingNotes', () => {
  it('writes the previewed notes, and a second import of the same file writes nothing', async () => {
    const db = await amaraStore();
    const bundle = bensBundle(
      createAnnotation(
        { kind: 'note', target, body: 'Ben\u2019s note' },
        B,
        '2026-11-27T10:00:00.000Z',
        'ann-ben',
      ),
    );
    const preview = previewMerge(await readForSharing(db), bundle);
    expect(await applyIncomingNotes(db, preview)).toBe(1);
    expect((await db.annotations.get('ann-ben'))?.author).toBe(B);
    const before = await db.annotations.toArray();
    const again = previewMerge(await readForSharing(db), bundle);
    expect(await applyIncomingNotes(db, again)).toBe(0);
    expect(await db.annotations.toArray()).toEqual(before);
  });

  it('keeps an edit made between the preview and the confirm', async () => {
    const db = await amaraStore();
    const preview = previewMerge(
      await readForSharing(db),
      bensBundle(
        editAnnotation(original, { body: 'Ben\u2019s words' }, B, '2026-11-27T10:00:00.000Z'),
      ),
    );
    await db.annotations.put(
      editAnnotation(
        original,
        { body: 'Amara typed this meanwhile' },
        A,
        '2026-11-27T11:00:00.000Z',
      ),
    );
    await applyIncomingNotes(db, preview);
    const stored = await db.annotations.get('ann-1');
    expect([stored?.body, ...(stored?.conflicts.map((c) => c.body) ?? [])].sort()).toEqual([
      'Amara typed this meanwhile',
      'Ben\u2019s words',
    ]);
  });

  it('writes nothing at all when any row fails', async () => {
    const db = await amaraStore();
    const preview = previewMerge(
      await readForSharing(db),
      bensBundle(
        createAnnotation(
          { kind: 'note', target, body: 'good' },
          B,
          '2026-11-27T10:00:00.000Z',
          'ann-good',
        ),
      ),
    );
    const broken = {
      ...preview,
      changes: [
        ...preview.changes,
        { ...original, id: undefined as unknown as string, createdAt: '2020-01-01T00:00:00.000Z' },
      ],
    };
    await expect(applyIncomingNotes(db, broken)).rejects.toThrow();
    expect(await db.annotations.toArray()).toEqual([original]);
  });
});

describe('settling a conflict', () => {
  async function conflicted(): Promise<ScrutinyDatabase> {
    const db = await amaraStore();
    await db.annotations.put(
      editAnnotation(original, { body: 'Amara\u2019s words' }, A, '2026-11-27T11:00:00.000Z'),
    );
    await applyIncomingNotes(
      db,
      previewMerge(
        await readForSharing(db),
        bensBundle(
          editAnnotation(original, { body: 'Ben\u2019s words' }, B, '2026-11-27T10:00:00.000Z'),
        ),
      ),
    );
    return db;
  }

  it('lists the note, and choosing a version leaves one version with those words', async () => {
    const db = await conflicted();
    const [note] = await notesInConflict(db);
    const bens = note?.conflicts.find((c) => c.modifiedBy === B);
    await chooseVersion(db, 'ann-1', bens?.rev ?? '', A);
    const stored = await db.annotations.get('ann-1');
    expect(stored).toMatchObject({ body: 'Ben\u2019s words', conflicts: [], modifiedBy: A });
    expect(await notesInConflict(db)).toEqual([]);
  });

  it('keeping both makes Ben\u2019s version its own note under his name', async () => {
    const db = await conflicted();
    const [note] = await notesInConflict(db);
    const bens = note?.conflicts.find((c) => c.modifiedBy === B);
    await keepBothVersions(db, 'ann-1', bens?.rev ?? '', A);
    const all = await db.annotations.toArray();
    expect(all.map((a) => [a.author, a.body, a.conflicts.length]).sort()).toEqual([
      [A, 'Amara\u2019s words', 0],
      [B, 'Ben\u2019s words', 0],
    ]);
  });
});
