// bestMatches answers as MiniSearch's own search() does (same order, same scores, same count),
// keeping only the best few; it leans on MiniSearch internals, so this is what catches an upgrade.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { bestMatches } from '../../../shared/search/best';

interface Doc {
  id: string;
  group: string;
  text: string;
}

const WORDS = [
  'care',
  'carers',
  'career',
  'leavers',
  'plan',
  'plans',
  'pathway',
  'review',
  'visit',
  'drift',
];

function documents(count: number): Doc[] {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) => ({
    id: `d${i}`,
    group: `g${i % 3}`,
    // Every fifth document repeats an earlier one's words, so scores tie.
    text:
      i % 5 === 0
        ? 'care plan review'
        : Array.from(
            { length: 3 + Math.floor(next() * 8) },
            () => WORDS[Math.floor(next() * WORDS.length)],
          ).join(' '),
  }));
}

function index(): MiniSearch<Doc> {
  const search = new MiniSearch<Doc>({
    fields: ['text'],
    storeFields: ['group'],
    searchOptions: { combineWith: 'AND' },
  });
  search.addAll(documents(400));
  return search;
}

describe('bestMatches', () => {
  const search = index();
  const prefix = (_t: string, i: number, terms: string[]) => i === terms.length - 1;

  it('gives the first of search() answers in the same order, with the same scores and words, and counts them all', () => {
    for (const query of ['care', 'care pla', 'plan review', 'drift', 'nothing here']) {
      const all = search.search(query, { prefix });
      for (const limit of [1, 10, 50, Infinity]) {
        const { best, total } = bestMatches(search, query, { prefix }, limit);
        expect(total).toBe(all.length);
        expect(best.map((m) => [m.id, m.score, Object.keys(m.match)])).toEqual(
          all.slice(0, limit).map((r) => [r.id, r.score, r.terms]),
        );
      }
    }
    expect(search.search('care plan review').length).toBeGreaterThan(80);
  });

  it('counts and ranks only the matches kept, and hands back their stored fields', () => {
    const all = search.search('care', { prefix, filter: (r) => r.group === 'g1' });
    const { best, total } = bestMatches(
      search,
      'care',
      { prefix },
      5,
      (stored) => stored.group === 'g1',
    );
    expect(total).toBe(all.length);
    expect(best.map((m) => m.id)).toEqual(all.slice(0, 5).map((r) => r.id));
    expect(best.every((m) => m.stored.group === 'g1')).toBe(true);
  });
});
