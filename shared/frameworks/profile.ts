// What the importer, the CLI's summary and the app's labels need to know about one inspection
// framework, in one place. Adding a framework is one new profile (and its tests).
import type { Framework, Grade, JudgementKey } from '../model';

export interface SectionRules {
  /** Headings whose list items are the report's recommendations ("What needs to improve?"). */
  recommendations: RegExp;
  /** How those items are printed: ILACS bullets them and numbers its findings, so a numbered
   * paragraph under "What needs to improve" is a finding whose heading was lost; SIF numbers them. */
  recommendationItems?: 'bullets' | 'numbered or bullets';
  /** Headings whose items are all strengths ("The local authority's strengths"). */
  strengths?: RegExp;
  /** Headings whose paragraphs are background rather than judgement ("Information about this local authority area"). */
  context?: RegExp;
  /** Headings whose text is the inspectorate's boilerplate, not findings ("What the inspection judgements mean"). */
  boilerplate?: RegExp;
}

/** One area the framework judges. */
export interface JudgementArea {
  key: JudgementKey;
  /** The label as the report prints it. */
  label: string;
  /** A short name for the app's tables, where the full label would crowd the page. */
  short?: string;
  /** How the label reads in (folded) text, wrapped lines and the reports' own variants included;
   * a label that contains another's is listed before it. */
  patterns: readonly RegExp[];
}

/** One step of the framework's grade scale. */
export interface GradeStep {
  grade: Grade;
  /** The grade's name as the CLI's summary and the app print it. */
  label: string;
  /** The grade as the report prints it, as a pattern over folded text (no capturing groups). */
  phrase: RegExp;
  /** For a score (`grade: 'score'`), the top of its scale ("3 out of 4"). */
  outOf?: number;
}

/** A variant of the framework (ILACS 2018, 2023, 2026) and the areas it judges. */
export interface FrameworkVariant {
  id: string;
  description: string;
  /** The areas this variant judges; a report is of the variant whose areas its grades fit. */
  judges: readonly JudgementKey[];
  /** Areas only this variant judges (one of them found names the variant). */
  marks: readonly JudgementKey[];
}

/**
 * Where the report prints its grades:
 * - `table`: a judgement table at the front, cross-checked against graded section headings (the
 *   table wins); graded headings alone are read, with a warning, when the table is missing;
 * - `table and statements`: a table plus grades stated in sentences (SIF's overall judgement and
 *   its safeguarding board);
 * - `own scale`: a list of areas with grades on the inspectorate's own scale, kept as data under
 *   `other:` keys (`ownScale` says which line shape);
 * - `none`: ungraded visits and letters (no judgements is a valid result);
 * - `sentences`: a summary that states grades in prose.
 */
export type JudgementSource = 'table' | 'table and statements' | 'own scale' | 'none' | 'sentences';

export interface FrameworkProfile {
  framework: Framework;
  /** Full name, as the CLI's summary prints it. */
  name: string;
  /** Short name, as the app's lists show it. */
  short: string;
  inspectorate: string;
  /** Its variants, where it has any (ILACS). */
  variants?: readonly FrameworkVariant[];
  /** Title-page wording that names this framework (tested on the first title-like lines, folded). */
  titles: readonly RegExp[];
  /** Its grade scale, best first (empty for ungraded visits; a CQC score out of 4 is `score`). */
  scale: readonly GradeStep[];
  /** The areas it judges, with the labels the report prints. */
  judgements: readonly JudgementArea[];
  judgementsFrom: JudgementSource;
  /** The line shape of an `own scale` list: "Area: good" (`words`) or "Area: 3 out of 4" (`score`). */
  ownScale?: 'words' | 'score';
  /** Headings the report uses for its own sections; a paragraph glued after one of these on the
   * same line ("Summary Agencies work well ...") is split from it. */
  headings: readonly string[];
  sections: SectionRules;
  /** How the lead inspector is signed, first match wins; group 1 is the name. */
  leadInspector: readonly RegExp[];
  /** A report of this kind may carry its title on its first short line only (a news page, a
   * committee summary, another inspectorate's report), rather than "Inspection of ...". */
  titleFromFirstLine?: boolean;
  /** True only for the catch-all profile: the report was not recognised. */
  unrecognised?: boolean;
}
