// Corrections and deletions travel in merges (issue 11): a colleague's grade correction arrives
// with who and when and the importer's reading; two members' different corrections of one grade
// are a conflict, never a silent choice; a colleague's deletion keeps every note recoverable; a
// file that brings a report deleted here does not add it back and loses nothing.
import { describe, expect, it } from 'vitest';
import { checkWorkspaceReferences } from '../../../shared/files/references';
import { correctionHeads, correctionTarget } from '../../../shared/corrections/make';
import { mergeCounts, mergeNotices } from '../../../shared/merge';
import type { WorkspaceData } from '../../../shared/files/envelope';
import { lowmoorSlice } from './fixture';
import { bundleFile, correct, remove, takeIn, undo, workspaceFile, workspaceOf } from './members';

const AMARA = 'Cllr Amara Okafor';
const BEN = 'Cllr Ben Hughes';
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute)).toISOString();

function two(): { amara: WorkspaceData; ben: WorkspaceData; reportId: string } {
  const slice = lowmoorSlice();
  return {
    amara: workspaceOf(slice, AMARA),
    ben: workspaceOf({ ...slice, annotations: [] }, BEN),
    reportId: slice.report.id,
  };
}

const gradeOf = (ws: WorkspaceData, key: string) => ws.judgements.find((j) => j.key === key);
const bodies = (ws: WorkspaceData) =>
  [...ws.annotations, ...ws.deletedReports.flatMap((t) => t.removed?.annotations ?? [])]
    .filter((a) => a.deletedAt === null)
    .map((a) => a.body)
    .sort();

describe('corrections travel in merges', () => {
  it('applies a colleague’s grade correction with who and when, keeping the importer’s reading; twice changes nothing', () => {
    const { amara, ben: start, reportId } = two();
    const judgement = start.judgements[0];
    if (!judgement || judgement.grade === 'score')
      throw new Error('the fixture has no graded judgement');
    const grade = judgement.grade === 'good' ? 'outstanding' : 'good';
    const { ws: ben } = correct(
      start,
      reportId,
      { type: 'grade', key: judgement.key, grade },
      BEN,
      at(1),
    );
    const file = bundleFile(ben, at(2));
    expect(file.kind === 'bundle' && file.file.data.corrections).toHaveLength(1);
    const { ws: merged, preview } = takeIn(amara, file, at(3));
    expect(gradeOf(merged, judgement.key)).toMatchObject({
      grade,
      correction: {
        by: BEN,
        at: at(1),
        imported: { grade: judgement.grade, gradeText: judgement.gradeText },
      },
    });
    expect(merged.corrections).toHaveLength(1);
    expect(mergeCounts(preview)).toBe('added 0, updated 0, in conflict 0, corrections 1');
    expect(mergeNotices(preview)).toContain(
      `1 correction from ${BEN} is applied to your reports, each marked with who made it and when; the importer’s reading of a corrected grade is kept.`,
    );
    expect(() => checkWorkspaceReferences(merged)).not.toThrow();
    const again = takeIn(merged, file, at(4));
    expect(again.ws).toEqual(merged);
    expect(mergeCounts(again.preview)).toBe('added 0, updated 0, in conflict 0');
  });

  it('shows two members’ different corrections of one grade as a conflict, the same on both sides, until one member chooses', () => {
    const { amara: a0, ben: b0, reportId } = two();
    const key = a0.judgements[0]?.key ?? '';
    const { ws: amara } = correct(
      a0,
      reportId,
      { type: 'grade', key, grade: 'good' },
      AMARA,
      at(1),
    );
    const { ws: ben } = correct(
      b0,
      reportId,
      { type: 'grade', key, grade: 'inadequate' },
      BEN,
      at(2),
    );
    const atAmara = takeIn(amara, bundleFile(ben, at(3)), at(3));
    const atBen = takeIn(ben, bundleFile(amara, at(3)), at(3));
    for (const side of [atAmara, atBen]) {
      expect(side.preview.records.conflicts).toHaveLength(1);
      // The newer correction shows; neither is dropped.
      expect(gradeOf(side.ws, key)).toMatchObject({ grade: 'inadequate', correction: { by: BEN } });
      expect(side.ws.corrections.map((c) => c.by).sort()).toEqual([AMARA, BEN]);
    }
    expect(mergeCounts(atAmara.preview)).toBe(
      'added 0, updated 0, in conflict 0, corrections 1, corrections in conflict 1',
    );
    expect(mergeNotices(atAmara.preview).find((l) => l.includes('corrected differently'))).toMatch(
      /^The grade for .* was corrected differently by you \(Good, 1 December 2026\) and Cllr Ben Hughes \(Inadequate, 1 December 2026\)|^The grade for .* was corrected differently by Cllr Ben Hughes \(Inadequate, 1 December 2026\) and you \(Good, 1 December 2026\)/,
    );
    expect(gradeOf(atAmara.ws, key)).toEqual(gradeOf(atBen.ws, key));
    // Amara chooses Good: her correction replaces both, and reaches Ben without a conflict.
    const { ws: settled } = correct(
      atAmara.ws,
      reportId,
      { type: 'grade', key, grade: 'good' },
      AMARA,
      at(5),
    );
    const heads = correctionHeads(
      settled.corrections.filter((c) => correctionTarget(c) === `grade:${key}`),
    );
    expect(heads.map((h) => h.by)).toEqual([AMARA]);
    const back = takeIn(atBen.ws, bundleFile(settled, at(6)), at(6));
    expect(back.preview.records.conflicts).toEqual([]);
    expect(gradeOf(back.ws, key)).toMatchObject({ grade: 'good', correction: { by: AMARA } });
  });

  it('the same correction by two members agrees: no conflict', () => {
    const { amara: a0, ben: b0, reportId } = two();
    const key = a0.judgements[0]?.key ?? '';
    const { ws: amara } = correct(
      a0,
      reportId,
      { type: 'grade', key, grade: 'good' },
      AMARA,
      at(1),
    );
    const { ws: ben } = correct(b0, reportId, { type: 'grade', key, grade: 'good' }, BEN, at(2));
    expect(takeIn(amara, bundleFile(ben, at(3)), at(3)).preview.records.conflicts).toEqual([]);
  });
});

