// Corrections and deletions travel in merges. A colleague's corrections to a report held here are
// applied (with who and when; a corrected grade keeps the importer's reading). Two members'
// corrections of one thing that do not replace each other are a conflict: both are kept, the
// report shows the newer, and the member chooses (./make.ts, correctionHeads). A colleague's
// deletion moves the report here, with every note on it, into a tombstone under Deleted reports,
// where it can be restored; a file that brings a report deleted here never adds it back silently:
// its notes and corrections are kept with the tombstone, and the preview says so in one line.
import type { Annotation, Correction, DeletedReport, Report, RemovedReport } from '../model';
import type { ReportsInFull, WorkspaceData } from '../files/envelope';
import type { IncomingReport } from '../merge/placement';
import { placeAnnotation, placementIndex } from '../merge/placement';
import { mergeAnnotations } from '../merge/merge-annotations';
import { reportsToReceive } from '../merge/received';
import { applyCorrection } from './apply';
import { deleteReport, restoreReport } from './delete';
import { correctionHeads, correctionTarget, inConflict } from './make';
import { sliceOf, withSlice, type ReportSlice } from './slice';

/** What the incoming file says about reports: its corrections and tombstones, with the notes
 * and reports it brings (so those on a report deleted here can be kept with its tombstone). */
export interface IncomingRecords {
  from: { memberId: string | null; name: string };
  corrections: readonly Correction[];
  deletedReports: readonly DeletedReport[];
  annotations: readonly Annotation[];
  reports: readonly IncomingReport[];
  full: ReportsInFull;
}

/** Takes in an incoming copy of a note this member may hold (only a writer may change a note):
 * the copy to merge, or null when it is refused. */
export type GuardNote = (local: Annotation | undefined, incoming: Annotation) => Annotation | null;

export interface CorrectionConflict {
  report: Pick<Report, 'id' | 'title' | 'authority'>;
  /** The heads, newest (the one the report shows) first. */
  heads: Correction[];
}

/** A report deleted here that the file brings: kept under Deleted reports with what came with it. */
export interface KeptDeleted {
  tombstone: DeletedReport;
  notes: number;
  corrections: number;
}

export interface RecordsMerge {
  /** The workspace with the file's corrections and deletions applied (notes not yet merged). */
  workspace: WorkspaceData;
  /** The incoming notes still to place: those on reports deleted here are taken out. */
  annotations: Annotation[];
  /** Incoming corrections taken in for reports held here (live or deleted). */
  applied: Correction[];
  /** Taken in but not fitting this member's copy of the report, with the reason. */
  notApplied: {
    correction: Correction;
    report: Pick<Report, 'id' | 'title' | 'authority'>;
    reason: string;
  }[];
  conflicts: CorrectionConflict[];
  /** Corrections for reports not held here: taken in only with a report received in full. */
  pending: Correction[];
  /** Reports held here that a colleague deleted: moved, with every note, to Deleted reports. */
  deletedHere: { tombstone: DeletedReport; notes: number }[];
  /** Reports deleted here that a colleague restored: back in the library. */
  restoredHere: DeletedReport[];
  keptDeleted: KeptDeleted[];
  /** Incoming versions of notes on deleted reports that only their writers may change: not taken in. */
  refused: number;
}

const liveReport = (ws: WorkspaceData, id: string, sha: string | undefined) =>
  ws.reports.find((r) => r.id === id) ??
  (sha ? ws.reports.find((r) => r.source.sha256 === sha) : undefined);

/** The tombstone of a report deleted here (not restored), preferring one that holds the report. */
function deletedHere(
  ws: WorkspaceData,
  id: string,
  sha: string | undefined,
): DeletedReport | undefined {
  const matches = ws.deletedReports.filter(
    (t) => t.restoredAt === null && (t.reportId === id || (sha !== undefined && t.sha256 === sha)),
  );
  return matches.find((t) => t.removed !== null) ?? matches[0];
}

function replaceTombstone(ws: WorkspaceData, tombstone: DeletedReport): WorkspaceData {
  const exists = ws.deletedReports.some((t) => t.id === tombstone.id);
  return {
    ...ws,
    deletedReports: exists
      ? ws.deletedReports.map((t) => (t.id === tombstone.id ? tombstone : t))
      : [...ws.deletedReports, tombstone],
  };
}

