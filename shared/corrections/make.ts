// A correction record: what changed, on which report, by whom and when. Its id follows from its
// content, so the same correction met twice in a merge is one record.
import type { Correction, CorrectionChange, Report } from '../model';
import { canonicalJson } from '../merge/canonical';
import { contentId } from '../util/hash';

export function makeCorrection(report: Pick<Report, 'id' | 'source'>, change: CorrectionChange, by: string, at: Date | string): Correction {
  const when = typeof at === 'string' ? at : at.toISOString();
  return {
    id: contentId('correction', report.id, by, when, canonicalJson(change)),
    reportId: report.id,
    sha256: report.source.sha256,
    by,
    at: when,
    change,
  };
}

/** What a correction changes, so a later correction of the same thing supersedes an earlier one
 * (null for merging and splitting, which change the findings themselves). */
export function correctionTarget(correction: Correction): string | null {
  const { change } = correction;
  switch (change.type) {
    case 'grade':
      return `grade:${change.key}`;
    case 'dates':
      return 'dates';
    case 'kind':
    case 'themes':
      return `${change.type}:${change.findingText}`;
    default:
      return null;
  }
}
