// One report's findings in document order, each with its annotations: the read behind the
// report view, answered from two indexes.
import Dexie, { type Collection, type InsertType } from 'dexie';
import type { ScrutinyDatabase } from '../database';
import type { Annotation, Finding } from '../../../shared/model';

export interface FindingWithAnnotations {
  finding: Finding;
  annotations: Annotation[];
}

/** A report's findings in document order, from the compound index (the only index on a
 * finding's report since version 4). */
export function findingsOfReport(
  db: ScrutinyDatabase,
  reportId: string,
): Collection<Finding, string, InsertType<Finding, 'id'>> {
  return db.findings
    .where('[reportId+order]')
    .between([reportId, Dexie.minKey], [reportId, Dexie.maxKey]);
}

export async function findingsWithAnnotations(
  db: ScrutinyDatabase,
  reportId: string,
): Promise<FindingWithAnnotations[]> {
  return db.transaction('r', [db.findings, db.annotations], async () => {
    const [findings, annotations] = await Promise.all([
      findingsOfReport(db, reportId).toArray(),
      db.annotations.where('target.reportId').equals(reportId).toArray(),
    ]);
    const byFinding = new Map<string, Annotation[]>();
    for (const a of annotations) {
      const list = byFinding.get(a.target.findingId);
      if (list) list.push(a);
      else byFinding.set(a.target.findingId, [a]);
    }
    return findings.map((finding) => ({ finding, annotations: byFinding.get(finding.id) ?? [] }));
  });
}
