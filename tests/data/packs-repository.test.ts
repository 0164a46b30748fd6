// Meetings and packs in the store: validated writes, a deleted meeting leaves its packs, and the
// workspace slice a pack is built from.
import { afterEach, describe, expect, it } from 'vitest';
import {
  addFindingsToPack,
  createPack,
  deleteMeeting,
  readPackSource,
  saveMeeting,
  savePack,
} from '../../renderer/db/repositories/packs';
import type { ScrutinyDatabase } from '../../renderer/db/database';
import { fixturePack, fixtureWorkspace } from '../fixtures/packs/workspace';
import { draftRow } from '../../renderer/db/repositories/drafts';
import { newDatabase } from './fake-db';

const opened: ScrutinyDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function store(): ScrutinyDatabase {
  const db = newDatabase();
  opened.push(db);
  return db;
}

const NOW = new Date('2026-04-01T09:00:00.000Z');
const MEETING = {
  committee: ' Corporate Parenting Panel ',
  date: '2026-05-20',
  agendaItem: '5',
  agendaTitle: 'Care leavers',
};

describe('the packs repository', () => {
  it('saves a new meeting, then edits it in place keeping its creation time', async () => {
    const db = store();
    const first = await saveMeeting(db, MEETING, null, NOW);
    expect(first).toMatchObject({
      committee: 'Corporate Parenting Panel',
      createdAt: NOW.toISOString(),
    });
    const later = new Date('2026-04-02T09:00:00.000Z');
    await saveMeeting(db, { ...MEETING, agendaItem: '6' }, first.id, later);
    expect(await db.meetings.toArray()).toEqual([
      { ...first, agendaItem: '6', modifiedAt: later.toISOString() },
    ]);
  });

  it('refuses a meeting with no date and stores nothing', async () => {
    const db = store();
    await expect(saveMeeting(db, { ...MEETING, date: '' }, null, NOW)).rejects.toThrow();
    expect(await db.meetings.count()).toBe(0);
  });

  it('keeps a deleted meeting’s packs, no longer tied to it', async () => {
    const db = store();
    const meeting = await saveMeeting(db, MEETING, null, NOW);
    const pack = await createPack(
      db,
      { author: 'Cllr Amara Okafor', marking: 'OFFICIAL', meetingId: meeting.id },
      NOW,
    );
    await deleteMeeting(db, meeting.id);
    expect(await db.meetings.count()).toBe(0);
    expect(await db.packs.get(pack.id)).toMatchObject({
      meetingId: null,
      author: 'Cllr Amara Okafor',
    });
  });

  it('refuses to save a pack that breaks the model, keeping the stored one', async () => {
    const db = store();
    const pack = await createPack(
      db,
      { author: '', marking: 'OFFICIAL-SENSITIVE', meetingId: null },
      NOW,
    );
    await expect(savePack(db, { ...pack, title: '' }, NOW)).rejects.toThrow();
    expect(await db.packs.get(pack.id)).toEqual(pack);
    await savePack(db, { ...pack, items: [{ type: 'report', reportId: 'devon-2025' }] }, NOW);
    expect((await db.packs.get(pack.id))?.items).toEqual([
      { type: 'report', reportId: 'devon-2025' },
    ]);
  });

  it('reads the reports, judgements, findings, annotations and actions a pack draws on', async () => {
    const db = store();
    const data = fixtureWorkspace();
    await db.reports.bulkPut(data.reports);
    await db.judgements.bulkPut(data.judgements);
    await db.findings.bulkPut(data.findings);
    await db.annotations.bulkPut(data.annotations);
    await db.actions.bulkPut(data.actions);
    const source = await readPackSource(db);
    expect(source.findings).toHaveLength(data.findings.length);
    expect(source.annotations.map((a) => a.id).sort()).toEqual(
      data.annotations.map((a) => a.id).sort(),
    );
    expect(source.actions).toEqual(data.actions);
  });

  it('adds findings from Themes or Questions at the end of a pack, once each, only those still stored, and to its unfolded draft too', async () => {
    const db = store();
    const data = fixtureWorkspace();
    await db.findings.bulkPut(data.findings);
    const pack = fixturePack({
      items: [
        { type: 'report', reportId: 'devon-2022' },
        { type: 'finding', findingId: 'devon-2025-f2' },
      ],
    });
    await db.packs.put(pack);
    // The builder's unsaved title, journalled but not yet folded in.
    await db.drafts.put(
      draftRow(`pack:${pack.id}`, { type: 'pack', pack: { ...pack, title: 'Typed' } }, NOW),
    );
    const result = await addFindingsToPack(
      db,
      pack.id,
      [
        { id: 'devon-2025-f1', reportId: 'devon-2025' },
        { id: 'devon-2025-f2', reportId: 'devon-2025' },
        { id: 'devon-2022-f1', reportId: 'devon-2022' },
        { id: 'devon-2025-f1', reportId: 'devon-2025' },
        { id: 'gone-f1', reportId: 'gone' },
      ],
      NOW,
    );
    expect(result).toMatchObject({ added: 1, already: 2 });
    const added = [...pack.items, { type: 'finding', findingId: 'devon-2025-f1' }];
    expect((await db.packs.get(pack.id))?.items).toEqual(added);
    const draft = await db.drafts.get(`pack:${pack.id}`);
    expect(draft?.change).toMatchObject({ type: 'pack', pack: { title: 'Typed', items: added } });
    await expect(addFindingsToPack(db, 'no-such-pack', [], NOW)).rejects.toThrow(/deleted/);
  });
});
