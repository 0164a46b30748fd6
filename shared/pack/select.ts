// Which reports, findings and annotations a pack holds: its items resolved against the workspace,
// with a warning (not a crash) for anything chosen and since deleted.
import type { Annotation } from '../model/annotation';
import type { Action, BriefingPack, PackOptions } from '../model/meeting';
import type { Finding, Judgement, Report } from '../model/report';
import type { Settings } from '../model/settings';
import { memberRatings, type MemberRating, type RatingMember } from '../model/ratings';
import { sameMember } from './callouts';
import { findingRef, shortText, type FindingWithRef } from './format';

/** The parts of a workspace a pack reads. */
export interface PackSource {
  reports: readonly Report[];
  judgements: readonly Judgement[];
  findings: readonly Finding[];
  annotations: readonly Annotation[];
  actions: readonly Action[];
  /** Who is building the pack (this install's member), so that "the author's" ratings are found
   * by member id when the pack's author is them; absent, the author is found by name. */
  settings?: (Pick<Settings, 'memberName'> & { identity: { memberId: string } | null }) | null;
}

export interface PackSelection {
  reports: Report[];
  findings: FindingWithRef[];
  /** Live annotations on the chosen findings, filtered by whose notes the pack takes. */
  annotationsByFinding: Map<string, Annotation[]>;
  /** Every member's rating of each chosen finding, whichever notes the pack takes. */
  ratingsByFinding: Map<string, MemberRating[]>;
  /** The member building the pack, as the source's settings say (null if none). */
  member: RatingMember | null;
  warnings: string[];
}

/** The member building the pack, from the workspace's settings. */
export function packMember(source: Pick<PackSource, 'settings'>): RatingMember | null {
  const settings = source.settings;
  if (!settings) return null;
  return { memberId: settings.identity?.memberId ?? null, name: settings.memberName };
}

/** "Mine" as the share bundle means it (shared/files/bundle.ts, isMine): the pack's author wrote
 * the note, last edited it, or wrote one of its unsettled versions. Names are compared as typed
 * in the pack's author box, ignoring case and surrounding spaces. */
export function isPackAuthors(annotation: Annotation, author: string): boolean {
  // A pack with no author named has no notes of "mine", rather than matching unnamed editors.
  if (author.trim() === '') return false;
  return [
    annotation.author,
    annotation.modifiedBy,
    ...annotation.conflicts.map((c) => c.modifiedBy),
  ].some((name) => sameMember(name, author));
}

function ownedBy(annotation: Annotation, pack: BriefingPack, options: PackOptions): boolean {
  return options.notes !== 'mine' || isPackAuthors(annotation, pack.author);
}

export function selectForPack(
  source: PackSource,
  pack: BriefingPack,
  options: PackOptions,
): PackSelection {
  const reportsById = new Map(source.reports.map((r) => [r.id, r]));
  const findingsById = new Map(source.findings.map((f) => [f.id, f]));
  const warnings: string[] = [];
  const chosen: Finding[] = [];
  const seen = new Set<string>();
  const reportIds: string[] = [];
  const addReport = (id: string) => {
    if (!reportIds.includes(id)) reportIds.push(id);
  };
  const addFinding = (finding: Finding) => {
    if (seen.has(finding.id)) return;
    seen.add(finding.id);
    chosen.push(finding);
    addReport(finding.reportId);
  };

  for (const item of pack.items) {
    if (item.type === 'report') {
      if (!reportsById.has(item.reportId)) {
        warnings.push(
          `A report chosen for this pack (${item.reportId}) has been deleted; it is left out.`,
        );
        continue;
      }
      addReport(item.reportId);
      source.findings
        .filter((f) => f.reportId === item.reportId)
        .sort((a, b) => a.order - b.order)
        .forEach(addFinding);
    } else {
      const finding = findingsById.get(item.findingId);
      if (!finding || !reportsById.has(finding.reportId)) {
        warnings.push(
          `A finding chosen for this pack (${item.findingId}) has been deleted since it was chosen; it is left out.`,
        );
        continue;
      }
      addFinding(finding);
    }
  }

  const findings = chosen.map((f, i) => ({ ...f, ref: findingRef(i) }));
  const annotationsByFinding = new Map<string, Annotation[]>();
  const liveByFinding = new Map<string, Annotation[]>();
  for (const annotation of source.annotations) {
    if (annotation.deletedAt !== null || !seen.has(annotation.target.findingId)) continue;
    liveByFinding.set(annotation.target.findingId, [
      ...(liveByFinding.get(annotation.target.findingId) ?? []),
      annotation,
    ]);
    if (!ownedBy(annotation, pack, options)) continue;
    const list = annotationsByFinding.get(annotation.target.findingId) ?? [];
    list.push(annotation);
    annotationsByFinding.set(annotation.target.findingId, list);
  }
  for (const list of annotationsByFinding.values())
    list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  for (const annotation of [...annotationsByFinding.values()].flat()) {
    if (annotation.orphaned) {
      warnings.push(
        `A note by ${annotation.author} no longer matches its finding ("${shortText(annotation.target.findingText, 8)}"); it is shown with the finding as it was.`,
      );
    }
  }

  const member = packMember(source);
  const ratingsByFinding = new Map(
    [...liveByFinding].map(([id, list]) => [id, memberRatings(list, member)]),
  );
  return {
    reports: reportIds.map((id) => reportsById.get(id)).filter((r): r is Report => r !== undefined),
    findings,
    annotationsByFinding,
    ratingsByFinding,
    member,
    warnings,
  };
}

export type { FindingWithRef };
