// The report view's filters (kind, theme, my RAG rating, "members disagree", "has my notes", "has
// open questions"), as one pure function over findings and a per-finding summary of their
// annotations. Ratings are per member (shared/model/ratings.ts): the RAG filter reads mine.
import type { Annotation, Finding, FindingKind, RagRating } from '../model';
import {
  localOwner,
  memberRatings,
  membersDisagree,
  ownerOf,
  ratingGroups,
  ratingOf,
  type RatingGroup,
  type RatingMember,
} from '../model/ratings';

export interface FindingFilter {
  kind: FindingKind | null;
  theme: string | null;
  /** My RAG rating, 'unrated' for findings I have not rated, or null for any. */
  rag: RagRating | 'unrated' | null;
  /** Only findings that members rated differently. */
  disagree: boolean;
  myNotes: boolean;
  openQuestions: boolean;
}

export const NO_FILTER: FindingFilter = {
  kind: null,
  theme: null,
  rag: null,
  disagree: false,
  myNotes: false,
  openQuestions: false,
};

export interface FindingSummary {
  /** My RAG rating of the finding (the local member's), never a colleague's. */
  myRag: RagRating | null;
  /** Every member's RAG rating, grouped by rating, mine first. */
  ratings: RatingGroup[];
  /** Members rated the finding differently. */
  disagree: boolean;
  mine: number;
  openQuestions: number;
  total: number;
  conflicted: boolean;
  orphaned: boolean;
}

const EMPTY: FindingSummary = {
  myRag: null,
  ratings: [],
  disagree: false,
  mine: 0,
  openQuestions: 0,
  total: 0,
  conflicted: false,
  orphaned: false,
};

export function isOpenQuestion(a: Pick<Annotation, 'question' | 'deletedAt'>): boolean {
  return !a.deletedAt && a.question !== null && a.question.status !== 'answered';
}

/** Summaries of live (not deleted) annotations, keyed by finding id. `member` is who "mine" means:
 * their member id, and their name for notes from before identities (shared/model/ratings.ts). */
export function summariseAnnotations(
  annotations: readonly Annotation[],
  member: RatingMember,
): Map<string, FindingSummary> {
  const out = new Map<string, FindingSummary>();
  const byFinding = new Map<string, Annotation[]>();
  const me = localOwner(member);
  for (const a of annotations) {
    if (a.deletedAt) continue;
    const id = a.target.findingId;
    const s = { ...(out.get(id) ?? EMPTY) };
    s.total++;
    if (me !== null && ownerOf(a, member) === me) s.mine++;
    if (isOpenQuestion(a)) s.openQuestions++;
    if (a.conflicts.length > 0) s.conflicted = true;
    if (a.orphaned) s.orphaned = true;
    out.set(id, s);
    byFinding.set(id, [...(byFinding.get(id) ?? []), a]);
  }
  for (const [id, list] of byFinding) {
    const ratings = memberRatings(list, member);
    const s = out.get(id);
    if (s)
      out.set(id, {
        ...s,
        myRag: ratingOf(ratings, me)?.rag ?? null,
        ratings: ratingGroups(ratings),
        disagree: membersDisagree(ratings),
      });
  }
  return out;
}

export function matchesFilter(
  f: Pick<Finding, 'id' | 'kind' | 'themes'>,
  filter: FindingFilter,
  summary: FindingSummary | undefined,
): boolean {
  const s = summary ?? EMPTY;
  if (filter.kind && f.kind !== filter.kind) return false;
  if (filter.theme && !f.themes.includes(filter.theme)) return false;
  if (filter.rag === 'unrated' ? s.myRag !== null : filter.rag && s.myRag !== filter.rag)
    return false;
  if (filter.disagree && !s.disagree) return false;
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
