// A correction record: what changed, on which report, by whom and when. Its id follows from its
// content, so the same correction met twice in a merge is one record.
import type { Correction, CorrectionChange, Report } from '../model';
import { canonicalJson } from '../merge/canonical';
import { contentId } from '../util/hash';

/** A correction; `replaces` names the corrections of the same thing the member saw when making
 * it (see correctionHeads), so it settles them rather than standing beside them as a conflict. */
export function makeCorrection(
  report: Pick<Report, 'id' | 'source'>,
  change: CorrectionChange,
  by: string,
  at: Date | string,
  replaces: readonly string[] = [],
): Correction {
  const when = typeof at === 'string' ? at : at.toISOString();
  const replaced = [...new Set(replaces)].sort();
  // Without `replaces` the id is as it was before corrections could replace each other.
  const parts = replaced.length ? [replaced.join(' ')] : [];
  const correction: Correction = {
    id: contentId('correction', report.id, by, when, canonicalJson(change), ...parts),
    reportId: report.id,
    sha256: report.source.sha256,
    by,
    at: when,
    change,
  };
  return replaced.length ? { ...correction, replaces: replaced } : correction;
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

/** Does `a` settle `b` (both corrections of one thing)? When it names `b` among those it
 * replaces, or (for corrections made before `replaces`) when the same member made it later. */
function supersedes(a: Correction, b: Correction): boolean {
  if (a.id === b.id) return false;
  if (a.replaces?.includes(b.id)) return true;
  if (b.replaces?.includes(a.id)) return false;
  return a.by === b.by && (a.at > b.at || (a.at === b.at && a.id > b.id));
}

const newestFirst = (a: Correction, b: Correction) =>
  a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

/** The corrections of one thing that nothing settles, newest first: one when members agree, more
 * when two members corrected it differently without seeing each other's correction (a conflict). */
export function correctionHeads(sameTarget: readonly Correction[]): Correction[] {
  const heads = sameTarget.filter((b) => !sameTarget.some((a) => supersedes(a, b)));
  // Only a crafted file could make every correction settle another: the newest then stands.
  const list = heads.length ? heads : sameTarget.slice();
  return list.sort(newestFirst);
}

/** What a correction sets, for telling agreement from conflict (the same value by two members agrees). */
export function correctionValue(correction: Correction): string {
  const { change } = correction;
  switch (change.type) {
    case 'grade':
      return change.grade;
    case 'dates':
      return canonicalJson({
        inspectionDates: change.inspectionDates,
        publishedOn: change.publishedOn,
      });
    case 'kind':
      return change.kind;
    case 'themes':
      return canonicalJson([...change.themes].sort());
    default:
      return correction.id;
  }
}

/** Heads that set different values: the conflict a member settles by choosing one. */
export function inConflict(heads: readonly Correction[]): boolean {
  return new Set(heads.map(correctionValue)).size > 1;
}
