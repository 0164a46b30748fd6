// Letters the fast PDF's main font (Roboto) lacks, drawn in a fallback font instead: Arabic in
// Noto Naskh Arabic, Hebrew in Noto Sans Hebrew (both OFL, embedded only when used). pdfmake has
// no fallback of its own, so each piece of text is split into runs by the font that can draw it.

export const ARABIC_FONT = 'NotoNaskhArabic';
export const HEBREW_FONT = 'NotoSansHebrew';
export type FallbackFont = typeof ARABIC_FONT | typeof HEBREW_FONT;

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const HEBREW = /[\u0590-\u05FF\uFB1D-\uFB4F]/u;
const ANY = /[\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

export function fallbackFontOf(ch: string): FallbackFont | null {
  if (ARABIC.test(ch)) return ARABIC_FONT;
  if (HEBREW.test(ch)) return HEBREW_FONT;
  return null;
}

function isRtl(font: FallbackFont): boolean {
  return font === ARABIC_FONT || font === HEBREW_FONT;
}

export interface ScriptRun {
  text: string;
  font: FallbackFont | null;
}

/** Text split into runs by font; spaces, digits and punctuation between two words of one script
 * stay with that script, so a phrase is one run. Text with no such letter is one run, untouched. */
export function scriptRuns(text: string): ScriptRun[] {
  if (!ANY.test(text)) return [{ text, font: null }];
  const chars = [...text];
  // undefined: a neutral character, which takes the font of the letters either side when they agree.
  const fonts: (FallbackFont | null | undefined)[] = chars.map((ch) =>
    /[\s\p{P}\p{N}\p{S}]/u.test(ch) ? undefined : fallbackFontOf(ch),
  );
  for (let i = 0; i < fonts.length; i += 1) {
    if (fonts[i] !== undefined) continue;
    let end = i;
    while (end < fonts.length && fonts[end] === undefined) end += 1;
    const before = i > 0 ? fonts[i - 1] : null;
    const after = end < fonts.length ? fonts[end] : null;
    const font = before === after ? (before ?? null) : null;
    for (let j = i; j < end; j += 1) fonts[j] = font;
    i = end - 1;
  }
  const runs: ScriptRun[] = [];
  chars.forEach((ch, i) => {
    const font = fonts[i] ?? null;
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += ch;
    else runs.push({ text: ch, font });
  });
  // pdfmake lays out a line word by word from the left; fontkit shapes and orders the letters
  // within each word, so a right-to-left phrase needs its words in reverse to read correctly on
  // one line (a phrase that wraps onto a second line reads its lines top to bottom). Each word's
  // trailing space is drawn on its left once shaped right to left, so every word keeps one.
  return runs.map((r) =>
    r.font && isRtl(r.font)
      ? { ...r, text: `${r.text.trim().split(/ +/).reverse().join(' ')} ` }
      : r,
  );
}
