// Full-text search over findings and members' annotations with MiniSearch: one document per
// finding, holding the finding's words and the words of every note on it, so a query costs one
// result per matching finding however many notes it has.
import MiniSearch from 'minisearch';
import type { Annotation, Finding } from '../model';
import { bestMatches } from './best';

export interface SearchDocument {
  /** The finding's id: a finding and its notes are one document. */
  id: string;
  reportId: string;
  text: string;
  notes: string;
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

type IndexedFinding = Pick<Finding, 'id' | 'reportId' | 'text'>;

/** The MiniSearch index and what it needs to rewrite one finding's document when a note changes. */
export interface FindingIndex {
  search: MiniSearch<SearchDocument>;
  findings: Map<string, IndexedFinding>;
  /** Each finding's notes: annotation id to its searchable words. */
  notes: Map<string, Map<string, string>>;
  /** Which finding each indexed annotation is on, should a note move to another finding. */
  noteFinding: Map<string, { findingId: string; reportId: string }>;
}

/** An annotation's searchable words: the member's note, quoted words, question answer and tags.
 * Deleted annotations are not searchable. */
export function annotationWords(a: Annotation): string {
  if (a.deletedAt) return '';
  return [a.body, a.target.selector?.exact ?? '', a.question?.answer ?? '', a.tags.join(' ')]
    .filter(Boolean)
    .join('\n');
}

// Only the finding and its notes are searched: the box promises "words in findings and notes",
// and a match in a section title or theme label could not be highlighted in the finding.
function createSearch(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: ['text', 'notes'],
    storeFields: ['reportId'],
    searchOptions: { boost: { text: 2 }, combineWith: 'AND' },
  });
}

function emptyIndex(): FindingIndex {
  return { search: createSearch(), findings: new Map(), notes: new Map(), noteFinding: new Map() };
}

function note(index: FindingIndex, a: Annotation): void {
  const words = annotationWords(a);
  if (!words) return;
  const { findingId, reportId } = a.target;
  let notes = index.notes.get(findingId);
  if (!notes) index.notes.set(findingId, (notes = new Map()));
  notes.set(a.id, words);
  index.noteFinding.set(a.id, { findingId, reportId });
}

function documentOf(
  index: FindingIndex,
  findingId: string,
  reportId: string,
): SearchDocument | null {
  const f = index.findings.get(findingId);
  const notes = index.notes.get(findingId);
  if (!f && !notes?.size) return null;
  return {
    id: findingId,
    reportId: f?.reportId ?? reportId,
    text: f?.text ?? '',
    notes: notes ? [...notes.values()].join('\n') : '',
  };
}

function collect(
  findings: readonly Finding[],
  annotations: readonly Annotation[],
): { index: FindingIndex; docs: SearchDocument[] } {
  const index = emptyIndex();
  for (const f of findings)
    index.findings.set(f.id, { id: f.id, reportId: f.reportId, text: f.text });
  for (const a of annotations) note(index, a);
  const docs: SearchDocument[] = [];
  for (const f of findings) {
    const doc = documentOf(index, f.id, f.reportId);
    if (doc) docs.push(doc);
  }
  // Notes on a finding no longer in the store still answer, under the finding they were on.
  for (const [findingId, notes] of index.notes) {
    if (index.findings.has(findingId)) continue;
    const first = notes.keys().next().value;
    const at = first === undefined ? undefined : index.noteFinding.get(first);
    const doc = at ? documentOf(index, findingId, at.reportId) : null;
    if (doc) docs.push(doc);
  }
  return { index, docs };
}

export function buildFindingIndex(
  findings: readonly Finding[],
  annotations: readonly Annotation[],
): FindingIndex {
  const { index, docs } = collect(findings, annotations);
  index.search.addAll(docs);
  return index;
}

/** The same index built a few dozen documents at a time, yielding between them, so building it
 * while the member reads or types never holds up a frame. */
export async function buildFindingIndexInSteps(
  findings: readonly Finding[],
  annotations: readonly Annotation[],
): Promise<FindingIndex> {
  const { index, docs } = collect(findings, annotations);
  await index.search.addAllAsync(docs, { chunkSize: 25 });
  return index;
}

function rewrite(index: FindingIndex, findingId: string, reportId: string): void {
  if (index.search.has(findingId)) index.search.discard(findingId);
  const doc = documentOf(index, findingId, reportId);
  if (doc) index.search.add(doc);
}

/** Put an annotation's current words in the index (or take them out, once it is deleted) by
 * rewriting the document of the finding it is on. */
export function reindexAnnotation(index: FindingIndex, a: Annotation): void {
  const before = index.noteFinding.get(a.id);
  if (before) {
    index.notes.get(before.findingId)?.delete(a.id);
    index.noteFinding.delete(a.id);
  }
  note(index, a);
  if (before && before.findingId !== a.target.findingId)
    rewrite(index, before.findingId, before.reportId);
  if (before || annotationWords(a)) rewrite(index, a.target.findingId, a.target.reportId);
}

/** A word of three letters or more may still be being typed, so it also matches longer words;
 * a shorter one matches only itself (so "LA" finds "LA", and one letter does not scan every
 * word of the workspace). Only the last word is ever a prefix: the words before it are done. */
export function matchesAsPrefix(term: string, i: number, terms: readonly string[]): boolean {
  return i === terms.length - 1 && term.length >= 3;
}

/** Findings whose text and notes hold every word of the query, best first. `total` counts
 * every matching finding; `hits` holds at most `limit` of them. */
export function searchFindings(
  index: FindingIndex,
  query: string,
  options: { reportId?: string; limit?: number } = {},
): { hits: SearchHit[]; total: number } {
  if (!query.trim()) return { hits: [], total: 0 };
  const { reportId } = options;
  const { best, total } = bestMatches(
    index.search,
    query,
    { prefix: matchesAsPrefix },
    options.limit ?? Infinity,
    reportId ? (stored) => stored.reportId === reportId : undefined,
  );
  const hits = best.map((r): SearchHit => {
    let finding = false;
    let annotation = false;
    for (const fields of Object.values(r.match)) {
      if (fields.includes('text')) finding = true;
      if (fields.includes('notes')) annotation = true;
    }
    return {
      findingId: r.id,
      reportId: String(r.stored.reportId),
      score: r.score,
      terms: Object.keys(r.match),
      in: { finding, annotation },
    };
  });
  return { hits, total };
}
