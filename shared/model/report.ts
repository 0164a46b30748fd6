// Reports and what the importer reads from them: judgements, sections, findings, with provenance.
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from './common';
import { FindingKind, Framework, Grade, JudgementKey, Theme } from './vocabulary';

/** A DfE local authority code, as the bundled reference list (shared/authorities) holds them. */
export const AuthorityCode = z.string().regex(/^\d{3}$/, 'an authority code is three digits');

export const Authority = z.object({
  id: Id,
  name: z.string().min(1).max(200),
  /** Its DfE LA code; null when the name could not be matched to the list and a member must choose
   * (file version 3). */
  code: AuthorityCode.nullable(),
});
export type Authority = z.infer<typeof Authority>;

/** Where a piece of text stands in the report: page (1-based, null where the format has none),
 * paragraph number within the report (1-based), and character offsets into Report.text. */
export const SourceRef = z.object({
  page: z.number().int().positive().nullable(),
  paragraph: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const SourceFile = z.object({
  name: z.string().min(1).max(500),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: z.string().max(200),
});
export type SourceFile = z.infer<typeof SourceFile>;

/** A grade stated in the report for an earlier inspection (e.g. "in 2016 ... requires improvement"). */
export const PreviousGrade = z.object({
  key: JudgementKey.nullable(),
  label: z.string(),
  grade: Grade,
  year: z.number().int().nullable(),
});
export type PreviousGrade = z.infer<typeof PreviousGrade>;

export const Report = z.object({
  id: Id,
  authorityId: Id,
  authority: z.string().min(1).max(200),
  /** The authority's DfE LA code; reports are grouped, charted and compared by it. Null while a
   * member has still to choose the authority (file version 3). */
  authorityCode: AuthorityCode.nullable(),
  title: z.string().min(1).max(500),
  inspectorate: z.string().max(100),
  framework: Framework,
  variant: z.string().max(20).nullable(),
  publishedOn: IsoDate.nullable(),
  inspectionDates: z.string().max(300).nullable(),
  leadInspector: z.string().max(200).nullable(),
  source: SourceFile,
  /** The normalised text the findings' offsets point into. */
  text: z.string(),
  /** Offsets in `text` where each page starts (index 0 is page 1); empty where the format has no pages. */
  pageStarts: z.array(z.number().int().nonnegative()),
  previousGrades: z.array(PreviousGrade),
  warnings: z.array(z.string()),
  importedAt: IsoDateTime,
  /** Set when the report arrived in a colleague's share bundle rather than being imported here
   * (file version 3); the member's own import of the same report clears it. */
  receivedFrom: z.object({ memberId: Id.nullable(), name: z.string().max(200) }).optional(),
});
export type Report = z.infer<typeof Report>;

/** A grade as the importer read it: kept when a member corrects the grade. */
export const GradeReading = z.object({
  grade: Grade,
  gradeText: z.string().max(100),
  score: z.number().nullable(),
});
export type GradeReading = z.infer<typeof GradeReading>;

/** Who corrected a grade after saving, when, and what the importer had read. */
export const JudgementCorrection = z.object({
  imported: GradeReading,
  by: z.string().max(200),
  at: IsoDateTime,
});
export type JudgementCorrection = z.infer<typeof JudgementCorrection>;

export const Judgement = z.object({
  id: Id,
  reportId: Id,
  key: JudgementKey,
  label: z.string().min(1).max(300),
  grade: Grade,
  gradeText: z.string().max(100),
  /** Only for `score` grades (a CQC score out of 4). */
  score: z.number().nullable(),
  order: z.number().int().nonnegative(),
  /** Set once a member corrects the grade after saving (file version 3); absent or null when
   * the grade is the importer's reading. */
  correction: JudgementCorrection.nullable().optional(),
});
export type Judgement = z.infer<typeof Judgement>;

export const Section = z.object({
  id: Id,
  reportId: Id,
  title: z.string().max(500),
  order: z.number().int().nonnegative(),
  source: SourceRef,
});
export type Section = z.infer<typeof Section>;

/** Why the importer gave a finding its kind, kept so a member can ask ("marked as an area for
 * improvement because: 'too many children wait'"). Optional: findings made by hand or by older
 * builds have none. */
export const KindReason = z.object({
  /** What decided: the section the finding sits under, its own words, or a judgement it states. */
  by: z.enum(['section', 'words', 'statement']),
  /** The words that decided it, quoted from the finding or the section heading. */
  quote: z.string().max(300).nullable(),
});
export type KindReason = z.infer<typeof KindReason>;

/** Present when praise and shortfall weigh about the same: the sentences that carry each, so the
 * kind is shown as a judgement call rather than a confident label. */
export const KindBalance = z.object({
  strength: z.array(z.string().max(1000)).max(12),
  improvement: z.array(z.string().max(1000)).max(12),
});
export type KindBalance = z.infer<typeof KindBalance>;

export const Finding = z.object({
  id: Id,
  reportId: Id,
  sectionId: Id,
  /** The section's title, kept with the finding so a finding travels with its context. */
  section: z.string().max(500),
  order: z.number().int().nonnegative(),
  kind: FindingKind,
  text: z.string().min(1),
  themes: z.array(Theme),
  source: SourceRef,
  reason: KindReason.optional(),
  balance: KindBalance.optional(),
});
export type Finding = z.infer<typeof Finding>;
