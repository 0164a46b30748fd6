// Integrity checks a schema cannot express: ids unique within each collection, and every
// reference pointing at something the file holds. Each problem is one line saying what to do.
import { AUTHORITY_LIST_VERSION, authorityByCode } from '../authorities';
import { InputError } from '../errors';
import type { BundleData, WorkspaceData } from './envelope';
import type { Correction } from '../model/correction';

const DAMAGED =
  'the file may have been edited by hand or damaged; use another backup copy or export it again.';

function ids<T>(collection: string, rows: readonly T[], idOf: (row: T) => string): Set<string> {
  const seen = new Set<string>();
  for (const row of rows) {
    const id = idOf(row);
    if (seen.has(id)) {
      throw new InputError(
        `the file holds two ${collection} with the same id "${id}"; ${DAMAGED}`,
        'file-duplicate-id',
      );
    }
    seen.add(id);
  }
  return seen;
}

function dangling(what: string, id: string, missing: string, target: string): InputError {
  return new InputError(
    `${what} "${id}" refers to ${missing} "${target}" that is not in the file; ${DAMAGED}`,
    'file-dangling-ref',
  );
}

function unknownCode(what: string, id: string, code: string): InputError {
  return new InputError(
    `${what} "${id}" has the authority code "${code}", which is not on this app's list of authorities (list ${AUTHORITY_LIST_VERSION}); if the file came from a newer Scrutiny Desk, update the app, otherwise use another backup copy.`,
    'file-unknown-authority',
  );
}

/** Every authority code a file holds, with the record that holds it: its authorities, its reports,
 * and the reports kept in its tombstones (a deleted report can be restored). */
function checkCodes(rows: readonly (readonly [string, string, string | null])[]): void {
  for (const [what, id, code] of rows)
    if (code !== null && !authorityByCode(code)) throw unknownCode(what, id, code);
}

/** "the grade correction by Cllr Ben Hale on 2026-12-01" */
function correctionWords(c: Correction): string {
  return `the ${c.change.type} correction "${c.id}" by ${c.by || 'a member'} on ${c.at.slice(0, 10)}`;
}

function correctionWithoutReport(c: Correction): InputError {
  return new InputError(
    `${correctionWords(c)} is for report "${c.reportId}", which is not in the file (not even among its deleted reports); ${DAMAGED}`,
    'file-dangling-ref',
  );
}

/** An orphaned or deleted annotation may point at a finding that a re-import removed. */
function mayLackFinding(annotation: { orphaned: boolean; deletedAt: string | null }): boolean {
  return annotation.orphaned || annotation.deletedAt !== null;
}

