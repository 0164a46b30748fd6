// A member's annotation on a finding: note, highlight, question for officers or rating.
// Every annotation carries a stable id, author, times, a revision and a tombstone, so that two
// members' copies merge without loss (see shared/merge).
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from './common';
import { Priority, QuestionStatus, RagRating } from './vocabulary';

/** W3C Web Annotation TextQuoteSelector: the exact words, with a little context either side. */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(10_000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** What an annotation points at. `findingText` is the finding's text when the annotation was
 * made, so the annotation can be re-anchored after a re-import, or shown if it is orphaned. */
export const AnnotationTarget = z.object({
  reportId: Id,
  findingId: Id,
  findingText: z.string(),
  selector: TextQuoteSelector.nullable(),
});
export type AnnotationTarget = z.infer<typeof AnnotationTarget>;

export const ANNOTATION_KINDS = ['note', 'highlight', 'question', 'rating'] as const;
export const AnnotationKind = z.enum(ANNOTATION_KINDS);
export type AnnotationKind = z.infer<typeof AnnotationKind>;

export const Question = z.object({
  status: QuestionStatus,
  answer: z.string().max(200_000),
});
export type Question = z.infer<typeof Question>;

/** The fields a member edits; a revision is a snapshot of these. */
export const AnnotationContent = z.object({
  kind: AnnotationKind,
  target: AnnotationTarget,
  body: z.string().max(200_000),
  question: Question.nullable(),
  rag: RagRating.nullable(),
  priority: Priority.nullable(),
  tags: z.array(z.string().trim().min(1).max(80)).max(100),
  followUpOn: IsoDate.nullable(),
  /** Set when the annotation is deleted (a tombstone travels in merges). */
  deletedAt: IsoDateTime.nullable(),
});
export type AnnotationContent = z.infer<typeof AnnotationContent>;

/** One version of an annotation's content, as it stood after an edit. */
export const AnnotationVersion = AnnotationContent.extend({
  rev: z.string().min(1).max(200),
  modifiedAt: IsoDateTime,
  modifiedBy: z.string().max(200),
  /** The writer's Ed25519 signature of this version (file version 3; shared/identity/version-signature.ts),
   * so it may replace an earlier one wherever it travels. Absent on versions made before identities. */
  sig: z.string().max(200).optional(),
});
export type AnnotationVersion = z.infer<typeof AnnotationVersion>;

export const Annotation = AnnotationVersion.extend({
  id: Id,
  author: z.string().min(1).max(200),
  /** The member id of the writer (file version 3). Only that member may change the note; `author`
   * is their display name when it was written. Null for notes from before identities, by others. */
  authorId: Id.nullable(),
  createdAt: IsoDateTime,
  /** Revisions this version supersedes (its history), newest last; bounded in length. */
  ancestors: z.array(z.string().min(1).max(200)).max(1000),
  /** Concurrent versions from other members that nobody has resolved yet; empty when none. */
  conflicts: z.array(AnnotationVersion.extend({ ancestors: z.array(z.string()).max(1000) })),
  /** True when a re-import could not find the annotation's text in the report any more. */
  orphaned: z.boolean(),
});
export type Annotation = z.infer<typeof Annotation>;
