// Keeps one search index for the open report and brings it up to date with annotation edits
// instead of rebuilding it, so each keystroke of a search costs a query, not an index.
import type { Annotation, Finding } from '../../shared/model';
import {
  buildFindingIndex,
  buildFindingIndexInSteps,
  reindexAnnotation,
  searchFindings,
  type FindingIndex,
} from '../../shared/search';

interface CachedIndex {
  reportId: string;
  findingIds: string;
  index: FindingIndex;
  revs: Map<string, string>;
}

let cached: CachedIndex | null = null;

function keyOf(findings: readonly Finding[]): string {
  return `${findings.length}:${findings[0]?.id ?? ''}:${findings[findings.length - 1]?.id ?? ''}`;
}

function indexFor(
  reportId: string,
  findings: readonly Finding[],
  annotations: readonly Annotation[],
): FindingIndex {
  const findingIds = keyOf(findings);
  if (!cached || cached.reportId !== reportId || cached.findingIds !== findingIds) {
    cached = {
      reportId,
      findingIds,
      index: buildFindingIndex(findings, annotations),
      revs: new Map(annotations.map((a) => [a.id, a.rev])),
    };
    return cached.index;
  }
  for (const a of annotations) {
    if (cached.revs.get(a.id) === a.rev) continue;
    reindexAnnotation(cached.index, a);
    cached.revs.set(a.id, a.rev);
  }
  return cached.index;
}

/** Matching findings of the report, as finding id to the words to highlight; null for no query. */
export function searchReport(
  reportId: string,
  findings: readonly Finding[],
  annotations: readonly Annotation[],
  query: string,
): Map<string, string[]> | null {
  if (!query.trim()) return null;
  const { hits } = searchFindings(indexFor(reportId, findings, annotations), query);
  return new Map(hits.map((h) => [h.findingId, h.terms]));
}

/** Build the open report's index in small steps while the member reads, so the first search is
 * as quick as the rest; a search before it is ready builds it at once instead. */
export async function warmReportIndex(
  reportId: string,
  findings: readonly Finding[],
  annotations: readonly Annotation[],
): Promise<void> {
  const findingIds = keyOf(findings);
  if (cached?.reportId === reportId && cached.findingIds === findingIds) return;
  const index = await buildFindingIndexInSteps(findings, annotations);
  if (cached?.reportId === reportId && cached.findingIds === findingIds) return;
  cached = { reportId, findingIds, index, revs: new Map(annotations.map((a) => [a.id, a.rev])) };
}
