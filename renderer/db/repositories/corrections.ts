// Writes for correcting a saved report and deleting or restoring one. Each is one read-write
// transaction around a pure function of shared/corrections; only the rows it changed are written.
import type { ScrutinyDatabase } from '../database';
import { InputError } from '../../../shared/errors';
import { applyCorrection } from '../../../shared/corrections/apply';
import {
  deleteReport,
  deletionImpact,
  restoreReport,
  type DeletionImpact,
} from '../../../shared/corrections/delete';
import {
  correctionHeads,
  correctionTarget,
  makeCorrection,
} from '../../../shared/corrections/make';
import type { ReportSlice } from '../../../shared/corrections/slice';
import type { Correction, CorrectionChange, DeletedReport } from '../../../shared/model';
import { writeSafetyCopyOf, type SafetyCopy, type WriteSafetyCopy } from '../safety-copy';
import { findingsOfReport } from './report-findings';
import { recordBackup } from './settings';

const GONE =
  'that report is no longer in your library (it may have been deleted, here or in another window); nothing was changed.';

function sliceTables(db: ScrutinyDatabase) {
  return [
    db.reports,
    db.judgements,
    db.sections,
    db.findings,
    db.annotations,
    db.actions,
    db.packs,
    db.corrections,
    db.deletedReports,
  ];
}

/** Read inside a transaction: the report with everything that points at it, or null. */
async function readSlice(db: ScrutinyDatabase, reportId: string): Promise<ReportSlice | null> {
  const report = await db.reports.get(reportId);
  if (!report) return null;
  const [judgements, sections, findings, annotations, actions, packs] = await Promise.all([
    db.judgements.where('reportId').equals(reportId).sortBy('order'),
    db.sections.where('reportId').equals(reportId).sortBy('order'),
    findingsOfReport(db, reportId).toArray(),
    db.annotations.where('target.reportId').equals(reportId).toArray(),
    db.actions.where('reportId').equals(reportId).toArray(),
    db.packs.toArray(),
  ]);
  return { report, judgements, sections, findings, annotations, actions, packs };
}

function changed<T>(before: readonly T[], after: readonly T[]): T[] {
  const kept = new Set(before);
  return after.filter((row) => !kept.has(row));
}

/** Write what differs between two slices of one report (the pure functions keep unchanged rows). */
async function writeSlice(
  db: ScrutinyDatabase,
  before: ReportSlice,
  after: ReportSlice,
): Promise<void> {
  const afterIds = new Set(after.findings.map((f) => f.id));
  const goneFindings = before.findings.filter((f) => !afterIds.has(f.id)).map((f) => f.id);
  if (after.report !== before.report) await db.reports.put(after.report);
  await db.judgements.bulkPut(changed(before.judgements, after.judgements));
  if (goneFindings.length) await db.findings.bulkDelete(goneFindings);
  await db.findings.bulkPut(changed(before.findings, after.findings));
  await db.annotations.bulkPut(changed(before.annotations, after.annotations));
  await db.actions.bulkPut(changed(before.actions, after.actions));
  await db.packs.bulkPut(changed(before.packs, after.packs));
}

/** Make one correction and record it with who and when. Throws an InputError (one line, nothing
 * written) if the report is gone or the correction no longer fits it. */
export async function correctReport(
  db: ScrutinyDatabase,
  reportId: string,
  change: CorrectionChange,
  by: string,
  now = new Date(),
): Promise<Correction> {
  return db.transaction('rw', sliceTables(db), async () => {
    const slice = await readSlice(db, reportId);
    if (!slice) throw new InputError(GONE, 'correction-report-gone');
    // The correction settles every correction of the same thing the member sees now, a
    // colleague's conflicting one included (shared/corrections/make.ts).
    const draft = makeCorrection(slice.report, change, by, now);
    const target = correctionTarget(draft);
    const earlier =
      target === null
        ? []
        : (await db.corrections.where('reportId').equals(reportId).toArray()).filter(
            (c) => correctionTarget(c) === target,
          );
    const correction = earlier.length
      ? makeCorrection(
          slice.report,
          change,
          by,
          now,
          correctionHeads(earlier).map((c) => c.id),
        )
      : draft;
    const outcome = applyCorrection(slice, correction);
    if (!outcome.ok)
      throw new InputError(
        `${outcome.reason.charAt(0).toUpperCase()}${outcome.reason.slice(1)} Nothing was changed.`,
        'correction-does-not-fit',
      );
    await writeSlice(db, slice, outcome.slice);
    await db.corrections.put(correction);
    return correction;
  });
}

