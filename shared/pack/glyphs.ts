// Missing glyphs: characters the PDF's embedded font cannot draw (emoji, Arabic, Hebrew...) are
// reported to the member rather than silently printed as blanks.
import { create } from 'fontkit';
import { blockTexts, type PackDocument } from './document';

export type CoversCodePoint = (codePoint: number) => boolean;

/** Drawn by any of several fonts. */
export function anyOf(...fonts: CoversCodePoint[]): CoversCodePoint {
  return (codePoint) => {
    for (const covers of fonts) if (covers(codePoint)) return true;
    return false;
  };
}

/** What a font file can draw, from its own character map. */
export function fontCoverage(fontBytes: Uint8Array): CoversCodePoint {
  const font = create(fontBytes);
  const cache = new Map<number, boolean>();
  return (codePoint) => {
    let known = cache.get(codePoint);
    if (known === undefined) {
      known = font.hasGlyphForCodePoint(codePoint);
      cache.set(codePoint, known);
    }
    return known;
  };
}

/** Characters that need no glyph of their own: spaces, joiners and variation selectors. */
function invisible(codePoint: number): boolean {
  return (
    codePoint < 0x20 ||
    codePoint === 0x200d ||
    codePoint === 0x200c ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    codePoint === 0x2028 ||
    codePoint === 0x2029
  );
}

/** One warning per pack naming the characters the font lacks and the text they are in. */
export function missingGlyphWarnings(
  pack: PackDocument,
  covers: CoversCodePoint,
  fontName: string,
): string[] {
  const missing = new Set<string>();
  const where: string[] = [];
  for (const block of pack.blocks) {
    for (const text of blockTexts(block)) {
      let found = false;
      // By code point, without a string for each character (a large pack has millions).
      for (let i = 0; i < text.length;) {
        const cp = text.codePointAt(i) ?? 0;
        i += cp > 0xffff ? 2 : 1;
        if (invisible(cp) || covers(cp)) continue;
        missing.add(String.fromCodePoint(cp));
        found = true;
      }
      if (found && where.length < 3)
        where.push(`"${text.slice(0, 40)}${text.length > 40 ? '…' : ''}"`);
    }
  }
  if (missing.size === 0) return [];
  const sample = [...missing].slice(0, 12).join(' ');
  return [
    `The fast PDF's fonts (${fontName} and Noto for Arabic and Hebrew) have no letters for ${missing.size} character${missing.size === 1 ? '' : 's'} (${sample}), so the fast PDF prints them as empty boxes; the Word file and the accessible PDF keep them. Found in ${where.join(', ')}.`,
  ];
}
