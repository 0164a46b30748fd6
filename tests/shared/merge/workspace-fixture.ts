// A small real-shaped workspace: one authority, reports with a section and findings.
import { emptyWorkspaceData, type WorkspaceData } from '../../../shared/files/envelope';
import {
  DEFAULT_SETTINGS,
  type Finding,
  type MemberIdentity,
  type PinnedKey,
  type Report,
} from '../../../shared/model';

export const SHA_DEVON = 'a'.repeat(64);
export const SHA_KENT = 'b'.repeat(64);

export const FINDING_TEXTS = [
  'Care leavers do not always have a pathway plan that reflects their needs.',
  'Leaders have strengthened management oversight of child protection work.',
];

export function report(id: string, sha256: string, authority = 'Devon'): Report {
  return {
    id,
    authorityId: `la-${authority.toLowerCase()}`,
    authority,
    authorityCode: authority === 'Kent' ? '886' : authority === 'Devon' ? '878' : null,
    title: `${authority} ILACS inspection`,
    inspectorate: 'Ofsted',
    framework: 'ilacs',
    variant: '2023',
    publishedOn: '2025-05-13',
    inspectionDates: null,
    leadInspector: null,
    source: {
      name: `${authority.toLowerCase()}.pdf`,
      size: 1000,
      sha256,
      mediaType: 'application/pdf',
    },
    text: FINDING_TEXTS.join('\n'),
    pageStarts: [0],
    previousGrades: [],
    warnings: [],
    importedAt: '2026-11-01T10:00:00.000Z',
  };
}

export function findingsFor(
  reportId: string,
  prefix: string,
  texts: readonly string[] = FINDING_TEXTS,
): Finding[] {
  return texts.map((text, order) => ({
    id: `${prefix}-${order}`,
    reportId,
    sectionId: `${reportId}-sec`,
    section: 'Headline findings',
    order,
    kind: 'improvement',
    text,
    themes: [],
    source: { page: 1, paragraph: order + 1, start: 0, end: text.length },
  }));
}

/** A workspace holding the given reports, each with its findings named `<findingPrefix>-<n>`. */
export function workspace(
  reports: readonly { report: Report; findingPrefix: string; texts?: readonly string[] }[],
): WorkspaceData {
  const data = emptyWorkspaceData();
  for (const { report: r, findingPrefix, texts } of reports) {
    if (!data.authorities.some((a) => a.id === r.authorityId))
      data.authorities.push({ id: r.authorityId, name: r.authority, code: r.authorityCode });
    data.reports.push(r);
    data.sections.push({
      id: `${r.id}-sec`,
      reportId: r.id,
      title: 'Headline findings',
      order: 0,
      source: { page: 1, paragraph: 1, start: 0, end: 1 },
    });
    data.findings.push(...findingsFor(r.id, findingPrefix, texts));
  }
  return data;
}

/** The workspace as `name`'s install holds it: their settings, their identity, their pinned keys. */
export function asMember(
  ws: WorkspaceData,
  name: string,
  identity: MemberIdentity,
  colleagues: PinnedKey[] = [],
): WorkspaceData {
  return { ...ws, settings: { ...DEFAULT_SETTINGS, memberName: name, identity, colleagues } };
}
