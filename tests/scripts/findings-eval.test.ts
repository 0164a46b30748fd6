// The findings evaluation: a key paragraph split by a page break counts as cut, page furniture as
// spurious, and a balanced paragraph is right with either kind only when the importer says so.
import { describe, expect, it } from 'vitest';
import {
  csvCells,
  kindAgrees,
  parseKey,
  passes,
  rates,
  scoreReport,
} from '../../scripts/findings-eval';

const KEY = `n,page,kind,balanced,first_words,last_words
1,2,strength,,"Children and families benefit from a","met at an earlier stage."
2,2,improvement,yes,"More needs to be done to","the national average of 7.6%."
3,3,recommendation,,"Improve access to early help and","(TAC) processes."`;

const whole1 =
  'Children and families benefit from a wide range of effective early help services, so that needs are met at an earlier stage.';
const whole2 =
  'More needs to be done to ensure that secondary schools are engaged. That is above the national average of 7.6%.';
const whole3 =
  'Improve access to early help and support for older children through Common Assessment Framework and Team around the Child (TAC) processes.';

describe('scoring findings against the key', () => {
  it('reads quoted cells with commas', () => {
    expect(csvCells('1,"a, b","say ""hi"""')).toEqual(['1', 'a, b', 'say "hi"']);
    expect(parseKey(KEY)[1]).toMatchObject({
      n: 2,
      kind: 'improvement',
      balanced: true,
      first: 'More needs to be done to',
    });
  });

  it('counts every paragraph whole and every kind right when the import agrees', () => {
    const score = scoreReport(parseKey(KEY), [
      { kind: 'strength', text: whole1 },
      { kind: 'improvement', text: whole2 },
      { kind: 'recommendation', text: `• ${whole3}` },
    ]);
    expect(score).toMatchObject({ rows: 3, matched: 3, kindRight: 3, cut: 0, spurious: 0 });
    expect(passes(score)).toBe(true);
  });

  it('counts a paragraph split by a page break as cut, its tail and a running footer as spurious', () => {
    const score = scoreReport(parseKey(KEY), [
      { kind: 'strength', text: whole1 },
      { kind: 'improvement', text: 'More needs to be done to ensure that secondary' },
      {
        kind: 'context',
        text: 'Inspection of Northvale local authority children’s services 3 to 14 June 2024',
      },
      {
        kind: 'improvement',
        text: 'schools are engaged. That is above the national average of 7.6%.',
      },
      { kind: 'recommendation', text: whole3 },
    ]);
    expect(score).toMatchObject({ matched: 3, cut: 1, spurious: 2 });
    expect(rates(score).cutOrSpurious).toBeCloseTo(1, 5);
    expect(passes(score)).toBe(false);
  });

  it('takes either kind of a balanced paragraph only when the finding is marked balanced', () => {
    const [, balanced] = parseKey(KEY);
    if (!balanced) throw new Error('key row missing');
    expect(kindAgrees(balanced, { kind: 'strength' })).toBe(false);
    expect(
      kindAgrees(balanced, { kind: 'strength', balance: { strength: ['a'], improvement: ['b'] } }),
    ).toBe(true);
    expect(
      kindAgrees(balanced, { kind: 'context', balance: { strength: ['a'], improvement: ['b'] } }),
    ).toBe(false);
  });

  it('finds a wrong kind', () => {
    const score = scoreReport(parseKey(KEY), [
      { kind: 'improvement', text: whole1 },
      { kind: 'improvement', text: whole2 },
      { kind: 'recommendation', text: whole3 },
    ]);
    expect(score.kindRight).toBe(2);
    expect(score.wrong.map((o) => o.row.n)).toEqual([1]);
  });
});
