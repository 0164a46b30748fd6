// The committee-paper form of a pack: the cover with the council, report author and contact
// officer, the exempt-information statement (Schedule 12A), "The committee is asked to", a
// one-page judgement summary near the front, and the background papers at the end.
import {
  SCHEDULE_12A,
  type BriefingPack,
  type CommitteePaper,
  type Meeting,
  type PackOptions,
} from '../model/meeting';
import type { Report } from '../model/report';
import { reportDate } from '../model/report-dates';
import type { PackBlock, PackMetadata, TextRun } from './document';
import { markingText } from './document';
import { gradeText, longDate, paragraphsOf, reportName } from './format';
import type { PackSource } from './select';
import { previousGrade } from './summary';

type Heading = (level: 1 | 2 | 3, text: string) => PackBlock;

/** What the committee is asked to do when the clerk has not written it, one line each, naming
 * only the sections the pack has. */
export function defaultAskedTo(
  options: Pick<PackOptions, 'questions' | 'recommendations'>,
): string {
  return [
    'note the judgements and findings of the inspection reports set out in this paper;',
    ...(options.questions
      ? ['consider the questions for officers set out under Lines of enquiry;']
      : []),
    ...(options.recommendations
      ? ['agree how the committee will follow progress on the recommendations.']
      : []),
  ].join('\n');
}

/** At most this many rows keep the judgement summary to one page. */
export const SUMMARY_ROWS = 24;

const line = (label: string, value: string): PackBlock => ({
  type: 'paragraph',
  runs: [{ text: `${label}: `, bold: true }, { text: value }],
});

/** "paragraph 1", "paragraphs 1 and 2", "paragraphs 1, 2 and 7". */
function paragraphList(numbers: readonly number[]): string {
  const n = numbers.map(String);
  if (n.length === 1) return `paragraph ${n[0]}`;
  return `paragraphs ${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`;
}

/** The chosen Schedule 12A paragraphs, in order, without repeats. */
export function exemptParagraphs(paper: CommitteePaper | undefined): number[] {
  return [...new Set(paper?.exemptParagraphs ?? [])]
    .filter((n) => SCHEDULE_12A[n] !== undefined)
    .sort((a, b) => a - b);
}

/** The statement an exempt item carries under the Local Government Act 1972, s.100A and Schedule 12A. */
export function exemptBlocks(pack: Pick<BriefingPack, 'exempt' | 'paper'>): PackBlock[] {
  if (!pack.exempt) return [];
  const chosen = exemptParagraphs(pack.paper);
  if (chosen.length === 0) {
    return [
      {
        type: 'paragraph',
        runs: [
          { text: 'Exempt information: ', bold: true },
          {
            text: 'not for publication. The paragraph of Schedule 12A to the Local Government Act 1972 that applies has not been stated yet.',
          },
        ],
      },
    ];
  }
  return [
    {
      type: 'paragraph',
      runs: [
        { text: 'Exempt information: ', bold: true },
        {
          text: `not for publication by virtue of ${paragraphList(chosen)} of Part 1 of Schedule 12A to the Local Government Act 1972.`,
        },
      ],
    },
    {
      type: 'list',
      ordered: false,
      items: chosen.map((n) => [
        { text: `Paragraph ${n}: `, bold: true },
        { text: SCHEDULE_12A[n] ?? '' },
      ]),
    },
  ];
}

/** The warning for an exempt pack that names no Schedule 12A paragraph, or null. */
export function exemptWarning(pack: Pick<BriefingPack, 'exempt' | 'paper'>): string | null {
  return pack.exempt && exemptParagraphs(pack.paper).length === 0
    ? 'This pack is exempt but names no paragraph of Schedule 12A: choose one under Committee paper in the pack details.'
    : null;
}

/** The report author as printed: the paper's own field, else the pack's author. */
export function reportAuthorOf(pack: Pick<BriefingPack, 'author' | 'paper'>): string {
  return (pack.paper?.reportAuthor ?? '').trim() || pack.author.trim();
}

