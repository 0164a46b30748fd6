// Text that is not an inspection report (a shopping list, lorem ipsum, a news story about
// something else) is refused before it reaches the review, so it can never sit in the library as
// an "Unknown authority" report. The rule is deliberately narrow: a text is refused only when it
// shows none of the signs of a report: a framework named on its title page, a judgement (a grade
// for an area, in a table, a heading or a sentence), an inspection section heading, or prose
// about inspectors and children's social care (a summary without grades). A recognised council
// alone does not make a report (a council's news page names the council); a text kept for its
// prose with no council the list knows is saved only once the member chooses one.
import { InputError } from '../errors';
import type { Framework } from '../model';
import { derived } from '../frameworks';
import { fold } from './fold';
import { keyOfLabel } from './labels';
import type { Paragraph } from './normalise';

export const NOT_A_REPORT =
  "This doesn't look like an Ofsted inspection report: no judgements or inspection headings were found. Check you chose the right file, or paste the whole report.";

export const NOT_READABLE =
  "This doesn't read as an inspection report: most of its words are not English (a PDF's fonts may not map to real letters). Import the report's Word or text version, or paste its text.";

/** Headings too common outside reports to count ("Summary", "Contents"). */
const GENERIC = new Set(['summary', 'contents', 'recommendations']);

/** Headings every framework's reports print, folded, without the generic ones; and the section
 * wording of the inspectorate's own (recommendations, strengths, boilerplate). */
const signs = derived((all) => ({
  headings: new Set(
    all
      .flatMap((p) => p.headings)
      .map((h) => fold(h).replace(/\?$/, ''))
      .filter((h) => !GENERIC.has(h)),
  ),
  sections: all.flatMap((p) =>
    [p.sections.recommendations, p.sections.strengths, p.sections.boilerplate].filter(
      (r): r is RegExp => r !== undefined,
    ),
  ),
}));

/** Short paragraphs only: a heading is a line, not a sentence that happens to start the same way. */
const MAX_HEADING_WORDS = 14;

export function hasInspectionHeading(paragraphs: readonly Paragraph[]): boolean {
  const { headings, sections } = signs();
  for (const p of paragraphs) {
    const words = p.text.slice(p.bodyStart - p.start).trim();
    if (words.split(/\s+/).length > MAX_HEADING_WORDS) continue;
    const folded = fold(words).replace(/[?:.]$/, '');
    if (headings.has(folded) || sections.some((r) => r.test(folded))) return true;
    // A judgement area printed without a grade counts.
    if (keyOfLabel(folded) !== null) return true;
  }
  return false;
}

const INSPECTION_WORDS = /\b(?:ofsted|inspectors?|inspections?|inspected)\b/;

/** Children's social care in the words reports use; "safeguarding" alone is left out, as every
 * school inspection uses it. */
const CHILDREN_SERVICES_WORDS: readonly RegExp[] = [
  /\bsocial work(?:ers?)?\b/,
  /\bchildren in care\b/,
  /\bcare leavers?\b/,
  /\bchild protection\b/,
  /\bchildren's (?:social care|services)\b/,
  /\b(?:children )?looked after(?: children)?\b/,
  /\bfoster(?:ing| carers?)\b/,
  /\b(?:pathway|permanence|care) plan(?:s|ning)?\b/,
  /\bcorporate parent(?:s|ing)?\b/,
  /\bearly help\b/,
  /\bmulti-agency safeguarding hub\b|\bmash\b/,
  /\bchildren in need\b/,
];

/** An inspection written about in prose (a news or committee summary without grades): it speaks
 * of inspectors and of children's social care in at least two of the reports' own terms. */
export function speaksOfAnInspection(text: string): boolean {
  const folded = fold(text.slice(0, 200_000));
  if (!INSPECTION_WORDS.test(folded)) return false;
  return CHILDREN_SERVICES_WORDS.filter((r) => r.test(folded)).length >= 2;
}

/**
 * Throws the one-line refusal when the text shows no sign of being a report. Text that reads as
 * nonsense (a PDF whose fonts map to the wrong letters, lorem ipsum) is told so, since the same
 * report's Word or text version may read.
 */
export function refuseIfNotAReport(found: {
  framework: Framework;
  judgements: number;
  paragraphs: readonly Paragraph[];
  text: string;
  garbled: boolean;
}): void {
  if (found.framework !== 'unknown' || found.judgements > 0) return;
  if (hasInspectionHeading(found.paragraphs) || speaksOfAnInspection(found.text)) return;
  throw new InputError(found.garbled ? NOT_READABLE : NOT_A_REPORT, 'not-a-report');
}
