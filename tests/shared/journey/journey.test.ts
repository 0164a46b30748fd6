// An authority's journey: judgements in date order, each compared with the last grade for its area.
import { describe, expect, it } from 'vitest';
import {
  authorityJourney,
  compareGrades,
  judgementInJourney,
} from '../../../shared/journey/journey';
import type { Judgement, Report } from '../../../shared/model';

type R = Pick<
  Report,
  | 'id'
  | 'publishedOn'
  | 'inspectionDates'
  | 'framework'
  | 'variant'
  | 'previousGrades'
  | 'importedAt'
>;
type J = Pick<Judgement, 'reportId' | 'key' | 'label' | 'grade' | 'gradeText' | 'score' | 'order'>;

const report = (
  id: string,
  publishedOn: string | null,
  framework: Report['framework'],
  previousGrades: R['previousGrades'] = [],
  inspectionDates: string | null = null,
): R => ({
  id,
  publishedOn,
  inspectionDates,
  importedAt: '2026-11-27T10:00:00.000Z',
  framework,
  variant: null,
  previousGrades,
});
const judgement = (
  reportId: string,
  key: string,
  grade: J['grade'],
  score: number | null = null,
): J => ({
  reportId,
  key,
  label: key,
  grade,
  gradeText: grade,
  score,
  order: 0,
});

describe('authorityJourney', () => {
  it('places a report that prints no publication date by the end of its inspection', () => {
    const journey = authorityJourney(
      [
        report('ilacs', null, 'ilacs', [], '23 September to 4 October 2019'),
        report('sif', '2015-01-20', 'sif'),
      ],
      [
        judgement('ilacs', 'overall_effectiveness', 'inadequate'),
        judgement('sif', 'overall_effectiveness', 'requires_improvement'),
      ],
    );
    expect(journey.map((e) => [e.year, e.date, e.change])).toEqual([
      [2015, '2015-01-20', 'first'],
      [2019, '2019-10-04', 'declined'],
    ]);
  });

  it('orders judgements by date and says which improved and which declined', () => {
    const journey = authorityJourney(
      [report('b', '2019-07-01', 'ilacs'), report('a', '2016-03-01', 'sif')],
      [
        judgement('b', 'overall_effectiveness', 'good'),
        judgement('a', 'overall_effectiveness', 'requires_improvement'),
        judgement('a', 'leaders', 'good'),
        judgement('b', 'leaders', 'inadequate'),
      ],
    );
    expect(journey.map((e) => [e.year, e.key, e.change])).toEqual([
      [2016, 'leaders', 'first'],
      [2016, 'overall_effectiveness', 'first'],
      [2019, 'leaders', 'declined'],
      [2019, 'overall_effectiveness', 'improved'],
    ]);
    expect(judgementInJourney(journey, 'b', 'overall_effectiveness')?.previous).toMatchObject({
      year: 2016,
      grade: 'requires_improvement',
    });
  });

  it('fills a year with no report from a grade a later report states, taking a bare grade as overall', () => {
    const journey = authorityJourney(
      [
        report('d', '2019-11-04', 'summary', [
          { key: null, label: 'SIF 2016', grade: 'requires_improvement', year: 2016 },
        ]),
      ],
      [judgement('d', 'overall_effectiveness', 'requires_improvement')],
    );
    expect(journey.map((e) => [e.reportId, e.year, e.change])).toEqual([
      [null, 2016, 'first'],
      ['d', 2019, 'same'],
    ]);
  });

  it('places a report with no publication date at its import, after the grades it states', () => {
    const journey = authorityJourney(
      [
        report('d', null, 'summary', [
          { key: null, label: 'SIF 2016', grade: 'requires_improvement', year: 2016 },
        ]),
      ],
      [judgement('d', 'overall_effectiveness', 'good')],
    );
    expect(journey.map((e) => [e.reportId, e.year, e.change])).toEqual([
      [null, 2016, 'first'],
      ['d', null, 'improved'],
    ]);
  });

  it('does not repeat a stated grade the library already holds as a report', () => {
    const journey = authorityJourney(
      [
        report('old', '2016-05-01', 'sif'),
        report('new', '2019-11-04', 'ilacs', [
          { key: 'overall_effectiveness', label: 'x', grade: 'inadequate', year: 2016 },
        ]),
      ],
      [judgement('old', 'overall_effectiveness', 'requires_improvement')],
    );
    expect(journey).toHaveLength(1);
  });

  it('compares the combined 2018 area with the separate areas judged later', () => {
    const journey = authorityJourney(
      [report('a', '2019-01-01', 'ilacs'), report('b', '2024-01-01', 'ilacs')],
      [
        judgement('a', 'in_care_and_care_leavers', 'good'),
        judgement('b', 'care_leavers', 'inadequate'),
        judgement('b', 'in_care', 'outstanding'),
      ],
    );
    expect(judgementInJourney(journey, 'b', 'care_leavers')?.change).toBe('declined');
    expect(judgementInJourney(journey, 'b', 'in_care')?.change).toBe('improved');
  });
});

describe('compareGrades', () => {
  it('compares scores by value and refuses to compare a score with a grade', () => {
    expect(compareGrades({ grade: 'score', score: 2 }, { grade: 'score', score: 3 })).toBe(
      'improved',
    );
    expect(compareGrades({ grade: 'good', score: null }, { grade: 'score', score: 3 })).toBe(
      'not_comparable',
    );
    expect(
      compareGrades({ grade: 'outstanding', score: null }, { grade: 'good', score: null }),
    ).toBe('declined');
  });
});
