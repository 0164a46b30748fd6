// A report's place in time: its publication date, else the end of its inspection, as reports
// write their inspection dates.
import { describe, expect, it } from 'vitest';
import { inspectionEndDate, reportDate } from '../../../shared/model';

describe('inspectionEndDate', () => {
  it.each([
    ['3 to 7 November 2025', '2025-11-07'],
    ['30 September to 11 October 2024', '2024-10-11'],
    ['5 November 2014 - 25 November 2014', '2014-11-25'],
    ['14 and 15 May 2024', '2024-05-15'],
    ['Inspection dates: 1st to 12th July 2019', '2019-07-12'],
    ['September 2019', null],
    ['', null],
    [null, null],
  ])('%s → %s', (text, date) => {
    expect(inspectionEndDate(text)).toBe(date);
  });
});

describe('reportDate', () => {
  it('prefers the publication date, then the end of the inspection', () => {
    expect(reportDate({ publishedOn: '2019-12-02', inspectionDates: '3 to 7 November 2019' })).toBe(
      '2019-12-02',
    );
    expect(reportDate({ publishedOn: null, inspectionDates: '3 to 7 November 2019' })).toBe(
      '2019-11-07',
    );
    expect(reportDate({ publishedOn: null, inspectionDates: null })).toBeNull();
  });
});
