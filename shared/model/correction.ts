// Corrections members make to a saved report, and the tombstones of deleted reports. Both are
// kept in the workspace file (version 3) so they travel in merges (shared/corrections/merge.ts).
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from './common';
import { FindingKind, Grade, JudgementKey, Theme } from './vocabulary';
import { Finding, Judgement, Report, Section } from './report';
import { Annotation } from './annotation';
import { Action, PackItem } from './meeting';

/** A grade a member can choose (a CQC score is never typed in by hand). */
export const ChosenGrade = Grade.exclude(['score']);
export type ChosenGrade = z.infer<typeof ChosenGrade>;

/** One change to a saved report. Findings are named by id and by their words, so a colleague's
 * copy (whose ids may differ) can find the same finding. */
export const CorrectionChange = z.discriminatedUnion('type', [
  z.object({ type: z.literal('grade'), key: JudgementKey, grade: ChosenGrade }),
  z.object({
    type: z.literal('dates'),
    inspectionDates: z.string().max(300).nullable(),
    publishedOn: IsoDate.nullable(),
  }),
  z.object({
    type: z.literal('kind'),
    findingId: Id,
    findingText: z.string().min(1),
    kind: FindingKind,
  }),
  z.object({
    type: z.literal('themes'),
    findingId: Id,
    findingText: z.string().min(1),
    themes: z.array(Theme),
  }),
  /** Join a finding with the one after it. */
  z.object({
    type: z.literal('merge'),
    findingId: Id,
    findingText: z.string().min(1),
    nextText: z.string().min(1),
  }),
  /** Split a finding in two at a character offset into its text. */
  z.object({
    type: z.literal('split'),
    findingId: Id,
    findingText: z.string().min(1),
    at: z.number().int().positive(),
  }),
]);
export type CorrectionChange = z.infer<typeof CorrectionChange>;

export const Correction = z.object({
  id: Id,
  reportId: Id,
  /** The report's file hash, so a colleague's copy of the same file is recognised. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  by: z.string().max(200),
  at: IsoDateTime,
  change: CorrectionChange,
  /** The corrections of the same thing this one replaces: those the member saw when making it
   * (file version 3, optional). Two corrections of one thing that do not replace each other,
   * by different members, are a conflict (shared/corrections/merge.ts). */
  replaces: z.array(Id).max(100).optional(),
});
export type Correction = z.infer<typeof Correction>;

/** A pack item taken out because its report was deleted, with where it stood. */
export const RemovedPackItem = z.object({
  packId: Id,
  position: z.number().int().nonnegative(),
  item: PackItem,
});
export type RemovedPackItem = z.infer<typeof RemovedPackItem>;

/** Everything a deletion took out of the workspace, so Undo or a later restore puts it back. */
export const RemovedReport = z.object({
  report: Report,
  judgements: z.array(Judgement),
  sections: z.array(Section),
  findings: z.array(Finding),
  annotations: z.array(Annotation),
  actions: z.array(Action),
  packItems: z.array(RemovedPackItem),
  corrections: z.array(Correction),
});
export type RemovedReport = z.infer<typeof RemovedReport>;

/** The tombstone of a deleted report. While `removed` is set the report can be restored with
 * every note; once restored, `restoredAt` is set and the tombstone stays, so a colleague's older
 * copy of the deletion does not delete it again. */
export const DeletedReport = z.object({
  id: Id,
  reportId: Id,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().min(1).max(500),
  authority: z.string().max(200),
  deletedAt: IsoDateTime,
  deletedBy: z.string().max(200),
  restoredAt: IsoDateTime.nullable(),
  restoredBy: z.string().max(200).nullable(),
  removed: RemovedReport.nullable(),
});
export type DeletedReport = z.infer<typeof DeletedReport>;
