// The inspection summary: each report's facts and its judgement table with previous grades.
import type { Judgement, Report } from '../model/report';
import type { PackBlock } from './document';
import { gradeText, longDate, reportName } from './format';
import type { PackSource } from './select';
import { GRADE_LABELS } from '../model/vocabulary';

/** The grade this authority had for the same judgement last time: from its earlier report in the
 * workspace if there is one, otherwise from what the report itself says about the last inspection. */
export function previousGrade(report: Report, judgement: Judgement, source: PackSource): string {
  const earlier = source.reports
    .filter((r) => r.authorityId === report.authorityId && r.id !== report.id && r.publishedOn !== null && report.publishedOn !== null && r.publishedOn < report.publishedOn)
    .sort((a, b) => (b.publishedOn ?? '').localeCompare(a.publishedOn ?? ''));
  for (const candidate of earlier) {
    const match = source.judgements.find((j) => j.reportId === candidate.id && j.key === judgement.key);
    if (match) return `${gradeText(match)} (${longDate(candidate.publishedOn)})`;
  }
  const stated = report.previousGrades.find((p) => p.key === judgement.key);
  if (stated) return stated.year === null ? GRADE_LABELS[stated.grade] : `${GRADE_LABELS[stated.grade]} (${stated.year})`;
  return 'Not known';
}

export function summaryBlocks(reports: readonly Report[], source: PackSource, withTable: boolean, heading: (level: 1 | 2 | 3, text: string) => PackBlock): PackBlock[] {
  const blocks: PackBlock[] = [heading(1, 'Inspection summary')];
  for (const report of reports) {
    blocks.push(heading(2, reportName(report)));
    const facts: string[] = [
      `Inspectorate: ${report.inspectorate || 'Not stated'}`,
      `Published: ${longDate(report.publishedOn)}`,
    ];
    if (report.inspectionDates) facts.push(`Inspection dates: ${report.inspectionDates}`);
    if (report.leadInspector) facts.push(`Lead inspector: ${report.leadInspector}`);
    blocks.push({ type: 'list', ordered: false, items: facts.map((text) => [{ text }]) });
    if (!withTable) continue;
    const judgements = source.judgements.filter((j) => j.reportId === report.id).sort((a, b) => a.order - b.order);
    if (judgements.length === 0) {
      blocks.push({ type: 'paragraph', runs: [{ text: 'This report has no graded judgements (for example a focused visit, monitoring visit or joint inspection letter).' }] });
      continue;
    }
    blocks.push({
      type: 'table',
      caption: `Judgements for ${report.authority}, with the previous grade for each`,
      headerRows: [['Judgement', 'Grade', 'Previous grade']],
      rows: judgements.map((j) => [j.label, gradeText(j), previousGrade(report, j, source)]),
      widths: [5, 3, 3],
    });
  }
  return blocks;
}
