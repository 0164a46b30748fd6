// Findings: kinds from their section and words, themes from the visible rule table, sources that
// point at the finding's words, and ids that two members importing the same report share.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import/import-report';
import { STARTING_THEME_RULES, themesFor } from '../../../shared/import/themes';
import { STARTING_THEMES } from '../../../shared/model';
import { fixture } from '../../fixtures/reports/make-files';
import { deps, importFixture } from './helpers';

describe('findings', () => {
  it('gives each bullet and paragraph a kind from its section and its words', () => {
    const { findings } = importFixture('ilacs-2023-lowmoor.txt');
    const kind = (start: string) => findings.find((f) => f.text.startsWith(start))?.kind;
    expect(kind('The timeliness of permanence planning')).toBe('recommendation');
    expect(kind('Children and families benefit from a well-established early help offer')).toBe(
      'strength',
    );
    expect(kind('However, not all strategy discussions')).toBe('improvement');
    expect(kind('Too many children wait too long')).toBe('improvement');
    expect(findings.find((f) => f.text.startsWith('The timeliness of permanence'))?.section).toBe(
      'What needs to improve?',
    );
  });

  it('reads a summary as members expect: bullets as strengths, "However" as improvement, "In order to improve" onwards as recommendations', () => {
    const { findings } = importFixture('summary-durham-shape.txt');
    const kind = (start: string) => findings.find((f) => f.text.startsWith(start))?.kind;
    expect(kind('Children and families benefit')).toBe('strength');
    expect(kind('However, the report warns')).toBe('improvement');
    expect(kind('In order to improve, Fernleigh should')).toBe('recommendation');
    expect(kind('The timeliness of health assessments')).toBe('recommendation');
    expect(findings.some((f) => /Tel:|linkedin/.test(f.text))).toBe(false);
  });

  it('points every finding at its own words in the report text, with its paragraph number', () => {
    const { report, findings } = importFixture('ilacs-2023-lowmoor.txt');
    for (const f of findings) expect(report.text.slice(f.source.start, f.source.end)).toBe(f.text);
    expect(
      findings.find((f) => f.text.startsWith('The multi-agency safeguarding hub'))?.source
        .paragraph,
    ).toBe(2);
  });

  it('gives the same ids to the same report imported twice, and different ids to different reports', () => {
    const text = fixture('ilacs-2023-lowmoor.txt');
    const a = importText(text, deps);
    const b = importText(text, { ...deps, now: () => new Date('2030-01-01T00:00:00Z') });
    expect(b.report.id).toBe(a.report.id);
    expect(b.findings.map((f) => f.id)).toEqual(a.findings.map((f) => f.id));
    expect(new Set(a.findings.map((f) => f.id)).size).toBe(a.findings.length);
    const other = importText(text.replace('Lowmoor', 'Highmoor'), deps);
    expect(other.report.id).not.toBe(a.report.id);
  });

  it("tags themes by the rule table, and by the member's own rules", () => {
    expect(
      themesFor('The multi-agency safeguarding hub responds promptly to contacts and referrals.'),
    ).toEqual(['front door and MASH', 'partnerships']);
    expect(themesFor('Care leavers live in suitable accommodation.')).toEqual([
      'care leavers',
      'accommodation and homeless 16 and 17 year olds',
    ]);
    expect(themesFor('Young carers are identified early.')).toEqual([]);
    expect(
      themesFor('Young carers are identified early.', [
        { theme: 'young carers', phrases: ['young carer', 'young carers'] },
      ]),
    ).toEqual(['young carers']);
    const result = importText(fixture('ilacs-2023-lowmoor.txt'), {
      ...deps,
      themeRules: [{ theme: 'emergency duty', phrases: ['emergency duty team'] }],
    });
    expect(
      result.findings.find((f) => f.text.startsWith('Management oversight of the work'))?.themes,
    ).toEqual(['front door and MASH', 'management oversight and supervision', 'emergency duty']);
  });

  it('skips a table of contents and the title page particulars', () => {
    const text = [
      'Inspection of Testshire local authority children’s services',
      'Report published: 4 August 2015',
      'Contents',
      'Summary of findings 3',
      'What does the local authority need to improve? 7',
      'Summary of findings',
      'Children are seen quickly and their plans are reviewed on time by their social workers.',
    ].join('\n');
    const { findings } = importText(text, deps);
    expect(findings.map((f) => [f.section, f.text])).toEqual([
      [
        'Summary of findings',
        'Children are seen quickly and their plans are reviewed on time by their social workers.',
      ],
    ]);
  });

  it('has a rule for every theme of the starting vocabulary', () => {
    expect(STARTING_THEME_RULES.map((r) => r.theme)).toEqual([...STARTING_THEMES]);
  });
});
