// A saved report in the shape the app stores it (read from a fixture in the shape of a real
// report), with notes on some findings and a pack that uses it.
import { importText } from '../../../shared/import/import-report';
import { createAnnotation } from '../../../shared/merge/editing';
import { selectorAt } from '../../../shared/anchoring/quote';
import {
  DEFAULT_PACK_OPTIONS,
  type Annotation,
  type BriefingPack,
  type Finding,
} from '../../../shared/model';
import type { ReportSlice } from '../../../shared/corrections/slice';
import { fixture } from '../../fixtures/reports/make-files';
import { NOW, deps } from '../import/helpers';

export { NOW };
export const AT = '2026-11-28T09:00:00.000Z';
export const MEMBER = 'Cllr Amara Okafor';

/** A note quoting `quote` (or the whole finding when null) on `finding`. */
export function noteOn(
  reportId: string,
  finding: Finding,
  quote: string | null,
  body: string,
): Annotation {
  const at = quote === null ? -1 : finding.text.indexOf(quote);
  if (quote !== null && at < 0) throw new Error(`"${quote}" is not in the finding`);
  const selector = quote === null ? null : selectorAt(finding.text, at, at + quote.length);
  return createAnnotation(
    {
      kind: 'note',
      target: { reportId, findingId: finding.id, findingText: finding.text, selector },
      body,
    },
    MEMBER,
    NOW,
  );
}

export function lowmoorSlice(): ReportSlice {
  const result = importText(fixture('ilacs-2023-lowmoor.txt'), deps);
  const reportId = result.report.id;
  const [f0, f1, f2] = result.findings;
  if (!f0 || !f1 || !f2) throw new Error('the fixture has fewer than three findings');
  const pack: BriefingPack = {
    id: 'pack-march',
    meetingId: null,
    title: 'March committee',
    marking: 'OFFICIAL',
    exempt: false,
    author: MEMBER,
    status: 'draft',
    options: DEFAULT_PACK_OPTIONS,
    items: [
      { type: 'report', reportId },
      { type: 'finding', findingId: f1.id },
      { type: 'finding', findingId: f2.id },
    ],
    createdAt: NOW.toISOString(),
    modifiedAt: NOW.toISOString(),
  };
  const words = (f: Finding) => f.text.split(' ').slice(1, 4).join(' ');
  return {
    report: result.report,
    judgements: result.judgements,
    sections: result.sections,
    findings: result.findings,
    annotations: [
      noteOn(reportId, f0, words(f0), 'Ask the director'),
      noteOn(reportId, f1, null, 'Whole finding note'),
      noteOn(reportId, f2, words(f2), 'Check the figures'),
    ],
    actions: [],
    packs: [pack],
  };
}
