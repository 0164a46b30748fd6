// Filing stored records by code: the id an authority's one record has, and the step that lifts
// records written before codes existed (file version 2, database version 4) to codes, merging the
// records of one council that were filed under several spellings.
import { resolveAuthorityName } from './resolve';

/** The id of an authority's one record: made from its code, so every spelling of it shares it. */
export function authorityIdForCode(code: string): string {
  return `authority-la-${code}`;
}

interface OldAuthority {
  id: string;
  name: string;
}
interface OldReport {
  id: string;
  authorityId: string;
  authority: string;
  publishedOn?: string | null;
}

export interface FiledAuthorities<A extends OldAuthority, R extends OldReport> {
  authorities: (A & { code: string | null })[];
  reports: (R & { authorityCode: string | null })[];
}

/**
 * Each report resolved by its authority's name (and its date, for a name two councils used), else
 * by its authority record's name; reports of one council then share one record, made from the
 * code. A name the list does not know stays as it was, with a null code, for a member to choose.
 */
export function fileByCode<A extends OldAuthority, R extends OldReport>(
  authorities: readonly A[],
  reports: readonly R[],
): FiledAuthorities<A, R> {
  const recordCode = new Map(
    authorities.map((a) => [a.id, resolveAuthorityName(a.name)?.code ?? null]),
  );
  const out: (A & { code: string | null })[] = [];
  const byId = new Map<string, A & { code: string | null }>();
  const add = (record: A & { code: string | null }) => {
    if (byId.has(record.id)) return;
    byId.set(record.id, record);
    out.push(record);
  };
  // Records keep the order of the records they came from; a record first made for a report comes
  // where that report's old record stood.
  const position = new Map(authorities.map((a, i) => [a.id, i]));
  const placed = new Map<string, number>();
  const filed = reports.map((r) => {
    const entry = resolveAuthorityName(r.authority, r.publishedOn ?? null);
    const code = entry?.code ?? recordCode.get(r.authorityId) ?? null;
    if (!code) return { ...r, authorityCode: null };
    const name = resolveAuthorityName(code)?.name ?? r.authority;
    const template =
      authorities.find((a) => a.id === r.authorityId) ?? ({ id: r.authorityId, name } as A);
    add({ ...template, id: authorityIdForCode(code), name, code });
    if (!placed.has(authorityIdForCode(code)))
      placed.set(authorityIdForCode(code), position.get(r.authorityId) ?? authorities.length);
    return { ...r, authorityId: authorityIdForCode(code), authority: name, authorityCode: code };
  });
  const movedFrom = new Set(reports.map((r) => r.authorityId));
  for (const a of authorities) {
    const code = recordCode.get(a.id) ?? null;
    // A resolved record's reports were filed above, under the code each of them resolves to.
    if (code && movedFrom.has(a.id)) continue;
    if (code) {
      const name = resolveAuthorityName(code)?.name ?? a.name;
      add({ ...a, id: authorityIdForCode(code), name, code });
      if (!placed.has(authorityIdForCode(code)))
        placed.set(authorityIdForCode(code), position.get(a.id) ?? 0);
    } else {
      add({ ...a, code: null });
      placed.set(a.id, position.get(a.id) ?? 0);
    }
  }
  out.sort((a, b) => (placed.get(a.id) ?? 0) - (placed.get(b.id) ?? 0));
  return { authorities: out, reports: filed };
}
