// Words for frameworks, grades and dates, as members read them.
// Framework names, grade names and judgement areas' short names all come from the framework
// profiles (shared/frameworks), which the importer and the CLI read too.
import {
  areaName,
  areaShortName,
  choosableGrades,
  frameworkLabel,
  gradeName,
  scoreOutOf,
} from '../../shared/frameworks';
import { inspectionEndDate, type Framework, type Grade, type Report } from '../../shared/model';

export { choosableGrades, frameworkLabel };

/** A grade as the report's framework names it ("Requires improvement to be good"), a score as
 * "Score 3 of 4". */
export function gradeLabel(
  grade: Grade,
  score: number | null = null,
  framework: Framework | null = null,
): string {
  return grade === 'score'
    ? `Score ${score ?? '?'} of ${scoreOutOf(framework)}`
    : gradeName(grade, framework);
}

/** A judgement area's short name, for tables where the full label would crowd the page; as the
 * report's framework names it where the table holds one report. */
export function areaLabel(
  key: string,
  fallback: string,
  framework: Framework | null = null,
): string {
  return areaShortName(key, framework) ?? (fallback || areaName(key) || key);
}

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function dateLabel(iso: string | null): string {
  return iso ? DATE.format(new Date(`${iso}T00:00:00Z`)) : 'date not known';
}

/** "published 20 January 2015", or for a report that prints no publication date, when its inspection ended. */
export function reportDateLabel(report: Pick<Report, 'publishedOn' | 'inspectionDates'>): string {
  if (report.publishedOn) return `published ${dateLabel(report.publishedOn)}`;
  const ended = inspectionEndDate(report.inspectionDates);
  return ended ? `inspection ended ${dateLabel(ended)}` : 'date not known';
}

/** "Received from Cllr Ben Hughes with their notes", for a report this member never imported
 * but took in with a colleague's notes; null for the member's own import. */
export function receivedFromLabel(report: Pick<Report, 'receivedFrom'>): string | null {
  if (!report.receivedFrom) return null;
  return `Received from ${report.receivedFrom.name.trim() || 'a colleague'} with their notes`;
}
