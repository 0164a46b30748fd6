// Correcting and deleting saved reports in the store: one transaction each; a correction to a
// report that is gone says so in one line and writes nothing; a deletion writes a safety copy
// first and Undo brings back every row.
import { afterEach, describe, expect, it } from 'vitest';
import type { ScrutinyDatabase } from '../../renderer/db/database';
import { saveImport } from '../../renderer/db/repositories/imports';
import {
  correctReport,
  deleteReportSafely,
  deletedReports,
  impactOfDeleting,
  restoreDeletedReport,
} from '../../renderer/db/repositories/corrections';
import { readWorkspace } from '../../renderer/db/repositories/workspace';
import { restoreFileBytes } from '../../shared/files/restore';
import { importText } from '../../shared/import/import-report';
import { isInputError } from '../../shared/errors';
import { fixture } from '../fixtures/reports/make-files';
import { noteOn } from '../shared/corrections/fixture';
import { newDatabase, sortedById } from './fake-db';

const opened: ScrutinyDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
const NOW = new Date('2026-11-27T10:00:00.000Z');
const MEMBER = 'Cllr Amara Okafor';

async function withReport() {
  const db = newDatabase();
  opened.push(db);
  const result = importText(fixture('ilacs-2023-lowmoor.txt'), { now: () => NOW });
  await saveImport(db, result, { editor: MEMBER, now: NOW });
  const [f0, f1] = result.findings;
  if (!f0 || !f1) throw new Error('no findings');
  await db.annotations.bulkPut([
    noteOn(result.report.id, f0, null, 'First note'),
    noteOn(result.report.id, f1, null, 'Second note'),
  ]);
  return { db, result, f0, f1 };
}

async function refusal(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    if (isInputError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('correcting a saved report in the store', () => {
  it('corrects a grade and records the correction with who and when', async () => {
    const { db, result } = await withReport();
    const j = result.judgements[0];
    if (!j) throw new Error('no judgement');
    const grade = j.grade === 'inadequate' ? 'good' : 'inadequate';
    const correction = await correctReport(
      db,
      result.report.id,
      { type: 'grade', key: j.key, grade },
      MEMBER,
      NOW,
    );
    expect(await db.judgements.get(j.id)).toMatchObject({
      grade,
      correction: { by: MEMBER, at: NOW.toISOString(), imported: { grade: j.grade } },
    });
    expect(await db.corrections.toArray()).toEqual([correction]);
  });

  it('merges two findings and moves both notes to the merged finding', async () => {
    const { db, result, f0, f1 } = await withReport();
    await correctReport(
      db,
      result.report.id,
      { type: 'merge', findingId: f0.id, findingText: f0.text, nextText: f1.text },
      MEMBER,
      NOW,
    );
    const notes = await db.annotations.toArray();
    const merged = await db.findings.get(notes[0]?.target.findingId ?? '');
    expect(merged?.text).toBe(`${f0.text} ${f1.text}`);
    expect(notes.every((n) => n.target.findingId === merged?.id)).toBe(true);
    expect(await db.findings.get(f1.id)).toBeUndefined();
  });

  it('refuses a correction to a report that no longer exists, in one line, writing nothing', async () => {
    const { db, result } = await withReport();
    const before = sortedById(await readWorkspace(db));
    const message = await refusal(() =>
      correctReport(
        db,
        'report-gone',
        { type: 'dates', inspectionDates: null, publishedOn: null },
        MEMBER,
        NOW,
      ),
    );
    expect(message).toBe(
      'that report is no longer in your library (it may have been deleted, here or in another window); nothing was changed.',
    );
    expect(sortedById(await readWorkspace(db))).toEqual(before);
    expect(result.report.id).not.toBe('report-gone');
  });
});

describe('deleting a saved report in the store', () => {
  it('writes a safety copy first, moves everything into the tombstone, and Undo brings it all back', async () => {
    const { db, result } = await withReport();
    const before = sortedById(await readWorkspace(db));
    expect(await impactOfDeleting(db, result.report.id)).toMatchObject({ notes: 2, packs: [] });
    const copies: Uint8Array[] = [];
    const { tombstone } = await deleteReportSafely(
      db,
      result.report.id,
      MEMBER,
      async (_name, bytes) => {
        copies.push(bytes);
        return { saved: true, location: null };
      },
      NOW,
    );
    expect(copies).toHaveLength(1);
    expect(
      sortedById(restoreFileBytes(copies[0] ?? new Uint8Array()).file.data as typeof before)
        .reports,
    ).toEqual(before.reports);
    expect(await db.reports.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
    expect(
      (await deletedReports(db)).map((t) => [
        t.title,
        t.removed?.annotations.map((a) => a.body).sort(),
      ]),
    ).toEqual([[result.report.title, ['First note', 'Second note']]]);

    await restoreDeletedReport(db, tombstone.id, MEMBER, NOW);
    const after = sortedById(await readWorkspace(db));
    // Everything is as it was but the record of the safety copy in settings and the tombstone.
    expect({ ...after, deletedReports: [], settings: null }).toEqual({
      ...before,
      deletedReports: [],
      settings: null,
    });
    expect(await deletedReports(db)).toEqual([]);
    expect(after.deletedReports[0]).toMatchObject({ restoredBy: MEMBER, removed: null });
  });

  it('deletes nothing when the safety copy cannot be written', async () => {
    const { db } = await withReport();
    const reportId = (await db.reports.toArray())[0]?.id ?? '';
    await expect(
      deleteReportSafely(db, reportId, MEMBER, async () => ({ saved: false, location: null }), NOW),
    ).rejects.toThrow('The safety copy was not saved.');
    expect(await db.reports.count()).toBe(1);
    expect(await db.annotations.count()).toBe(2);
  });
});
