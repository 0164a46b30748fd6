// The best few of MiniSearch's matches and how many there are, without the result object and
// full sort that `search()` makes for every match (a common word matches 10,000 findings, and
// building and sorting those was most of the time a search took).
import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';

/** One match as MiniSearch scores it: `terms` are the query's words that matched, `match` the
 * indexed words that did, with the fields they were in. */
export interface RawMatch {
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}

export interface RankedMatch {
  id: string;
  stored: Record<string, unknown>;
  /** The score `search()` gives: MiniSearch's score times the number of query words matched. */
  score: number;
  /** The indexed words that matched, with the fields they were in. */
  match: Record<string, string[]>;
}

// MiniSearch 7.2.0 (pinned exactly in package.json) keeps these members private; they are the
// step of `search()` before it dresses and sorts every match. A unit test holds this to the same
// answers as `search()`, so an upgrade that changes them fails there first.
interface Internals {
  executeQuery(query: string, options: SearchOptions): Map<number, RawMatch>;
  _documentIds: Map<number, unknown>;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
}

/** The `limit` best matches of `query`, best first and in the order `search()` gives them, and
 * the count of every match that `keep` accepts (all of them if there is no `keep`). */
export function bestMatches<T>(
  index: MiniSearch<T>,
  query: string,
  options: SearchOptions,
  limit: number,
  keep?: (stored: Record<string, unknown>) => boolean,
): { best: RankedMatch[]; total: number } {
  const inside = index as unknown as Internals;
  const raw = inside.executeQuery(query, options);
  // Kept best first; a match only enters if it beats the weakest kept one, and a tie stays
  // behind the earlier match, as the stable sort in `search()` leaves it.
  const kept: { shortId: number; rank: number; match: RawMatch }[] = [];
  let total = 0;
  const everything = limit >= raw.size;
  for (const [shortId, match] of raw) {
    if (keep && !keep(inside._storedFields.get(shortId) ?? {})) continue;
    total++;
    // `search()` ranks by score times the number of query words matched.
    const rank = match.score * (match.terms.length || 1);
    if (everything) {
      kept.push({ shortId, rank, match });
      continue;
    }
    if (kept.length >= limit && rank <= (kept[kept.length - 1]?.rank ?? Infinity)) continue;
    let at = kept.length;
    while (at > 0 && (kept[at - 1]?.rank ?? Infinity) < rank) at--;
    kept.splice(at, 0, { shortId, rank, match });
    if (kept.length > limit) kept.pop();
  }
  if (everything) kept.sort((a, b) => b.rank - a.rank);
  const best = kept.map(({ shortId, rank, match }) => ({
    id: String(inside._documentIds.get(shortId)),
    stored: inside._storedFields.get(shortId) ?? {},
    score: rank,
    match: match.match,
  }));
  return { best, total };
}
