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

export interface FrameworkProfile {
  framework: Framework;
  /** Full name, as the CLI's summary prints it. */
  name: string;
  /** Short name, as the app's lists show it. */
  short: string;
  inspectorate: string;
  /** Names of variants ("2018": ILACS with children in care and care leavers judged together). */
  variants?: Readonly<Record<string, string>>;
  /** Title-page wording that names this framework (tested on the first title-like lines, folded). */
  titles: readonly RegExp[];
  /** The grades this framework gives ("score" for 1-4 scores; empty for ungraded visits). */
  grades: readonly Grade[];
  /** The judgement areas it grades, with the label the report prints. */
  judgements: Readonly<Partial<Record<JudgementKey, string>>>;
  /** Headings the report uses for its own sections; a paragraph glued after one of these on the
   * same line ("Summary Agencies work well ...") is split from it. */
  headings: readonly string[];
  sections: SectionRules;
  /** How the lead inspector is signed, first match wins; group 1 is the name. */
  leadInspector: readonly RegExp[];
}
