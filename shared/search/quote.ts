// W3C TextQuoteSelector: describe a stretch of a finding by its words and a little context, and
// find it again in the same or a revised text.
import type { TextQuoteSelector } from '../model';

export const QUOTE_CONTEXT = 32;

export function quoteSelector(
  text: string,
  start: number,
  end: number,
  context = QUOTE_CONTEXT,
): TextQuoteSelector | null {
  const from = Math.max(0, Math.min(start, end));
  const to = Math.min(text.length, Math.max(start, end));
  const exact = text.slice(from, to);
  if (!exact.trim()) return null;
  return {
    type: 'TextQuoteSelector',
    exact,
    prefix: text.slice(Math.max(0, from - context), from),
    suffix: text.slice(to, to + context),
  };
}

/** Where the quote stands in `text`: among all places the exact words occur, the one whose
 * surroundings agree best with the prefix and suffix. Null when the words are gone. */
export function anchorQuote(
  text: string,
  selector: TextQuoteSelector,
): { start: number; end: number } | null {
  let best: { start: number; score: number } | null = null;
  for (
    let at = text.indexOf(selector.exact);
    at !== -1;
    at = text.indexOf(selector.exact, at + 1)
  ) {
    const score =
      commonSuffix(text.slice(Math.max(0, at - selector.prefix.length), at), selector.prefix) +
      commonPrefix(
        text.slice(at + selector.exact.length, at + selector.exact.length + selector.suffix.length),
        selector.suffix,
      );
    if (!best || score > best.score) best = { start: at, score };
  }
  return best ? { start: best.start, end: best.start + selector.exact.length } : null;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}
