// Members' copies of one workspace, changed as the app changes them (a correction recorded with
// who and when and the corrections it replaces; a deletion into a tombstone; Undo) and exchanged
// as share bundles or whole workspace files through the app's own merge.
import { applyCorrection } from '../../../shared/corrections/apply';
import { deleteReport, restoreReport } from '../../../shared/corrections/delete';
import {
  correctionHeads,
  correctionTarget,
  makeCorrection,
} from '../../../shared/corrections/make';
import { sliceOf, withSlice } from '../../../shared/corrections/slice';
import { buildBundle } from '../../../shared/files/bundle';
import { emptyWorkspaceData, type WorkspaceData } from '../../../shared/files/envelope';
import { restoreFile } from '../../../shared/files/restore';
import { serializeWorkspace } from '../../../shared/files/serialize';
import { applyMerge, previewMerge, type MergePreview } from '../../../shared/merge';
import { DEFAULT_SETTINGS, type Correction, type CorrectionChange } from '../../../shared/model';
import type { ReportSlice } from '../../../shared/corrections/slice';

/** A workspace holding one report slice (with its authority and packs), as `member`'s install. */
export function workspaceOf(slice: ReportSlice, member: string): WorkspaceData {
  const data = emptyWorkspaceData();
  const { report } = slice;
  return {
    ...data,
    authorities: [{ id: report.authorityId, name: report.authority, code: report.authorityCode }],
    reports: [report],
    judgements: slice.judgements,
    sections: slice.sections,
    findings: slice.findings,
    annotations: slice.annotations,
    packs: slice.packs,
    settings: { ...DEFAULT_SETTINGS, memberName: member },
  };
}

/** Correct a report as the app does: the correction replaces those of the same thing now shown. */
export function correct(
  ws: WorkspaceData,
  reportId: string,
  change: CorrectionChange,
  by: string,
  at: string,
): { ws: WorkspaceData; correction: Correction | null } {
  const slice = sliceOf(ws, reportId);
  if (!slice) return { ws, correction: null };
  const draft = makeCorrection(slice.report, change, by, at);
  const target = correctionTarget(draft);
  const replaces =
    target === null
      ? []
      : correctionHeads(
          ws.corrections.filter((c) => c.reportId === reportId && correctionTarget(c) === target),
        ).map((c) => c.id);
  const correction = makeCorrection(slice.report, change, by, at, replaces);
  const outcome = applyCorrection(slice, correction);
  if (!outcome.ok) return { ws, correction: null };
  return {
    ws: { ...withSlice(ws, reportId, outcome.slice), corrections: [...ws.corrections, correction] },
    correction,
  };
}

/** Delete a report as the app does: everything on it into a tombstone. */
export function remove(ws: WorkspaceData, reportId: string, by: string, at: string): WorkspaceData {
  const slice = sliceOf(ws, reportId);
  if (!slice) return ws;
  const { tombstone, packs } = deleteReport(slice, ws.corrections, by, at);
  const rest = withSlice(ws, reportId, null);
  return {
    ...rest,
    packs,
    corrections: rest.corrections.filter((c) => c.reportId !== reportId),
    deletedReports: [...ws.deletedReports, tombstone],
  };
}

/** Undo: restore the newest deletion of the report that can still be restored. */
export function undo(ws: WorkspaceData, reportId: string, by: string, at: string): WorkspaceData {
  const tombstone = [...ws.deletedReports]
    .reverse()
    .find((t) => t.reportId === reportId && t.removed !== null && t.restoredAt === null);
  if (!tombstone) return ws;
  const outcome = restoreReport(tombstone, ws.packs, new Set(ws.reports.map((r) => r.id)), by, at);
  if (!outcome.ok) return ws;
  const { slice } = outcome;
  return {
    ...ws,
    reports: [...ws.reports, slice.report],
    judgements: [...ws.judgements, ...slice.judgements],
    sections: [...ws.sections, ...slice.sections],
    findings: [...ws.findings, ...slice.findings],
    annotations: [...ws.annotations, ...slice.annotations],
    actions: [...ws.actions, ...slice.actions],
    packs: slice.packs,
    corrections: [...ws.corrections, ...outcome.corrections],
    deletedReports: ws.deletedReports.map((t) => (t.id === tombstone.id ? outcome.tombstone : t)),
  };
}

/** `from`'s share bundle of everything (every member's notes), as the file a colleague opens. */
export function bundleFile(from: WorkspaceData, at: string) {
  const name = from.settings?.memberName ?? '';
  return restoreFile(
    JSON.parse(
      JSON.stringify(
        buildBundle(from, { type: 'everything' }, name, new Date(at), { notes: 'everyone' }),
      ),
    ),
  );
}

/** `from`'s whole workspace file. */
export function workspaceFile(from: WorkspaceData, at: string) {
  return restoreFile(
    JSON.parse(serializeWorkspace(from, from.settings?.memberName ?? '', new Date(at))),
  );
}

/** Take in a colleague's file; returns the merged workspace and the preview. */
export function takeIn(
  mine: WorkspaceData,
  file: ReturnType<typeof restoreFile>,
  at: string,
): { ws: WorkspaceData; preview: MergePreview } {
  const preview = previewMerge(mine, file);
  return { ws: applyMerge(mine, preview, new Date(at)), preview };
}
