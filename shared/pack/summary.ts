// The inspection summary: each report's facts and its judgement table with previous grades.
import { sameJourney } from '../authorities';
import type { Judgement, Report } from '../model/report';
import { reportDate } from '../model/report-dates';
import { comparableKeys } from '../journey/journey';
import { inspectionName, yearInspectionName } from '../journey/inspection-name';
import type { PackBlock } from './document';
import { gradeText, longDate, reportName } from './format';
import { correctedBy } from '../corrections/describe';
import type { PackSource } from './select';
import { gradeName } from '../frameworks';

/** The grade this authority had for the same judgement last time: from its earlier report in the
 * workspace if there is one, otherwise from what the report itself says about the last inspection. */
export function previousGrade(report: Report, judgement: Judgement, source: PackSource): string {
  // Reports are placed by publication date, else by the end of their inspection (most ILACS
  // reports print no publication date); the same area may be keyed differently across frameworks.
  const when = reportDate(report);
  const keys = comparableKeys(judgement.key);
  const earlier = source.reports
    .map((r) => ({ report: r, date: reportDate(r) }))
    .filter(
      (c) =>
        sameJourney(report, c.report) &&
        c.report.id !== report.id &&
        c.date !== null &&
        when !== null &&
        c.date < when,
    )
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  for (const candidate of earlier) {
    const match = source.judgements.find(
      (j) => j.reportId === candidate.report.id && keys.includes(j.key),
    );
    // Named by the inspection's date, as members name inspections in committee.
    if (match)
      return `${gradeText(match, candidate.report.framework)} (${inspectionName(candidate.report)})`;
  }
  const stated = report.previousGrades.find((p) => p.key === judgement.key);
  if (stated)
    return stated.year === null
      ? gradeName(stated.grade, report.framework)
      : `${gradeName(stated.grade, report.framework)} (${yearInspectionName(stated.year)})`;
  return 'Not stated in the report';
}

export function summaryBlocks(
  reports: readonly Report[],
  source: PackSource,
  withTable: boolean,
  heading: (level: 1 | 2 | 3, text: string) => PackBlock,
): PackBlock[] {
  const blocks: PackBlock[] = [heading(1, 'Inspection summary')];
  for (const report of reports) {
    blocks.push(heading(2, reportName(report)));
    // A fact the report does not state is left out rather than printed as "Not set".
    const facts: string[] = [`Inspectorate: ${report.inspectorate || 'not stated in the report'}`];
    if (report.publishedOn) facts.push(`Published: ${longDate(report.publishedOn)}`);
    if (report.inspectionDates) facts.push(`Inspection dates: ${report.inspectionDates}`);
    if (report.leadInspector) facts.push(`Lead inspector: ${report.leadInspector}`);
    blocks.push({ type: 'list', ordered: false, items: facts.map((text) => [{ text }]) });
    if (!withTable) continue;
    const judgements = source.judgements
      .filter((j) => j.reportId === report.id)
      .sort((a, b) => a.order - b.order);
    if (judgements.length === 0) {
      blocks.push({
        type: 'paragraph',
        runs: [
          {
            text: 'This report has no graded judgements (for example a focused visit, monitoring visit or joint inspection letter).',
          },
        ],
      });
      continue;
    }
    blocks.push({
      type: 'table',
      caption: `Judgements for ${report.authority}, with the previous grade for each`,
      headerRows: [['Judgement', 'Grade', 'Previous grade']],
      rows: judgements.map((j) => [
        j.label,
        j.correction
          ? `${gradeText(j, report.framework)} (${correctedBy(j.correction)})`
          : gradeText(j, report.framework),
        previousGrade(report, j, source),
      ]),
      widths: [5, 3, 3],
    });
  }
  return blocks;
}