export function checkWorkspaceReferences(data: WorkspaceData): void {
  const authorities = ids('authorities', data.authorities, (a) => a.id);
  const reports = ids('reports', data.reports, (r) => r.id);
  ids('judgements', data.judgements, (j) => j.id);
  const sections = ids('sections', data.sections, (s) => s.id);
  ids('findings', data.findings, (f) => f.id);
  ids('annotations', data.annotations, (a) => a.id);
  const meetings = ids('meetings', data.meetings, (m) => m.id);
  ids('briefing packs', data.packs, (p) => p.id);
  ids('actions', data.actions, (a) => a.id);
  ids('corrections', data.corrections, (c) => c.id);
  ids('deleted reports', data.deletedReports, (d) => d.id);
  const findingReport = new Map(data.findings.map((f) => [f.id, f.reportId]));

  for (const r of data.reports)
    if (!authorities.has(r.authorityId))
      throw dangling('report', r.id, 'an authority', r.authorityId);
  checkCodes([
    ...data.authorities.map((a) => ['authority', a.id, a.code] as const),
    ...data.reports.map((r) => ['report', r.id, r.authorityCode] as const),
    ...data.deletedReports.flatMap((t) =>
      t.removed
        ? [['deleted report', t.removed.report.id, t.removed.report.authorityCode] as const]
        : [],
    ),
  ]);
  // A correction of a report deleted since is kept (its tombstone holds the report); one whose
  // report the file holds nowhere is damage.
  const deleted = new Set(data.deletedReports.flatMap((t) => [t.reportId, t.sha256]));
  for (const c of data.corrections)
    if (!reports.has(c.reportId) && !deleted.has(c.reportId) && !deleted.has(c.sha256))
      throw correctionWithoutReport(c);
  for (const j of data.judgements)
    if (!reports.has(j.reportId)) throw dangling('judgement', j.id, 'a report', j.reportId);
  for (const s of data.sections)
    if (!reports.has(s.reportId)) throw dangling('section', s.id, 'a report', s.reportId);
  for (const f of data.findings) {
    if (!reports.has(f.reportId)) throw dangling('finding', f.id, 'a report', f.reportId);
    if (!sections.has(f.sectionId)) throw dangling('finding', f.id, 'a section', f.sectionId);
  }
  for (const a of data.annotations) {
    if (!reports.has(a.target.reportId))
      throw dangling('annotation', a.id, 'a report', a.target.reportId);
    const owner = findingReport.get(a.target.findingId);
    if (owner === undefined && !mayLackFinding(a))
      throw dangling('annotation', a.id, 'a finding', a.target.findingId);
    if (owner !== undefined && owner !== a.target.reportId) {
      throw new InputError(
        `annotation "${a.id}" names report "${a.target.reportId}" but its finding "${a.target.findingId}" belongs to report "${owner}"; ${DAMAGED}`,
        'file-dangling-ref',
      );
    }
  }
  for (const p of data.packs) {
    if (p.meetingId !== null && !meetings.has(p.meetingId))
      throw dangling('briefing pack', p.id, 'a meeting', p.meetingId);
    for (const item of p.items) {
      if (item.type === 'report' && !reports.has(item.reportId))
        throw dangling('briefing pack', p.id, 'a report', item.reportId);
      if (item.type === 'finding' && !findingReport.has(item.findingId))
        throw dangling('briefing pack', p.id, 'a finding', item.findingId);
    }
  }
  for (const a of data.actions) {
    if (!reports.has(a.reportId)) throw dangling('action', a.id, 'a report', a.reportId);
    if (!findingReport.has(a.findingId)) throw dangling('action', a.id, 'a finding', a.findingId);
  }
}

export function checkBundleReferences(data: BundleData): void {
  const reports = ids('reports', data.reports, (r) => r.id);
  ids('findings', data.findings, (f) => f.id);
  ids('annotations', data.annotations, (a) => a.id);
  const findings = new Set(data.findings.map((f) => f.id));
  if (data.scope.type === 'report' && !reports.has(data.scope.reportId)) {
    throw new InputError(
      `the bundle is said to share report "${data.scope.reportId}" but does not hold it; ${DAMAGED}`,
      'file-dangling-ref',
    );
  }
  for (const f of data.findings)
    if (!reports.has(f.reportId)) throw dangling('finding', f.id, 'a report', f.reportId);
  for (const a of data.annotations) {
    if (!reports.has(a.target.reportId))
      throw dangling('annotation', a.id, 'a report', a.target.reportId);
    if (!findings.has(a.target.findingId) && !mayLackFinding(a))
      throw dangling('annotation', a.id, 'a finding', a.target.findingId);
  }
  ids('corrections', data.corrections, (c) => c.id);
  ids('deleted reports', data.deletedReports, (t) => t.id);
  const full = data.reportsInFull;
  const shas = new Set(data.reports.map((r) => r.sha256));
  for (const c of data.corrections)
    if (!reports.has(c.reportId) && !shas.has(c.sha256)) throw correctionWithoutReport(c);
  checkCodes([
    ...full.authorities.map((a) => ['authority', a.id, a.code] as const),
    ...full.reports.map((r) => ['report', r.id, r.authorityCode] as const),
    ...data.deletedReports.flatMap((t) =>
      t.removed
        ? [['deleted report', t.removed.report.id, t.removed.report.authorityCode] as const]
        : [],
    ),
  ]);
}