/** The cover: marking, council, committee, title, then only the lines the clerk has filled in. */
export function coverBlocks(
  metadata: PackMetadata,
  pack: Pick<BriefingPack, 'author' | 'paper' | 'exempt'>,
  meeting: Meeting | null,
): PackBlock[] {
  const paper = pack.paper ?? {};
  const blocks: PackBlock[] = [
    { type: 'paragraph', runs: [{ text: markingText(metadata), bold: true }] },
  ];
  if (metadata.status === 'draft')
    blocks.push({
      type: 'paragraph',
      runs: [{ text: 'DRAFT: not for publication in this form', bold: true }],
    });
  const council = (paper.council ?? '').trim();
  if (council) blocks.push({ type: 'paragraph', runs: [{ text: council, bold: true }] });
  blocks.push({ type: 'paragraph', runs: [{ text: metadata.committee, bold: true }] });
  blocks.push({ type: 'heading', level: 1, text: metadata.title, id: 'cover', inContents: false });
  if (meeting) blocks.push(line('Meeting date', longDate(meeting.date)));
  if (metadata.agendaItem)
    blocks.push(
      line(
        'Agenda item',
        `${metadata.agendaItem}${metadata.agendaTitle ? `: ${metadata.agendaTitle}` : ''}`,
      ),
    );
  const author = reportAuthorOf(pack);
  if (author) blocks.push(line('Report author', author));
  const officer = [paper.contactOfficer, paper.contactDetails]
    .map((s) => (s ?? '').trim())
    .filter(Boolean)
    .join(', ');
  if (officer) blocks.push(line('Contact officer', officer));
  blocks.push(line('Date prepared', longDate(metadata.preparedOn)));
  blocks.push(line('Status', metadata.status === 'final' ? 'Final' : 'Draft'));
  blocks.push(...exemptBlocks(pack));
  blocks.push({ type: 'pageBreak' });
  return blocks;
}

/** "The committee is asked to" and its lines; left out when the clerk has emptied it. */
export function askedToBlocks(
  paper: CommitteePaper | undefined,
  options: PackOptions,
  heading: Heading,
): PackBlock[] {
  const lines = paragraphsOf(paper?.askedTo ?? defaultAskedTo(options));
  if (lines.length === 0) return [];
  return [
    heading(1, 'The committee is asked to'),
    { type: 'list', ordered: true, items: lines.map((text) => [{ text }]) },
  ];
}

/** "Devon, 2025": a report named briefly for a table row. */
function shortName(report: Report): string {
  const date = reportDate(report);
  return date ? `${report.authority}, ${date.slice(0, 4)}` : report.authority;
}

/** Every chosen report's grades on one page, near the front: a row a judgement. */
export function judgementSummaryBlocks(
  reports: readonly Report[],
  source: PackSource,
  heading: Heading,
): PackBlock[] {
  const rows: string[][] = [];
  for (const report of reports) {
    const judgements = source.judgements
      .filter((j) => j.reportId === report.id)
      .sort((a, b) => a.order - b.order);
    if (judgements.length === 0) rows.push([shortName(report), 'No graded judgements', '–', '–']);
    for (const j of judgements)
      rows.push([
        shortName(report),
        j.label,
        gradeText(j, report.framework),
        previousGrade(report, j, source),
      ]);
  }
  const shown = rows.slice(0, SUMMARY_ROWS);
  const blocks: PackBlock[] = [
    heading(1, 'Judgement summary'),
    {
      type: 'table',
      caption: 'The grade of each judgement in the chosen reports, with the previous grade',
      headerRows: [['Report', 'Judgement', 'Grade', 'Previous grade']],
      rows: shown,
      widths: [2, 5, 3, 3],
    },
  ];
  if (rows.length > shown.length) {
    blocks.push({
      type: 'paragraph',
      small: true,
      runs: [
        {
          text: `The first ${shown.length} of ${rows.length} judgements are shown; every report's table is under Inspection summary.`,
        },
      ],
    });
  }
  blocks.push({ type: 'pageBreak' });
  return blocks;
}

/** A background paper: the report as Ofsted published it, with its address where known. */
function backgroundPaper(report: Report, paper: CommitteePaper | undefined): TextRun[] {
  const when = report.publishedOn
    ? `, published ${longDate(report.publishedOn)}`
    : report.inspectionDates
      ? `, inspection ${report.inspectionDates}`
      : '';
  const address = (paper?.reportAddresses?.[report.id] ?? '').trim();
  const runs: TextRun[] = [
    { text: `${report.inspectorate || 'Inspectorate not stated'}: ${reportName(report)}${when}.` },
  ];
  if (address) runs.push({ text: ` ${address}` });
  return runs;
}

export function backgroundPaperBlocks(
  reports: readonly Report[],
  paper: CommitteePaper | undefined,
  heading: Heading,
): PackBlock[] {
  return [
    heading(1, 'Background papers'),
    {
      type: 'paragraph',
      runs: [
        {
          text: 'The published documents this paper relies on (Local Government Act 1972, section 100D):',
        },
      ],
    },
    { type: 'list', ordered: false, items: reports.map((r) => backgroundPaper(r, paper)) },
  ];
}
