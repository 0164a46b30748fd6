// The file contract of design.md: one versioned JSON envelope for workspaces, backups and bundles.
import { z } from 'zod';
import { IsoDateTime } from '../model/common';
import { Annotation } from '../model/annotation';
import { Action, BriefingPack, Meeting } from '../model/meeting';
import { Authority, Finding, Judgement, Report, Section } from '../model/report';
import { Settings } from '../model/settings';
import { Correction, DeletedReport } from '../model/correction';
import { Id } from '../model/common';
import { KeyHex, MemberKey } from '../model/member';

export const WORKSPACE_FORMAT = 'scrutiny-desk/workspace';
export const BUNDLE_FORMAT = 'scrutiny-desk/bundle';
/** The version this build writes. Older versions are upgraded by `restore` (shared/files/upgrade.ts
 * lists what each version changed). */
export const CURRENT_FILE_VERSION = 3;
// The largest file any part of the app will read (300 MB) is parse.ts's, which needs no schema.
export { MAX_FILE_BYTES } from './parse';

export const WorkspaceData = z.object({
  authorities: z.array(Authority),
  reports: z.array(Report),
  judgements: z.array(Judgement),
  sections: z.array(Section),
  findings: z.array(Finding),
  annotations: z.array(Annotation),
  meetings: z.array(Meeting),
  packs: z.array(BriefingPack),
  actions: z.array(Action),
  settings: Settings.nullable(),
  /** Members' corrections to saved reports, with who and when (version 3). */
  corrections: z.array(Correction),
  /** Tombstones of deleted reports, holding what was removed so it can be restored (version 3). */
  deletedReports: z.array(DeletedReport),
});
export type WorkspaceData = z.infer<typeof WorkspaceData>;

/** A report as it travels in a bundle: enough to recognise it, not its text. */
export const BundleReport = Report.pick({
  id: true,
  authorityId: true,
  authority: true,
  title: true,
  framework: true,
  variant: true,
  publishedOn: true,
}).extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type BundleReport = z.infer<typeof BundleReport>;

export const BundleScope = z.discriminatedUnion('type', [
  z.object({ type: z.literal('report'), reportId: z.string() }),
  z.object({ type: z.literal('pack'), packId: z.string() }),
  z.object({ type: z.literal('everything') }),
]);
export type BundleScope = z.infer<typeof BundleScope>;

/** The reports the notes target, in full (file version 3): a colleague who never imported the
 * report receives it with its findings, so every note can be placed. */
export const ReportsInFull = z.object({
  authorities: z.array(Authority),
  reports: z.array(Report),
  judgements: z.array(Judgement),
  sections: z.array(Section),
  findings: z.array(Finding),
});
export type ReportsInFull = z.infer<typeof ReportsInFull>;

export const BundleData = z.object({
  scope: BundleScope,
  reports: z.array(BundleReport),
  /** The findings the annotations target, so a colleague can place them by id or by text. */
  findings: z.array(
    Finding.pick({ id: true, reportId: true, section: true, kind: true, text: true }),
  ),
  annotations: z.array(Annotation),
  reportsInFull: ReportsInFull,
  /** The keys of the sender and of the notes' writers, as the sender pinned them (file version 3):
   * the receiver checks each against its own and pins the new ones, so relayed notes verify. */
  members: z.array(MemberKey),
  /** The corrections of the bundle's reports, so a colleague's copy shows them with who and when
   * (file version 3; absent in older bundles: none). */
  corrections: z.array(Correction),
  /** The sender's deletions of reports (tombstones without their content: the deletion, not the
   * deleted notes, travels), so a colleague's copy follows them (file version 3; absent: none). */
  deletedReports: z.array(DeletedReport),
});
export type BundleData = z.infer<typeof BundleData>;

const envelopeHead = {
  version: z.number().int().positive(),
  exportedAt: IsoDateTime,
  exportedBy: z.string().max(200),
};

export const WorkspaceFile = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  ...envelopeHead,
  data: WorkspaceData,
});
export type WorkspaceFile = z.infer<typeof WorkspaceFile>;
/** Who signed a bundle, and the Ed25519 signature (file version 3; shared/identity/bundle-signature.ts). */
export const BundleSignature = z.object({
  memberId: Id,
  publicKey: KeyHex,
  /** 128 hex digits; checked against the file before the schema (a cut one is its own error). */
  value: z.string().max(1000),
});
export type BundleSignature = z.infer<typeof BundleSignature>;

export const BundleFile = z.object({
  format: z.literal(BUNDLE_FORMAT),
  ...envelopeHead,
  signature: BundleSignature.optional(),
  data: BundleData,
});
export type BundleFile = z.infer<typeof BundleFile>;

export function emptyWorkspaceData(): WorkspaceData {
  return {
    authorities: [],
    reports: [],
    judgements: [],
    sections: [],
    findings: [],
    annotations: [],
    meetings: [],
    packs: [],
    actions: [],
    settings: null,
    corrections: [],
    deletedReports: [],
  };
}

export function emptyReportsInFull(): ReportsInFull {
  return { authorities: [], reports: [], judgements: [], sections: [], findings: [] };
}
