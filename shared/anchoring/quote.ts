// Text-quote selectors (W3C Web Annotation): where a quote stands in a text, and a fresh selector
// for a place. Matching tolerates changes of whitespace and quote marks.
import type { TextQuoteSelector } from '../model';

export const CONTEXT_CHARS = 32;

/** A selector for text[start, end), with up to CONTEXT_CHARS of context either side. */
export function selectorAt(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Every place `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  let at = text.indexOf(needle);
  while (at >= 0) {
    found.push(at);
    at = text.indexOf(needle, at + 1);
  }
  return found;
}

/** Text with whitespace runs collapsed and quote marks and dashes made plain, lower-cased, with a
 * map from each folded character back to its place in the original. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    let ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      if (inSpace || folded.length === 0) continue;
      inSpace = true;
      ch = ' ';
    } else {
      inSpace = false;
      ch = ch
        .toLowerCase()
        .replace(/[\u2018\u2019\u02bc`]/, "'")
        .replace(/[\u201c\u201d]/, '"')
        .replace(/[\u2010-\u2015]/, '-');
    }
    folded += ch;
    map.push(i);
  }
  return { folded, map };
}

/** Word-level similarity of two texts (Dice coefficient over word sets), 0 to 1. */
export function similarity(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9']+/g) ?? []);
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return (2 * shared) / (wa.size + wb.size);
}
