// The report view's filters (kind, theme, RAG, "has my notes", "has open questions"), as one
// pure function over findings and a per-finding summary of their annotations.
import type { Annotation, Finding, FindingKind, RagRating } from '../model';

export interface FindingFilter {
  kind: FindingKind | null;
  theme: string | null;
  /** A RAG rating, 'unrated' for findings nobody has rated, or null for any. */
  rag: RagRating | 'unrated' | null;
  myNotes: boolean;
  openQuestions: boolean;
}

export const NO_FILTER: FindingFilter = { kind: null, theme: null, rag: null, myNotes: false, openQuestions: false };

export interface FindingSummary {
  /** The most recently set RAG rating on the finding, by anyone. */
  rag: RagRating | null;
  mine: number;
  openQuestions: number;
  total: number;
  conflicted: boolean;
  orphaned: boolean;
}

const EMPTY: FindingSummary = { rag: null, mine: 0, openQuestions: 0, total: 0, conflicted: false, orphaned: false };

export function isOpenQuestion(a: Pick<Annotation, 'question' | 'deletedAt'>): boolean {
  return !a.deletedAt && a.question !== null && a.question.status !== 'answered';
}

/** Summaries of live (not deleted) annotations, keyed by finding id. */
export function summariseAnnotations(annotations: readonly Annotation[], memberName: string): Map<string, FindingSummary> {
  const out = new Map<string, FindingSummary>();
  const ragAt = new Map<string, string>();
  for (const a of annotations) {
    if (a.deletedAt) continue;
    const id = a.target.findingId;
    const s = { ...(out.get(id) ?? EMPTY) };
    s.total++;
    if (memberName && a.author === memberName) s.mine++;
    if (isOpenQuestion(a)) s.openQuestions++;
    if (a.conflicts.length > 0) s.conflicted = true;
    if (a.orphaned) s.orphaned = true;
    if (a.rag && (ragAt.get(id) ?? '') <= a.modifiedAt) {
      s.rag = a.rag;
      ragAt.set(id, a.modifiedAt);
    }
    out.set(id, s);
  }
  return out;
}

export function matchesFilter(f: Pick<Finding, 'id' | 'kind' | 'themes'>, filter: FindingFilter, summary: FindingSummary | undefined): boolean {
  const s = summary ?? EMPTY;
  if (filter.kind && f.kind !== filter.kind) return false;
  if (filter.theme && !f.themes.includes(filter.theme)) return false;
  if (filter.rag === 'unrated' ? s.rag !== null : filter.rag && s.rag !== filter.rag) return false;
  if (filter.myNotes && s.mine === 0) return false;
  if (filter.openQuestions && s.openQuestions === 0) return false;
  return true;
}

export function filterFindings<F extends Pick<Finding, 'id' | 'kind' | 'themes'>>(
  findings: readonly F[],
  filter: FindingFilter,
  summaries: ReadonlyMap<string, FindingSummary>,
): F[] {
  return findings.filter((f) => matchesFilter(f, filter, summaries.get(f.id)));
}
