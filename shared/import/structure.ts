// Recognises what a report is and what it judged: framework and variant, the judgement table
// cross-checked against section headings (the table wins, a disagreement is a warning), SIF's
// sentences, summaries' sentences, and other scales kept as `other:` data.
import {
  frameworkName,
  gradeName,
  profileOf,
  profiles,
  readsTable,
  variantOf,
} from '../frameworks';
import type { Framework, Grade, PreviousGrade } from '../model';
// The plain list, not the model's index: the importer runs without loading zod.
import { JUDGEMENT_KEYS } from '../model/vocabulary-lists';
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

const ORDER: readonly string[] = JUDGEMENT_KEYS;

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

export function recogniseStructure(paragraphs: readonly Paragraph[]): Structure {
  const warnings: string[] = [];
  const { framework: hinted, olderScale } = frameworkFromTitle(paragraphs);
  const table = parseJudgementTable(paragraphs);
  const tableSet = new Set(table.region);
  const statements = new Set<number>();
  warnings.push(...table.warnings);
  const named = hinted ? profileOf(hinted) : null;
  // The title names the framework; where it does not, the table's labels do.
  const tabled = named ?? (table.framework ? profileOf(table.framework) : null);
  let framework: Framework = hinted ?? unrecognisedFramework();
  let judgements: FoundJudgement[] = [];

  if (tabled?.judgementsFrom === 'table and statements') {
    framework = tabled.framework;
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
    judgements = otherScaleJudgements(paragraphs, 'grade-n').map((o) => ({
      key: o.key,
      label: o.label,
      grade: o.grade,
      gradeText: o.gradeText,
      score: null,
    }));
  } else if (named?.judgementsFrom === 'own scale') {
    judgements = otherScaleJudgements(paragraphs, named.ownScale === 'score' ? 'cqc' : 'peel').map(
      (o) => ({
        key: o.key,
        label: o.label,
        grade: o.grade,
        gradeText: o.gradeText,
        score: o.score,
      }),
    );
  } else if (named?.judgementsFrom === 'none') {
    judgements = [];
  } else {
    // Graded section headings stay headings: they are cross-checked, not counted as findings.
    const headings = headingStatements(paragraphs, tableSet);
    if (table.judgements.length > 0 && tabled && readsTable(tabled)) {
      framework = tabled.framework;
      crossCheck(table.judgements, headings, warnings, framework);
      judgements = table.judgements.map(toFound).filter((j): j is FoundJudgement => j !== null);
    } else if (headings.length > 0 && named && readsTable(named)) {
      warnings.push(
        'No judgement table was found; the grades were read from the section headings.',
      );
      judgements = headings.map(toFound).filter((j): j is FoundJudgement => j !== null);
    } else {
      const sentences: StatedJudgement[] = sentenceStatements(paragraphs);
      if (sentences.length > 0) {
        framework = hinted ?? summaryFramework();
        for (const s of sentences) statements.add(s.paragraph);
        judgements = sentences.map(toFound).filter((j): j is FoundJudgement => j !== null);
      }
    }
  }
  judgements.sort((a, b) => rank(a.key) - rank(b.key));
  const profile = profileOf(framework);
  const keys = new Set(judgements.map((j) => j.key));
  const variant = variantOf(profile, keys);
  if (variant) {
    const unjudged = judgements.filter(
      (j) => !(variant.judges as readonly string[]).includes(j.key),
    );
    for (const j of unjudged)
      warnings.push(
        `This report looks like the ${frameworkName(framework, variant.id)} (${variant.description}) but also grades "${j.label}".`,
      );
  }
  if (profile.unrecognised)
    warnings.push(
      'The kind of report was not recognised; check the judgements and findings before saving.',
    );
  if (judgements.length === 0 && readsTable(profile)) {
    warnings.push('No judgements were found in this report; add them by hand if it has any.');
  }
  return {
    framework,
    variant: variant?.id ?? null,
    metadata: readMetadata(paragraphs, framework),
    judgements,
    previousGrades: previousGrades(paragraphs),
    table: tableSet,
    statements,
    warnings,
  };
}

/** The framework of a report that was not recognised, and of a summary that states grades in prose. */
function unrecognisedFramework(): Framework {
  return profiles().find((p) => p.unrecognised)?.framework ?? 'unknown';
}
function summaryFramework(): Framework {
  return (
    profiles().find((p) => p.judgementsFrom === 'sentences' && !p.unrecognised)?.framework ??
    unrecognisedFramework()
  );
}

function named(grade: string, framework: Framework): string {
  return grade === 'not_judged' ? 'not judged' : gradeName(grade as Grade, framework);
}

function rank(key: string): number {
  const at = ORDER.indexOf(key);
  return at < 0 ? ORDER.length : at;
}

function crossCheck(
  tableJudgements: readonly { key: string; grade: string; label: string }[],
  headings: readonly StatedJudgement[],
  warnings: string[],
  framework: Framework,
): void {
  for (const heading of headings) {
    const row = tableJudgements.find((t) => t.key === heading.key);
    if (row && row.grade !== heading.grade) {
      warnings.push(
        `The judgement table grades "${capitalise(row.label)}" ${named(row.grade, framework)}, but its section heading says ${named(heading.grade, framework)}; the table's grade was kept.`,
      );
    }
  }
}
