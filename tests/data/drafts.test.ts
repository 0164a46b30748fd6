// The autosave journal: words journalled as typed are folded into their note, pack, meeting or
// settings; whatever a closed window left behind is folded in when the store next opens; a note
// is stored only with its first words, and folding an older draft never drops a newer one.
import { afterEach, describe, expect, it } from 'vitest';
import type { ScrutinyDatabase } from '../../renderer/db/database';
import { openDatabase } from '../../renderer/db/open';
import {
  draftRow,
  dropDraft,
  foldDraft,
  recoverDrafts,
  writeDraft,
} from '../../renderer/db/repositories/drafts';
import { createPack } from '../../renderer/db/repositories/packs';
import { createAnnotation, deleteAnnotation, type AnnotationDraft } from '../../shared/merge';
import { freshName, newDatabase } from './fake-db';

const opened: ScrutinyDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const AMARA = 'Cllr Amara Okafor';
const DRAFT: AnnotationDraft = {
  kind: 'note',
  target: {
    reportId: 'rpt-1',
    findingId: 'rpt-1-f1',
    findingText: 'Care leavers have pathway plans.',
    selector: null,
  },
};

async function store(name = freshName()): Promise<ScrutinyDatabase> {
  const db = newDatabase(name);
  opened.push(db);
  await db.open();
  return db;
}

