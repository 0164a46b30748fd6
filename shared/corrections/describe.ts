// Corrections in words, the same in the app, the CLI and packs: "corrected by Cllr Amara Okafor,
// 3 December 2026", and what a merge did with a colleague's corrections and deletions of reports.
import {
  FINDING_KIND_LABELS,
  GRADE_LABELS,
  JUDGEMENT_LABELS,
  type Correction,
  type DeletedReport,
  type JudgementCorrection,
  type StandardJudgementKey,
} from '../model';
import { longDate } from '../pack/format';
import type { CorrectionConflict, KeptDeleted, RecordsMerge } from './merge';

export function correctedBy(correction: Pick<JudgementCorrection, 'by' | 'at'>): string {
  return `corrected by ${correction.by || 'a member'}, ${longDate(correction.at.slice(0, 10))}`;
}

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
const named = (r: { authority: string; title: string }) =>
  r.authority ? `${r.authority}: ${r.title}` : r.title;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a correction changes, in words: "the grade for Overall effectiveness". */
export function correctionSubject(c: Correction): string {
  const { change } = c;
  switch (change.type) {
    case 'grade':
      return `the grade for ${JUDGEMENT_LABELS[change.key as StandardJudgementKey] ?? change.key}`;
    case 'dates':
      return 'the inspection and publication dates';
    case 'kind':
      return `the kind of the finding ${quoted(change.findingText)}`;
    case 'themes':
      return `the themes of the finding ${quoted(change.findingText)}`;
    case 'merge':
      return `the joining of the finding ${quoted(change.findingText)} with the next`;
    case 'split':
      return `the splitting of the finding ${quoted(change.findingText)}`;
  }
}

/** What a correction sets, in words: "Good", "Strength", "care leavers, workforce". */
export function correctionValueWords(c: Correction): string {
  const { change } = c;
  switch (change.type) {
    case 'grade':
      return GRADE_LABELS[change.grade];
    case 'dates':
      return [
        change.inspectionDates ?? 'no inspection dates',
        change.publishedOn ? `published ${longDate(change.publishedOn)}` : 'no publication date',
      ].join(', ');
    case 'kind':
      return FINDING_KIND_LABELS[change.kind];
    case 'themes':
      return change.themes.length ? change.themes.join(', ') : 'no themes';
    default:
      return change.type;
  }
}

export interface RecordNoticeInput {
  records: Pick<
    RecordsMerge,
    'applied' | 'notApplied' | 'conflicts' | 'deletedHere' | 'restoredHere' | 'keptDeleted'
  > & {
    received: readonly Correction[];
    unplaced: readonly { report: { title: string; authority: string }; corrections: number }[];
  };
  /** Who sent the file, and this member's name (to say "you"). */
  from: string;
  me: string;
}

const who = (name: string, me: string) => (me && name === me ? 'you' : name || 'a member');

function deletedLine(t: DeletedReport, me: string, notes: number): string {
  const mine = notes > 0 ? `, with the ${count(notes, 'note', 'notes')} on it,` : '';
  return `${who(t.deletedBy, me) === 'you' ? 'You' : who(t.deletedBy, me)} deleted ${named(t)} on ${longDate(t.deletedAt.slice(0, 10))}; taking this file in moves it from your library${mine} to Deleted reports, where you can restore it.`;
}

function keptLine(k: KeptDeleted, from: string, me: string): string {
  const t = k.tombstone;
  const parts = [
    k.notes > 0 ? count(k.notes, 'note', 'notes') : '',
    k.corrections > 0 ? count(k.corrections, 'correction', 'corrections') : '',
  ].filter(Boolean);
  const brought = parts.length ? ` with ${parts.join(' and ')} from ${from || 'the sender'}` : '';
  const total = k.notes + k.corrections;
  const kept = !parts.length
    ? ''
    : t.removed
      ? `; ${total === 1 ? 'it is' : 'they are'} kept with it, so restoring it brings ${total === 1 ? 'it' : 'them'} back`
      : '; this file does not hold the report itself, so they were not added';
  return `${named(t)}, which ${who(t.deletedBy, me)} deleted on ${longDate(t.deletedAt.slice(0, 10))}, comes in this file${brought}: it stays under Deleted reports and is not added back to your library${kept}.`;
}

function conflictLine(c: CorrectionConflict, me: string): string {
  const [shown] = c.heads;
  const sides = c.heads.map(
    (h) => `${who(h.by, me)} (${correctionValueWords(h)}, ${longDate(h.at.slice(0, 10))})`,
  );
  const subject = shown ? correctionSubject(shown) : 'a correction';
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} in ${named(c.report)} was corrected differently by ${sides.join(' and ')}: both corrections are kept, the report shows the newer until you choose one on the report’s page.`;
}

/** One line for each thing the member should know about the file's corrections and deletions. */
export function recordNotices({ records, from, me }: RecordNoticeInput): string[] {
  const lines: string[] = [];
  const sender = from || 'the sender';
  for (const { tombstone, notes } of records.deletedHere)
    lines.push(deletedLine(tombstone, me, notes));
  for (const t of records.restoredHere)
    lines.push(
      `${who(t.restoredBy ?? '', me) === 'you' ? 'You' : who(t.restoredBy ?? '', me)} restored ${named(t)} (deleted on ${longDate(t.deletedAt.slice(0, 10))}); it comes back to your library with everything it had.`,
    );
  for (const k of records.keptDeleted) lines.push(keptLine(k, from, me));
  const kept = new Set(records.keptDeleted.map((k) => k.tombstone.reportId));
  const notFitting = new Set(records.notApplied.map((n) => n.correction.id));
  const live =
    records.applied.filter((c) => !kept.has(c.reportId) && !notFitting.has(c.id)).length +
    records.received.length;
  if (live > 0)
    lines.push(
      `${count(live, 'correction', 'corrections')} from ${sender} ${live === 1 ? 'is' : 'are'} applied to your reports, each marked with who made it and when; the importer’s reading of a corrected grade is kept.`,
    );
  for (const c of records.conflicts) lines.push(conflictLine(c, me));
  for (const n of records.notApplied)
    lines.push(
      `A correction by ${who(n.correction.by, me)} of ${correctionSubject(n.correction)} in ${named(n.report)} does not fit your copy of the report, so it is kept but not applied: ${n.reason}`,
    );
  for (const u of records.unplaced) {
    lines.push(
      `${count(u.corrections, 'correction is', 'corrections are')} for a report you do not hold (${named(u.report)}), so ${u.corrections === 1 ? 'it was' : 'they were'} not added; import that report, then take this file in again.`,
    );
  }
  return lines;
}
