// previewMerge and applyMerge: what taking in a colleague's workspace or bundle will do to this
// member's workspace, worked out in full before anything is written, then applied as a whole.
//
// Who sent it comes first: the file's signer is checked against this member's keys (a known
// member or name under another key is refused before anything else: shared/identity/trust.ts),
// and only a note's writer may replace or delete it (./guard.ts).
//
// Notes for reports this member has not imported are placed in a copy of the report that the
// file carries (file version 3: ./received.ts), marked as received from the sender. Only where
// the file does not carry it (an older bundle) are they held back, not stored: the file's checks
// (shared/files/references.ts) require every stored note to point at a report in the workspace.
// The preview names them in one line, and since the merge is idempotent, importing the same
// bundle again after importing the report places them and changes nothing else.
import type { Annotation, Correction, DeletedReport, MemberKey } from '../model';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { ReportsInFull, WorkspaceData } from '../files/envelope';
import type { RestoredFile } from '../files/restore';
import {
  checkMembers,
  checkSigner,
  keyringOf,
  keysOf,
  pinKeys,
  workspaceSigner,
  type SignerCheck,
} from '../identity/trust';
import { mergeAnnotations, movedId } from './merge-annotations';
import { headsOf } from './revision';
import { placeAnnotation, placementIndex, type IncomingReport } from './placement';
import { guardIncoming } from './guard';
import { fullReportsOf, reportsToReceive } from './received';
import {
  mergeRecords,
  type CorrectionConflict,
  type KeptDeleted,
  type RecordsMerge,
} from '../corrections/merge';
import {
  applyRecordChanges,
  isEmpty,
  noRecordChanges,
  recordChanges,
  type RecordChanges,
} from '../corrections/changes';

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
  /** Who signed the file, as checked against this member's keys. */
  signer: SignerCheck;
  /** Colleagues' keys seen for the first time (the sender's, and relayed writers'): pinned when
   * the member takes the notes in. */
  pin: MemberKey[];
  /** Incoming notes that claimed to replace or delete a note from before identities without a
   * signature under its writer's name: their words are kept beside it as a conflict. */
  held: Annotation[];
  /** Incoming versions that claimed to replace or delete a note without its writer's signature:
   * not taken in; the note stays as it is. */
  refused: number;
  /** Reports this member never imported, received in full with the notes on them. */
  received: ReportsInFull;
  /** Corrections and deletions of reports the file brings. */
  records: RecordsPreview;
}

/** Will taking the file in change anything? */
export function mergeChangesAnything(preview: MergePreview): boolean {
  return (
    preview.changes.length > 0 ||
    preview.received.reports.length > 0 ||
    preview.pin.length > 0 ||
    !isEmpty(preview.records.changes) ||
    preview.records.received.length > 0
  );
}

/** What the file's corrections and deletions of reports do here (shared/corrections/merge.ts). */
export interface RecordsPreview {
  /** Every row the corrections and deletions change (notes moved into tombstones included). */
  changes: RecordChanges;
  /** Incoming corrections taken in for reports held here, live or deleted. */
  applied: Correction[];
  notApplied: RecordsMerge['notApplied'];
  conflicts: CorrectionConflict[];
  deletedHere: RecordsMerge['deletedHere'];
  restoredHere: DeletedReport[];
  keptDeleted: KeptDeleted[];
  /** Corrections of the reports received in full with the notes. */
  received: Correction[];
  /** Corrections for reports this member does not hold, not taken in. */
  unplaced: { report: IncomingReport; corrections: number }[];
  /** This member's name, so the preview can say "you". */
  me: string;
}

/** A preview of a file that brings no corrections and no deletions of reports. */
export function noRecordsPreview(): RecordsPreview {
  return {
    changes: noRecordChanges(),
    applied: [],
    notApplied: [],
    conflicts: [],
    deletedHere: [],
    restoredHere: [],
    keptDeleted: [],
    received: [],
    unplaced: [],
    me: '',
  };
}

