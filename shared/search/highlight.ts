// Splits a text into plain and matching pieces, so search matches can be shown in <mark>.

export interface TextPiece {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Marks every word of `text` that equals one of `terms` (case-insensitive); MiniSearch reports
 * the indexed words that matched, so equality is enough. */
export function highlightPieces(text: string, terms: readonly string[]): TextPiece[] {
  const wanted = new Set(terms.map((t) => t.toLowerCase()));
  if (wanted.size === 0) return [{ text, match: false }];
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!wanted.has(m[0].toLowerCase())) continue;
    const start = m.index;
    if (start > last) pieces.push({ text: text.slice(last, start), match: false });
    pieces.push({ text: m[0], match: true });
    last = start + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), match: false });
  return pieces;
}