/** A tombstone as stored when the report is not held here: the deletion is known, nothing held. */
const withoutContent = (t: DeletedReport): DeletedReport =>
  t.removed === null ? t : { ...t, removed: null };

const sliceOfRemoved = (removed: RemovedReport): ReportSlice => ({ ...removed, packs: [] });

/** Notes merged into a tombstone's content: placed in its copy of the report, each guarded. */
function intoRemoved(
  removed: RemovedReport,
  notes: readonly Annotation[],
  reports: readonly IncomingReport[],
  guard: GuardNote,
  counts: { refused: number },
): RemovedReport {
  if (notes.length === 0) return removed;
  const index = placementIndex([removed.report], removed.findings, [
    ...reports,
    {
      id: removed.report.id,
      sha256: removed.report.source.sha256,
      title: removed.report.title,
      authority: removed.report.authority,
    },
  ]);
  const local = new Map(removed.annotations.map((a) => [a.id, a]));
  const placed: Annotation[] = [];
  for (const a of notes) {
    const placement = placeAnnotation(
      {
        ...a,
        target: { ...a.target, reportId: removed.report.id },
        conflicts: a.conflicts.map((c) => ({
          ...c,
          target: { ...c.target, reportId: removed.report.id },
        })),
      },
      index,
    );
    const guarded = guard(local.get(a.id), placement.annotation);
    if (guarded) placed.push(guarded);
    else counts.refused++;
  }
  return { ...removed, annotations: mergeAnnotations(removed.annotations, placed) };
}

/** Every incoming correction, retargeted to the report as held here. */
const retarget = (c: Correction, report: Pick<Report, 'id' | 'source'>): Correction =>
  c.reportId === report.id && c.sha256 === report.source.sha256
    ? c
    : { ...c, reportId: report.id, sha256: report.source.sha256 };

/** Apply one incoming correction to a slice, given every correction of the report (it included):
 * a correction of one thing applies only when it is the newest head (the one the report shows). */
function applyIncoming(slice: ReportSlice, all: readonly Correction[], c: Correction) {
  const target = correctionTarget(c);
  if (target === null) return applyCorrection(slice, c);
  const [winner] = correctionHeads(all.filter((x) => correctionTarget(x) === target));
  if (!winner || winner.id !== c.id) return { ok: true as const, slice };
  return applyCorrection(slice, c);
}

