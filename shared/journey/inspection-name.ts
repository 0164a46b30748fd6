// Inspections are named by when they happened ("March 2022 inspection"), never by framework
// ("ILACS 2018" is the framework's year, not the inspection's): the name a member repeats in committee.
import { inspectionEndDate } from '../model/report-dates';
import type { Report } from '../model/report';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** When the inspection took place: the end of its inspection dates, else the publication date
 * (an inspection that would end after its report was published is a misreading, so the
 * publication date stands). */
export function inspectionDate(
  report: Pick<Report, 'publishedOn' | 'inspectionDates'>,
): string | null {
  const ended = inspectionEndDate(report.inspectionDates);
  if (ended && (!report.publishedOn || ended <= report.publishedOn)) return ended;
  return report.publishedOn ?? ended;
}

/** "March 2022"; null when the report gives no date. */
export function monthAndYear(isoDate: string | null): string | null {
  const match = isoDate ? /^(\d{4})-(\d{2})/.exec(isoDate) : null;
  if (!match) return null;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${month} ${match[1]}` : (match[1] ?? null);
}

/** "March 2022", the inspection's month: the heading of its column in a journey. */
export function inspectionMonth(
  report: Pick<Report, 'publishedOn' | 'inspectionDates'>,
): string | null {
  return monthAndYear(inspectionDate(report));
}

/** "March 2022 inspection"; "the undated inspection" when the report gives no date. */
export function inspectionName(report: Pick<Report, 'publishedOn' | 'inspectionDates'>): string {
  const month = inspectionMonth(report);
  return month ? `${month} inspection` : 'undated inspection';
}

/** A grade stated for an earlier inspection known only by its year: "2016 inspection". */
export function yearInspectionName(year: number | null): string {
  return year === null ? 'an earlier inspection' : `${year} inspection`;
}
