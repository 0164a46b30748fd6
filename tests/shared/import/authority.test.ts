// The importer's authority: from the report's own naming, filed by LA code; a name not on the
// list is left for the member to choose; a phrase like "Children in Care Council" is never one.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import/import-report';
import { toImportResultJson } from '../../../shared/import/result';
import { fixture } from '../../fixtures/reports/make-files';

const deps = { now: () => new Date('2026-01-01T00:00:00Z') };

const CHILDREN_IN_CARE_COUNCIL = `Leeds strengthens its work with children in care

Published: 4 March 2025

The Children in Care Council told inspectors that young people feel listened to by senior leaders.
Members of the Children in Care Council meet the director every month and have shaped the pledge.
Social workers visit children regularly and know them well.
Leeds City Council has invested in its fostering service, and more children now live with foster carers close to home.
`;

describe('the authority a report is filed under', () => {
  it('takes the council the report names, not the Children in Care Council', () => {
    const result = importText(CHILDREN_IN_CARE_COUNCIL, deps);
    expect(result.report.authorityCode).toBe('383');
    expect(result.report.authority).toBe('Leeds');
    expect(result.authority).toEqual({ id: 'authority-la-383', name: 'Leeds', code: '383' });
    expect(toImportResultJson(result).report).toMatchObject({
      authority: 'Leeds',
      authorityCode: '383',
    });
  });

  it('never reads "Children in Care Council" as an authority, even with no council named', () => {
    const text = CHILDREN_IN_CARE_COUNCIL.replace(/Leeds City Council/g, 'The council').replace(
      /^Leeds /,
      'A council ',
    );
    const result = importText(text, deps);
    expect(result.report.authority).not.toMatch(/care council/i);
    expect(result.report.authorityCode).toBeNull();
    expect(result.warnings).toContain(
      'The authority was not named where expected; choose it before saving.',
    );
  });

  it('gives three spellings of one council one code and one record', () => {
    const results = ['Leeds', 'Leeds City', 'Leeds City Council'].map((name) =>
      importText(fixture('ilacs-2023-lowmoor.txt').replace(/Lowmoor/g, name), deps),
    );
    expect(results.map((r) => r.report.authorityCode)).toEqual(['383', '383', '383']);
    expect(new Set(results.map((r) => r.authority.id)).size).toBe(1);
  });

  it('leaves a council the list does not hold for the member to choose, keeping the name the report gives', () => {
    const result = importText(fixture('ilacs-2023-lowmoor.txt'), deps);
    expect(result.report.authority).toBe('Lowmoor');
    expect(result.report.authorityCode).toBeNull();
    expect(result.authority.code).toBeNull();
  });
});
