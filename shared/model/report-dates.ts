// When a report stands in time. Many ILACS reports print no publication date, but every report
// states its inspection dates, so the end of the inspection stands in for ordering and journeys.
import type { Report } from './report';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const FULL_DATE =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/gi;

/** The last full date in "3 to 7 November 2025" or "30 September to 11 October 2024", as YYYY-MM-DD. */
export function inspectionEndDate(inspectionDates: string | null): string | null {
  if (!inspectionDates) return null;
  let last: string | null = null;
  for (const [, day, month, year] of inspectionDates.matchAll(FULL_DATE)) {
    const m = MONTHS.indexOf((month ?? '').toLowerCase()) + 1;
    const d = Number(day);
    if (m > 0 && d >= 1 && d <= 31)
      last = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return last;
}

/** The best known date of a report: published, else the end of its inspection; null if neither. */
export function reportDate(report: Pick<Report, 'publishedOn' | 'inspectionDates'>): string | null {
  return report.publishedOn ?? inspectionEndDate(report.inspectionDates);
}
