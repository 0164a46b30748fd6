// Recognises what a report is and what it judged: framework and variant, the judgement table
// cross-checked against section headings (the table wins, a disagreement is a warning), SIF's
// sentences, summaries' sentences, and other scales kept as `other:` data.
import { GRADE_LABELS, type Framework, type Grade, type PreviousGrade } from '../model';
import { parseJudgementTable } from './judgement-table';
import { frameworkFromTitle, readMetadata, type Metadata } from './metadata';
import type { Paragraph } from './normalise';
import { otherScaleJudgements } from './other-scales';
import {
  capitalise,
  headingStatements,
  previousGrades,
  sentenceStatements,
  sifStatements,
  type StatedJudgement,
} from './statements';

export interface FoundJudgement {
  key: string;
  label: string;
  grade: Grade;
  gradeText: string;
  score: number | null;
}

export interface Structure {
  framework: Framework;
  variant: string | null;
  metadata: Metadata;
  judgements: FoundJudgement[];
  previousGrades: PreviousGrade[];
  /** Paragraphs that are the judgement table. */
  table: Set<number>;
  /** Paragraphs that state a judgement in words. */
  statements: Set<number>;
  warnings: string[];
}

const ORDER = [
  'overall_effectiveness',
  'leaders',
  'help_and_protection',
  'in_care',
  'care_leavers',
  'in_care_and_care_leavers',
  'adoption',
  'lscb',
];

function gradeName(grade: string): string {
  return GRADE_LABELS[grade as Grade] ?? grade;
}

function toFound(j: {
  key: string;
  label: string;
  grade: string;
  gradeText: string;
}): FoundJudgement | null {
  if (j.grade === 'not_judged') return null;
  return {
    key: j.key,
    label: capitalise(j.label),
    grade: j.grade as Grade,
    gradeText: capitalise(j.gradeText),
    score: null,
  };
}

function ilacsVariant(keys: ReadonlySet<string>): string | null {
  if (keys.has('in_care_and_care_leavers')) return '2018';
  if (keys.has('in_care') || keys.has('care_leavers'))
    return keys.has('overall_effectiveness') ? '2023' : '2026';
  return null;
}

export function recogniseStructure(paragraphs: readonly Paragraph[]): Structure {
  const warnings: string[] = [];
  const { framework: hinted, olderScale } = frameworkFromTitle(paragraphs);
  const table = parseJudgementTable(paragraphs);
  const tableSet = new Set(table.region);
  const statements = new Set<number>();
  warnings.push(...table.warnings);
  let framework: Framework = hinted ?? 'unknown';
  let judgements: FoundJudgement[] = [];

  const isSifTable = table.judgements.some(
    (j) => j.key === 'adoption' || /looked after|leadership, management/.test(j.label),
  );
  if (hinted === 'sif' || (hinted === null && isSifTable)) {
    framework = 'sif';
    const stated = sifStatements(paragraphs);
    for (const s of stated) statements.add(s.paragraph);
    judgements = [
      ...table.judgements,
      ...stated.filter((s) => !table.judgements.some((t) => t.key === s.key)),
    ]
      .map(toFound)
      .filter((j): j is FoundJudgement => j !== null);
  } else if (olderScale && table.judgements.length === 0) {
    // An older framework graded 1 to 4 (e.g. 2013 looked after children inspections): data only.
    framework = hinted ?? 'unknown';
    judgements = otherScaleJudgements(paragraphs, 'grade-n').map((o) => ({
      key: o.key,
      label: o.label,
      grade: o.grade,
      gradeText: o.gradeText,
      score: null,
    }));
  } else if (hinted === 'peel' || hinted === 'cqc-la') {
    judgements = otherScaleJudgements(paragraphs, hinted === 'peel' ? 'peel' : 'cqc').map((o) => ({
      key: o.key,
      label: o.label,
      grade: o.grade,
      gradeText: o.gradeText,
      score: o.score,
    }));
  } else if (hinted === 'focused-visit' || hinted === 'monitoring-visit' || hinted === 'jtai') {
    judgements = [];
  } else {
    // Graded section headings stay headings: they are cross-checked, not counted as findings.
    const headings = headingStatements(paragraphs, tableSet);
    if (table.judgements.length > 0) {
      framework = 'ilacs';
      crossCheck(table.judgements, headings, warnings);
      judgements = table.judgements.map(toFound).filter((j): j is FoundJudgement => j !== null);
    } else if (headings.length > 0 && hinted === 'ilacs') {
      warnings.push(
        'No judgement table was found; the grades were read from the section headings.',
      );
      judgements = headings.map(toFound).filter((j): j is FoundJudgement => j !== null);
    } else {
      const sentences: StatedJudgement[] = sentenceStatements(paragraphs);
      if (sentences.length > 0) {
        framework = hinted ?? 'summary';
        for (const s of sentences) statements.add(s.paragraph);
        judgements = sentences.map(toFound).filter((j): j is FoundJudgement => j !== null);
      }
    }
  }
  judgements.sort((a, b) => rank(a.key) - rank(b.key));
  const keys = new Set(judgements.map((j) => j.key));
  const variant = framework === 'ilacs' ? ilacsVariant(keys) : null;
  if (framework === 'ilacs' && variant === '2026' && keys.has('overall_effectiveness')) {
    warnings.push(
      'This report looks like the April 2026 framework but also gives an overall effectiveness grade.',
    );
  }
  if (framework === 'unknown')
    warnings.push(
      'The kind of report was not recognised; check the judgements and findings before saving.',
    );
  if (judgements.length === 0 && (framework === 'ilacs' || framework === 'sif')) {
    warnings.push('No judgements were found in this report; add them by hand if it has any.');
  }
  return {
    framework,
    variant,
    metadata: readMetadata(paragraphs, framework),
    judgements,
    previousGrades: previousGrades(paragraphs),
    table: tableSet,
    statements,
    warnings,
  };
}

function rank(key: string): number {
  const at = ORDER.indexOf(key);
  return at < 0 ? ORDER.length : at;
}

function crossCheck(
  tableJudgements: readonly { key: string; grade: string; label: string }[],
  headings: readonly StatedJudgement[],
  warnings: string[],
): void {
  for (const heading of headings) {
    const row = tableJudgements.find((t) => t.key === heading.key);
    if (row && row.grade !== heading.grade) {
      warnings.push(
        `The judgement table grades "${capitalise(row.label)}" ${gradeName(row.grade)}, but its section heading says ${gradeName(heading.grade)}; the table's grade was kept.`,
      );
    }
  }
}
