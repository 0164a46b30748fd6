// A finding's text cut into pieces for display: which words a member highlighted, and which
// matched the search.
import { highlightPieces } from '../../shared/search/highlight';

export interface DisplayPiece {
  text: string;
  quote: boolean;
  hit: boolean;
}

/** `quotes` are [start, end) ranges in `text`, in any order, possibly overlapping. */
export function displayPieces(
  text: string,
  quotes: readonly { start: number; end: number }[],
  terms: readonly string[],
): DisplayPiece[] {
  const inQuote = new Uint8Array(text.length);
  for (const q of quotes) inQuote.fill(1, Math.max(0, q.start), Math.min(text.length, q.end));
  const out: DisplayPiece[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || inQuote[i] !== inQuote[start]) {
      const quote = inQuote[start] === 1;
      for (const p of highlightPieces(text.slice(start, i), terms))
        out.push({ text: p.text, quote, hit: p.match });
      start = i;
    }
  }
  return out;
}
