// Live reads for the annotation workspace: the library, one report with everything in it, the
// member's name. Each hook returns undefined on its first render, while Dexie answers.
import { authorityIdForCode, lineageCodes } from '../../../shared/authorities';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../instance';
import { findingsOfReport } from '../repositories/report-findings';
import {
  reportDate,
  type Annotation,
  type Finding,
  type Judgement,
  type Report,
  type Section,
} from '../../../shared/model';

export interface ReportWorkspace {
  report: Report;
  judgements: Judgement[];
  sections: Section[];
  findings: Finding[];
  annotations: Annotation[];
}

/** Newest first by publication date, else the end of the inspection; a report with neither (a
 * pasted summary) sorts by when it was imported. Not an index query: IndexedDB leaves rows with a
 * null key out of an index. */
export function newestFirst(a: Report, b: Report): number {
  return (reportDate(b) ?? b.importedAt).localeCompare(reportDate(a) ?? a.importedAt);
}

/** Every report with its judgements, newest first. */
export function useLibrary(): { reports: Report[]; judgements: Judgement[] } | undefined {
  return useLiveQuery(async () => {
    const [reports, judgements] = await Promise.all([
      db.reports.toArray(),
      db.judgements.toArray(),
    ]);
    return { reports: reports.sort(newestFirst), judgements };
  }, []);
}

/** One report with its judgements, sections, findings and annotations; null if there is no such report. */
export function useReportWorkspace(reportId: string): ReportWorkspace | null | undefined {
  return useLiveQuery(async () => {
    const report = await db.reports.get(reportId);
    if (!report) return null;
    const [judgements, sections, findings, annotations] = await Promise.all([
      db.judgements.where('reportId').equals(reportId).toArray(),
      db.sections.where('reportId').equals(reportId).toArray(),
      findingsOfReport(db, reportId).toArray(),
      db.annotations.where('target.reportId').equals(reportId).toArray(),
    ]);
    judgements.sort((a, b) => a.order - b.order);
    sections.sort((a, b) => a.order - b.order);
    return { report, judgements, sections, findings, annotations };
  }, [reportId]);
}

/** The same authority's reports and judgements, and those of the authorities it took over, for the
 * journey and for previous grades. */
export function useAuthorityHistory(
  report: Pick<Report, 'authorityId' | 'authorityCode'> | undefined,
): { reports: Report[]; judgements: Judgement[] } | undefined {
  const authorityId = report?.authorityId;
  const code = report?.authorityCode ?? null;
  return useLiveQuery(async () => {
    if (!authorityId) return { reports: [], judgements: [] };
    const ids = code ? [authorityId, ...lineageCodes(code).map(authorityIdForCode)] : [authorityId];
    const reports = await db.reports
      .where('authorityId')
      .anyOf([...new Set(ids)])
      .toArray();
    const judgements = await db.judgements
      .where('reportId')
      .anyOf(reports.map((r) => r.id))
      .toArray();
    return { reports, judgements };
  }, [authorityId, code]);
}

/** The member's name from Settings ('' when not yet given). */
export function useMemberName(): string | undefined {
  return useLiveQuery(async () => (await db.settings.get('settings'))?.memberName ?? '', []);
}

/** This member's id ('' until the store has made their identity). */
export function useMemberId(): string | undefined {
  return useLiveQuery(
    async () => (await db.settings.get('settings'))?.identity?.memberId ?? '',
    [],
  );
}