/** The corrections made to one report, oldest first. */
export async function correctionsOfReport(
  db: ScrutinyDatabase,
  reportId: string,
): Promise<Correction[]> {
  const rows = await db.corrections.where('reportId').equals(reportId).toArray();
  return rows.sort((a, b) => a.at.localeCompare(b.at));
}

/** What deleting the report would affect, for the question asked before it is deleted. */
export async function impactOfDeleting(
  db: ScrutinyDatabase,
  reportId: string,
): Promise<DeletionImpact | null> {
  return db.transaction('r', sliceTables(db), async () => {
    const slice = await readSlice(db, reportId);
    return slice ? deletionImpact(slice) : null;
  });
}

export interface DeleteOutcome {
  tombstone: DeletedReport;
  safetyCopy: SafetyCopy;
}

/** Delete a report: a safety copy of the whole workspace first (nothing is deleted if it cannot be
 * written), then one transaction moves the report and everything on it into its tombstone. */
export async function deleteReportSafely(
  db: ScrutinyDatabase,
  reportId: string,
  by: string,
  write: WriteSafetyCopy,
  now = new Date(),
): Promise<DeleteOutcome> {
  if (!(await db.reports.get(reportId))) throw new InputError(GONE, 'correction-report-gone');
  const safetyCopy = await writeSafetyCopyOf(db, write, 'before-deleting-a-report', by, now);
  await recordBackup(db, { ...safetyCopy, kind: 'safety', reason: 'before deleting a report' });
  const tombstone = await db.transaction('rw', sliceTables(db), async () => {
    const slice = await readSlice(db, reportId);
    if (!slice) throw new InputError(GONE, 'correction-report-gone');
    const corrections = await db.corrections.where('reportId').equals(reportId).toArray();
    const deletion = deleteReport(slice, corrections, by, now.toISOString());
    await db.reports.delete(reportId);
    await db.judgements.bulkDelete(slice.judgements.map((j) => j.id));
    await db.sections.bulkDelete(slice.sections.map((s) => s.id));
    await db.findings.bulkDelete(slice.findings.map((f) => f.id));
    await db.annotations.bulkDelete(slice.annotations.map((a) => a.id));
    await db.actions.bulkDelete(slice.actions.map((a) => a.id));
    await db.corrections.bulkDelete(corrections.map((c) => c.id));
    await db.packs.bulkPut(changed(slice.packs, deletion.packs));
    await db.deletedReports.put(deletion.tombstone);
    return deletion.tombstone;
  });
  return { tombstone, safetyCopy };
}

/** Undo a deletion, or restore a deleted report later: everything it had comes back. */
export async function restoreDeletedReport(
  db: ScrutinyDatabase,
  tombstoneId: string,
  by: string,
  now = new Date(),
): Promise<DeletedReport> {
  return db.transaction('rw', sliceTables(db), async () => {
    const tombstone = await db.deletedReports.get(tombstoneId);
    if (!tombstone)
      throw new InputError(
        'that deleted report is no longer listed; nothing was changed.',
        'restore-gone',
      );
    const live = await db.reports.get(tombstone.reportId);
    const outcome = restoreReport(
      tombstone,
      await db.packs.toArray(),
      new Set(live ? [live.id] : []),
      by,
      now.toISOString(),
    );
    if (!outcome.ok) throw new InputError(outcome.reason, 'restore-refused');
    const { slice } = outcome;
    await db.reports.put(slice.report);
    await db.judgements.bulkPut(slice.judgements);
    await db.sections.bulkPut(slice.sections);
    await db.findings.bulkPut(slice.findings);
    await db.annotations.bulkPut(slice.annotations);
    await db.actions.bulkPut(slice.actions);
    await db.packs.bulkPut(slice.packs);
    await db.corrections.bulkPut(outcome.corrections);
    await db.deletedReports.put(outcome.tombstone);
    return outcome.tombstone;
  });
}

/** Deleted reports that can still be restored, newest deletion first. */
export async function deletedReports(db: ScrutinyDatabase): Promise<DeletedReport[]> {
  const rows = await db.deletedReports.toArray();
  return rows
    .filter((t) => t.removed !== null)
    .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}
