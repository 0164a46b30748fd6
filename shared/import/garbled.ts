// Text that decodes to nonsense: a PDF whose font maps glyphs to the wrong letters ("Wkh fkloguhq"),
// or a file read in the wrong encoding. It reads as words to the pipeline but not to a member, so
// it is flagged rather than saved silently. English prose is about a third function words.
const COMMON = new Set(
  'the and of to in a is for are that with on be by as this have has their they not at or from it was were an been who when where which how all there these than also well'.split(
    ' ',
  ),
);

/** True when the text is plainly not English prose: almost none of its words are the commonest
 * English words, or it is thick with private-use or replacement characters. */
export function looksGarbled(text: string): boolean {
  const sample = text.slice(0, 50_000);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 80) return false;
  let common = 0;
  for (const word of words) if (COMMON.has(word)) common += 1;
  const odd = sample.match(/[\ue000-\uf8ff\ufffd]/g)?.length ?? 0;
  return common < words.length * 0.05 || odd > sample.length * 0.05;
}

export const GARBLED_WARNING =
  "Much of this text does not read as English (the file's fonts may not map to real letters, or its encoding is wrong); compare it with the original before relying on it, or import the Word or text version.";
