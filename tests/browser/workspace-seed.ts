// A Durham-shaped workspace for the workspace tests, written with the app's own IndexedDB schema
// (an earlier SIF report and a later summary, with sections, findings and source offsets into the
// report's text), and a helper that writes it into the running app's store.
import type { Page } from 'playwright-core';
import { putRows } from './store';
import type { Finding, FindingKind, Judgement, Report, Section } from '../../shared/model';

interface Paragraph {
  section: string;
  kind: FindingKind | null;
  text: string;
  themes?: string[];
}

const SUMMARY: Paragraph[] = [
  { section: 'Summary', kind: null, text: 'Eastshire strengthens services' },
  {
    section: 'Summary',
    kind: 'context',
    text: 'Following the last inspection under the single inspection framework (SIF) in 2016, where the local authority was judged to be requires improvement to be good, there was a deterioration in the impact of some services.',
  },
  {
    section: 'Help and protection',
    kind: null,
    text: 'The experiences and progress of children who need help and protection requires improvement to be good.',
  },
  {
    section: 'Help and protection',
    kind: 'strength',
    text: 'Children and families benefit from an extensive and well-developed early help offer.',
    themes: ['early help'],
  },
  {
    section: 'Help and protection',
    kind: 'improvement',
    text: 'However, the quality of critical challenge provided by team managers is not consistently robust.',
    themes: ['management oversight and supervision'],
  },
  {
    section: 'Children in care and care leavers',
    kind: null,
    text: 'The experiences and progress of children in care and care leavers is good.',
  },
  {
    section: 'Children in care and care leavers',
    kind: 'strength',
    text: 'The team around the care leavers is well tailored to the needs of individual care leavers.',
    themes: ['care leavers'],
  },
  {
    section: 'Children in care and care leavers',
    kind: 'improvement',
    text: 'Most care leavers have an assessment and pathway plan. However, the quality of these is variable, with many needing updating.',
    themes: ['care leavers'],
  },
  {
    section: 'Children in care and care leavers',
    kind: 'improvement',
    text: 'When some children come into care, their initial and review health assessments are not timely.',
    themes: ['children in care', 'health assessments'],
  },
  {
    section: 'Leaders',
    kind: null,
    text: 'The impact of leaders on social work practice with children and families requires improvement to be good.',
  },
  {
    section: 'Leaders',
    kind: 'strength',
    text: 'There is a strong commitment to children’s services within the council, and this has led to reduced caseloads.',
    themes: ['workforce and caseloads'],
  },
  {
    section: 'Recommendations',
    kind: 'recommendation',
    text: 'The timeliness of assessments and support for children who return home needs to improve.',
    themes: ['children in care'],
  },
];

const SIF: Paragraph[] = [
  {
    section: 'Summary',
    kind: null,
    text: 'Children’s services in Eastshire require improvement to be good.',
  },
  {
    section: 'Summary',
    kind: 'improvement',
    text: 'Care leavers do not always have pathway plans that reflect their needs.',
    themes: ['care leavers'],
  },
];

function build(
  id: string,
  title: string,
  framework: Report['framework'],
  publishedOn: string,
  paragraphs: Paragraph[],
  previousGrades: Report['previousGrades'],
) {
  const text = paragraphs.map((p) => p.text).join('\n\n');
  const sections: Section[] = [];
  const findings: Finding[] = [];
  let at = 0;
  paragraphs.forEach((p, i) => {
    const source = { page: null, paragraph: i + 1, start: at, end: at + p.text.length };
    at += p.text.length + 2;
    let section = sections.find((s) => s.title === p.section);
    if (!section) {
      section = {
        id: `${id}-s${sections.length}`,
        reportId: id,
        title: p.section,
        order: sections.length,
        source,
      };
      sections.push(section);
    }
    if (p.kind)
      findings.push({
        id: `${id}-f${i}`,
        reportId: id,
        sectionId: section.id,
        section: p.section,
        order: i,
        kind: p.kind,
        text: p.text,
        themes: p.themes ?? [],
        source,
      });
  });
  const report: Report = {
    id,
    authorityId: 'la-eastshire',
    authority: 'Eastshire',
    authorityCode: null,
    title,
    inspectorate: 'Ofsted',
    framework,
    variant: null,
    publishedOn,
    inspectionDates: null,
    leadInspector: null,
    source: {
      name: `${id}.txt`,
      size: text.length,
      sha256: id === 'r-2019' ? 'a'.repeat(64) : 'b'.repeat(64),
      mediaType: 'text/plain',
    },
    text,
    pageStarts: [],
    previousGrades,
    warnings: [],
    importedAt: '2026-11-01T10:00:00.000Z',
  };
  return { report, sections, findings };
}

const judgement = (
  reportId: string,
  key: string,
  grade: Judgement['grade'],
  order: number,
): Judgement => ({
  id: `${reportId}-j-${key}`,
  reportId,
  key,
  label: key,
  grade,
  gradeText: grade,
  score: null,
  order,
});

export const summary2019 = build(
  'r-2019',
  'Eastshire strengthens services',
  'summary',
  '2019-11-04',
  SUMMARY,
  [],
);
export const sif2016 = build(
  'r-2016',
  'Inspection of services for children in need of help and protection: Eastshire',
  'sif',
  '2016-05-10',
  SIF,
  [],
);

export const SEED = {
  authorities: [{ id: 'la-eastshire', name: 'Eastshire', code: null }],
  reports: [summary2019.report, sif2016.report],
  sections: [...summary2019.sections, ...sif2016.sections],
  findings: [...summary2019.findings, ...sif2016.findings],
  judgements: [
    judgement('r-2016', 'overall_effectiveness', 'requires_improvement', 0),
    judgement('r-2016', 'help_and_protection', 'inadequate', 1),
    judgement('r-2016', 'in_care_and_care_leavers', 'requires_improvement', 2),
    judgement('r-2016', 'leaders', 'good', 3),
    judgement('r-2019', 'help_and_protection', 'requires_improvement', 0),
    judgement('r-2019', 'in_care_and_care_leavers', 'good', 1),
    judgement('r-2019', 'leaders', 'requires_improvement', 2),
  ],
};

/** Writes `data` (table name to rows) into the app's open store, then reloads so the app reads it. */
export async function seedStore(page: Page, data: Record<string, unknown[]>): Promise<void> {
  await putRows(page, data);
  await page.reload();
}
