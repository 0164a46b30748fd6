// buildPackDocument: a briefing pack and its meeting, resolved against the workspace, as one
// format-neutral PackDocument (design.md, The pack). Pure: the same input gives the same document.
import { InputError } from '../errors';
import type { BriefingPack, Meeting, PackOptions } from '../model/meeting';
import { unsettledWarning } from './callouts';
import type { PackBlock, PackDocument, PackMetadata } from './document';
import { findingBlocks } from './findings';
import { enquiryBlocks, recommendationBlocks, referenceBlocks } from './follow-up';
import { longDate } from './format';
import { selectForPack, type PackSource } from './select';
import { summaryBlocks } from './summary';
import {
  askedToBlocks,
  backgroundPaperBlocks,
  coverBlocks,
  exemptWarning,
  judgementSummaryBlocks,
} from './paper';

export type { PackSource } from './select';

function headingMaker(): (level: 1 | 2 | 3, text: string) => PackBlock {
  const used = new Map<string, number>();
  return (level, text) => {
    const base =
      text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'section';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { type: 'heading', level, text, id: n === 1 ? base : `${base}-${n}`, inContents: true };
  };
}

export function buildPackDocument(
  source: PackSource,
  pack: BriefingPack,
  meeting: Meeting | null,
  options: PackOptions,
  now: Date,
): PackDocument {
  if (pack.items.length === 0)
    throw new InputError(
      'The pack has no reports or findings: add some in the pack builder.',
      'pack-empty',
    );
  const selection = selectForPack(source, pack, options);
  if (selection.reports.length === 0) {
    throw new InputError(
      'The pack has no reports or findings: add some in the pack builder (everything chosen earlier has been deleted).',
      'pack-empty',
    );
  }
  const metadata: PackMetadata = {
    title: pack.title,
    author: pack.author,
    language: 'en-GB',
    marking: pack.marking,
    exempt: pack.exempt,
    council: (pack.paper?.council ?? '').trim(),
    committee: meeting?.committee ?? 'No meeting chosen',
    meetingDate: meeting?.date ?? null,
    agendaItem: meeting?.agendaItem ?? '',
    agendaTitle: meeting?.agendaTitle ?? '',
    status: pack.status,
    preparedOn: now.toISOString().slice(0, 10),
  };
  const heading = headingMaker();
  const reports = new Map(selection.reports.map((r) => [r.id, r]));
  const count = selection.findings.length;
  const blocks: PackBlock[] = [
    ...coverBlocks(metadata, pack, meeting),
    { type: 'toc', title: 'Contents' },
    { type: 'pageBreak' },
    ...askedToBlocks(pack.paper, options, heading),
    heading(1, 'Purpose of this pack'),
    {
      type: 'paragraph',
      runs: [
        {
          text:
            `This pack supports members' scrutiny of ${selection.reports.length === 1 ? 'one inspection report' : `${selection.reports.length} inspection reports`}` +
            `${meeting ? ` at the ${meeting.committee} meeting on ${longDate(meeting.date)}` : ''}. ` +
            `It sets out the inspectors' judgements and ${count === 1 ? 'one key finding' : `${count} key findings`}, members' notes, the questions members intend to put to officers, and progress on the recommendations.`,
        },
      ],
    },
    ...(options.judgementTable ? judgementSummaryBlocks(selection.reports, source, heading) : []),
    ...summaryBlocks(selection.reports, source, options.judgementTable, heading),
  ];
  // Filled by the note and question renderers, so the warning counts exactly what the pack prints.
  const unsettled = new Set<string>();
  if (count > 0) {
    blocks.push(...findingBlocks(selection, reports, pack, options, heading, unsettled));
    if (options.questions) blocks.push(...enquiryBlocks(selection, heading, unsettled));
    if (options.recommendations)
      blocks.push(...recommendationBlocks(selection, source.actions, heading));
    if (options.sourceReferences) blocks.push(...referenceBlocks(selection, reports, heading));
  }
  blocks.push(...backgroundPaperBlocks(selection.reports, pack.paper, heading));
  const warnings = [
    ...selection.warnings,
    unsettledWarning(unsettled.size),
    exemptWarning(pack),
  ].filter((w): w is string => w !== null);
  return { metadata, blocks, warnings };
}