/** What the incoming file offers: its annotations and the reports they belong to. */
export function incomingOf(restored: RestoredFile): {
  from: string;
  annotations: Annotation[];
  reports: IncomingReport[];
  corrections: Correction[];
  deletedReports: DeletedReport[];
} {
  const { file } = restored;
  const reports: IncomingReport[] =
    restored.kind === 'bundle'
      ? restored.file.data.reports.map((r) => ({
          id: r.id,
          sha256: r.sha256,
          title: r.title,
          authority: r.authority,
        }))
      : restored.file.data.reports.map((r) => ({
          id: r.id,
          sha256: r.source.sha256,
          title: r.title,
          authority: r.authority,
        }));
  return {
    from: file.exportedBy,
    annotations: file.data.annotations,
    reports,
    corrections: file.data.corrections,
    deletedReports: file.data.deletedReports,
  };
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

/** The signer of the incoming file: a bundle's checked signature, or a workspace's own identity. */
function signerOf(incoming: RestoredFile) {
  return incoming.kind === 'bundle'
    ? incoming.signer
    : workspaceSigner(incoming.file.data.settings, incoming.file.exportedBy);
}

/** The keys the file lists: a bundle's `members`, or a workspace's pinned colleagues. */
function membersOf(incoming: RestoredFile): MemberKey[] {
  if (incoming.kind === 'bundle') return incoming.file.data.members;
  return (incoming.file.data.settings?.colleagues ?? []).map((c) => ({
    memberId: c.memberId,
    name: c.name,
    publicKey: c.publicKey,
  }));
}

export function previewMerge(workspace: WorkspaceData, incoming: RestoredFile): MergePreview {
  const keyring = keyringOf(workspace.settings);
  const signer = checkSigner(keyring, signerOf(incoming));
  const fresh = checkMembers(keyring, membersOf(incoming));
  if (signer.kind === 'new') {
    const listed = fresh.find((k) => k.memberId === signer.key.memberId);
    if (listed && listed.publicKey !== signer.key.publicKey)
      checkMembers(keyring, [listed, signer.key]);
    if (!listed) fresh.unshift(signer.key);
  }
  const keys = keysOf(keyring, fresh);
  const trust = { signer, keyFor: (id: string) => keys.get(id) };
  const offer = incomingOf(incoming);
  const full =
    incoming.kind === 'bundle'
      ? fullReportsOf({ kind: 'bundle', data: incoming.file.data })
      : fullReportsOf({ kind: 'workspace', data: incoming.file.data });
  const sender = {
    memberId: signer.kind === 'unsigned' ? null : signer.key.memberId,
    name: offer.from,
  };
  // Corrections and deletions of reports first: notes then land on the reports as corrected.
  const records = mergeRecords(
    workspace,
    {
      from: sender,
      corrections: offer.corrections,
      deletedReports: offer.deletedReports,
      annotations: offer.annotations,
      reports: offer.reports,
      full,
    },
    (mine, a) => guardIncoming(mine, a, trust).annotation,
  );
  const base = records.workspace;
  const known = placementIndex(base.reports, base.findings, offer.reports);
  const wanted = new Set(
    records.annotations.map((a) => a.target.reportId).filter((id) => !known.reportFor(id)),
  );
  const received = reportsToReceive(base, full, wanted, sender);
  const index = received.reports.length
    ? placementIndex(
        [...base.reports, ...received.reports],
        [...base.findings, ...received.findings],
        offer.reports,
      )
    : known;
  const reportsById = new Map(offer.reports.map((r) => [r.id, r]));
  const missing = new Map<string, MissingReport>();
  const placed: Annotation[] = [];
  let reanchored = 0;
  for (const a of records.annotations) {
    const placement = placeAnnotation(a, index);
    if (placement.kind === 'no-report') {
      const report = reportsById.get(a.target.reportId) ?? {
        id: a.target.reportId,
        sha256: '',
        title: a.target.reportId,
        authority: '',
      };
      const entry = missing.get(report.id) ?? { report, annotations: [] };
      entry.annotations.push(a);
      missing.set(report.id, entry);
      continue;
    }
    if (placement.reanchored) reanchored++;
    placed.push(placement.annotation);
  }

  const local = base.annotations;
  const localById = new Map(local.map((a) => [a.id, a]));
  const held: Annotation[] = [];
  let refused = 0;
  const guardedCopies: Annotation[] = [];
  for (const a of placed) {
    const guarded = guardIncoming(localById.get(a.id), a, trust);
    refused += guarded.refused;
    if (!guarded.annotation) continue;
    if (guarded.held) held.push(guarded.annotation);
    guardedCopies.push(guarded.annotation);
  }
  placed.splice(0, placed.length, ...guardedCopies);
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
    return (byWriter.get(`${m.author}\u0000${m.createdAt}`) ?? []).some(
      (a) => movedId(a.id, a.author, a.createdAt, a.authorId ?? null) === m.id,
    );
  };
  const incomingIds = new Set(placed.map((a) => a.id));
  const merged = mergeAnnotations(local, placed);

  const receivedIds = new Set(received.reports.map((r) => r.id));
  const unplaced = new Map<string, { report: IncomingReport; corrections: number }>();
  for (const c of records.pending) {
    if (receivedIds.has(c.reportId)) continue;
    const report = reportsById.get(c.reportId) ?? {
      id: c.reportId,
      sha256: c.sha256,
      title: c.reportId,
      authority: '',
    };
    const entry = unplaced.get(report.id) ?? { report, corrections: 0 };
    entry.corrections++;
    unplaced.set(report.id, entry);
  }
  const recordsPreview: RecordsPreview = {
    changes: recordChanges(workspace, base),
    applied: records.applied,
    notApplied: records.notApplied,
    conflicts: records.conflicts,
    deletedHere: records.deletedHere,
    restoredHere: records.restoredHere,
    keptDeleted: records.keptDeleted,
    received: records.pending.filter((c) => receivedIds.has(c.reportId)),
    unplaced: [...unplaced.values()],
    me: workspace.settings?.memberName ?? '',
  };
  refused += records.refused;
  const preview: MergePreview = {
    from: offer.from,
    added: [],
    updated: [],
    deleted: [],
    inConflict: [],
    unchanged: 0,
    cannotPlace: [...missing.values()],
    reanchored,
    orphaned: 0,
    renumbered: [],
    changes: [],
    annotations: [],
    signer,
    pin: fresh,
    held,
    refused,
    received,
    records: recordsPreview,
  };
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
    if (m.conflicts.length > 0 && headsOf(m).some((h) => !knownRevs.has(h.rev)))
      preview.inConflict.push(m);
  }
  return preview;
}

