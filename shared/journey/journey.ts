// An authority's journey: every judgement across its inspections, in date order, each compared
// with the last grade for the same area, so a member can see what improved and what declined.
import {
  GRADE_LABELS,
  GRADE_RANK,
  reportDate,
  type Framework,
  type Grade,
  type Judgement,
  type Report,
} from '../model';
import { inspectionName, yearInspectionName } from './inspection-name';

export type JourneyChange = 'first' | 'improved' | 'declined' | 'same' | 'not_comparable';

export const CHANGE_WORDS: Record<JourneyChange, string> = {
  first: 'First judgement',
  improved: 'Improved',
  declined: 'Declined',
  same: 'No change',
  not_comparable: 'Not comparable',
};

export interface JourneyEntry {
  /** The report the judgement is in; null when the grade is only stated in a later report. */
  reportId: string | null;
  year: number | null;
  date: string | null;
  framework: Framework | null;
  variant: string | null;
  /** The inspection by its date: "March 2022 inspection" ("2016 inspection" for a stated grade). */
  inspection: string;
  key: string;
  label: string;
  grade: Grade;
  gradeText: string;
  score: number | null;
  change: JourneyChange;
  /** The earlier entry this one is compared with, if any. */
  previous: {
    year: number | null;
    inspection: string;
    grade: Grade;
    gradeText: string;
    score: number | null;
  } | null;
}

type ReportFacts = Pick<
  Report,
  | 'id'
  | 'publishedOn'
  | 'inspectionDates'
  | 'framework'
  | 'variant'
  | 'previousGrades'
  | 'importedAt'
>;
type JudgementFacts = Pick<
  Judgement,
  'reportId' | 'key' | 'label' | 'grade' | 'gradeText' | 'score' | 'order'
>;

/** Areas that were judged together in some frameworks and apart in others (ILACS 2018 combined
 * children in care with care leavers), so each is compared with the other. */
const COMPARABLE: Record<string, readonly string[]> = {
  in_care: ['in_care', 'in_care_and_care_leavers'],
  care_leavers: ['care_leavers', 'in_care_and_care_leavers'],
  in_care_and_care_leavers: ['in_care_and_care_leavers', 'in_care', 'care_leavers'],
};

export function comparableKeys(key: string): readonly string[] {
  return COMPARABLE[key] ?? [key];
}

/** Whether `next` is better, worse or the same as `before`; scores compare by value. */
export function compareGrades(
  before: { grade: Grade; score: number | null },
  next: { grade: Grade; score: number | null },
): Exclude<JourneyChange, 'first'> {
  let a: number | null;
  let b: number | null;
  if (before.grade === 'score' || next.grade === 'score') {
    a = before.grade === 'score' ? before.score : null;
    b = next.grade === 'score' ? next.score : null;
  } else {
    a = GRADE_RANK[before.grade];
    b = GRADE_RANK[next.grade];
  }
  if (a === null || b === null) return 'not_comparable';
  return b > a ? 'improved' : b < a ? 'declined' : 'same';
}

function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/**
 * The journey for one authority. Grades a report states for an earlier inspection (its
 * previousGrades) fill in years the library has no report for. A stated grade with no area is
 * taken as the overall judgement, because reports state a bare grade only for the whole service.
 */
export function authorityJourney(
  reports: readonly ReportFacts[],
  judgements: readonly JudgementFacts[],
): JourneyEntry[] {
  const byReport = new Map(reports.map((r) => [r.id, r]));
  // Each entry's place in time: the publication date, else the end of the inspection; for a
  // report with neither, when it was imported (it cannot be older than the grades it states);
  // for a stated grade, its year.
  const raw: (Omit<JourneyEntry, 'change' | 'previous'> & { when: string })[] = [];
  for (const j of judgements) {
    const report = byReport.get(j.reportId);
    if (!report) continue;
    const dated = reportDate(report);
    raw.push({
      reportId: report.id,
      year: yearOf(dated),
      date: dated,
      framework: report.framework,
      variant: report.variant,
      inspection: inspectionName(report),
      key: j.key,
      label: j.label,
      grade: j.grade,
      gradeText: j.gradeText,
      score: j.score,
      when: dated ?? report.importedAt.slice(0, 10),
    });
  }
  const reportYears = new Set(raw.map((e) => `${e.year}|${e.key}`));
  const statedSeen = new Set<string>();
  for (const report of reports) {
    for (const p of report.previousGrades) {
      const key = p.key ?? 'overall_effectiveness';
      const id = `${p.year}|${key}`;
      if (reportYears.has(id) || statedSeen.has(id)) continue;
      statedSeen.add(id);
      raw.push({
        reportId: null,
        year: p.year,
        date: null,
        framework: null,
        variant: null,
        inspection: yearInspectionName(p.year),
        key,
        label: p.label,
        grade: p.grade,
        gradeText: GRADE_LABELS[p.grade],
        score: null,
        when: String(p.year ?? ''),
      });
    }
  }
  raw.sort((a, b) => a.when.localeCompare(b.when) || a.key.localeCompare(b.key));
  const out: (JourneyEntry & { when: string })[] = [];
  for (const { when, ...entry } of raw) {
    const keys = comparableKeys(entry.key);
    const before = [...out].reverse().find((e) => keys.includes(e.key) && e.when < when);
    out.push({
      ...entry,
      when,
      change: before ? compareGrades(before, entry) : 'first',
      previous: before
        ? {
            year: before.year,
            inspection: before.inspection,
            grade: before.grade,
            gradeText: before.gradeText,
            score: before.score,
          }
        : null,
    });
  }
  return out.map(({ when: _when, ...entry }) => entry);
}

/** The journey entry for one judgement in one report, with its previous grade, if any. */
export function judgementInJourney(
  journey: readonly JourneyEntry[],
  reportId: string,
  key: string,
): JourneyEntry | undefined {
  return journey.find((e) => e.reportId === reportId && e.key === key);
}
