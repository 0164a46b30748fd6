// Reorganisations: which authorities an authority took over and which took it over, so a journey
// can run across a reorganisation and say in words where it does.
import { AUTHORITY_LIST } from './list';
import { authorityByCode } from './resolve';
import type { AuthorityEntry } from './types';

export function predecessorsOf(code: string): AuthorityEntry[] {
  return (authorityByCode(code)?.predecessors ?? []).flatMap((c) => authorityByCode(c) ?? []);
}

export function successorsOf(code: string): AuthorityEntry[] {
  return AUTHORITY_LIST.filter((a) => a.predecessors?.includes(code));
}

/** The authority and every authority before it, nearest first: the codes its journey covers. */
export function lineageCodes(code: string): string[] {
  const out: string[] = [];
  const visit = (c: string) => {
    if (out.includes(c)) return;
    out.push(c);
    for (const p of authorityByCode(c)?.predecessors ?? []) visit(p);
  };
  visit(code);
  return out;
}

function year(date: string | undefined): string {
  return date ? date.slice(0, 4) : '';
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/**
 * Where the authority's history changes, in words: "Northamptonshire until 2021, then North
 * Northamptonshire", "North Yorkshire County Council until 2023, then North Yorkshire Council".
 * Empty when nothing changed.
 */
export function describeLineage(code: string): string[] {
  const entry = authorityByCode(code);
  if (!entry) return [];
  const lines: string[] = [];
  const before = predecessorsOf(code);
  if (before.length > 0) {
    lines.push(
      `${joinNames(before.map((p) => p.name))} until ${year(entry.from ?? before[0]?.until)}, then ${entry.name}`,
    );
  }
  for (const former of entry.formerNames ?? [])
    lines.push(`${former.name} until ${year(former.until)}, then ${entry.council}`);
  const after = successorsOf(code);
  if (after.length > 0)
    lines.push(
      `${entry.name} until ${year(entry.until)}, then ${joinNames(after.map((s) => s.name))}`,
    );
  return lines;
}

/** The list for a picker: current authorities first, each group by name. */
export function authoritiesForPicker(): AuthorityEntry[] {
  return [...AUTHORITY_LIST].sort(
    (a, b) =>
      Number(Boolean(a.until)) - Number(Boolean(b.until)) || a.name.localeCompare(b.name, 'en-GB'),
  );
}

/** Whether `earlier` is the same authority as `report`, or one it took over: the reports a
 * journey or a previous grade may draw on. Reports with no code match by their record. */
export function sameJourney(
  report: { authorityId: string; authorityCode: string | null },
  earlier: { authorityId: string; authorityCode: string | null },
): boolean {
  if (report.authorityCode && earlier.authorityCode)
    return lineageCodes(report.authorityCode).includes(earlier.authorityCode);
  return report.authorityId === earlier.authorityId;
}
