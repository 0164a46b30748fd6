// Deleting a saved report without losing anything: the report, its findings and every note on it
// go into a tombstone (a DeletedReport) that Undo, or a later restore, puts back whole. Packs that
// used the report lose those items, and the tombstone remembers where they stood.
import type { BriefingPack, Correction, DeletedReport, PackItem, RemovedPackItem } from '../model';
import { contentId } from '../util/hash';
import type { ReportSlice } from './slice';

export interface DeletionImpact {
  findings: number;
  /** Notes, highlights, questions and ratings that are not themselves deleted. */
  notes: number;
  questions: number;
  /** Packs holding the report or any of its findings, with how many of their items go. */
  packs: { id: string; title: string; items: number }[];
  actions: number;
}

function itemOfReport(item: PackItem, reportId: string, findingIds: ReadonlySet<string>): boolean {
  return item.type === 'report' ? item.reportId === reportId : findingIds.has(item.findingId);
}

export function deletionImpact(slice: ReportSlice): DeletionImpact {
  const findingIds = new Set(slice.findings.map((f) => f.id));
  const live = slice.annotations.filter((a) => a.deletedAt === null);
  return {
    findings: slice.findings.length,
    notes: live.length,
    questions: live.filter((a) => a.question !== null).length,
    packs: slice.packs
      .map((p) => ({
        id: p.id,
        title: p.title,
        items: p.items.filter((item) => itemOfReport(item, slice.report.id, findingIds)).length,
      }))
      .filter((p) => p.items > 0),
    actions: slice.actions.length,
  };
}

/** The impact in one sentence, e.g. "It has 3 notes (1 question) and is used by the pack “March committee” (2 items)." */
export function describeImpact(impact: DeletionImpact): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts: string[] = [];
  if (impact.notes > 0)
    parts.push(
      `has ${plural(impact.notes, 'note', 'notes')}${impact.questions ? ` (${plural(impact.questions, 'question', 'questions')})` : ''}`,
    );
  if (impact.actions > 0)
    parts.push(`has ${plural(impact.actions, 'tracked action', 'tracked actions')}`);
  if (impact.packs.length > 0)
    parts.push(
      `is used by ${impact.packs.map((p) => `the pack “${p.title}” (${plural(p.items, 'item', 'items')})`).join(', ')}`,
    );
  return parts.length ? `It ${parts.join(' and ')}.` : 'It has no notes and no pack uses it.';
}

export interface Deletion {
  tombstone: DeletedReport;
  /** Every pack, with the deleted report's items taken out. */
  packs: BriefingPack[];
}

export function deleteReport(
  slice: ReportSlice,
  corrections: readonly Correction[],
  by: string,
  at: string,
  id?: string,
): Deletion {
  const { report } = slice;
  const findingIds = new Set(slice.findings.map((f) => f.id));
  const packItems: RemovedPackItem[] = [];
  const packs = slice.packs.map((pack) => {
    const kept = pack.items.filter((item, position) => {
      if (!itemOfReport(item, report.id, findingIds)) return true;
      packItems.push({ packId: pack.id, position, item });
      return false;
    });
    return kept.length === pack.items.length ? pack : { ...pack, items: kept, modifiedAt: at };
  });
  const tombstone: DeletedReport = {
    id: id ?? contentId('deleted', report.id, at, by),
    reportId: report.id,
    sha256: report.source.sha256,
    title: report.title,
    authority: report.authority,
    deletedAt: at,
    deletedBy: by,
    restoredAt: null,
    restoredBy: null,
    removed: {
      report,
      judgements: slice.judgements,
      sections: slice.sections,
      findings: slice.findings,
      annotations: slice.annotations,
      actions: slice.actions,
      packItems,
      corrections: corrections.filter((c) => c.reportId === report.id),
    },
  };
  return { tombstone, packs };
}

export type Restoration =
  | { ok: true; slice: ReportSlice; corrections: Correction[]; tombstone: DeletedReport }
  | { ok: false; reason: string };

/** Put a deleted report back with everything it had; pack items return where they stood, in packs
 * that still exist. Refused (with the tombstone untouched) if the report is in the library again. */
export function restoreReport(
  tombstone: DeletedReport,
  packs: readonly BriefingPack[],
  liveReportIds: ReadonlySet<string>,
  by: string,
  at: string,
): Restoration {
  const removed = tombstone.removed;
  if (!removed)
    return {
      ok: false,
      reason: `“${tombstone.title}” was already restored; it is in your library.`,
    };
  if (liveReportIds.has(tombstone.reportId)) {
    return {
      ok: false,
      reason: `“${tombstone.title}” is in your library again (imported after it was deleted); its deleted copy and notes are kept under Deleted reports.`,
    };
  }
  const byPack = new Map<string, RemovedPackItem[]>();
  for (const entry of removed.packItems)
    byPack.set(entry.packId, [...(byPack.get(entry.packId) ?? []), entry]);
  const restoredPacks = packs.map((pack) => {
    const entries = byPack.get(pack.id);
    if (!entries) return pack;
    const items = [...pack.items];
    for (const { position, item } of [...entries].sort((a, b) => a.position - b.position)) {
      if (!items.some((i) => JSON.stringify(i) === JSON.stringify(item)))
        items.splice(Math.min(position, items.length), 0, item);
    }
    return { ...pack, items, modifiedAt: at };
  });
  return {
    ok: true,
    slice: {
      report: removed.report,
      judgements: removed.judgements,
      sections: removed.sections,
      findings: removed.findings,
      annotations: removed.annotations,
      actions: removed.actions,
      packs: restoredPacks,
    },
    corrections: removed.corrections,
    tombstone: { ...tombstone, restoredAt: at, restoredBy: by, removed: null },
  };
}
