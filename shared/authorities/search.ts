// Searching the list as a member types: by any of an authority's names or by its code.
import { authoritiesForPicker } from './lineage';
import { namesOf } from './resolve';
import { foldName } from './names';
import type { AuthorityEntry } from './types';

/** Authorities whose name, council, other names or code match what was typed; names that start
 * with it come first. An empty query gives the whole list. */
export function searchAuthorities(query: string): AuthorityEntry[] {
  const q = foldName(query);
  const all = authoritiesForPicker();
  if (!q) return all;
  const scored: { entry: AuthorityEntry; score: number }[] = [];
  for (const entry of all) {
    if (entry.code === q.replace(/\s/g, '')) {
      scored.push({ entry, score: 0 });
      continue;
    }
    const names = namesOf(entry).map(foldName);
    if (names.some((n) => n.startsWith(q))) scored.push({ entry, score: 1 });
    else if (names.some((n) => n.includes(q))) scored.push({ entry, score: 2 });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.entry);
}

/** How the picker shows one authority: its name, and when it ended for a former one. */
export function authorityLabel(entry: AuthorityEntry): string {
  return entry.until ? `${entry.name} (until ${entry.until.slice(0, 4)})` : entry.name;
}