/** The workspace with the previewed merge applied: the corrections and deletions of reports, the
 * notes, the reports received with them (and their corrections), and the sender's key pinned if
 * it was new (everything else untouched). */
export function applyMerge(
  mine: WorkspaceData,
  preview: MergePreview,
  now: Date = new Date(),
): WorkspaceData {
  const workspace = applyRecordChanges(mine, preview.records.changes);
  const r = preview.received;
  const corrections = preview.records.received;
  const base = workspace.settings ?? DEFAULT_SETTINGS;
  const settings = preview.pin.length
    ? { ...base, colleagues: pinKeys(base.colleagues, preview.pin, base.identity, now) }
    : workspace.settings;
  return {
    ...workspace,
    authorities: r.authorities.length
      ? [...workspace.authorities, ...r.authorities]
      : workspace.authorities,
    reports: r.reports.length ? [...workspace.reports, ...r.reports] : workspace.reports,
    judgements: r.judgements.length
      ? [...workspace.judgements, ...r.judgements]
      : workspace.judgements,
    sections: r.sections.length ? [...workspace.sections, ...r.sections] : workspace.sections,
    findings: r.findings.length ? [...workspace.findings, ...r.findings] : workspace.findings,
    annotations: preview.annotations,
    corrections: corrections.length
      ? [...workspace.corrections, ...corrections]
      : workspace.corrections,
    settings,
  };
}
