// Building a share bundle: a member's notes for one report, one pack or everything, with the
// findings they target (id and words) and enough about each report to recognise it elsewhere.
import type { Annotation, Finding, Report } from '../model';
import { InputError } from '../errors';
import type {
  BundleData,
  BundleFile,
  BundleReport,
  BundleScope,
  ReportsInFull,
  WorkspaceData,
} from './envelope';
import { bundleEnvelope } from './serialize';
import { fileStamp } from '../util/file-stamp';
import type { MemberKey } from '../model/member';
import { signBundle } from '../identity/bundle-signature';

export interface BundleOptions {
  /** Whose notes travel: the member's own (written or last edited by them), or every note held. */
  notes: 'mine' | 'everyone';
}

/** True when this member wrote the note: by member id once they have one; before that (or for a
 * note from before identities) by name, on the note or any of its unresolved versions. */
export function isMine(
  annotation: Annotation,
  member: string,
  memberId: string | null = null,
): boolean {
  if (memberId !== null && (annotation.authorId ?? null) !== null)
    return annotation.authorId === memberId;
  return (
    annotation.author === member ||
    annotation.modifiedBy === member ||
    annotation.conflicts.some((c) => c.modifiedBy === member)
  );
}

interface Scope {
  reportIds: Set<string>;
  /** Which notes are in scope. */
  test: (a: Annotation) => boolean;
  /** Which reports' corrections are in scope. */
  corrects: (reportId: string) => boolean;
}

function inScope(workspace: WorkspaceData, scope: BundleScope): Scope {
  switch (scope.type) {
    case 'everything':
      return { reportIds: new Set(), test: () => true, corrects: () => true };
    case 'report': {
      if (!workspace.reports.some((r) => r.id === scope.reportId)) {
        throw new InputError(
          `there is no report "${scope.reportId}" in this workspace; choose one of your reports to share notes for.`,
          'bundle-unknown-report',
        );
      }
      return {
        reportIds: new Set([scope.reportId]),
        test: (a) => a.target.reportId === scope.reportId,
        corrects: (id) => id === scope.reportId,
      };
    }
    case 'pack': {
      const pack = workspace.packs.find((p) => p.id === scope.packId);
      if (!pack)
        throw new InputError(
          `there is no briefing pack "${scope.packId}" in this workspace; choose one of your packs to share notes for.`,
          'bundle-unknown-pack',
        );
      const reports = new Set(pack.items.flatMap((i) => (i.type === 'report' ? [i.reportId] : [])));
      const findings = new Set(
        pack.items.flatMap((i) => (i.type === 'finding' ? [i.findingId] : [])),
      );
      for (const f of workspace.findings) if (findings.has(f.id)) reports.add(f.reportId);
      return {
        reportIds: new Set(),
        test: (a) => reports.has(a.target.reportId) || findings.has(a.target.findingId),
        corrects: (id) => reports.has(id),
      };
    }
  }
}

function bundleReport(r: Report): BundleReport {
  return {
    id: r.id,
    authorityId: r.authorityId,
    authority: r.authority,
    title: r.title,
    framework: r.framework,
    variant: r.variant,
    publishedOn: r.publishedOn,
    sha256: r.source.sha256,
  };
}

function bundleFinding(f: Finding): BundleData['findings'][number] {
  return { id: f.id, reportId: f.reportId, section: f.section, kind: f.kind, text: f.text };
}

/** The bundle's data: tombstones of notes travel too, so a deletion reaches colleagues; so do the
 * corrections of the reports in scope (with those reports) and, when sharing everything, the
 * member's deletions of reports (without what they removed). */
export function bundleData(
  workspace: WorkspaceData,
  scope: BundleScope,
  member: string,
  options: BundleOptions,
): BundleData {
  const { reportIds, test, corrects } = inScope(workspace, scope);
  const memberId = workspace.settings?.identity?.memberId ?? null;
  const annotations = workspace.annotations.filter(
    (a) => test(a) && (options.notes === 'everyone' || isMine(a, member, memberId)),
  );
  const findingIds = new Set(
    annotations.flatMap((a) => [a.target.findingId, ...a.conflicts.map((c) => c.target.findingId)]),
  );
  for (const a of annotations) reportIds.add(a.target.reportId);
  const findings = workspace.findings.filter((f) => findingIds.has(f.id));
  for (const f of findings) reportIds.add(f.reportId);
  const live = new Set(workspace.reports.map((r) => r.id));
  const corrections = workspace.corrections.filter(
    (c) => live.has(c.reportId) && corrects(c.reportId),
  );
  for (const c of corrections) reportIds.add(c.reportId);
  const deletedReports =
    scope.type === 'everything'
      ? workspace.deletedReports.map((t) => (t.removed === null ? t : { ...t, removed: null }))
      : [];
  const full = workspace.reports.filter((r) => reportIds.has(r.id));
  return {
    scope,
    reports: full.map(bundleReport),
    findings: findings.map(bundleFinding),
    annotations,
    reportsInFull: reportsInFull(workspace, full),
    members: membersFor(workspace, member, annotations),
    corrections,
    deletedReports,
  };
}

/** The sender's key and the pinned keys of the notes' other writers, so a colleague can check
 * the writers' signatures on notes this member relays. */
function membersFor(
  workspace: WorkspaceData,
  member: string,
  annotations: readonly Annotation[],
): MemberKey[] {
  const settings = workspace.settings;
  if (!settings) return [];
  const writers = new Set(
    annotations
      .map((a) => a.authorId)
      .filter((id): id is string => id !== null && id !== undefined),
  );
  const members: MemberKey[] = settings.identity
    ? [
        {
          memberId: settings.identity.memberId,
          name: member,
          publicKey: settings.identity.publicKey,
        },
      ]
    : [];
  for (const c of settings.colleagues)
    if (writers.has(c.memberId))
      members.push({ memberId: c.memberId, name: c.name, publicKey: c.publicKey });
  return members;
}

/** Every record of the bundle's reports (text, sections, judgements, all findings), so a
 * colleague who never imported a report still receives it and every note on it is placed. */
function reportsInFull(workspace: WorkspaceData, reports: readonly Report[]): ReportsInFull {
  const ids = new Set(reports.map((r) => r.id));
  const authorityIds = new Set(reports.map((r) => r.authorityId));
  return {
    authorities: workspace.authorities.filter((a) => authorityIds.has(a.id)),
    // Where the sender got it is the sender's business: the receiver marks it as received from them.
    reports: reports.map(({ receivedFrom: _from, ...r }) => r),
    judgements: workspace.judgements.filter((j) => ids.has(j.reportId)),
    sections: workspace.sections.filter((s) => ids.has(s.reportId)),
    findings: workspace.findings.filter((f) => ids.has(f.reportId)),
  };
}

/** The bundle, signed with this member's key when the workspace holds their identity. */
export function buildBundle(
  workspace: WorkspaceData,
  scope: BundleScope,
  member: string,
  now: Date,
  options: BundleOptions = { notes: 'mine' },
): BundleFile {
  const file = bundleEnvelope(bundleData(workspace, scope, member, options), member, now);
  const identity = workspace.settings?.identity;
  return identity ? signBundle(file, identity) : file;
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
