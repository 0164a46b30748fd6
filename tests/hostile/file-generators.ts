// Hostile workspace files, generated: many empty or broken records, deep nesting, and the shapes
// that once made validation collect an issue per element.

const HEAD =
  '{"format":"scrutiny-desk/workspace","version":2,"exportedAt":"2026-11-27T10:00:00.000Z","exportedBy":""';

/** A workspace whose annotations are `count` empty objects (300 KB at 100,000). */
export function emptyNotesWorkspace(count: number): string {
  return `${HEAD},"data":{"annotations":[${Array.from({ length: count }, () => '{}').join(',')}]}}`;
}

/** A workspace whose annotations hold one list nested `depth` deep, with a closed sibling at each
 * level so no run of opening brackets gives it away. */
export function deepWorkspace(depth: number): string {
  return `${HEAD},"data":{"annotations":${'[[],'.repeat(depth)}${']'.repeat(depth)}}}`;
}

/** A workspace with one valid-looking pack whose items are `count` broken entries. */
export function brokenPackItemsWorkspace(count: number): string {
  const items = Array.from({ length: count }, () => '{"type":"nothing"}').join(',');
  return `${HEAD},"data":{"packs":[{"id":"p","title":"t","items":[${items}]}]}}`;
}
