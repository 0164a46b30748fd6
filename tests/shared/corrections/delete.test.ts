// Deleting a saved report: what it affects is said exactly, everything goes into a tombstone,
// and restoring puts the report, every note and the pack items back where they were.
import { describe, expect, it } from 'vitest';
import {
  deleteReport,
  deletionImpact,
  describeImpact,
  restoreReport,
} from '../../../shared/corrections/delete';
import { deleteAnnotation } from '../../../shared/merge/editing';
import { AT, MEMBER, lowmoorSlice } from './fixture';

describe('deleting a saved report', () => {
  it('counts and names what the deletion affects', () => {
    const slice = lowmoorSlice();
    const gone = slice.annotations[2];
    if (!gone) throw new Error('no note');
    // A note the member already deleted is not counted as one that will go.
    const withDeleted = {
      ...slice,
      annotations: [...slice.annotations.slice(0, 2), deleteAnnotation(gone, MEMBER, AT)],
    };
    const impact = deletionImpact(withDeleted);
    expect(impact).toEqual({
      findings: slice.findings.length,
      notes: 2,
      questions: 0,
      packs: [{ id: 'pack-march', title: 'March committee', items: 3 }],
      actions: 0,
    });
    expect(describeImpact(impact)).toBe(
      'It has 2 notes and is used by the pack “March committee” (3 items).',
    );
    expect(describeImpact({ ...impact, notes: 0, packs: [] })).toBe(
      'It has no notes and no pack uses it.',
    );
  });

  it('takes the pack items out and keeps everything in the tombstone; restoring puts it all back', () => {
    const slice = lowmoorSlice();
    const march = slice.packs[0];
    if (!march) throw new Error('no pack');
    const otherPack = {
      ...march,
      id: 'pack-other',
      title: 'Other',
      items: [{ type: 'report' as const, reportId: 'report-someone-else' }],
    };
    const before = { ...slice, packs: [...slice.packs, otherPack] };
    const { tombstone, packs } = deleteReport(before, [], MEMBER, AT);
    expect(packs.find((p) => p.id === 'pack-march')?.items).toEqual([]);
    expect(packs.find((p) => p.id === 'pack-other')).toBe(otherPack);
    expect(tombstone).toMatchObject({
      reportId: slice.report.id,
      sha256: slice.report.source.sha256,
      title: slice.report.title,
      deletedBy: MEMBER,
      deletedAt: AT,
      restoredAt: null,
    });
    expect(tombstone.removed?.annotations).toEqual(slice.annotations);
    expect(tombstone.removed?.packItems.map((p) => p.position)).toEqual([0, 1, 2]);

    const restored = restoreReport(tombstone, packs, new Set(), MEMBER, '2026-11-28T09:05:00.000Z');
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.slice.findings).toEqual(slice.findings);
    expect(restored.slice.annotations).toEqual(slice.annotations);
    expect(restored.slice.packs.find((p) => p.id === 'pack-march')?.items).toEqual(
      slice.packs[0]?.items,
    );
    expect(restored.tombstone).toMatchObject({
      restoredAt: '2026-11-28T09:05:00.000Z',
      restoredBy: MEMBER,
      removed: null,
    });
  });

  it('refuses to restore over a copy imported since, in one line, keeping the tombstone', () => {
    const slice = lowmoorSlice();
    const { tombstone, packs } = deleteReport(slice, [], MEMBER, AT);
    const outcome = restoreReport(tombstone, packs, new Set([slice.report.id]), MEMBER, AT);
    expect(outcome).toEqual({
      ok: false,
      reason: `“${slice.report.title}” is in your library again (imported after it was deleted); its deleted copy and notes are kept under Deleted reports.`,
    });
  });
});
