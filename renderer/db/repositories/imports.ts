// Saving a reviewed import: one Dexie transaction over every table it touches, so a report is
// stored whole or not at all. Re-import is matched by file hash and by content (same authority,
// framework and inspection); a revised report replaces its findings and its annotations are
// re-anchored, or kept and marked orphaned.
import type { ScrutinyDatabase } from '../database';
import { findingsOfReport } from './report-findings';
import type { Annotation, Report } from '../../../shared/model';
import { matchStored, planReimport } from '../../../shared/import/reimport';
import type { ImportRecords } from '../../../shared/import/result';

export interface SaveOutcome {
  change: 'added' | 'unchanged' | 'revised';
  reportId: string;
  findings: number;
  orphans: Annotation[];
}

export async function saveImport(
  db: ScrutinyDatabase,
  records: ImportRecords,
  options: { editor: string; now: Date },
): Promise<SaveOutcome> {
  const tables = [
    db.authorities,
    db.reports,
    db.judgements,
    db.sections,
    db.findings,
    db.annotations,
  ];
  return db.transaction('rw', tables, async () => {
    const candidates = await db.reports
      .where('source.sha256')
      .equals(records.report.source.sha256)
      .or('authorityId')
      .equals(records.report.authorityId)
      .toArray();
    const matched = matchStored(candidates, records.report);
    const annotations =
      matched && !matched.same
        ? await db.annotations.where('target.reportId').equals(matched.report.id).toArray()
        : [];
    const plan = planReimport(
      { reports: candidates, annotations },
      records,
      options.editor,
      options.now,
    );
    if (plan.kind === 'unchanged') {
      // The same report received with a colleague's notes is now the member's own import.
      const stored = candidates.find((r) => r.id === plan.reportId);
      if (stored?.receivedFrom) {
        const { receivedFrom: _from, ...own } = stored;
        await db.reports.put(own);
      }
      return { change: 'unchanged', reportId: plan.reportId, findings: 0, orphans: [] };
    }
    const next = plan.records;
    if (!(await db.authorities.get(next.authority.id))) await db.authorities.put(next.authority);
    if (plan.kind === 'revised') {
      await db.judgements.where('reportId').equals(plan.reportId).delete();
      await db.sections.where('reportId').equals(plan.reportId).delete();
      await findingsOfReport(db, plan.reportId).delete();
      await db.annotations.bulkPut(plan.annotations);
    }
    await db.reports.put(next.report);
    await db.judgements.bulkPut(next.judgements);
    await db.sections.bulkPut(next.sections);
    await db.findings.bulkPut(next.findings);
    return {
      change: plan.kind === 'new' ? 'added' : 'revised',
      reportId: plan.reportId,
      findings: next.findings.length,
      orphans: plan.kind === 'revised' ? plan.orphans : [],
    };
  });
}

/** The member chose the very file of a report they had received with a colleague's notes: it is
 * now their own import (the mark goes; the report, its findings and every note stay). */
export async function ownReceivedReport(
  db: ScrutinyDatabase,
  reportId: string,
): Promise<Report | undefined> {
  return db.transaction('rw', db.reports, async () => {
    const stored = await db.reports.get(reportId);
    if (!stored?.receivedFrom) return stored;
    const { receivedFrom: _from, ...own } = stored;
    await db.reports.put(own);
    return own;
  });
}
