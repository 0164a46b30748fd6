// Before a file is read and reviewed: is this exact file already in the library (by its SHA-256)?
// And once read: is it another copy of an inspection already held (same authority and inspection
// dates), and what would replacing it change? Pure, so the app and tests share one answer.
import type { Annotation, BriefingPack, Finding, Report } from '../model';
import type { ImportRecords } from './result';
import { matchStored, planReimport } from './reimport';

/** The stored report made from exactly these bytes, if any. */
export function sameFile(reports: readonly Report[], sha256: string): Report | undefined {
  return reports.find((r) => r.source.sha256 === sha256);
}

export interface ReplaceChoice {
  existing: Report;
  /** Notes on the existing report that are not deleted. */
  notes: number;
  /** Of those, how many could not be placed in the new copy and would be kept as orphaned. */
  orphaned: number;
  /** Pack items naming findings that the new copy does not have, by pack. */
  packItems: { title: string; items: number }[];
  /** A copy without pages (Word, web page, text) replacing one with pages (PDF). */
  losesPages: boolean;
}

/** A different file of an inspection already held: what "Replace" would do. Null when it is new. */
export function replaceChoice(
  stored: {
    reports: readonly Report[];
    annotations: readonly Annotation[];
    findings: readonly Finding[];
    packs: readonly BriefingPack[];
  },
  records: ImportRecords,
): ReplaceChoice | null {
  const match = matchStored(stored.reports, records.report);
  if (!match || match.same) return null;
  const plan = planReimport(
    { reports: stored.reports, annotations: stored.annotations },
    records,
    '',
    new Date(0),
  );
  if (plan.kind !== 'revised') return null;
  const existing = match.report;
  const oldIds = new Set(
    stored.findings.filter((f) => f.reportId === existing.id).map((f) => f.id),
  );
  const newIds = new Set(plan.records.findings.map((f) => f.id));
  const packItems = stored.packs
    .map((p) => ({
      title: p.title,
      items: p.items.filter(
        (i) => i.type === 'finding' && oldIds.has(i.findingId) && !newIds.has(i.findingId),
      ).length,
    }))
    .filter((p) => p.items > 0);
  const live = (a: Annotation) => a.deletedAt === null;
  return {
    existing,
    notes: stored.annotations.filter((a) => a.target.reportId === existing.id && live(a)).length,
    orphaned: plan.orphans.filter(live).length,
    packItems,
    losesPages: existing.pageStarts.length > 0 && records.report.pageStarts.length === 0,
  };
}

/** The choice in words, e.g. "Replacing it affects 3 notes (1 could not be placed and would be kept as orphaned) and 2 items in the pack “March”. Page references will be lost: the new copy has no pages." */
export function describeReplace(choice: ReplaceChoice): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const parts: string[] = [];
  if (choice.notes > 0) {
    parts.push(
      `${n(choice.notes, 'note', 'notes')}${choice.orphaned ? ` (${choice.orphaned} could not be placed in this copy and would be kept as orphaned)` : ', each placed again by its words'}`,
    );
  }
  for (const p of choice.packItems)
    parts.push(
      `${n(p.items, 'item', 'items')} in the pack “${p.title}”, which would no longer name a finding`,
    );
  const affects = parts.length
    ? `Replacing it affects ${parts.join(' and ')}.`
    : 'Replacing it affects no notes and no pack items.';
  return choice.losesPages
    ? `${affects} Page references will be lost: the stored copy is a PDF with pages and this copy has none.`
    : affects;
}
