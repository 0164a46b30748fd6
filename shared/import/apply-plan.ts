// A re-import plan applied to a workspace's data: records added or replaced, annotations
// re-anchored. Pure, so the CLI's --out and any other host apply a plan the same way.
import type { WorkspaceData } from '../files/envelope';
import type { ReimportPlan } from './reimport';
import type { ImportRecords } from './result';

/** The workspace with the plan applied: records added or replaced, annotations re-anchored. */
export function applyPlan(data: WorkspaceData, plan: ReimportPlan): WorkspaceData {
  if (plan.kind === 'unchanged') return data;
  const records: ImportRecords = plan.records;
  const id = plan.reportId;
  const authorities = data.authorities.some((a) => a.id === records.authority.id)
    ? data.authorities
    : [...data.authorities, records.authority];
  const others = <T extends { reportId: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.reportId !== id);
  const annotations =
    plan.kind === 'revised'
      ? data.annotations.map((a) => plan.annotations.find((b) => b.id === a.id) ?? a)
      : data.annotations;
  return {
    ...data,
    authorities,
    reports: [...data.reports.filter((r) => r.id !== id), records.report],
    judgements: [...others(data.judgements), ...records.judgements],
    sections: [...others(data.sections), ...records.sections],
    findings: [...others(data.findings), ...records.findings],
    annotations,
  };
}
