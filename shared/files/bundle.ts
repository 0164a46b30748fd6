// Building a share bundle: a member's notes for one report, one pack or everything, with the
// findings they target (id and words) and enough about each report to recognise it elsewhere.
import type { Annotation, Finding, Report } from '../model';
import { InputError } from '../errors';
import type { BundleData, BundleFile, BundleReport, BundleScope, WorkspaceData } from './envelope';
import { bundleEnvelope } from './serialize';
import { fileStamp } from '../util/file-stamp';

export interface BundleOptions {
  /** Whose notes travel: the member's own (written or last edited by them), or every note held. */
  notes: 'mine' | 'everyone';
}

/** True when `member` wrote the note or wrote any of its unresolved versions. */
export function isMine(annotation: Annotation, member: string): boolean {
  return annotation.author === member || annotation.modifiedBy === member || annotation.conflicts.some((c) => c.modifiedBy === member);
}

function inScope(workspace: WorkspaceData, scope: BundleScope): { reportIds: Set<string>; test: (a: Annotation) => boolean } {
  switch (scope.type) {
    case 'everything':
      return { reportIds: new Set(), test: () => true };
    case 'report': {
      if (!workspace.reports.some((r) => r.id === scope.reportId)) {
        throw new InputError(`there is no report "${scope.reportId}" in this workspace; choose one of your reports to share notes for.`, 'bundle-unknown-report');
      }
      return { reportIds: new Set([scope.reportId]), test: (a) => a.target.reportId === scope.reportId };
    }
    case 'pack': {
      const pack = workspace.packs.find((p) => p.id === scope.packId);
      if (!pack) throw new InputError(`there is no briefing pack "${scope.packId}" in this workspace; choose one of your packs to share notes for.`, 'bundle-unknown-pack');
      const reports = new Set(pack.items.flatMap((i) => (i.type === 'report' ? [i.reportId] : [])));
      const findings = new Set(pack.items.flatMap((i) => (i.type === 'finding' ? [i.findingId] : [])));
      return { reportIds: new Set(), test: (a) => reports.has(a.target.reportId) || findings.has(a.target.findingId) };
    }
  }
}

function bundleReport(r: Report): BundleReport {
  return { id: r.id, authorityId: r.authorityId, authority: r.authority, title: r.title, framework: r.framework, variant: r.variant, publishedOn: r.publishedOn, sha256: r.source.sha256 };
}

function bundleFinding(f: Finding): BundleData['findings'][number] {
  return { id: f.id, reportId: f.reportId, section: f.section, kind: f.kind, text: f.text };
}

/** The bundle's data: tombstones travel too, so a deletion reaches colleagues. */
export function bundleData(workspace: WorkspaceData, scope: BundleScope, member: string, options: BundleOptions): BundleData {
  const { reportIds, test } = inScope(workspace, scope);
  const annotations = workspace.annotations.filter((a) => test(a) && (options.notes === 'everyone' || isMine(a, member)));
  const findingIds = new Set(annotations.flatMap((a) => [a.target.findingId, ...a.conflicts.map((c) => c.target.findingId)]));
  for (const a of annotations) reportIds.add(a.target.reportId);
  const findings = workspace.findings.filter((f) => findingIds.has(f.id));
  for (const f of findings) reportIds.add(f.reportId);
  const reports = workspace.reports.filter((r) => reportIds.has(r.id)).map(bundleReport);
  return { scope, reports, findings: findings.map(bundleFinding), annotations };
}

export function buildBundle(workspace: WorkspaceData, scope: BundleScope, member: string, now: Date, options: BundleOptions = { notes: 'mine' }): BundleFile {
  return bundleEnvelope(bundleData(workspace, scope, member, options), member, now);
}

/** "amara-okafor-notes-2026-11-27-233015.json": the member's name and their local day and time,
 * safe as a file name; two files sent the same day keep both. */
export function bundleFileName(member: string, now: Date): string {
  const name = member
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^cllr\.?\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${name || 'my'}-notes-${fileStamp(now)}.json`;
}
