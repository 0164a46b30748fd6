// previewMerge and applyMerge: what taking in a colleague's workspace or bundle will do to this
// member's workspace, worked out in full before anything is written, then applied as a whole.
//
// Notes for reports this member has not imported are held back, not stored: the file's checks
// (shared/files/references.ts) require every stored note to point at a report in the workspace,
// and the report's text is not in a bundle. The preview names them in one line, and since the
// merge is idempotent, importing the same bundle again after importing the report places them
// and changes nothing else. So nothing is lost: they stay in the colleague's file.
import type { Annotation } from '../model';
import type { WorkspaceData } from '../files/envelope';
import type { RestoredFile } from '../files/restore';
import { mergeAnnotations, movedId } from './merge-annotations';
import { headsOf } from './revision';
import { placeAnnotation, placementIndex, type IncomingReport } from './placement';

/** A report the member lacks, with the notes that wait for it. */
export interface MissingReport {
  report: IncomingReport;
  annotations: Annotation[];
}

export interface MergePreview {
  /** Who exported the incoming file. */
  from: string;
  added: Annotation[];
  updated: Annotation[];
  /** Notes a colleague deleted (tombstones), new here or replacing a live note. */
  deleted: Annotation[];
  /** Added or updated annotations that now show versions side by side for the member to settle. */
  inConflict: Annotation[];
  unchanged: number;
  /** Incoming notes held back because their report is not in this workspace. */
  cannotPlace: MissingReport[];
  /** Incoming notes placed by their quoted words because the finding ids differ here. */
  reanchored: number;
  /** Incoming notes whose words were not found in the report here: kept, shown as orphaned. */
  orphaned: number;
  /** Notes whose id clashed with a different note (another author or time): both kept, one renumbered. */
  renumbered: Annotation[];
  /** Every row to write: added, updated, deleted and renumbered. */
  changes: Annotation[];
  /** The workspace's annotations after the merge. */
  annotations: Annotation[];
}

/** What the incoming file offers: its annotations and the reports they belong to. */
export function incomingOf(restored: RestoredFile): { from: string; annotations: Annotation[]; reports: IncomingReport[] } {
  const { file } = restored;
  const reports: IncomingReport[] =
    restored.kind === 'bundle'
      ? restored.file.data.reports.map((r) => ({ id: r.id, sha256: r.sha256, title: r.title, authority: r.authority }))
      : restored.file.data.reports.map((r) => ({ id: r.id, sha256: r.source.sha256, title: r.title, authority: r.authority }));
  return { from: file.exportedBy, annotations: file.data.annotations, reports };
}

function sameHeads(a: Annotation, b: Annotation): boolean {
  if (a.conflicts.length === 0 && b.conflicts.length === 0) return a.rev === b.rev;
  return revSet(a) === revSet(b);
}

function revSet(a: Annotation): string {
  return headsOf(a)
    .map((h) => h.rev)
    .sort()
    .join(' ');
}

export function previewMerge(workspace: WorkspaceData, incoming: RestoredFile): MergePreview {
  const offer = incomingOf(incoming);
  const index = placementIndex(workspace.reports, workspace.findings, offer.reports);
  const reportsById = new Map(offer.reports.map((r) => [r.id, r]));
  const missing = new Map<string, MissingReport>();
  const placed: Annotation[] = [];
  let reanchored = 0;
  for (const a of offer.annotations) {
    const placement = placeAnnotation(a, index);
    if (placement.kind === 'no-report') {
      const report = reportsById.get(a.target.reportId) ?? { id: a.target.reportId, sha256: '', title: a.target.reportId, authority: '' };
      const entry = missing.get(report.id) ?? { report, annotations: [] };
      entry.annotations.push(a);
      missing.set(report.id, entry);
      continue;
    }
    if (placement.reanchored) reanchored++;
    placed.push(placement.annotation);
  }

  const local = workspace.annotations;
  const localById = new Map(local.map((a) => [a.id, a]));
  // Which local notes were moved to a new id by a clash: hashed only when a clash happened.
  let byWriter: Map<string, Annotation[]> | undefined;
  const wasLocal = (m: Annotation): boolean => {
    if (!byWriter) {
      byWriter = new Map();
      for (const a of local) {
        const key = `${a.author}\u0000${a.createdAt}`;
        byWriter.set(key, [...(byWriter.get(key) ?? []), a]);
      }
    }
    return (byWriter.get(`${m.author}\u0000${m.createdAt}`) ?? []).some((a) => movedId(a.id, a.author, a.createdAt) === m.id);
  };
  const incomingIds = new Set(placed.map((a) => a.id));
  const merged = mergeAnnotations(local, placed);

  const preview: MergePreview = { from: offer.from, added: [], updated: [], deleted: [], inConflict: [], unchanged: 0, cannotPlace: [...missing.values()], reanchored, orphaned: 0, renumbered: [], changes: [], annotations: [] };
  for (const m of merged) {
    const before = localById.get(m.id);
    const sameNote = before && before.author === m.author && before.createdAt === m.createdAt;
    if (sameNote && sameHeads(before, m)) {
      // Keep the stored row as it is: its placement and orphaned flag are this member's own.
      preview.annotations.push(before);
      if (incomingIds.has(m.id)) preview.unchanged++;
      continue;
    }
    preview.annotations.push(m);
    preview.changes.push(m);
    if (!sameNote && !incomingIds.has(m.id) && wasLocal(m)) {
      preview.renumbered.push(m);
      continue;
    }
    if (!before && !incomingIds.has(m.id)) preview.renumbered.push(m);
    const nowDeleted = m.deletedAt !== null && m.conflicts.length === 0;
    if (nowDeleted && (!sameNote || before.deletedAt === null)) {
      // A deletion is stored even for a note never seen here, so the note cannot come back later.
      preview.deleted.push(m);
      continue;
    }
    (sameNote ? preview.updated : preview.added).push(m);
    if (m.orphaned) preview.orphaned++;
    const knownRevs = new Set(before ? headsOf(before).map((h) => h.rev) : []);
    if (m.conflicts.length > 0 && headsOf(m).some((h) => !knownRevs.has(h.rev))) preview.inConflict.push(m);
  }
  return preview;
}

/** The workspace with the previewed merge applied (everything else untouched). */
export function applyMerge(workspace: WorkspaceData, preview: MergePreview): WorkspaceData {
  return { ...workspace, annotations: preview.annotations };
}
