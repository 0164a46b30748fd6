// Words for frameworks, grades and dates, as members read them.
import { frameworkLabel } from '../../shared/frameworks';
import {
  GRADE_LABELS,
  JUDGEMENT_LABELS,
  inspectionEndDate,
  type Grade,
  type Report,
  type StandardJudgementKey,
} from '../../shared/model';

/** Framework names come from the framework profiles, which the importer and the CLI read too. */
export { frameworkLabel };

export function gradeLabel(grade: Grade, score: number | null = null): string {
  return grade === 'score' ? `Score ${score ?? '?'} of 4` : GRADE_LABELS[grade];
}

/** Short names for judgement areas, for tables where the full label would crowd the page. */
const SHORT_AREAS: Record<StandardJudgementKey, string> = {
  overall_effectiveness: 'Overall effectiveness',
  leaders: 'Impact of leaders',
  help_and_protection: 'Help and protection',
  in_care: 'Children in care',
  care_leavers: 'Care leavers',
  in_care_and_care_leavers: 'Children in care and care leavers',
  adoption: 'Adoption',
  lscb: 'Safeguarding board',
};

export function areaLabel(key: string, fallback: string): string {
  return key in SHORT_AREAS
    ? SHORT_AREAS[key as StandardJudgementKey]
    : fallback || (JUDGEMENT_LABELS as Record<string, string>)[key] || key;
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
