// Adding an import to what is already stored, with no duplicates: the same file (same hash) changes
// nothing; a revised version of a stored report (same authority, framework and inspection) replaces
// its findings under the stored report's id, and its annotations are re-anchored by their quotes.
import type { Annotation, Finding, Report } from '../model';
import { contentId } from '../util/hash';
import { editAnnotation } from '../merge/editing';
import { reanchor } from '../anchoring/reanchor';
import { findingIdOf, normaliseForId, sectionIdOf } from './findings';
import type { ImportRecords } from './result';

export interface Stored {
  reports: readonly Report[];
  annotations: readonly Annotation[];
}

export type ReimportPlan =
  | { kind: 'unchanged'; reportId: string }
  | { kind: 'new'; reportId: string; records: ImportRecords }
  | {
      kind: 'revised';
      reportId: string;
      records: ImportRecords;
      /** Annotations on the report, re-anchored or marked orphaned. */
      annotations: Annotation[];
      orphans: Annotation[];
    };

/** The stored report this import is a version of, if any. */
export function matchStored(
  reports: readonly Report[],
  report: Report,
): { report: Report; same: boolean } | null {
  const same = reports.find((r) => r.source.sha256 === report.source.sha256 || r.id === report.id);
  if (same) return { report: same, same: true };
  const revised = reports.find(
    (r) =>
      r.authorityId === report.authorityId &&
      r.framework === report.framework &&
      ((r.inspectionDates !== null && r.inspectionDates === report.inspectionDates) ||
        (r.inspectionDates === null &&
          report.inspectionDates === null &&
          r.title === report.title)),
  );
  return revised ? { report: revised, same: false } : null;
}

/** The same records under another report id (a revised report keeps its stored id). */
export function rebase(records: ImportRecords, reportId: string): ImportRecords {
  const sectionIds = new Map(
    records.sections.map((s) => [s.id, sectionIdOf(reportId, s.order, s.title)]),
  );
  const seen = new Map<string, number>();
  const findings: Finding[] = records.findings.map((f) => {
    const key = normaliseForId(f.text);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      ...f,
      reportId,
      id: findingIdOf(reportId, f.text, occurrence),
      sectionId: sectionIds.get(f.sectionId) ?? f.sectionId,
    };
  });
  return {
    authority: records.authority,
    report: { ...records.report, id: reportId },
    judgements: records.judgements.map((j) => ({
      ...j,
      reportId,
      id: contentId('judgement', reportId, j.key),
    })),
    sections: records.sections.map((s) => ({ ...s, reportId, id: sectionIds.get(s.id) ?? s.id })),
    findings,
  };
}

export function planReimport(
  stored: Stored,
  records: ImportRecords,
  editor: string,
  now: Date,
): ReimportPlan {
  const match = matchStored(stored.reports, records.report);
  if (!match) return { kind: 'new', reportId: records.report.id, records };
  if (match.same) return { kind: 'unchanged', reportId: match.report.id };
  const reportId = match.report.id;
  const rebased = rebase(records, reportId);
  const annotations: Annotation[] = [];
  const orphans: Annotation[] = [];
  for (const annotation of stored.annotations) {
    if (annotation.target.reportId !== reportId) continue;
    const outcome = reanchor(annotation.target, rebased.findings);
    if (outcome.status === 'orphaned') {
      const orphan = { ...annotation, orphaned: true };
      annotations.push(orphan);
      orphans.push(orphan);
      continue;
    }
    const target = {
      reportId,
      findingId: outcome.findingId,
      findingText: outcome.findingText,
      selector: outcome.selector,
    };
    const moved = editAnnotation(annotation, { target }, editor || annotation.author, now);
    annotations.push({ ...moved, orphaned: false });
  }
  return { kind: 'revised', reportId, records: rebased, annotations, orphans };
}
