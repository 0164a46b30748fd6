// What a file holds, in counts: for the restore preview and the `check` verdict.
import type { RestoredFile } from './restore';

export interface FileSummary {
  kind: 'workspace' | 'bundle';
  version: number;
  exportedAt: string;
  exportedBy: string;
  counts: { label: string; count: number }[];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function summarizeFile(restored: RestoredFile): FileSummary {
  const head = {
    kind: restored.kind,
    version: restored.file.version,
    exportedAt: restored.file.exportedAt,
    exportedBy: restored.file.exportedBy,
  };
  if (restored.kind === 'workspace') {
    const d = restored.file.data;
    return {
      ...head,
      counts: [
        { label: 'authorities', count: d.authorities.length },
        { label: 'reports', count: d.reports.length },
        { label: 'judgements', count: d.judgements.length },
        { label: 'sections', count: d.sections.length },
        { label: 'findings', count: d.findings.length },
        { label: 'annotations', count: d.annotations.length },
        { label: 'meetings', count: d.meetings.length },
        { label: 'briefing packs', count: d.packs.length },
        { label: 'actions', count: d.actions.length },
        { label: 'corrections', count: d.corrections.length },
        { label: 'deleted reports', count: d.deletedReports.length },
      ],
    };
  }
  const d = restored.file.data;
  return {
    ...head,
    counts: [
      { label: 'reports', count: d.reports.length },
      { label: 'findings', count: d.findings.length },
      { label: 'annotations', count: d.annotations.length },
    ],
  };
}

/** "workspace version 3, 3 reports, 120 findings, 45 annotations". */
export function describeFile(restored: RestoredFile): string {
  const d = restored.file.data;
  return [
    `${restored.kind} version ${restored.file.version}`,
    plural(d.reports.length, 'report', 'reports'),
    plural(d.findings.length, 'finding', 'findings'),
    plural(d.annotations.length, 'annotation', 'annotations'),
  ].join(', ');
}