export function mergeRecords(
  workspace: WorkspaceData,
  incoming: IncomingRecords,
  guard: GuardNote,
): RecordsMerge {
  let ws = workspace;
  const result: Omit<RecordsMerge, 'workspace' | 'annotations'> = {
    applied: [],
    notApplied: [],
    conflicts: [],
    pending: [],
    deletedHere: [],
    restoredHere: [],
    keptDeleted: [],
    refused: 0,
  };
  const counts = { refused: 0 };
  const shaOf = new Map(incoming.reports.map((r) => [r.id, r.sha256]));

  // 1. Deletions and restores.
  for (const t of [...incoming.deletedReports].sort(
    (a, b) => a.deletedAt.localeCompare(b.deletedAt) || a.id.localeCompare(b.id),
  )) {
    const mine = ws.deletedReports.find((x) => x.id === t.id);
    if (mine) {
      if (t.restoredAt !== null && mine.restoredAt === null)
        ws = restoredThere(ws, mine, t, result);
      else if (mine.restoredAt === null && mine.removed && t.removed)
        ws = replaceTombstone(ws, {
          ...mine,
          removed: intoRemoved(
            mine.removed,
            t.removed.annotations,
            incoming.reports,
            guard,
            counts,
          ),
        });
      continue;
    }
    const live = t.restoredAt === null ? liveReport(ws, t.reportId, t.sha256) : undefined;
    if (live) {
      ws = deletedThere(ws, live, t, incoming.reports, guard, counts, result);
      continue;
    }
    const held = t.restoredAt === null ? deletedHere(ws, t.reportId, t.sha256) : undefined;
    if (held?.removed && t.removed)
      ws = replaceTombstone(ws, {
        ...held,
        removed: intoRemoved(held.removed, t.removed.annotations, incoming.reports, guard, counts),
      });
    ws = replaceTombstone(ws, withoutContent(t));
  }

  // 2. Corrections, oldest first, each to the report as held here (live or in its tombstone).
  const known = new Set([
    ...ws.corrections.map((c) => c.id),
    ...ws.deletedReports.flatMap((t) => t.removed?.corrections.map((c) => c.id) ?? []),
  ]);
  const touched = new Map<string, Set<string>>();
  const correctedTombstones = new Set<string>();
  for (const c of [...incoming.corrections].sort(
    (a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id),
  )) {
    if (known.has(c.id)) continue;
    known.add(c.id);
    const live = liveReport(ws, c.reportId, c.sha256);
    const tombstone = live ? undefined : deletedHere(ws, c.reportId, c.sha256);
    const removed = tombstone?.removed;
    const report = live ?? removed?.report;
    if (!report) {
      result.pending.push(c);
      continue;
    }
    const mineNow = retarget(c, report);
    const before = live
      ? (sliceOf(ws, report.id) as ReportSlice)
      : sliceOfRemoved(removed as RemovedReport);
    const all = [
      ...(live
        ? ws.corrections.filter((x) => x.reportId === report.id)
        : (removed as RemovedReport).corrections),
      mineNow,
    ];
    const outcome = applyIncoming(before, all, mineNow);
    const after = outcome.ok ? outcome.slice : before;
    if (!outcome.ok)
      result.notApplied.push({ correction: mineNow, report, reason: outcome.reason });
    result.applied.push(mineNow);
    const target = correctionTarget(mineNow);
    if (target !== null) touched.set(report.id, (touched.get(report.id) ?? new Set()).add(target));
    if (live)
      ws = { ...withSlice(ws, report.id, after), corrections: [...ws.corrections, mineNow] };
    else if (tombstone && removed) {
      correctedTombstones.add(tombstone.id);
      const { packs: _none, ...rows } = after;
      ws = replaceTombstone(ws, {
        ...tombstone,
        removed: { ...removed, ...rows, corrections: all },
      });
    }
  }
  for (const [reportId, targets] of touched) {
    const live = ws.reports.find((r) => r.id === reportId);
    const removed = live
      ? undefined
      : ws.deletedReports.find((t) => t.restoredAt === null && t.removed?.report.id === reportId)
          ?.removed;
    const report = live ?? removed?.report;
    if (!report) continue;
    const all = live
      ? ws.corrections.filter((c) => c.reportId === reportId)
      : (removed?.corrections ?? []);
    for (const target of targets) {
      const heads = correctionHeads(all.filter((c) => correctionTarget(c) === target));
      if (inConflict(heads)) result.conflicts.push({ report, heads });
    }
  }

  // 3. Notes (and reports) the file brings for reports deleted here: kept with the tombstone.
  const remaining: Annotation[] = [];
  const diverted = new Map<string, Annotation[]>();
  for (const a of incoming.annotations) {
    const id = a.target.reportId;
    const sha = shaOf.get(id);
    const tombstone = liveReport(ws, id, sha) ? undefined : deletedHere(ws, id, sha);
    if (!tombstone) remaining.push(a);
    else diverted.set(tombstone.id, [...(diverted.get(tombstone.id) ?? []), a]);
  }
  const broughtTombstones = new Set<string>(correctedTombstones);
  for (const r of incoming.reports) {
    const t = liveReport(ws, r.id, r.sha256) ? undefined : deletedHere(ws, r.id, r.sha256);
    if (t) broughtTombstones.add(t.id);
  }
  for (const id of new Set([...diverted.keys(), ...broughtTombstones])) {
    let tombstone = ws.deletedReports.find((t) => t.id === id) as DeletedReport;
    const notes = diverted.get(id) ?? [];
    if (!tombstone.removed && notes.length > 0) {
      // Deleted by a colleague before this member ever held it: received into the tombstone.
      const first = notes[0] as Annotation;
      const got = reportsToReceive(
        ws,
        incoming.full,
        new Set([first.target.reportId]),
        incoming.from,
      );
      const report = got.reports[0];
      if (!report) {
        remaining.push(...notes);
        continue;
      }
      ws = { ...ws, authorities: [...ws.authorities, ...got.authorities] };
      const corrections = result.pending.filter(
        (c) => c.reportId === report.id || c.sha256 === report.source.sha256,
      );
      result.pending = result.pending.filter((c) => !corrections.includes(c));
      result.applied.push(...corrections);
      tombstone = {
        ...tombstone,
        removed: {
          report,
          judgements: got.judgements,
          sections: got.sections,
          findings: got.findings,
          annotations: [],
          actions: [],
          packItems: [],
          corrections,
        },
      };
    }
    if (tombstone.removed)
      tombstone = {
        ...tombstone,
        removed: intoRemoved(tombstone.removed, notes, incoming.reports, guard, counts),
      };
    ws = replaceTombstone(ws, tombstone);
    const corrections = incoming.corrections.filter(
      (c) => c.reportId === tombstone.reportId || c.sha256 === tombstone.sha256,
    ).length;
    result.keptDeleted.push({
      tombstone,
      notes: notes.filter((a) => a.deletedAt === null).length,
      corrections,
    });
  }
  result.refused = counts.refused;
  return { ...result, workspace: ws, annotations: remaining };
}

