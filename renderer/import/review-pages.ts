// Long reports (a SIF report has about 300 findings) are reviewed a page at a time, grouped under
// their sections, with a way to jump to any section.
import type { Finding } from '../../shared/model';

export const FINDINGS_PER_PAGE = 40;

export interface SectionGroup {
  section: string;
  /** Index of each finding in the whole list (numbers are shown 1-based). */
  items: { finding: Finding; index: number }[];
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / FINDINGS_PER_PAGE));
}

/** The findings of one page, grouped by section in reading order. */
export function groupsOfPage(findings: readonly Finding[], page: number): SectionGroup[] {
  const groups: SectionGroup[] = [];
  const from = page * FINDINGS_PER_PAGE;
  findings.slice(from, from + FINDINGS_PER_PAGE).forEach((finding, i) => {
    const last = groups[groups.length - 1];
    if (last && last.section === finding.section) last.items.push({ finding, index: from + i });
    else groups.push({ section: finding.section, items: [{ finding, index: from + i }] });
  });
  return groups;
}

/** Each section once, with the page its first finding is on. */
export function sectionStarts(
  findings: readonly Finding[],
): { section: string; page: number; count: number }[] {
  const starts: { section: string; page: number; count: number }[] = [];
  findings.forEach((f, i) => {
    const last = starts[starts.length - 1];
    if (last && last.section === f.section) last.count += 1;
    else starts.push({ section: f.section, page: Math.floor(i / FINDINGS_PER_PAGE), count: 1 });
  });
  return starts;
}
