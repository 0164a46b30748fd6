// Adversarial text for the import stages, written in code so the corpus is small on disk: each
// family is a few fragments that hit one stage's worst case, repeated to any size.
import fc from 'fast-check';

/** Fragments that each stress a stage: long runs of continuation lines (line joining), words
 * without sentence ends (one endless paragraph), repeated title phrases and capitalised words (the
 * authority and date patterns), Markdown brackets and emphasis, table rules, bullets, footnotes. */
export const TEXT_FRAGMENTS = {
  continuation: 'and the children were seen by social workers who\n',
  hyphenated: 'the well-\nbeing of chil-\ndren and exam-\n',
  endless: 'Aa Bb Cc Dd Ee Ff ',
  inspectionOf: 'Inspection of ',
  councilWords: 'Kent Kent Kent Kent County ',
  dates: 'Inspection dates: ',
  spaces: '          ',
  lead: 'Lead inspector: A ',
  brackets: '[[[[',
  linkOpen: '[a](',
  emphasis: '**a __b ',
  tableRule: '|---|---|\n',
  pipes: '| a | b |',
  bullet: '• ',
  numbered: '12. ',
  footnote: 'Board1\n',
  paragraphBreak: '\n\n',
  grade: 'Overall effectiveness: Requires improvement to be good ',
} as const;

export type TextFragment = keyof typeof TEXT_FRAGMENTS;

/** `fragments` repeated in turn until the text is at least `size` characters. */
export function repeatTo(fragments: readonly string[], size: number): string {
  const unit = fragments.join('');
  if (unit.length === 0) return '';
  return unit.repeat(Math.ceil(size / unit.length));
}

/** A title page (so the text reads as a report) and then the adversarial body. */
export function hostileReport(fragments: readonly TextFragment[], size: number): string {
  return `Inspection of Hostileshire local authority children’s services\n\n${repeatTo(
    fragments.map((f) => TEXT_FRAGMENTS[f]),
    size,
  )}`;
}

/** fast-check: a mix of one to four fragment families at a size between `min` and `max`. */
export function hostileTexts(min: number, max: number) {
  const names = Object.keys(TEXT_FRAGMENTS) as TextFragment[];
  return fc.record({
    fragments: fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 4 }),
    size: fc.integer({ min, max }),
  });
}

/** Unclosed and deeply nested markup for the HTML reader. */
export const HTML_FRAGMENTS = {
  unclosedInline: '<b>',
  unclosedBlock: '<div>',
  impliedClose: '<p><li>',
  table: '<table><tr><td>',
  entity: '&amp;&#x1F600;&nbsp;',
  comment: '<!--',
  attribute: '<a href="x" class="a b c" ',
  words: 'Children were seen. ',
} as const;

export type HtmlFragment = keyof typeof HTML_FRAGMENTS;

export function hostilePage(fragments: readonly HtmlFragment[], size: number): string {
  return `<!doctype html><html><body><h1>Inspection of Hostileshire local authority children’s services</h1>${repeatTo(
    fragments.map((f) => HTML_FRAGMENTS[f]),
    size,
  )}`;
}

export function hostilePages(min: number, max: number) {
  const names = Object.keys(HTML_FRAGMENTS) as HtmlFragment[];
  return fc.record({
    fragments: fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }),
    size: fc.integer({ min, max }),
  });
}
