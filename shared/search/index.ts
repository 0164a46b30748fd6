// Full-text search over findings and members' annotations with MiniSearch: one document per
// finding and one per annotation, both answering with the finding they belong to.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Annotation, Finding } from '../model';

export interface SearchDocument {
  id: string;
  type: 'finding' | 'annotation';
  reportId: string;
  findingId: string;
  text: string;
  section: string;
  themes: string;
}

export interface SearchHit {
  findingId: string;
  reportId: string;
  score: number;
  /** The words of the indexed text that matched, for highlighting. */
  terms: string[];
  /** Whether the finding's own text matched, a member's annotation did, or both. */
  in: { finding: boolean; annotation: boolean };
}

export type FindingIndex = MiniSearch<SearchDocument>;

export function findingDocument(f: Pick<Finding, 'id' | 'reportId' | 'text' | 'section' | 'themes'>): SearchDocument {
  return { id: `f:${f.id}`, type: 'finding', reportId: f.reportId, findingId: f.id, text: f.text, section: f.section, themes: f.themes.join(' ') };
}

/** An annotation's searchable words: the member's note, quoted words, question answer and tags.
 * Deleted annotations are not searchable. */
export function annotationDocument(a: Annotation): SearchDocument | null {
  if (a.deletedAt) return null;
  const words = [a.body, a.target.selector?.exact ?? '', a.question?.answer ?? '', a.tags.join(' ')].filter(Boolean).join('\n');
  if (!words) return null;
  return { id: `a:${a.id}`, type: 'annotation', reportId: a.target.reportId, findingId: a.target.findingId, text: words, section: '', themes: '' };
}

export function createFindingIndex(): FindingIndex {
  return new MiniSearch<SearchDocument>({
    fields: ['text', 'section', 'themes'],
    storeFields: ['type', 'reportId', 'findingId'],
    searchOptions: { boost: { text: 2 }, prefix: true, combineWith: 'AND' },
  });
}

export function buildFindingIndex(findings: readonly Finding[], annotations: readonly Annotation[]): FindingIndex {
  const index = createFindingIndex();
  index.addAll(findings.map(findingDocument));
  index.addAll(annotations.map(annotationDocument).filter((d): d is SearchDocument => d !== null));
  return index;
}

/** Put an annotation's current words in the index (or take them out, once it is deleted). */
export function reindexAnnotation(index: FindingIndex, a: Annotation): void {
  const id = `a:${a.id}`;
  if (index.has(id)) index.discard(id);
  const doc = annotationDocument(a);
  if (doc) index.add(doc);
}

/** Findings that match every word of the query (prefix matching; small typos forgiven in long
 * words), best first, one hit per finding however many of its annotations matched. */
export function searchFindings(index: FindingIndex, query: string, options: { reportId?: string; limit?: number } = {}): SearchHit[] {
  if (!query.trim()) return [];
  const results: SearchResult[] = index.search(query, {
    fuzzy: (term) => (term.length > 5 ? 0.15 : false),
    filter: options.reportId ? (r) => r.reportId === options.reportId : undefined,
  });
  const byFinding = new Map<string, SearchHit>();
  for (const r of results) {
    const findingId = String(r.findingId);
    const hit = byFinding.get(findingId) ?? {
      findingId,
      reportId: String(r.reportId),
      score: 0,
      terms: [],
      in: { finding: false, annotation: false },
    };
    hit.score += r.score;
    for (const t of r.terms) if (!hit.terms.includes(t)) hit.terms.push(t);
    if (r.type === 'finding') hit.in.finding = true;
    else hit.in.annotation = true;
    byFinding.set(findingId, hit);
  }
  const hits = [...byFinding.values()].sort((a, b) => b.score - a.score);
  return options.limit ? hits.slice(0, options.limit) : hits;
}
