// Reports received with a colleague's notes: a note on a report this member never imported is
// placed in a copy of that report taken from the file (text, sections, judgements, findings),
// marked as received from the sender. The member's own later import of the same report (same
// file hash or same authority and inspection) merges with it (shared/import/reimport.ts).
import type { Authority, Report } from '../model';
import type { ReportsInFull, WorkspaceData } from '../files/envelope';
import { emptyReportsInFull } from '../files/envelope';

/** The records to add so that the notes on `wanted` reports can be placed: each report whose
 * every record the file holds and whose ids are free here. Authorities are reused by id or name. */
export function reportsToReceive(
  workspace: WorkspaceData,
  full: ReportsInFull,
  wanted: ReadonlySet<string>,
  from: { memberId: string | null; name: string },
): ReportsInFull {
  const received = emptyReportsInFull();
  if (wanted.size === 0) return received;
  const localIds = new Set<string>();
  for (const rows of [
    workspace.reports,
    workspace.judgements,
    workspace.sections,
    workspace.findings,
  ])
    for (const row of rows) localIds.add(row.id);
  const authorityById = new Map(workspace.authorities.map((a) => [a.id, a]));
  const authorityByName = new Map(
    workspace.authorities.map((a) => [a.name.trim().toLowerCase(), a]),
  );
  const incomingAuthority = new Map(full.authorities.map((a) => [a.id, a]));
  const added = new Map<string, Authority>();
  for (const report of full.reports) {
    if (!wanted.has(report.id)) continue;
    const rows = {
      judgements: full.judgements.filter((j) => j.reportId === report.id),
      sections: full.sections.filter((s) => s.reportId === report.id),
      findings: full.findings.filter((f) => f.reportId === report.id),
    };
    // A clash of ids with something already here would mean a damaged or crafted file: leave it.
    if (
      [report, ...rows.judgements, ...rows.sections, ...rows.findings].some((r) =>
        localIds.has(r.id),
      )
    )
      continue;
    const theirs = incomingAuthority.get(report.authorityId);
    const authority =
      authorityById.get(report.authorityId) ??
      (theirs ? authorityByName.get(theirs.name.trim().toLowerCase()) : undefined) ??
      theirs;
    if (!authority) continue;
    if (!authorityById.has(authority.id)) added.set(authority.id, authority);
    const copy: Report = {
      ...report,
      authorityId: authority.id,
      receivedFrom: { memberId: from.memberId, name: from.name },
    };
    received.reports.push(copy);
    received.judgements.push(...rows.judgements);
    received.sections.push(...rows.sections);
    received.findings.push(...rows.findings);
  }
  received.authorities.push(...added.values());
  return received;
}

/** The incoming file's reports in full: a bundle's `reportsInFull`, or a workspace's own records. */
export function fullReportsOf(
  incoming:
    | { kind: 'bundle'; data: { reportsInFull: ReportsInFull } }
    | { kind: 'workspace'; data: WorkspaceData },
): ReportsInFull {
  if (incoming.kind === 'bundle') return incoming.data.reportsInFull;
  const { authorities, reports, judgements, sections, findings } = incoming.data;
  return { authorities, reports, judgements, sections, findings };
}
