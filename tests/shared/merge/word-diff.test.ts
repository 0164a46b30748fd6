// The conflict screen's marked words: each version shows the words the other lacks.
import { describe, expect, it } from 'vitest';
import { markChangedWords } from '../../../shared/merge';

const marked = (mine: string, other: string) =>
  markChangedWords(mine, other)
    .filter((r) => r.changed)
    .map((r) => r.text.trim());

describe('markChangedWords', () => {
  it('marks only the words one version has and the other does not', () => {
    const amara = 'Ask the director why pathway plans lag behind for 18 year olds.';
    const ben = 'Ask the director why pathway plans are late for care leavers.';
    expect(marked(amara, ben)).toEqual(['lag behind', '18 year olds']);
    expect(marked(ben, amara)).toEqual(['are late', 'care leavers']);
  });

  it('gives back the whole text, unchanged, in its runs', () => {
    const mine = 'Raise at panel: the audit of\nplacements is overdue.';
    expect(
      markChangedWords(mine, 'Raise at the next panel: the audit is overdue.')
        .map((r) => r.text)
        .join(''),
    ).toBe(mine);
  });

  it('marks nothing when the words are the same, and everything when nothing is shared', () => {
    expect(marked('same words here', 'same words here')).toEqual([]);
    expect(marked('entirely new', '')).toEqual(['entirely new']);
  });
});
