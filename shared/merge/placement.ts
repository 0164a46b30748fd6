// Placing a colleague's annotations in this member's copy of the reports: by report id or the
// report file's sha256, then by finding id, then by the quoted words (re-anchoring after a
// revised import, with the importer's re-anchoring in shared/anchoring). A note whose words
// cannot be found is kept and shown as orphaned.
import type { Annotation, AnnotationTarget, Finding, Report } from '../model';
import { reanchor } from '../anchoring/reanchor';

/** A report as the incoming file describes it: its id and the sha256 of its source file. */
export interface IncomingReport {
  id: string;
  sha256: string;
  title: string;
  authority: string;
}

export interface PlacementIndex {
  reportFor(incomingReportId: string): Report | undefined;
  findingById: Map<string, Finding>;
  findingsByReport: Map<string, Finding[]>;
}

export function placementIndex(
  reports: readonly Report[],
  findings: readonly Finding[],
  incomingReports: readonly IncomingReport[],
): PlacementIndex {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const bySha = new Map(reports.map((r) => [r.source.sha256, r]));
  const incomingSha = new Map(incomingReports.map((r) => [r.id, r.sha256]));
  const findingsByReport = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = findingsByReport.get(f.reportId);
    if (list) list.push(f);
    else findingsByReport.set(f.reportId, [f]);
  }
  for (const list of findingsByReport.values()) list.sort((a, b) => a.order - b.order);
  return {
    reportFor(id) {
      const sha = incomingSha.get(id);
      return byId.get(id) ?? (sha ? bySha.get(sha) : undefined);
    },
    findingById: new Map(findings.map((f) => [f.id, f])),
    findingsByReport,
  };
}

type Placed = { target: AnnotationTarget; found: boolean };

function placeTarget(target: AnnotationTarget, report: Report, index: PlacementIndex): Placed {
  const known = index.findingById.get(target.findingId);
  if (known && known.reportId === report.id)
    return { target: { ...target, reportId: report.id }, found: true };
  const outcome = reanchor(target, index.findingsByReport.get(report.id) ?? []);
  if (outcome.status === 'orphaned')
    return { target: { ...target, reportId: report.id }, found: false };
  return {
    target: {
      reportId: report.id,
      findingId: outcome.findingId,
      findingText: outcome.findingText,
      selector: outcome.selector,
    },
    found: true,
  };
}

export type Placement =
  | { kind: 'placed'; annotation: Annotation; reanchored: boolean }
  | { kind: 'no-report'; annotation: Annotation };

/** Place one incoming annotation (every version of it) in the local reports. */
export function placeAnnotation(annotation: Annotation, index: PlacementIndex): Placement {
  const report = index.reportFor(annotation.target.reportId);
  if (!report) return { kind: 'no-report', annotation };
  // Most notes arrive already in place (both members imported the same report): keep the object.
  const known = index.findingById.get(annotation.target.findingId);
  if (
    known &&
    known.reportId === report.id &&
    report.id === annotation.target.reportId &&
    annotation.conflicts.length === 0
  ) {
    return {
      kind: 'placed',
      annotation: annotation.orphaned ? { ...annotation, orphaned: false } : annotation,
      reanchored: false,
    };
  }
  const current = placeTarget(annotation.target, report, index);
  const conflicts = annotation.conflicts.map((c) => ({
    ...c,
    target: placeTarget(c.target, report, index).target,
  }));
  const reanchored = current.target.findingId !== annotation.target.findingId;
  const placed: Annotation = {
    ...annotation,
    target: current.target,
    conflicts,
    orphaned: !current.found,
  };
  return { kind: 'placed', annotation: placed, reanchored };
}
