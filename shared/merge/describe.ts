// The merge preview in plain words, one line each: the same lines in the app and the CLI.
import type { MergePreview } from './preview';
import { fingerprint } from '../identity/keys';
import { recordNotices } from '../corrections/describe';

const notes = (n: number) => `${n} ${n === 1 ? 'note' : 'notes'}`;
const was = (n: number) => (n === 1 ? 'was' : 'were');
const is = (n: number) => (n === 1 ? 'is' : 'are');
const they = (n: number) => (n === 1 ? 'it' : 'they');

export function mergeCounts(preview: MergePreview): string {
  const t = mergeTallies(preview);
  const deleted = t.deleted ? `, deleted ${t.deleted}` : '';
  // Corrections and deletions of reports are counted apart from notes, and only when there are any.
  const { records } = preview;
  const corrections = records.applied.length + records.received.length;
  const reports = [
    corrections ? `, corrections ${corrections}` : '',
    records.conflicts.length ? `, corrections in conflict ${records.conflicts.length}` : '',
    records.deletedHere.length ? `, reports deleted ${records.deletedHere.length}` : '',
  ].join('');
  return `added ${t.added}, updated ${t.updated}, in conflict ${t.inConflict}${deleted}${reports}`;
}

/** Everything the member should know before (or after) the merge, without the counts line. */
export function mergeNotices(preview: MergePreview): string[] {
  const lines: string[] = [];
  const { signer } = preview;
  if (signer.kind === 'new') {
    const name = signer.key.name || 'the sender';
    lines.push(
      `This file is signed by ${name} with a key you have not seen before, fingerprint ${fingerprint(signer.key.publicKey)}. Read it out to ${name} in person or by phone and check it matches theirs in Settings; adding these notes keeps this key as ${name}'s.`,
    );
  }
  // Writers whose notes the sender relays, with keys this member has not seen before either.
  const signerId = signer.kind === 'unsigned' ? null : signer.key.memberId;
  for (const key of preview.pin) {
    if (key.memberId === signerId) continue;
    const name = key.name || 'a colleague';
    lines.push(
      `This file also carries notes written by ${name}, with a key you have not seen before, fingerprint ${fingerprint(key.publicKey)}; check it with ${name} too. Adding these notes keeps this key as ${name}'s.`,
    );
  }
  if (signer.kind === 'unsigned')
    lines.push(
      'This file is not signed (it was made before members had keys, or by hand), so it cannot change or delete any note you hold.',
    );
  const refused = preview.refused;
  if (refused > 0)
    lines.push(
      `${refused === 1 ? '1 version' : `${refused} versions`} in this file ${refused === 1 ? 'claims' : 'claim'} to change or delete notes that only their writers may change, without their signature; ${refused === 1 ? 'it was' : 'they were'} not taken in, and those notes stay as they are.`,
    );
  const held = preview.held.length;
  if (held > 0)
    lines.push(
      `${notes(held)} in this file ${held === 1 ? 'claims' : 'claim'} to change or delete ${held === 1 ? 'a note' : 'notes'} that only ${held === 1 ? 'its writer' : 'their writers'} may change; the words are kept beside ${held === 1 ? 'it' : 'them'} as a conflict, and nothing was replaced.`,
    );
  lines.push(
    ...recordNotices({ records: preview.records, from: preview.from, me: preview.records.me }),
  );
  const received = preview.received.reports;
  if (received.length > 0) {
    const names = received.map((r) => `${r.authority}: ${r.title}`).join('; ');
    lines.push(
      `${received.length === 1 ? 'A report' : `${received.length} reports`} you have not imported ${received.length === 1 ? 'comes' : 'come'} with these notes and will be added, marked as received from ${preview.from || 'the sender'} (${names}).`,
    );
  }
  const conflicts = preview.inConflict.length;
  if (conflicts > 0)
    lines.push(
      `${notes(conflicts)} ${was(conflicts)} changed on both sides: both versions are kept side by side until you choose one or keep both.`,
    );
  const deleted = preview.deleted.length;
  if (deleted > 0)
    lines.push(
      `${notes(deleted)} ${was(deleted)} deleted by ${deleted === 1 ? 'its writer' : 'their writers'}; the deletion is kept so that it reaches everyone.`,
    );
  for (const { report, annotations } of preview.cannotPlace) {
    const n = annotations.length;
    const name = report.authority ? `${report.authority}: ${report.title}` : report.title;
    lines.push(
      `${notes(n)} ${is(n)} for a report you have not imported (${name}), so ${they(n)} ${was(n)} not added; import that report, then import this file again to add ${n === 1 ? 'it' : 'them'}.`,
    );
  }
  const reanchored = preview.reanchored;
  if (reanchored > 0)
    lines.push(
      `${notes(reanchored)} ${was(reanchored)} placed by their quoted words, because your copy of the report numbers its findings differently.`,
    );
  const orphaned = preview.orphaned;
  if (orphaned > 0)
    lines.push(
      `${notes(orphaned)} could not be matched to words in your copy of the report; ${they(orphaned)} ${is(orphaned)} kept and shown as orphaned.`,
    );
  const renumbered = preview.renumbered.length;
  if (renumbered > 0)
    lines.push(
      `${notes(renumbered)} arrived with an id already used by a different note; both notes are kept, and one was given a new id.`,
    );
  return lines;
}

/** How many notes each line of the preview counts, each note once: a note in conflict is counted
 * as a conflict only, not also as added or updated. */
export interface MergeTallies {
  added: number;
  updated: number;
  deleted: number;
  inConflict: number;
  unchanged: number;
  cannotPlace: number;
}

export function mergeTallies(preview: MergePreview): MergeTallies {
  const conflicted = new Set(preview.inConflict.map((a) => a.id));
  const outside = (list: readonly { id: string }[]) =>
    list.filter((a) => !conflicted.has(a.id)).length;
  return {
    added: outside(preview.added),
    updated: outside(preview.updated),
    deleted: preview.deleted.length,
    inConflict: conflicted.size,
    unchanged: preview.unchanged,
    cannotPlace: preview.cannotPlace.reduce((n, m) => n + m.annotations.length, 0),
  };
}
