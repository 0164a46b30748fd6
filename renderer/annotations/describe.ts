// Words for annotations: kinds, question statuses, ratings, dates.
import type { Annotation, Priority, QuestionStatus, RagRating } from '../../shared/model';

export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  to_ask: 'To ask',
  asked: 'Asked',
  answered: 'Answered',
};
export const RAG_LABELS: Record<RagRating, string> = { red: 'Red', amber: 'Amber', green: 'Green' };
export const PRIORITY_LABELS: Record<Priority, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export function kindLabel(a: Pick<Annotation, 'kind'>): string {
  return a.kind === 'question'
    ? 'Question for officers'
    : a.kind === 'highlight'
      ? 'Highlight'
      : a.kind === 'rating'
        ? 'Rating'
        : 'Note';
}

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function whenLabel(iso: string): string {
  return WHEN.format(new Date(iso));
}

export function dayLabel(isoDate: string): string {
  return DAY.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Tags as the member types them ("budget, panel") and as stored (["budget", "panel"]). */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim().slice(0, 80))
        .filter(Boolean),
    ),
  ].slice(0, 100);
}
