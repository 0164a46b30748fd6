// The accuracy harness: reads the answer key, compares each field, and counts what is gated.
import { describe, expect, it } from 'vitest';
import { compare, fieldTotals, parseExpectedCsv, THRESHOLDS } from '../../scripts/eval-corpus';
import { importText } from '../../shared/import/import-report';
import { fixture } from '../fixtures/reports/make-files';

const CSV = `file,authority,published,framework,variant,overall_effectiveness,leaders,help_and_protection,in_care,care_leavers,in_care_and_care_leavers,adoption,lscb
lowmoor.txt,lowmoor,2025-04-01,ilacs,2023,requires_improvement,requires_improvement,good,requires_improvement,outstanding,,,
old.pdf,oldshire,2013-01-01,other,,,,,,,,,
gone.pdf,birmingham,2012-10-19,not-a-pdf,,,,,,,,,
`;
const deps = { now: () => new Date('2026-01-01T00:00:00Z') };

describe('the corpus evaluation', () => {
  it('reads the answer key', () => {
    const rows = parseExpectedCsv(CSV);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      file: 'lowmoor.txt',
      framework: 'ilacs',
      variant: '2023',
      grades: { care_leavers: 'outstanding', adoption: '' },
    });
  });

  it('marks every field of a report read right, and does not count a publication date the report does not print', () => {
    const [row] = parseExpectedCsv(CSV);
    if (!row) throw new Error('no row');
    const outcome = compare(row, importText(fixture('ilacs-2023-lowmoor.txt'), deps), null);
    expect(outcome.checks.filter((c) => !c.ok)).toEqual([]);
    expect(outcome.checks.some((c) => c.field.startsWith('publishedOn'))).toBe(false);
    expect(outcome.printedPublication).toBeNull();
    expect(outcome.extracted).toEqual({
      leadInspector: 'Priya Natarajan',
      whatNeedsToImproveCount: 2,
    });
  });

  it('gates a printed publication date on the date printed, and notes a key that differs', () => {
    const [row] = parseExpectedCsv(
      `${CSV.split('\n')[0]}\nwestbury.txt,westbury,2015-08-06,sif,,,,,,,,,\n`,
    );
    if (!row) throw new Error('no row');
    const read = importText(fixture('sif-westbury.txt'), deps);
    const outcome = compare(row, read, null);
    expect(outcome.printedPublication).toBe('2015-08-04');
    const dated = outcome.checks.filter((c) => c.field.startsWith('publishedOn'));
    expect(dated.map((c) => [c.field, c.expected, c.actual, c.ok, c.gated])).toEqual([
      ['publishedOn', '2015-08-04', '2015-08-04', true, true],
      ['publishedOn vs key', '2015-08-06', '2015-08-04', false, false],
    ]);
    const missed = compare(row, { ...read, report: { ...read.report, publishedOn: null } }, null);
    const check = missed.checks.find((c) => c.field === 'publishedOn');
    expect([check?.ok, check?.gated]).toEqual([false, true]);
    expect(THRESHOLDS.publishedOn).toBe(1);
  });

  it('counts a wrong grade against the judgements and fails their pass mark', () => {
    const [row] = parseExpectedCsv(
      CSV.replace(
        'requires_improvement,good,requires',
        'requires_improvement,outstanding,requires',
      ),
    );
    if (!row) throw new Error('no row');
    const totals = fieldTotals([
      compare(row, importText(fixture('ilacs-2023-lowmoor.txt'), deps), null),
    ]);
    const judgements = totals.get('judgements');
    expect(judgements).toEqual({ right: 7, total: 8, gated: true });
    expect((judgements?.right ?? 0) / (judgements?.total ?? 1)).toBeLessThan(
      THRESHOLDS.judgements ?? 1,
    );
  });

  it('accepts a refused not-a-pdf file, and requires no standard keys for the older scale', () => {
    const rows = parseExpectedCsv(CSV);
    const gone = rows[2];
    const old = rows[1];
    if (!gone || !old) throw new Error('rows missing');
    expect(compare(gone, null, 'not a PDF').checks.every((c) => c.ok)).toBe(true);
    const graded = importText(fixture('ilacs-2023-lowmoor.txt'), deps);
    const check = compare(old, graded, null).checks.find((c) => c.field === 'no standard keys');
    expect(check?.ok).toBe(false);
  });
});
