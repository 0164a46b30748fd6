// The importer's answer: the ImportResult of design.md (printed by `import --json`) together with
// the full records, ready to store.
import type { Authority, Finding, Judgement, Report, Section, SourceRef } from '../model';

export interface ImportResultJson {
  report: {
    id: string;
    title: string;
    authority: string;
    /** The DfE LA code from the reference list; null where the report's naming is not enough. */
    authorityCode: string | null;
    inspectorate: string;
    framework: string;
    variant: string | null;
    publishedOn: string | null;
    inspectionDates: string | null;
    leadInspector: string | null;
    sha256: string;
    pages: number | null;
  };
  judgements: { key: string; label: string; grade: string; gradeText: string; score?: number }[];
  previousGrades: Report['previousGrades'];
  findings: {
    id: string;
    kind: string;
    section: string;
    text: string;
    themes: string[];
    source: SourceRef;
  }[];
  warnings: string[];
}

export interface ImportRecords {
  authority: Authority;
  report: Report;
  judgements: Judgement[];
  sections: Section[];
  findings: Finding[];
}

export interface ImportResult extends ImportRecords {
  warnings: string[];
}

export function toImportResultJson(result: ImportResult): ImportResultJson {
  const { report } = result;
  return {
    report: {
      id: report.id,
      title: report.title,
      authority: report.authority,
      authorityCode: report.authorityCode,
      inspectorate: report.inspectorate,
      framework: report.framework,
      variant: report.variant,
      publishedOn: report.publishedOn,
      inspectionDates: report.inspectionDates,
      leadInspector: report.leadInspector,
      sha256: report.source.sha256,
      pages: report.pageStarts.length || null,
    },
    judgements: result.judgements.map((j) => ({
      key: j.key,
      label: j.label,
      grade: j.grade,
      gradeText: j.gradeText,
      ...(j.score === null ? {} : { score: j.score }),
    })),
    previousGrades: report.previousGrades,
    findings: result.findings.map((f) => ({
      id: f.id,
      kind: f.kind,
      section: f.section,
      text: f.text,
      themes: f.themes,
      source: f.source,
    })),
    warnings: result.warnings,
  };
}

/** How many findings of each kind, for summaries and announcements. */
export function countKinds(findings: readonly Finding[]): Record<Finding['kind'], number> {
  const counts = { strength: 0, improvement: 0, recommendation: 0, context: 0 };
  for (const f of findings) counts[f.kind] += 1;
  return counts;
}
