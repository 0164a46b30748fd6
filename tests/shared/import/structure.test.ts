// Framework, variant, judgements and metadata for every kind of report, from fixtures in the shape
// of real ones (wrapped labels, split grades, typos, history in the narrative).
import { describe, expect, it } from 'vitest';
import { importFixture } from './helpers';

const grades = (name: string) =>
  Object.fromEntries(importFixture(name).judgements.map((j) => [j.key, j.grade]));

describe('recognising the framework and reading the judgements', () => {
  it('reads an ILACS 2023 report: five judgements, wrapped labels and grades split over lines', () => {
    const result = importFixture('ilacs-2023-lowmoor.txt');
    expect(result.report.framework).toBe('ilacs');
    expect(result.report.variant).toBe('2023');
    expect(grades('ilacs-2023-lowmoor.txt')).toEqual({
      overall_effectiveness: 'requires_improvement',
      leaders: 'requires_improvement',
      help_and_protection: 'good',
      in_care: 'requires_improvement',
      care_leavers: 'outstanding',
    });
    expect(result.report).toMatchObject({
      authority: 'Lowmoor',
      inspectionDates: '3 to 14 March 2025',
      leadInspector: 'Priya Natarajan',
      inspectorate: 'Ofsted',
      title: "Inspection of Lowmoor local authority children's services",
    });
    expect(result.warnings).toEqual([]);
  });

  it('reads an ILACS 2018 report with the combined children in care and care leavers judgement', () => {
    const result = importFixture('ilacs-2018-eastwold.txt');
    expect(result.report.variant).toBe('2018');
    expect(grades('ilacs-2018-eastwold.txt')).toEqual({
      overall_effectiveness: 'inadequate',
      leaders: 'requires_improvement',
      help_and_protection: 'requires_improvement',
      in_care_and_care_leavers: 'inadequate',
    });
    expect(result.report.authority).toBe('Eastwold Borough Council');
    expect(result.report.title).toBe(
      "Eastwold Borough Council: Inspection of children's social care services",
    );
  });

  it('reads an April 2026 report: no overall effectiveness, even when the narrative names it', () => {
    const result = importFixture('ilacs-2026-harrowfield.txt');
    expect(result.report.variant).toBe('2026');
    expect(grades('ilacs-2026-harrowfield.txt')).toEqual({
      leaders: 'good',
      help_and_protection: 'good',
      in_care: 'outstanding',
      care_leavers: 'good',
    });
  });

  it('reads a SIF report: numbered rows with a misnumbered leadership row, sentences for overall and LSCB', () => {
    const result = importFixture('sif-westbury.txt');
    expect(result.report.framework).toBe('sif');
    expect(result.report.variant).toBeNull();
    expect(grades('sif-westbury.txt')).toEqual({
      overall_effectiveness: 'requires_improvement',
      leaders: 'good',
      help_and_protection: 'requires_improvement',
      in_care: 'good',
      care_leavers: 'requires_improvement',
      adoption: 'outstanding',
      lscb: 'good',
    });
    expect(result.report.publishedOn).toBe('2015-08-04');
  });

  it('reads a news summary: judgements stated in sentences, the earlier grade kept as history', () => {
    const result = importFixture('summary-durham-shape.txt');
    expect(result.report.framework).toBe('summary');
    expect(grades('summary-durham-shape.txt')).toEqual({
      help_and_protection: 'requires_improvement',
      in_care_and_care_leavers: 'good',
      leaders: 'requires_improvement',
    });
    expect(result.report.previousGrades).toEqual([
      {
        key: 'overall_effectiveness',
        label: 'Overall effectiveness',
        grade: 'requires_improvement',
        year: 2016,
      },
    ]);
  });

  it('keeps PEEL grades and CQC scores as other: data, never under the standard keys', () => {
    const peel = importFixture('peel-northvale.txt');
    expect(peel.report).toMatchObject({
      framework: 'peel',
      inspectorate: 'HMICFRS',
      authority: 'Northvale Police',
    });
    expect(peel.judgements.map((j) => [j.key, j.grade])).toEqual([
      ['other:preventing-crime', 'adequate'],
      ['other:responding-to-the-public', 'requires_improvement'],
      ['other:investigating-crime', 'good'],
      ['other:protecting-vulnerable-people', 'inadequate'],
    ]);
    const cqc = importFixture('cqc-southmere.txt');
    expect(cqc.report.framework).toBe('cqc-la');
    expect(cqc.judgements.map((j) => [j.key, j.grade, j.score])).toEqual([
      ['other:working-with-people', 'score', 2],
      ['other:providing-support', 'score', 3],
      ['other:ensuring-safety', 'score', 2],
    ]);
  });

  it('treats a focused visit as ungraded: no judgements, and that is not an error', () => {
    const result = importFixture('focused-visit-kingsbrook.txt');
    expect(result.report.framework).toBe('focused-visit');
    expect(result.judgements).toEqual([]);
    expect(result.report.authority).toBe('Kingsbrook');
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'monitoring-visit',
      'Monitoring visit to Redcastle children’s services\nInspection dates: 4 and 5 March 2024\n\nThis visit found that leaders have acted on the recommendations of the last inspection.',
    ],
    [
      'jtai',
      'Joint targeted area inspection of the multi-agency response to children at risk of exploitation in Redcastle\n\nPartners share information well, but return home interviews are not always timely.',
    ],
  ])('recognises an ungraded %s letter by its title', async (framework, text) => {
    const { importText } = await import('../../../shared/import/import-report');
    const { deps } = await import('./helpers');
    const result = importText(text, deps);
    expect(result.report.framework).toBe(framework);
    expect(result.judgements).toEqual([]);
  });

  it('warns when the table and a section heading disagree, and keeps the table grade', async () => {
    const { importText } = await import('../../../shared/import/import-report');
    const { fixture } = await import('../../fixtures/reports/make-files');
    const { deps } = await import('./helpers');
    const text = fixture('ilacs-2023-lowmoor.txt').replace(
      'The experiences and progress of care leavers: outstanding',
      'The experiences and progress of care leavers: good',
    );
    const result = importText(text, deps);
    expect(result.judgements.find((j) => j.key === 'care_leavers')?.grade).toBe('outstanding');
    expect(result.warnings).toEqual([
      'The judgement table grades "The experiences and progress of care leavers" Outstanding, but its section heading says Good; the table\'s grade was kept.',
    ]);
  });
});
