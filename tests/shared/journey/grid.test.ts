// The journey grid: areas as rows, inspections as columns named by month and year (never by the
// framework's year), grades in each cell, and columns from before a reorganisation or a change of
// name saying which council the inspection was of.
import { describe, expect, it } from 'vitest';
import { journeyGrid } from '../../../shared/journey/grid';
import { inspectionName, yearInspectionName } from '../../../shared/journey/inspection-name';
import type { Judgement } from '../../../shared/model';

type R = Parameters<typeof journeyGrid>[0][number];
const report = (id: string, over: Partial<R>): R => ({
  id,
  publishedOn: null,
  inspectionDates: null,
  importedAt: '2026-11-27T10:00:00.000Z',
  framework: 'ilacs',
  variant: '2018',
  previousGrades: [],
  authority: 'Leeds',
  authorityCode: '383',
  ...over,
});
const judgement = (
  reportId: string,
  key: string,
  grade: Judgement['grade'],
): Pick<Judgement, 'reportId' | 'key' | 'label' | 'grade' | 'gradeText' | 'score' | 'order'> => ({
  reportId,
  key,
  label: key,
  grade,
  gradeText: grade,
  score: null,
  order: 0,
});

describe('naming inspections by date', () => {
  it('names an inspection by the month its inspection ended, else by publication', () => {
    expect(
      inspectionName({ publishedOn: null, inspectionDates: '30 September to 11 October 2024' }),
    ).toBe('October 2024 inspection');
    expect(inspectionName({ publishedOn: '2015-01-20', inspectionDates: null })).toBe(
      'January 2015 inspection',
    );
    expect(
      inspectionName({ publishedOn: '2022-03-18', inspectionDates: '7 to 18 February 2022' }),
    ).toBe('February 2022 inspection');
    expect(inspectionName({ publishedOn: null, inspectionDates: null })).toBe('undated inspection');
    expect(yearInspectionName(2016)).toBe('2016 inspection');
  });
});

describe('journeyGrid', () => {
  it('puts areas in rows and inspections in columns, oldest first, with the framework as small print', () => {
    const reports = [
      report('r2022', { inspectionDates: '7 to 18 March 2022', variant: '2018' }),
      report('r2025', { inspectionDates: '3 to 14 February 2025', variant: '2023' }),
    ];
    const grid = journeyGrid(
      reports,
      [
        judgement('r2025', 'in_care', 'good'),
        judgement('r2025', 'overall_effectiveness', 'good'),
        judgement('r2022', 'overall_effectiveness', 'requires_improvement'),
        judgement('r2022', 'in_care_and_care_leavers', 'requires_improvement'),
      ],
      '383',
    );
    expect(
      grid.columns.map((c) => [c.heading, c.inspection, c.framework, c.authorityNote]),
    ).toEqual([
      ['March 2022', 'March 2022 inspection', 'ILACS 2018', null],
      ['February 2025', 'February 2025 inspection', 'ILACS 2023', null],
    ]);
    expect(
      grid.rows.map((r) => [r.key, ...r.cells.map((c) => (c ? `${c.grade}/${c.change}` : null))]),
    ).toEqual([
      ['overall_effectiveness', 'requires_improvement/first', 'good/improved'],
      ['in_care_and_care_leavers', 'requires_improvement/first', null],
      ['in_care', null, 'good/improved'],
    ]);
    expect(grid.rows[0]?.cells[1]?.previous?.inspection).toBe('March 2022 inspection');
  });

  it('says which council a column was of across a reorganisation and a change of name', () => {
    const northants = journeyGrid(
      [
        report('old', {
          authority: 'Northamptonshire',
          authorityCode: '928',
          inspectionDates: '1 to 12 May 2019',
        }),
        report('new', {
          authority: 'North Northamptonshire',
          authorityCode: '940',
          inspectionDates: '1 to 12 May 2024',
          variant: '2023',
        }),
      ],
      [
        judgement('old', 'overall_effectiveness', 'inadequate'),
        judgement('new', 'overall_effectiveness', 'requires_improvement'),
      ],
      '940',
    );
    expect(northants.columns.map((c) => c.authorityNote)).toEqual(['as Northamptonshire', null]);
    const northYorkshire = journeyGrid(
      [
        report('a', {
          authority: 'North Yorkshire',
          authorityCode: '815',
          publishedOn: '2018-08-06',
        }),
        report('b', {
          authority: 'North Yorkshire',
          authorityCode: '815',
          inspectionDates: '3 to 14 March 2025',
          variant: '2023',
        }),
      ],
      [
        judgement('a', 'overall_effectiveness', 'outstanding'),
        judgement('b', 'overall_effectiveness', 'outstanding'),
      ],
      '815',
    );
    expect(northYorkshire.columns.map((c) => c.authorityNote)).toEqual([
      'as North Yorkshire County Council',
      null,
    ]);
  });

  it('gives grades a later report states for an earlier inspection a column of their year', () => {
    const grid = journeyGrid(
      [
        report('r', {
          publishedOn: '2019-11-04',
          previousGrades: [
            {
              key: 'overall_effectiveness',
              label: 'Overall effectiveness',
              year: 2015,
              grade: 'requires_improvement',
            },
          ],
        }),
      ],
      [judgement('r', 'overall_effectiveness', 'inadequate')],
      '383',
    );
    expect(grid.columns.map((c) => [c.heading, c.inspection, c.framework])).toEqual([
      ['2015', '2015 inspection', 'Stated in a later report'],
      ['November 2019', 'November 2019 inspection', 'ILACS 2018'],
    ]);
    expect(grid.rows[0]?.cells.map((c) => c?.change)).toEqual(['first', 'declined']);
  });
});
