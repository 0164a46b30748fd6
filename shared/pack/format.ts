// Words and dates as a council paper prints them: "12 March 2026", "Requires improvement to be good".
import type { Annotation } from '../model/annotation';
import type { Finding, Judgement, Report, SourceRef } from '../model/report';
import { gradeName, scoreOutOf } from '../frameworks';
import type { Framework, QuestionStatus, RagRating } from '../model/vocabulary';

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

/** YYYY-MM-DD to "12 March 2026"; anything else is returned as given. */
export function longDate(isoDate: string | null): string {
  if (!isoDate) return 'Not set';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** A judgement's grade as the report printed it, or else as its framework's profile names it
 * (a score "3 out of 4", out of the profile's scale). */
export function gradeText(
  judgement: Pick<Judgement, 'grade' | 'gradeText' | 'score'>,
  framework: Framework | null = null,
): string {
  if (judgement.grade === 'score')
    return judgement.score === null
      ? judgement.gradeText
      : `${judgement.score} out of ${scoreOutOf(framework)}`;
  return judgement.gradeText.trim() || gradeName(judgement.grade, framework);
}

export const RAG_LABELS: Record<RagRating, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  to_ask: 'To ask',
  asked: 'Asked',
  answered: 'Answered',
};

export const ACTION_STATUS_LABELS = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Complete',
  overdue: 'Overdue',
} as const;

/** "page 4, paragraph 12" (page left out where the report format has no pages). */
export function sourceText(source: SourceRef): string {
  return source.page === null
    ? `paragraph ${source.paragraph}`
    : `page ${source.page}, paragraph ${source.paragraph}`;
}

export function reportName(report: Pick<Report, 'authority' | 'title'>): string {
  return report.title.toLowerCase().includes(report.authority.toLowerCase())
    ? report.title
    : `${report.authority}: ${report.title}`;
}

/** The first words of a finding, to name it in a table or a question. */
export function shortText(text: string, words = 16): string {
  const all = text.trim().split(/\s+/u);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/** Split a member's text into paragraphs at blank lines or line breaks. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A finding's label in the pack: "F12". */
export function findingRef(index: number): string {
  return `F${index + 1}`;
}

export type FindingWithRef = Finding & { ref: string };

/** Newest first, so the latest rating wins. */
export function byNewest(a: Annotation, b: Annotation): number {
  return b.modifiedAt.localeCompare(a.modifiedAt);
}
