// Two speed-ups for pdfmake 0.3 in Node, where a large briefing pack is set word by word:
//
// 1. Style look-ups. pdfmake measures each word with some twenty style look-ups, each pushing the
//    word on the style stack, walking it and popping it again. A word that names no style of its
//    own resolves a property to its own value or else to the stack's, so the stack's answer is
//    taken once per property for a whole run of words: the same values, without the churn.
// 2. Whole runs of text. pdfmake draws each word as a text object of its own (its renderer says
//    "lines without differently styled inlines should be written to pdf as one stream" as a
//    TODO). Words that sit side by side on a line in the same font, size and colour, with no link,
//    decoration or page reference, are drawn as one run from the first word's place. pdfkit lays
//    out a run word by word from the same cache that measured the words, so every glyph lands
//    where it did before (tests/readers/pack-runs-readers.test.ts compares them).
// 3. Word widths. pdfkit measures a word by walking it letter by letter even when it has measured
//    it before; each font now remembers the width of each string it has measured without
//    features, and scales it as pdfkit does.
//
// All are installed by `installPdfmakeSpeedups`, which returns a function that takes them out.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The parts of pdfmake's internals the speed-ups touch (pdfmake/js, CommonJS). */
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
interface TextInlinesClass {
  prototype: { measure(array: unknown[], stack: StyleStack | null | undefined): unknown[] };
}
interface Inline {
  text: string;
  x: number;
  width: number;
  height: number;
  font: unknown;
  fontSize: number;
  color: unknown;
  opacity: unknown;
  characterSpacing?: number;
  fontFeatures?: unknown;
  sup?: boolean;
  sub?: boolean;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  decoration?: unknown;
  background?: unknown;
  _pageNodeRef?: unknown;
}
interface Line {
  inlines: Inline[];
}
interface RendererClass {
  prototype: { renderLine(line: Line, x: number, y: number): void };
}

const isValue = (value: unknown): boolean => value !== undefined && value !== null;

function moduleOf<T>(path: string): T {
  return (require(path) as { default: T }).default;
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

function fastStyleLookups(): () => void {
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

/** Whether an inline is plain text that can be drawn as part of a longer run. */
function plain(inline: Inline): boolean {
  return (
    !isValue(inline.link) &&
    !isValue(inline.linkToPage) &&
    !isValue(inline.linkToDestination) &&
    !isValue(inline.decoration) &&
    !isValue(inline.background) &&
    !isValue(inline.fontFeatures) &&
    !inline.characterSpacing &&
    !inline._pageNodeRef
  );
}

/** Whether `next` continues `run`: same look, and starting where the run ends. */
function continues(run: Inline, next: Inline): boolean {
  return (
    plain(next) &&
    next.font === run.font &&
    next.fontSize === run.fontSize &&
    next.color === run.color &&
    next.opacity === run.opacity &&
    Boolean(next.sup) === Boolean(run.sup) &&
    Boolean(next.sub) === Boolean(run.sub) &&
    Math.abs(run.x + run.width - next.x) < 1e-6
  );
}

/** A new run starting with `first`: what pdfmake's renderer and decorator read of an inline
 * (pdfmake's own inlines carry some thirty properties, slow to copy). */
function runFrom(first: Inline): Inline {
  return {
    text: first.text,
    x: first.x,
    width: first.width,
    height: first.height,
    font: first.font,
    fontSize: first.fontSize,
    color: first.color,
    opacity: first.opacity,
    sup: first.sup,
    sub: first.sub,
  };
}

/** A line's inlines with side-by-side words of the same look joined into runs. The words given
 * are left as they were. */
export function joinRuns(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  let run: Inline | null = null;
  let ownRun = false;
  for (const inline of inlines) {
    if (run && plain(run) && continues(run, inline)) {
      if (!ownRun) {
        run = runFrom(run);
        out[out.length - 1] = run;
        ownRun = true;
      }
      run.text += inline.text;
      run.width += inline.width;
      run.height = Math.max(run.height, inline.height);
    } else {
      run = inline;
      ownRun = false;
      out.push(inline);
    }
  }
  return out;
}

function wholeRuns(): () => void {
  const Renderer = moduleOf<RendererClass>('pdfmake/js/Renderer.js');
  const renderLine = Renderer.prototype.renderLine;
  Renderer.prototype.renderLine = function (line, x, y) {
    const inlines = joinRuns(line.inlines);
    if (inlines.length === line.inlines.length) return renderLine.call(this, line, x, y);
    // The line is drawn from its runs, and given its words back.
    const words = line.inlines;
    line.inlines = inlines;
    try {
      renderLine.call(this, line, x, y);
    } finally {
      line.inlines = words;
    }
  };
  return () => {
    Renderer.prototype.renderLine = renderLine;
  };
}

interface EmbeddedFont {
  widthOfString(text: string, size: number, features?: unknown): number;
}
interface PdfDocumentClass {
  prototype: { provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont };
}

/** A font that remembers each string's width at 1,000 units, as pdfkit works it out. */
function rememberingWidths(font: EmbeddedFont): EmbeddedFont {
  const widthOfString = font.widthOfString;
  const widths = new Map<string, number>();
  font.widthOfString = function (text, size, features) {
    if (features) return widthOfString.call(this, text, size, features);
    let width = widths.get(text);
    if (width === undefined) {
      width = widthOfString.call(this, text, 1000);
      widths.set(text, width);
    }
    return width * (size / 1000);
  };
  return font;
}

function rememberedWidths(): () => void {
  const PdfDocument = moduleOf<PdfDocumentClass>('pdfmake/js/PDFDocument.js');
  const provideFont = PdfDocument.prototype.provideFont;
  const fonts = new WeakSet<EmbeddedFont>();
  PdfDocument.prototype.provideFont = function (family, bold, italics) {
    const font = provideFont.call(this, family, bold, italics);
    if (!fonts.has(font)) fonts.add(rememberingWidths(font));
    return font;
  };
  return () => {
    PdfDocument.prototype.provideFont = provideFont;
  };
}

/** Installs the speed-ups in the pdfmake that `import 'pdfmake'` loads; returns their removal. */
export function installPdfmakeSpeedups(): () => void {
  const removals = [fastStyleLookups(), wholeRuns(), rememberedWidths()];
  return () => removals.forEach((remove) => remove());
}
