// moveItem: the reorder behind drag and the Move up / Move down buttons.
import { describe, expect, it } from 'vitest';
import { moveItem } from '../../../shared/pack/reorder';

describe('moveItem', () => {
  it('moves an item up, down, to the start and to the end', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 1, 2)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('changes nothing for a move off either end, and never mutates its input', () => {
    const items = ['a', 'b'] as const;
    expect(moveItem(items, 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(items, 1, 2)).toEqual(['a', 'b']);
    expect(items).toEqual(['a', 'b']);
  });
});
