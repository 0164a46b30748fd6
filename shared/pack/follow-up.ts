// Lines of enquiry (questions for officers), recommendations and progress, and source references.
import type { Action } from '../model/meeting';
import type { Report } from '../model/report';
import type { PackBlock } from './document';
import { annotationCallouts } from './callouts';
import { ACTION_STATUS_LABELS, longDate, paragraphsOf, reportName, shortText } from './format';
import type { PackSelection } from './select';

type Heading = (level: 1 | 2 | 3, text: string) => PackBlock;

/** Questions for officers; the ids of questions printed with unsettled versions are added to
 * `unsettled`. */
export function enquiryBlocks(
  selection: PackSelection,
  heading: Heading,
  unsettled: Set<string>,
): PackBlock[] {
  const blocks: PackBlock[] = [heading(1, 'Lines of enquiry')];
  let count = 0;
  for (const finding of selection.findings) {
    for (const q of selection.annotationsByFinding.get(finding.id) ?? []) {
      if (q.kind !== 'question') continue;
      const callouts = annotationCallouts(q, 'question');
      if (callouts.length === 0) continue;
      count += 1;
      if (callouts.some((b) => b.variant === 'unsettled')) unsettled.add(q.id);
      blocks.push({
        type: 'paragraph',
        small: true,
        runs: [
          { text: `Question ${count}, on ${finding.ref}: `, bold: true },
          { text: shortText(finding.text), italic: true },
        ],
      });
      blocks.push(...callouts);
    }
  }
  if (count === 0)
    blocks.push({
      type: 'paragraph',
      runs: [{ text: 'Members have not recorded questions for officers on the chosen findings.' }],
    });
  return blocks;
}

export function recommendationBlocks(
  selection: PackSelection,
  actions: readonly Action[],
  heading: Heading,
): PackBlock[] {
  const blocks: PackBlock[] = [heading(1, 'Recommendations and progress')];
  const recommendations = selection.findings.filter((f) => f.kind === 'recommendation');
  if (recommendations.length === 0) {
    blocks.push({
      type: 'paragraph',
      runs: [{ text: 'The chosen findings include no recommendations.' }],
    });
    return blocks;
  }
  blocks.push({
    type: 'table',
    caption: 'Recommendations and the progress recorded against each',
    headerRows: [['Ref', 'Recommendation', 'Owner', 'Due', 'Status', 'Evidence']],
    rows: recommendations.map((f) => {
      const action = actions.find((a) => a.findingId === f.id);
      return [
        f.ref,
        f.text,
        action?.owner || 'Not yet assigned',
        action?.dueOn ? longDate(action.dueOn) : 'No date set',
        action ? ACTION_STATUS_LABELS[action.status] : 'Not started',
        action ? paragraphsOf(action.evidence).join(' ') || 'None recorded' : 'None recorded',
      ];
    }),
    widths: [1, 6, 2, 2, 2, 4],
  });
  return blocks;
}

export function referenceBlocks(
  selection: PackSelection,
  reports: ReadonlyMap<string, Report>,
  heading: Heading,
): PackBlock[] {
  return [
    heading(1, 'Source references'),
    {
      type: 'table',
      caption: 'Where each finding is in its report: page and paragraph',
      headerRows: [['Ref', 'Report', 'Section', 'Page', 'Paragraph']],
      rows: selection.findings.map((f) => {
        const report = reports.get(f.reportId);
        return [
          f.ref,
          report ? reportName(report) : f.reportId,
          f.section || 'No section',
          f.source.page === null ? 'None' : String(f.source.page),
          String(f.source.paragraph),
        ];
      }),
      widths: [1, 5, 5, 1.5, 2],
    },
  ];
}
