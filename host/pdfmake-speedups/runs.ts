// Whole runs of text: pdfmake draws each word as a text object of its own (its renderer says
// "lines without differently styled inlines should be written to pdf as one stream" as a TODO).
// Words that sit side by side on a line in the same font, size and colour, with no link,
// decoration or page reference, are drawn as one run from the first word's place. pdfkit lays out
// a run word by word from the same cache that measured the words, so every glyph lands where it
// did before (tests/readers/pack-runs-readers.test.ts compares them).
import { isValue, moduleOf } from './internals';

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
  /** The run the next word may join: none after a word that cannot be part of one. */
  let run: Inline | null = null;
  let ownRun = false;
  for (const inline of inlines) {
    if (run && continues(run, inline)) {
      if (!ownRun) {
        run = runFrom(run);
        out[out.length - 1] = run;
        ownRun = true;
      }
      run.text += inline.text;
      run.width += inline.width;
      run.height = Math.max(run.height, inline.height);
    } else {
      run = plain(inline) ? inline : null;
      ownRun = false;
      out.push(inline);
    }
  }
  return out;
}

export function wholeRuns(): () => void {
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
