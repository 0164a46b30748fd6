// The vocabulary contract of design.md: judgement keys, grades, frameworks, finding kinds, themes.
import { z } from 'zod';
import {
  FINDING_KINDS,
  FRAMEWORKS,
  GRADES,
  JUDGEMENT_KEYS,
  MARKINGS,
  PRIORITIES,
  QUESTION_STATUSES,
  RAG_RATINGS,
} from './vocabulary-lists';

export * from './vocabulary-lists';

/** A standard key, or `other:<slug>` for another inspectorate's area. */
export const JudgementKey = z.union([
  z.enum(JUDGEMENT_KEYS),
  z.string().regex(/^other:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'other keys look like other:<slug>'),
]);
export type JudgementKey = z.infer<typeof JudgementKey>;

export const Grade = z.enum(GRADES);
export type Grade = z.infer<typeof Grade>;

export const Framework = z.enum(FRAMEWORKS);
export type Framework = z.infer<typeof Framework>;
// What each framework is (its variants, labels, grade scale, sections) is in its profile:
// shared/frameworks. A new framework adds its key here (the file format's contract) and a profile.

export const FindingKind = z.enum(FINDING_KINDS);
export type FindingKind = z.infer<typeof FindingKind>;

export const Theme = z.string().trim().min(1).max(120);

export const Marking = z.enum(MARKINGS);
export type Marking = z.infer<typeof Marking>;

export const RagRating = z.enum(RAG_RATINGS);
export type RagRating = z.infer<typeof RagRating>;

export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

export const QuestionStatus = z.enum(QUESTION_STATUSES);
export type QuestionStatus = z.infer<typeof QuestionStatus>;
