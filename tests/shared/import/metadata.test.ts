// The report's particulars as the report prints them: the lead inspector from the title page or
// from the SIF sign-off wherever it sits, the inspection dates and the publication date; nothing
// guessed where the report prints nothing.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import/import-report';
import { fixture } from '../../fixtures/reports/make-files';
import { deps, importFixture } from './helpers';

describe('lead inspector, inspection dates and publication date', () => {
  it('reads the SIF sign-off that sits after the summary, not at the end, without its "Senior HMI"', () => {
    const result = importFixture('sif-redbrook-signoff.txt');
    expect(result.report.framework).toBe('sif');
    expect(result.report).toMatchObject({
      leadInspector: 'Hannah Oyelaran',
      inspectionDates: '3 March 2014 – 27 March 2014',
      publishedOn: '2014-05-09',
    });
    // The sign-off block and prose about "the lead inspector" are not findings.
    expect(
      result.findings.some((f) =>
        /Lead inspector:|Deputy lead inspector|Team inspectors/.test(f.text),
      ),
    ).toBe(false);
    expect(result.findings.length).toBeGreaterThan(70);
  });

  it('reads an older report signed "Reporting inspector Name HMI" with no colon, and its "Published:" date', () => {
    const result = importFixture('older-lac-dunsford.txt');
    expect(result.report).toMatchObject({
      leadInspector: 'Leona Marsh',
      inspectionDates: '9 – 13 September 2013',
      publishedOn: '2013-10-25',
    });
  });

  it('reads an ILACS title page and leaves the publication date empty, as the report prints none', () => {
    const result = importFixture('ilacs-2023-lowmoor.txt');
    expect(result.report).toMatchObject({
      leadInspector: 'Priya Natarajan',
      inspectionDates: '3 to 14 March 2025',
      publishedOn: null,
    });
  });

  it.each([
    ['Date of publication: 12 May 2016', '2016-05-12'],
    ['Publication date: 3rd June 2016', '2016-06-03'],
    ['Date published 1 July 2016', '2016-07-01'],
  ])('reads a publication date printed as "%s" on the title page', (line, iso) => {
    const text = fixture('ilacs-2023-lowmoor.txt').replace(
      /^(Inspection dates:.*)$/m,
      `$1\n${line}`,
    );
    expect(importText(text, deps, 'dated.txt').report.publishedOn).toBe(iso);
    // Printed on the same line, it does not run into the inspection dates.
    const sameLine = fixture('ilacs-2023-lowmoor.txt').replace(
      /^(Inspection dates:.*)$/m,
      `$1 ${line}`,
    );
    expect(importText(sameLine, deps, 'dated.txt').report).toMatchObject({
      publishedOn: iso,
      inspectionDates: '3 to 14 March 2025',
    });
  });

  it('leaves the lead inspector empty when the report names none, rather than taking one from prose', () => {
    // Some ILACS reports print no lead inspector on the title page (Warwickshire, June 2025).
    const text = fixture('ilacs-2023-lowmoor.txt')
      .replace(/^Lead inspector:.*\n/m, '')
      .replace(
        'Since the last inspection',
        'The lead inspector met the lead member and the chief executive. Since the last inspection',
      );
    const result = importText(text, deps, 'ilacs-2023-no-inspector.txt');
    expect(result.report.leadInspector).toBeNull();
    expect(result.report.inspectionDates).toBe('3 to 14 March 2025');
  });
});
