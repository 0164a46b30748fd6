// Measuring words: pdfmake measures each word with some twenty style look-ups, each pushing the
// word on the style stack, walking it and popping it again. A word that names no style of its own
// resolves a property to its own value or else to the stack's, so the stack's answer is taken
// once per property for a whole run of words; and a run of words with no style of their own at
// all (most of a pack) is measured with each property resolved once. The same values and widths
// (tests/host/pdfmake-speedups.test.ts compares them with pdfmake's own).
import { isValue, moduleOf } from './internals';

interface StyleStack {
  getProperty(property: string): unknown;
  /** Set by the speed-up for the length of one `measure` call. */
  memo?: Map<string, unknown> | undefined;
}
type GetStyleProperty = (
  item: unknown,
  stack: StyleStack | null | undefined,
  property: string,
  defaultValue: unknown,
) => unknown;
interface StyleContextStackClass {
  getStyleProperty: GetStyleProperty;
}
interface MeasuredFont {
  lineHeight(fontSize: number): number;
}
interface TextInlinesThis {
  pdfDocument: { provideFont(family: unknown, bold: unknown, italics: unknown): MeasuredFont };
  widthOfText(text: string, inline: object): number;
}
interface TextInlinesClass {
  prototype: {
    measure(
      this: TextInlinesThis,
      array: unknown[],
      stack: StyleStack | null | undefined,
    ): unknown[];
  };
}
/** The stack's answer for `property`, asked once per run of words. */
function remembered(memo: Map<string, unknown>, stack: StyleStack, property: string): unknown {
  let value = memo.get(property);
  if (value === undefined && !memo.has(property)) {
    value = stack.getProperty(property);
    memo.set(property, value);
  }
  return value;
}

/** A word as pdfmake's text breaker makes it from plain text: no style of its own. */
interface BareWord {
  text: string;
  [property: string]: unknown;
}
const BARE_KEYS = new Set(['text', 'lineEnd', 'noNewLine']);

function bare(item: unknown): boolean {
  if (typeof item !== 'object' || item === null) return false;
  for (const key in item) if (!BARE_KEYS.has(key)) return false;
  return typeof (item as { text?: unknown }).text === 'string';
}

// pdfmake's TextInlines (0.3), as it trims a word's spaces.
const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** pdfmake's `measure` for words with no style of their own, each of which resolves every
 * property to the stack's value: the same values and widths, each resolved once for the run. */
function measureBare(inlines: TextInlinesThis, array: BareWord[], stack: StyleStack): BareWord[] {
  const style = (property: string, fallback: unknown): unknown => {
    const value = stack.getProperty(property);
    return isValue(value) ? value : fallback;
  };
  const leadingIndent = style('leadingIndent', 0);
  const first = array[0];
  if (leadingIndent && first) {
    first.leadingCut = -(leadingIndent as number);
    first.leadingIndent = leadingIndent;
  }
  const font = inlines.pdfDocument.provideFont(
    style('font', 'Roboto'),
    style('bold', false),
    style('italics', false),
  );
  const alignment = style('alignment', 'left');
  const sup = style('sup', false);
  const sub = style('sub', false);
  let fontSize = style('fontSize', 12) as number;
  if (sup || sub) fontSize *= 0.58;
  const looks = {
    fontFeatures: style('fontFeatures', null),
    characterSpacing: style('characterSpacing', 0),
    color: style('color', 'black'),
    decoration: style('decoration', null),
    decorationColor: style('decorationColor', null),
    decorationStyle: style('decorationStyle', null),
    decorationThickness: style('decorationThickness', null),
    background: style('background', null),
    link: style('link', null),
    linkToPage: style('linkToPage', null),
    linkToDestination: style('linkToDestination', null),
    noWrap: style('noWrap', null),
    opacity: style('opacity', 1),
  };
  const height = font.lineHeight(fontSize) * (style('lineHeight', 1) as number);
  const trimLeading = !style('preserveLeadingSpaces', false);
  const trimTrailing = !style('preserveTrailingSpaces', false);
  for (const item of array) {
    item.font = font;
    item.alignment = alignment;
    item.fontSize = fontSize;
    Object.assign(item, looks);
    item.sup = sup;
    item.sub = sub;
    item.width = inlines.widthOfText(item.text, item);
    item.height = height;
    if (!item.leadingCut) item.leadingCut = 0;
    const leading = trimLeading ? item.text.match(LEADING) : null;
    if (leading?.[0]) (item.leadingCut as number) += inlines.widthOfText(leading[0], item);
    item.trailingCut = 0;
    const trailing = trimTrailing ? item.text.match(TRAILING) : null;
    if (trailing?.[0]) item.trailingCut = inlines.widthOfText(trailing[0], item);
  }
  return array;
}

export function fastStyleLookups(): () => void {
  const Stack = moduleOf<StyleContextStackClass>('pdfmake/js/StyleContextStack.js');
  const TextInlines = moduleOf<TextInlinesClass>('pdfmake/js/TextInlines.js');
  const getStyleProperty = Stack.getStyleProperty;
  const measure = TextInlines.prototype.measure;

  Stack.getStyleProperty = function (item, stack, property, defaultValue) {
    const memo = stack?.memo;
    // A word that names a style of its own (pdfmake pushes the names) goes the long way.
    if (
      !memo ||
      (typeof item !== 'string' &&
        (typeof item !== 'object' || item === null || (item as { style?: unknown }).style))
    )
      return getStyleProperty.call(this, item, stack, property, defaultValue);
    if (typeof item === 'object') {
      const own = (item as Record<string, unknown>)[property];
      if (isValue(own)) return own;
    }
    const value = remembered(memo, stack, property);
    return isValue(value) ? value : defaultValue;
  };
  // The stack does not change while a run of words is measured, so its answers hold for the run.
  TextInlines.prototype.measure = function (array, stack) {
    if (!stack) return measure.call(this, array, stack);
    if (array.length > 0 && array.every(bare)) return measureBare(this, array as BareWord[], stack);
    const outer = stack.memo;
    stack.memo = new Map();
    try {
      return measure.call(this, array, stack);
    } finally {
      stack.memo = outer;
    }
  };
  return () => {
    Stack.getStyleProperty = getStyleProperty;
    TextInlines.prototype.measure = measure;
  };
}