describe('the autosave journal', () => {
  it('folds the words typed into a new note into a stored note, and drops the draft', async () => {
    const db = await store();
    const row = draftRow('annotation:ann-new:body', {
      type: 'annotation',
      id: 'ann-new',
      by: AMARA,
      create: DRAFT,
      patch: { body: 'Ask about pathway plans' },
    });
    await writeDraft(db, row);
    expect(await db.annotations.count()).toBe(0);
    await foldDraft(db, row);
    const stored = await db.annotations.get('ann-new');
    expect(stored).toMatchObject({
      id: 'ann-new',
      author: AMARA,
      body: 'Ask about pathway plans',
      kind: 'note',
    });
    expect(await db.drafts.count()).toBe(0);
  });

  it('edits a stored note as a new revision, and keeps a newer draft typed meanwhile', async () => {
    const db = await store();
    const note = createAnnotation(
      { ...DRAFT, body: 'first' },
      AMARA,
      '2026-11-27T09:00:00.000Z',
      'ann-1',
    );
    await db.annotations.add(note);
    const older = draftRow('annotation:ann-1:body', {
      type: 'annotation',
      id: 'ann-1',
      by: AMARA,
      create: null,
      patch: { body: 'first words' },
    });
    const newer = draftRow('annotation:ann-1:body', {
      type: 'annotation',
      id: 'ann-1',
      by: AMARA,
      create: null,
      patch: { body: 'first words and more' },
    });
    await writeDraft(db, older);
    await writeDraft(db, newer);
    await foldDraft(db, older);
    const stored = await db.annotations.get('ann-1');
    expect(stored?.body).toBe('first words');
    expect(stored?.ancestors).toEqual([note.rev]);
    expect(await db.drafts.get('annotation:ann-1:body')).toEqual(newer);
  });

  it('folds in, when the store next opens, the words a closed window left in the journal', async () => {
    const name = freshName();
    const db = await store(name);
    const pack = await createPack(db, { author: AMARA, marking: 'OFFICIAL', meetingId: null });
    await writeDraft(
      db,
      draftRow('annotation:ann-9:body', {
        type: 'annotation',
        id: 'ann-9',
        by: AMARA,
        create: DRAFT,
        patch: { body: 'typed, then the window closed' },
      }),
    );
    await writeDraft(
      db,
      draftRow(`pack:${pack.id}`, {
        type: 'pack',
        pack: { ...pack, title: 'Care leavers briefing' },
      }),
    );
    await writeDraft(
      db,
      draftRow('settings:memberName', {
        type: 'settings',
        patch: { memberName: 'Cllr Amara Okafor' },
      }),
    );
    db.close();

    const again = newDatabase(name);
    opened.push(again);
    const outcome = await openDatabase(again, async () => ({ saved: true, location: null }));
    expect(outcome).toMatchObject({ ok: true, recoveredDrafts: 3 });
    expect((await again.annotations.get('ann-9'))?.body).toBe('typed, then the window closed');
    expect((await again.packs.get(pack.id))?.title).toBe('Care leavers briefing');
    expect((await again.settings.get('settings'))?.memberName).toBe(AMARA);
    expect(await again.drafts.count()).toBe(0);
  });

  it('keeps a draft that cannot be stored (a pack with no title) rather than losing it, and stores nothing bad', async () => {
    const name = freshName();
    const db = await store(name);
    const pack = await createPack(db, { author: AMARA, marking: 'OFFICIAL', meetingId: null });
    const row = draftRow(`pack:${pack.id}`, { type: 'pack', pack: { ...pack, title: '' } });
    await writeDraft(db, row);
    await expect(foldDraft(db, row)).rejects.toThrow();
    expect((await db.packs.get(pack.id))?.title).toBe('Briefing pack');
    expect(await db.drafts.get(row.key)).toEqual(row);
  });

  it('does not bring back a pack deleted before its last draft was folded', async () => {
    const db = await store();
    const pack = await createPack(db, { author: AMARA, marking: 'OFFICIAL', meetingId: null });
    const row = draftRow(`pack:${pack.id}`, {
      type: 'pack',
      pack: { ...pack, title: 'Late words' },
    });
    await db.packs.delete(pack.id);
    await foldDraft(db, row);
    expect(await db.packs.count()).toBe(0);
  });

  it('creates a new meeting under the id its form chose, then edits the same one', async () => {
    const db = await store();
    const fields = {
      committee: 'Corporate Parenting Panel',
      date: '2026-05-20',
      agendaItem: '5',
      agendaTitle: '',
    };
    await foldDraft(
      db,
      draftRow('meeting:meeting-1', { type: 'meeting', id: 'meeting-1', fields }),
    );
    await foldDraft(
      db,
      draftRow('meeting:meeting-1', {
        type: 'meeting',
        id: 'meeting-1',
        fields: { ...fields, agendaTitle: 'Care leavers' },
      }),
    );
    expect(await db.meetings.toArray()).toEqual([
      expect.objectContaining({ id: 'meeting-1', agendaTitle: 'Care leavers' }),
    ]);
  });

  it('leaves a deleted note deleted: a late draft of its words neither brings it back nor changes it', async () => {
    const db = await store();
    const note = createAnnotation(
      { ...DRAFT, body: 'Praise the team' },
      AMARA,
      '2026-11-27T09:00:00.000Z',
      'ann-2',
    );
    const tombstone = deleteAnnotation(note, AMARA, '2026-11-27T09:05:00.000Z');
    await db.annotations.add(tombstone);
    const late = draftRow('annotation:ann-2:body', {
      type: 'annotation',
      id: 'ann-2',
      by: AMARA,
      create: null,
      patch: { body: 'Praise the team at panel.' },
    });
    await writeDraft(db, late);
    await foldDraft(db, late);
    expect(await db.annotations.get('ann-2')).toEqual(tombstone);
    expect(await db.drafts.count()).toBe(0);
  });

  it('stores nothing at the next open for a new note whose words were taken out of the journal again', async () => {
    const db = await store();
    await writeDraft(
      db,
      draftRow('annotation:ann-3:body', {
        type: 'annotation',
        id: 'ann-3',
        by: AMARA,
        create: DRAFT,
        patch: { body: 'x' },
      }),
    );
    await dropDraft(db, 'annotation:ann-3:body');
    expect(await recoverDrafts(db)).toEqual({ folded: 0, kept: 0 });
    expect(await db.annotations.count()).toBe(0);
  });
});
