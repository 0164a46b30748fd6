// The readable summary `scrutiny-desk import` prints, and the app can show: what was read, in words.
import type { FindingKind, Grade } from '../model';
import { frameworkName, gradeName } from '../frameworks';
import { countKinds, type ImportResult } from './result';

export { frameworkName };

/** A grade in words, as the report's framework names it; a score as printed. */
export function gradeWords(grade: string, gradeText: string, framework?: string): string {
  return grade === 'score' ? gradeText : gradeName(grade as Grade, framework) || gradeText;
}

const KIND_COUNTS: Record<FindingKind, [string, string]> = {
  strength: ['strength', 'strengths'],
  improvement: ['area for improvement', 'areas for improvement'],
  recommendation: ['recommendation', 'recommendations'],
  context: ['context', 'context'],
};

export function describeImport(result: ImportResult): string {
  const { report, judgements, findings, warnings } = result;
  const counts = countKinds(findings);
  const lines = [
    report.title,
    `Authority: ${report.authority} · ${report.inspectorate} · ${frameworkName(report.framework, report.variant)}`,
    report.authorityCode
      ? `LA code: ${report.authorityCode}`
      : "LA code: none (this name is not on the list of English children's services authorities; give --authority <code>)",
    [
      report.inspectionDates ? `Inspection dates: ${report.inspectionDates}` : null,
      report.publishedOn ? `Published: ${report.publishedOn}` : null,
      report.leadInspector ? `Lead inspector: ${report.leadInspector}` : null,
    ]
      .filter(Boolean)
      .join(' · ') || 'Dates and inspector: not stated',
    '',
    judgements.length ? 'Judgements:' : 'Judgements: none (an ungraded report, or none were found)',
    ...judgements.map(
      (j) =>
        `  ${j.label}: ${j.key.startsWith('other:') ? j.gradeText : gradeWords(j.grade, j.gradeText, report.framework)}`,
    ),
    '',
    `Findings: ${findings.length} (${(
      ['strength', 'improvement', 'recommendation', 'context'] as const
    )
      .map((k) => `${counts[k]} ${KIND_COUNTS[k][counts[k] === 1 ? 0 : 1]}`)
      .join(', ')})`,
  ];
  if (warnings.length) lines.push('', 'Warnings:', ...warnings.map((w) => `  - ${w}`));
  return lines.join('\n');
}
