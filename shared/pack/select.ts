// Which reports, findings and annotations a pack holds: its items resolved against the workspace,
// with a warning (not a crash) for anything chosen and since deleted.
import type { Annotation } from '../model/annotation';
import type { Action, BriefingPack, PackOptions } from '../model/meeting';
import type { Finding, Judgement, Report } from '../model/report';
import { sameMember } from './callouts';
import { findingRef, shortText, type FindingWithRef } from './format';

/** The parts of a workspace a pack reads. */
export interface PackSource {
  reports: readonly Report[];
  judgements: readonly Judgement[];
  findings: readonly Finding[];
  annotations: readonly Annotation[];
  actions: readonly Action[];
}

export interface PackSelection {
  reports: Report[];
  findings: FindingWithRef[];
  /** Live annotations on the chosen findings, filtered by whose notes the pack takes. */
  annotationsByFinding: Map<string, Annotation[]>;
  warnings: string[];
}

/** "Mine" as the share bundle means it (shared/files/bundle.ts, isMine): the pack's author wrote
 * the note, last edited it, or wrote one of its unsettled versions. Names are compared as typed
 * in the pack's author box, ignoring case and surrounding spaces. */
export function isPackAuthors(annotation: Annotation, author: string): boolean {
  // A pack with no author named has no notes of "mine", rather than matching unnamed editors.
  if (author.trim() === '') return false;
  return [annotation.author, annotation.modifiedBy, ...annotation.conflicts.map((c) => c.modifiedBy)].some((name) => sameMember(name, author));
}

function ownedBy(annotation: Annotation, pack: BriefingPack, options: PackOptions): boolean {
  return options.notes !== 'mine' || isPackAuthors(annotation, pack.author);
}

export function selectForPack(source: PackSource, pack: BriefingPack, options: PackOptions): PackSelection {
  const reportsById = new Map(source.reports.map((r) => [r.id, r]));
  const findingsById = new Map(source.findings.map((f) => [f.id, f]));
  const warnings: string[] = [];
  const chosen: Finding[] = [];
  const seen = new Set<string>();
  const reportIds: string[] = [];
  const addReport = (id: string) => {
    if (!reportIds.includes(id)) reportIds.push(id);
  };
  const addFinding = (finding: Finding) => {
    if (seen.has(finding.id)) return;
    seen.add(finding.id);
    chosen.push(finding);
    addReport(finding.reportId);
  };

  for (const item of pack.items) {
    if (item.type === 'report') {
      if (!reportsById.has(item.reportId)) {
        warnings.push(`A report chosen for this pack (${item.reportId}) has been deleted; it is left out.`);
        continue;
      }
      addReport(item.reportId);
      source.findings
        .filter((f) => f.reportId === item.reportId)
        .sort((a, b) => a.order - b.order)
        .forEach(addFinding);
    } else {
      const finding = findingsById.get(item.findingId);
      if (!finding || !reportsById.has(finding.reportId)) {
        warnings.push(`A finding chosen for this pack (${item.findingId}) has been deleted since it was chosen; it is left out.`);
        continue;
      }
      addFinding(finding);
    }
  }

  const findings = chosen.map((f, i) => ({ ...f, ref: findingRef(i) }));
  const annotationsByFinding = new Map<string, Annotation[]>();
  for (const annotation of source.annotations) {
    if (annotation.deletedAt !== null || !seen.has(annotation.target.findingId)) continue;
    if (!ownedBy(annotation, pack, options)) continue;
    const list = annotationsByFinding.get(annotation.target.findingId) ?? [];
    list.push(annotation);
    annotationsByFinding.set(annotation.target.findingId, list);
  }
  for (const list of annotationsByFinding.values()) list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  for (const annotation of [...annotationsByFinding.values()].flat()) {
    if (annotation.orphaned) {
      warnings.push(`A note by ${annotation.author} no longer matches its finding ("${shortText(annotation.target.findingText, 8)}"); it is shown with the finding as it was.`);
    }
  }

  return { reports: reportIds.map((id) => reportsById.get(id)).filter((r): r is Report => r !== undefined), findings, annotationsByFinding, warnings };
}

export type { FindingWithRef };
