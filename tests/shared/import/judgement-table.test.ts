// The judgement table, however extraction laid it out.
import { describe, expect, it } from 'vitest';
import { parseJudgementTable } from '../../../shared/import/judgement-table';
import { normalise } from '../../../shared/import/normalise';

function table(pages: string[]) {
  const { paragraphs } = normalise({
    kind: 'pdf',
    mediaType: 'application/pdf',
    pages,
    warnings: [],
  });
  return Object.fromEntries(
    parseJudgementTable(paragraphs).judgements.map((j) => [j.key, j.grade]),
  );
}

describe('reading the judgement table', () => {
  it('pairs labels and grades when every label comes before every grade (reading order off)', () => {
    expect(
      table([
        [
          'Judgement Grade',
          '',
          'The impact of leaders on social work practice with children and families',
          'The experiences and progress of children who need help and protection',
          'The experiences and progress of children in care and care leavers',
          'Overall effectiveness',
          '',
          'Good',
          'Requires improvement to be good',
          'Outstanding',
          'Good',
          '',
          'Since the last inspection, leaders have made steady progress across the service.',
        ].join('\n'),
      ]),
    ).toEqual({
      leaders: 'good',
      help_and_protection: 'requires_improvement',
      in_care_and_care_leavers: 'outstanding',
      overall_effectiveness: 'good',
    });
  });

  it('reads a grade printed inside the lines of its label, and "Requires" / "improvement to" / "be good"', () => {
    expect(
      table([
        [
          'The experiences and progress of children who need help',
          'Inadequate',
          'and protection',
          '',
          'The experiences and progress of children in care',
          'Requires',
          'improvement to',
          'be good',
          '',
          'The experiences and progress of',
          'children care leavers',
          'Good',
          '',
          'Overall effectiveness Not Judged',
          '',
          'Children are not always protected from harm in this authority, inspectors found.',
        ].join('\n'),
      ]),
    ).toEqual({
      help_and_protection: 'inadequate',
      in_care: 'requires_improvement',
      care_leavers: 'good',
      overall_effectiveness: 'not_judged',
    });
  });

  it('reads a table split by a page break, a running header and a footnote', () => {
    const header = 'Inspection of Anyshire local authority children’s services\n1 to 5 May 2025 3';
    expect(
      table([
        'Front page of the report\n\nJudgement Grade\n\nThe impact of leaders on social work\npractice with children and families\n\nOutstanding',
        `${header}\n\nThe experiences and progress of\nchildren who need help and protection\n\nGood\n\nOverall effectiveness Outstanding\n\nLeaders have built an exceptional service, and children thrive.`,
        `${header}\n\nMore text on the third page of the report.`,
      ]),
    ).toEqual({
      leaders: 'outstanding',
      help_and_protection: 'good',
      overall_effectiveness: 'outstanding',
    });
  });

  it('finds no table in prose that repeats a judgement label', () => {
    expect(
      table([
        'The experiences and progress of children in care are improving. Leaders know this, and say so.\n\nMore prose follows here.',
      ]),
    ).toEqual({});
  });
});
