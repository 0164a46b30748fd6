// Which authority a report is about, by the reference list: the name its title gives, else a name
// on its front pages, else the council its prose names most. Never a phrase that only ends in
// "Council" ("Children in Care Council").
import {
  authorityIdForCode,
  findAuthorities,
  resolveAuthorityName,
  type AuthorityEntry,
} from '../authorities';
import type { Authority, Report } from '../model';
import { isoDate } from './metadata';
import type { Paragraph } from './normalise';

export interface ReportAuthority {
  entry: AuthorityEntry | null;
  /** Where it was found, for the review screen's note. */
  from: 'title' | 'front' | 'text' | null;
}

/** The date that settles a name two councils used: publication, else the end of the inspection. */
export function dateForAuthority(
  publishedOn: string | null,
  inspectionDates: string | null,
): string | null {
  if (publishedOn) return publishedOn;
  if (!inspectionDates) return null;
  const dates = [...inspectionDates.matchAll(/\d{1,2}(?:st|nd|rd|th)? [A-Za-z]+ \d{4}/g)]
    .map((m) => isoDate(m[0]))
    .filter((d): d is string => d !== null);
  return dates[dates.length - 1] ?? null;
}

/**
 * `named` is the name the title page gives, if any. Where it is not on the list, the front pages
 * and councils named in full in the prose are tried; a name only mentioned in passing in the prose
 * ("Leaders in Merton ...") counts only when the report names nothing itself and mentions that
 * place far more than any other.
 */
export function resolveReportAuthority(
  paragraphs: readonly Pick<Paragraph, 'text'>[],
  named: string | null,
  on: string | null,
): ReportAuthority {
  const fromTitle = named ? resolveAuthorityName(named, on) : null;
  if (fromTitle) return { entry: fromTitle, from: 'title' };
  const front = paragraphs
    .slice(0, 15)
    .map((p) => p.text)
    .join('\n');
  const onFront = findAuthorities(front, { bare: true, on }).sort((a, b) => a.first - b.first)[0];
  if (onFront) return { entry: onFront.entry, from: 'front' };
  const all = paragraphs.map((p) => p.text).join('\n');
  const inFull = findAuthorities(all, { on })[0];
  if (inFull) return { entry: inFull.entry, from: 'text' };
  if (named) return { entry: null, from: null };
  const [top, next] = findAuthorities(all, { bare: true, on });
  if (top && top.count >= 3 && top.count >= 2 * (next?.count ?? 0))
    return { entry: top.entry, from: 'text' };
  return { entry: null, from: null };
}

/** The records filed under another authority: the member's choice, or the CLI's --authority. */
export function assignAuthority<T extends { authority: Authority; report: Report }>(
  records: T,
  entry: AuthorityEntry,
): T {
  const id = authorityIdForCode(entry.code);
  return {
    ...records,
    authority: { id, name: entry.name, code: entry.code },
    report: {
      ...records.report,
      authorityId: id,
      authority: entry.name,
      authorityCode: entry.code,
    },
  };
}