describe('deletions travel in merges without losing a note', () => {
  it('a colleague’s deletion moves my copy, with my notes, to Deleted reports, where restoring brings them back', () => {
    const { amara, ben: b0, reportId } = two();
    const ben = remove(b0, reportId, BEN, at(1));
    const { ws: merged, preview } = takeIn(amara, bundleFile(ben, at(2)), at(2));
    expect(merged.reports).toEqual([]);
    expect(merged.annotations).toEqual([]);
    expect(bodies(merged)).toEqual(bodies(amara));
    const [tombstone] = merged.deletedReports;
    expect(tombstone?.removed?.annotations).toHaveLength(3);
    expect(mergeCounts(preview)).toBe('added 0, updated 0, in conflict 0, reports deleted 1');
    expect(mergeNotices(preview)).toContain(
      `${BEN} deleted ${amara.reports[0]?.authority}: ${amara.reports[0]?.title} on 1 December 2026; taking this file in moves it from your library, with the 3 notes on it, to Deleted reports, where you can restore it.`,
    );
    expect(() => checkWorkspaceReferences(merged)).not.toThrow();
    const restored = undo(merged, reportId, AMARA, at(3));
    expect(restored.annotations.map((a) => a.body).sort()).toEqual(
      amara.annotations.map((a) => a.body).sort(),
    );
    // Taking the same file in again does not delete it again: the tombstone says it was restored.
    expect(takeIn(restored, bundleFile(ben, at(2)), at(4)).ws.reports).toHaveLength(1);
  });

  it('a file that brings a report I deleted says so in one line, does not add it back, and keeps its notes with it', () => {
    const { amara: a0, ben: b0, reportId } = two();
    const slice = lowmoorSlice();
    const f = slice.findings[3];
    if (!f) throw new Error('no finding');
    const bensNote = {
      ...slice.annotations[0],
      id: 'ann-ben',
      author: BEN,
      modifiedBy: BEN,
      body: 'Ben asks about caseloads',
    } as (typeof slice.annotations)[number];
    const ben = { ...b0, annotations: [bensNote] };
    const amara = remove(a0, reportId, AMARA, at(1));
    const { ws: merged, preview } = takeIn(amara, bundleFile(ben, at(2)), at(2));
    expect(merged.reports).toEqual([]);
    expect(preview.received.reports).toEqual([]);
    const lines = mergeNotices(preview);
    expect(lines.join(' ')).not.toContain('you have not imported');
    expect(lines).toContain(
      `${a0.reports[0]?.authority}: ${a0.reports[0]?.title}, which you deleted on 1 December 2026, comes in this file with 1 note from ${BEN}: it stays under Deleted reports and is not added back to your library; it is kept with it, so restoring it brings it back.`,
    );
    expect(bodies(merged)).toEqual([...bodies(a0), 'Ben asks about caseloads'].sort());
    const restored = undo(merged, reportId, AMARA, at(3));
    expect(restored.annotations.map((a) => a.body)).toContain('Ben asks about caseloads');
  });

  it('a colleague’s correction to a report I deleted is kept with it and applies when I restore it', () => {
    const { amara: a0, ben: b0, reportId } = two();
    const key = a0.judgements[0]?.key ?? '';
    const { ws: ben } = correct(
      b0,
      reportId,
      { type: 'grade', key, grade: 'outstanding' },
      BEN,
      at(2),
    );
    const amara = remove(a0, reportId, AMARA, at(1));
    const { ws: merged, preview } = takeIn(amara, bundleFile(ben, at(3)), at(3));
    expect(merged.reports).toEqual([]);
    expect(preview.records.keptDeleted).toHaveLength(1);
    expect(mergeNotices(preview).join(' ')).toContain(
      'which you deleted on 1 December 2026, comes in this file with 1 correction from',
    );
    expect(gradeOf(undo(merged, reportId, AMARA, at(4)), key)).toMatchObject({
      grade: 'outstanding',
      correction: { by: BEN },
    });
  });

  it('whole workspace files carry deletions with their notes: the deleter’s notes join mine in the tombstone', () => {
    const { amara, ben: b0, reportId } = two();
    const slice = lowmoorSlice();
    const bensNote = {
      ...slice.annotations[1],
      id: 'ann-ben',
      author: BEN,
      modifiedBy: BEN,
      body: 'Ben’s own note',
    } as (typeof slice.annotations)[number];
    const ben = remove({ ...b0, annotations: [bensNote] }, reportId, BEN, at(1));
    const { ws: merged } = takeIn(amara, workspaceFile(ben, at(2)), at(2));
    expect(bodies(merged)).toEqual([...bodies(amara), 'Ben’s own note'].sort());
    expect(() => checkWorkspaceReferences(merged)).not.toThrow();
  });
});
