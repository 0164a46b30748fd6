// One report with everything that points at it: the unit every correction and deletion changes.
import type {
  Action,
  Annotation,
  BriefingPack,
  Correction,
  Finding,
  Judgement,
  Report,
  Section,
} from '../model';
import type { WorkspaceData } from '../files/envelope';

export interface ReportSlice {
  report: Report;
  judgements: Judgement[];
  sections: Section[];
  /** In document order. */
  findings: Finding[];
  /** Every annotation on the report, deleted ones (tombstones) included. */
  annotations: Annotation[];
  actions: Action[];
  /** Every pack in the workspace: any may hold the report or its findings. */
  packs: BriefingPack[];
}

/** What a correction did, or the one line that says why it could not be made. */
export type Outcome = { ok: true; slice: ReportSlice } | { ok: false; reason: string };

export function sliceOf(data: WorkspaceData, reportId: string): ReportSlice | null {
  const report = data.reports.find((r) => r.id === reportId);
  if (!report) return null;
  return {
    report,
    judgements: data.judgements.filter((j) => j.reportId === reportId),
    sections: data.sections.filter((s) => s.reportId === reportId),
    findings: data.findings
      .filter((f) => f.reportId === reportId)
      .sort((a, b) => a.order - b.order),
    annotations: data.annotations.filter((a) => a.target.reportId === reportId),
    actions: data.actions.filter((a) => a.reportId === reportId),
    packs: data.packs,
  };
}

/** The workspace with one report's rows replaced by `slice` (or removed, for null). */
export function withSlice(
  data: WorkspaceData,
  reportId: string,
  slice: ReportSlice | null,
): WorkspaceData {
  const others = <T>(rows: readonly T[], of: (row: T) => string) =>
    rows.filter((row) => of(row) !== reportId);
  return {
    ...data,
    reports: slice
      ? data.reports.map((r) => (r.id === reportId ? slice.report : r))
      : others(data.reports, (r) => r.id),
    judgements: [...others(data.judgements, (j) => j.reportId), ...(slice?.judgements ?? [])],
    sections: [...others(data.sections, (s) => s.reportId), ...(slice?.sections ?? [])],
    findings: [...others(data.findings, (f) => f.reportId), ...(slice?.findings ?? [])],
    annotations: [
      ...others(data.annotations, (a) => a.target.reportId),
      ...(slice?.annotations ?? []),
    ],
    actions: [...others(data.actions, (a) => a.reportId), ...(slice?.actions ?? [])],
    packs: slice ? slice.packs : data.packs,
  };
}

/** The corrections recorded for one report, oldest first. */
export function correctionsOf(corrections: readonly Correction[], reportId: string): Correction[] {
  return corrections
    .filter((c) => c.reportId === reportId)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