/** A colleague deleted a report held here: it goes, with everything on it, into a tombstone of
 * the same id (so the two deletions are one), holding this member's copy and the colleague's notes. */
function deletedThere(
  ws: WorkspaceData,
  live: Report,
  t: DeletedReport,
  reports: readonly IncomingReport[],
  guard: GuardNote,
  counts: { refused: number },
  result: Omit<RecordsMerge, 'workspace' | 'annotations'>,
): WorkspaceData {
  const slice = sliceOf(ws, live.id) as ReportSlice;
  const corrections = ws.corrections.filter((c) => c.reportId === live.id);
  const deletion = deleteReport(slice, corrections, t.deletedBy, t.deletedAt, t.id);
  let removed = deletion.tombstone.removed as RemovedReport;
  if (t.removed) {
    const known = new Set(removed.corrections.map((c) => c.id));
    removed = intoRemoved(removed, t.removed.annotations, reports, guard, counts);
    removed = {
      ...removed,
      corrections: [
        ...removed.corrections,
        ...t.removed.corrections.filter((c) => !known.has(c.id)).map((c) => retarget(c, live)),
      ],
    };
  }
  const tombstone = { ...deletion.tombstone, removed };
  result.deletedHere.push({
    tombstone,
    notes: slice.annotations.filter((a) => a.deletedAt === null).length,
  });
  const rest = withSlice(ws, live.id, null);
  return replaceTombstone(
    {
      ...rest,
      packs: deletion.packs,
      corrections: rest.corrections.filter((c) => c.reportId !== live.id),
    },
    tombstone,
  );
}

/** A colleague restored a report deleted here: it comes back with everything it had, unless it is
 * in the library again already (then the tombstone keeps its copy, as a restore here would). */
function restoredThere(
  ws: WorkspaceData,
  mine: DeletedReport,
  t: DeletedReport,
  result: Omit<RecordsMerge, 'workspace' | 'annotations'>,
): WorkspaceData {
  const by = t.restoredBy ?? t.deletedBy;
  const at = t.restoredAt as string;
  if (!mine.removed) return replaceTombstone(ws, { ...mine, restoredAt: at, restoredBy: by });
  const outcome = restoreReport(mine, ws.packs, new Set(ws.reports.map((r) => r.id)), by, at);
  if (!outcome.ok) return ws;
  const { slice } = outcome;
  result.restoredHere.push(outcome.tombstone);
  const back: WorkspaceData = {
    ...ws,
    reports: [...ws.reports, slice.report],
    judgements: [...ws.judgements, ...slice.judgements],
    sections: [...ws.sections, ...slice.sections],
    findings: [...ws.findings, ...slice.findings],
    annotations: [...ws.annotations, ...slice.annotations],
    actions: [...ws.actions, ...slice.actions],
    packs: slice.packs,
    corrections: [...ws.corrections, ...outcome.corrections],
  };
  return replaceTombstone(back, outcome.tombstone);
}
