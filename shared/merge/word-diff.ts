// Which words differ between two versions of a note, for the conflict screen to mark: the text of
// one version split into runs that are shared with the other, or only in this one. A word-level
// longest common subsequence, which is all a note of a few hundred words needs (no dependency).

export interface DiffRun {
  text: string;
  /** True for words this version has and the other does not. */
  changed: boolean;
}

/** Words (letters, digits and joining marks), single punctuation marks, and runs of spacing. */
const TOKEN = /[\p{L}\p{N}\p{M}'\u2019_-]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const isSpace = (token: string) => token.trim() === '';

/** For each word of `a`, whether it is part of a longest common subsequence with the words of `b`. */
function sharedWords(a: readonly string[], b: readonly string[]): boolean[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // lcs(i, j): the longest common subsequence of a[i..] and b[j..], in one flat row-major array.
  const lengths = new Uint32Array((n + 1) * width);
  const lcs = (i: number, j: number): number => lengths[i * width + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j] ? lcs(i + 1, j + 1) + 1 : Math.max(lcs(i + 1, j), lcs(i, j + 1));
    }
  }
  const shared = new Array<boolean>(n).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      shared[i] = true;
      i++;
      j++;
    } else if (lcs(i + 1, j) >= lcs(i, j + 1)) i++;
    else j++;
  }
  return shared;
}

/** `mine` as runs, marking the words not in `other` (changes of spacing alone are not marked). */
export function markChangedWords(mine: string, other: string): DiffRun[] {
  const all = tokens(mine);
  const words = all.filter((t) => !isSpace(t));
  const shared = sharedWords(
    words,
    tokens(other).filter((t) => !isSpace(t)),
  );
  let w = 0;
  const wordChanged = all.map((token) => (isSpace(token) ? null : shared[w++] !== true));
  // Spacing is marked only between two marked words, so a changed phrase reads as one run.
  const changed = wordChanged.map(
    (flag, k) => flag ?? (wordChanged[k - 1] === true && wordChanged[k + 1] === true),
  );
  const runs: DiffRun[] = [];
  all.forEach((text, k) => {
    const mark = changed[k] === true;
    const last = runs[runs.length - 1];
    if (last && last.changed === mark) last.text += text;
    else runs.push({ text, changed: mark });
  });
  return runs;
}
