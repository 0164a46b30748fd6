// Which words differ between two versions of a note, for the conflict screen to mark: the text of
// one version split into runs that are shared with the other, or only in this one.
import { diffWords } from 'diff';

export interface DiffRun {
  text: string;
  /** True for words this version has and the other does not. */
  changed: boolean;
}

/** `mine` as runs, marking the words not in `other` (changes of spacing alone are not marked). */
export function markChangedWords(mine: string, other: string): DiffRun[] {
  const runs: DiffRun[] = [];
  for (const part of diffWords(other, mine)) {
    if (part.removed) continue;
    const changed = part.added === true && part.value.trim() !== '';
    const last = runs[runs.length - 1];
    if (last && last.changed === changed) last.text += part.value;
    else runs.push({ text: part.value, changed });
  }
  return runs;
}
