// Text that is not an inspection report is refused with one line saying what to do; every report
// fixture (each framework, summaries, ungraded visits) is still read.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import/import-report';
import { NOT_A_REPORT } from '../../../shared/import/not-a-report';
import { isInputError } from '../../../shared/errors';

const FIXTURES = join(import.meta.dirname, '../../fixtures/reports');
const now = () => new Date('2026-12-02T12:00:00Z');

const NOT_REPORTS: [string, string][] = [
  [
    'lorem ipsum',
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.',
  ],
  [
    'a shopping list',
    'Shopping list\nMilk\nEggs\nBread\nTwo tins of tomatoes\nWashing up liquid\nCheese for Saturday\n',
  ],
  [
    'keyboard nonsense',
    'asdf jkl; qwerty uiop zxcv bnm asdf ghjk lkjh gfds poiu ytre wqas dfgh jklz xcvb',
  ],
  [
    'a council news story that names a council',
    'Leeds City Council approves new bin collection timetable\n\nThe council agreed on Tuesday to move to fortnightly collections from April. Residents will receive a new calendar in the post.\n\nSummary\n\nOpposition councillors said the consultation had been too short.',
  ],
  [
    'a news story about a school inspection',
    'Ofsted rates Greenfield Primary School highly\n\nThe school was inspected in March. Inspectors praised the curriculum and behaviour. The headteacher said staff were delighted.',
  ],
];

function refusal(text: string): string | null {
  try {
    importText(text, { now });
    return null;
  } catch (error) {
    if (isInputError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
}

describe('text that is not a report', () => {
  it.each(NOT_REPORTS)('refuses %s with the one line saying what to do', (_name, text) => {
    expect(refusal(text)).toBe(`not-a-report: ${NOT_A_REPORT}`);
  });

  it('reads every report fixture, graded or not', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files)
      expect([file, refusal(readFileSync(join(FIXTURES, file), 'utf8'))]).toEqual([file, null]);
  });

  it('reads an ungraded text that has an inspection heading, and one whose only sign is a graded area', () => {
    expect(
      refusal(
        'Westmoor children’s services\n\nWhat needs to improve?\n\n• The quality of supervision for social workers.\n• Timeliness of assessments.',
      ),
    ).toBeNull();
    expect(
      refusal(
        'Westmoor news\n\nThe experiences and progress of children in care and care leavers is good, inspectors said in their letter to the council.',
      ),
    ).toBeNull();
  });
});

describe('a summary in prose, with no grades', () => {
  it('is kept when it speaks of inspectors and children’s social care, and left for the member to file', () => {
    const text =
      'A council strengthens its work with children in care\n\nThe Children in Care Council told inspectors that young people feel listened to.\nSocial workers visit children regularly and know them well. More children now live with foster carers close to home.';
    const result = importText(text, { now });
    expect(result.report.authorityCode).toBeNull();
    expect(result.warnings).toContain(
      'The authority was not named where expected; choose it before saving.',
    );
  });
});
