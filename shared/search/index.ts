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

/** The same index built a few dozen documents at a time, yielding between them, so building it
 * while the member reads or types never holds up a frame. */
export async function buildFindingIndexInSteps(findings: readonly Finding[], annotations: readonly Annotation[]): Promise<FindingIndex> {
  const index = createFindingIndex();
  const docs = [...findings.map(findingDocument), ...annotations.map(annotationDocument).filter((d): d is SearchDocument => d !== null)];
  await index.addAllAsync(docs, { chunkSize: 25 });
  return index;
}

/** Put an annotation's current words in the index (or take them out, once it is deleted). */
export function reindexAnnotation(index: FindingIndex, a: Annotation): void {
  const id = `a:${a.id}`;
  if (index.has(id)) index.discard(id);
  const doc = annotationDocument(a);
  if (doc) index.add(doc);
}

/** Findings that match every word of the query, best first, one hit per finding however many of
 * its annotations matched (a finding ranks by its best-scoring document). Only the last word
 * matches as a prefix (it may still be being typed); the words before it are whole words, which
 * keeps a query over 70,000 documents quick. `total` counts every matching finding; `hits`
 * holds at most `limit` of them. */
export function searchFindings(index: FindingIndex, query: string, options: { reportId?: string; limit?: number } = {}): { hits: SearchHit[]; total: number } {
  if (!query.trim()) return { hits: [], total: 0 };
  const results: SearchResult[] = index.search(query, {
    prefix: (_term, i, terms) => i === terms.length - 1,
    filter: options.reportId ? (r) => r.reportId === options.reportId : undefined,
  });
  const limit = options.limit ?? Infinity;
  const seen = new Set<string>();
  const byFinding = new Map<string, SearchHit>();
  // MiniSearch answers best first, so a finding's first document is its best.
  for (const r of results) {
    const findingId = String(r.findingId);
    const known = byFinding.get(findingId);
    if (known) {
      for (const t of r.terms) if (!known.terms.includes(t)) known.terms.push(t);
      if (r.type === 'finding') known.in.finding = true;
      else known.in.annotation = true;
      continue;
    }
    if (seen.has(findingId)) continue;
    seen.add(findingId);
    if (byFinding.size >= limit) continue;
    byFinding.set(findingId, {
      findingId,
      reportId: String(r.reportId),
      score: r.score,
      terms: [...r.terms],
      in: { finding: r.type === 'finding', annotation: r.type !== 'finding' },
    });
  }
  return { hits: [...byFinding.values()], total: seen.size };
}
