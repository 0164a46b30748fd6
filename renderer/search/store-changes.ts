// What the search index must do about a change to the store, read from the parts Dexie reports
// with every committed write ("storagemutated", in every context of the origin): re-read a few
// annotations by id when only they were written, or rebuild when findings or reports changed or
// Dexie cannot say which rows (a table cleared, as by a restore; 50 rows or more in one write).
import { cmp, type EmptyRange, type IntervalTree, type ObservabilitySet } from 'dexie';

/** Nothing to do; these annotations to re-read; or build the index again. */
export type IndexWork =
  { kind: 'none' } | { kind: 'annotations'; ids: ReadonlySet<string> } | { kind: 'rebuild' };

export const NO_WORK: IndexWork = { kind: 'none' };
const REBUILD: IndexWork = { kind: 'rebuild' };

/** More edited notes than this at once (a merge of a colleague's file) are cheaper to rebuild. */
export const MOST_NOTES_TO_REREAD = 2_000;

/** Add the single keys in an interval tree to `into`; false when it holds a range (or a key not a string). */
function singleKeys(tree: IntervalTree, into: Set<string>): boolean {
  if (!('from' in tree)) return true;
  if (typeof tree.from !== 'string' || cmp(tree.from, tree.to) !== 0) return false;
  into.add(tree.from);
  return (!tree.l || singleKeys(tree.l, into)) && (!tree.r || singleKeys(tree.r, into));
}

function isEmpty(tree: IntervalTree | undefined): tree is EmptyRange | undefined {
  return !tree || !('from' in tree);
}

/** The work owed after `parts` were written to the database `dbName`, added to the work already owed. */
export function addStoreChange(
  owed: IndexWork,
  parts: ObservabilitySet,
  dbName: string,
): IndexWork {
  if (owed.kind === 'rebuild') return owed;
  if ('all' in parts) return REBUILD;
  const prefix = `idb://${dbName}/`;
  const mine = Object.keys(parts).filter((part) => part.startsWith(prefix));
  const touched = (table: string) =>
    mine.some((part) => part.startsWith(`${prefix}${table}/`) && !isEmpty(parts[part]));
  if (touched('findings') || touched('reports')) return REBUILD;
  // Dexie names the notes a write touched (added, replaced or deleted) as single keys when it
  // knows them, and as a range when it does not (50 rows or more in one request, a clear).
  const written = parts[`${prefix}annotations/`];
  if (isEmpty(written)) {
    // Index parts without their rows' keys would be a write Dexie could not pin down.
    return touched('annotations') ? REBUILD : owed;
  }
  const ids = new Set(owed.kind === 'annotations' ? owed.ids : []);
  if (!singleKeys(written, ids) || ids.size > MOST_NOTES_TO_REREAD) return REBUILD;
  return { kind: 'annotations', ids };
}
