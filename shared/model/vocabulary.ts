// The vocabulary contract of design.md: judgement keys, grades, frameworks, finding kinds, themes.
import { z } from 'zod';

export const JUDGEMENT_KEYS = [
  'overall_effectiveness',
  'leaders',
  'help_and_protection',
  'in_care',
  'care_leavers',
  'in_care_and_care_leavers',
  'adoption',
  'lscb',
] as const;
export type StandardJudgementKey = (typeof JUDGEMENT_KEYS)[number];

/** A standard key, or `other:<slug>` for another inspectorate's area. */
export const JudgementKey = z.union([
  z.enum(JUDGEMENT_KEYS),
  z.string().regex(/^other:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'other keys look like other:<slug>'),
]);
export type JudgementKey = z.infer<typeof JudgementKey>;

export const JUDGEMENT_LABELS: Record<StandardJudgementKey, string> = {
  overall_effectiveness: 'Overall effectiveness',
  leaders: 'The impact of leaders on social work practice with children and families',
  help_and_protection: 'The experiences and progress of children who need help and protection',
  in_care: 'The experiences and progress of children in care',
  care_leavers: 'The experiences and progress of care leavers',
  in_care_and_care_leavers: 'The experiences and progress of children in care and care leavers',
  adoption: 'Adoption performance',
  lscb: 'The Local Safeguarding Children Board',
};

export const GRADES = [
  'outstanding',
  'good',
  'requires_improvement',
  'inadequate',
  'adequate',
  'score',
] as const;
export const Grade = z.enum(GRADES);
export type Grade = z.infer<typeof Grade>;

export const GRADE_LABELS: Record<Grade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  requires_improvement: 'Requires improvement to be good',
  inadequate: 'Inadequate',
  adequate: 'Adequate',
  score: 'Score',
};

/** Higher is better; used to say whether a grade improved or declined. `score` compares by its value. */
export const GRADE_RANK: Record<Exclude<Grade, 'score'>, number> = {
  outstanding: 4,
  good: 3,
  adequate: 2,
  requires_improvement: 2,
  inadequate: 1,
};

export const FRAMEWORKS = [
  'ilacs',
  'sif',
  'focused-visit',
  'monitoring-visit',
  'jtai',
  'cqc-la',
  'peel',
  'summary',
  'unknown',
] as const;
export const Framework = z.enum(FRAMEWORKS);
export type Framework = z.infer<typeof Framework>;
// What each framework is (its variants, labels, grade scale, sections) is in its profile:
// shared/frameworks. A new framework adds its key here (the file format's contract) and a profile.

export const FINDING_KINDS = ['strength', 'improvement', 'recommendation', 'context'] as const;
export const FindingKind = z.enum(FINDING_KINDS);
export type FindingKind = z.infer<typeof FindingKind>;

export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  strength: 'Strength',
  improvement: 'Area for improvement',
  recommendation: 'Recommendation',
  context: 'Context',
};

/** The starting theme vocabulary; members can add their own. */
export const STARTING_THEMES = [
  'front door and MASH',
  'early help',
  'child protection',
  'children in need',
  'neglect',
  'domestic abuse',
  'exploitation and missing',
  'children in care',
  'permanence',
  'placement sufficiency and stability',
  'foster carers',
  'adoption',
  'care leavers',
  'accommodation and homeless 16 and 17 year olds',
  'health assessments',
  'education (virtual school, missing education, home education)',
  'disabled children',
  'private fostering',
  'workforce and caseloads',
  'management oversight and supervision',
  'quality assurance',
  'partnerships',
  'voice of the child',
  'leadership and governance',
  'corporate parenting',
] as const;

export const Theme = z.string().trim().min(1).max(120);

export const MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;
export const Marking = z.enum(MARKINGS);
export type Marking = z.infer<typeof Marking>;

export const RAG_RATINGS = ['red', 'amber', 'green'] as const;
export const RagRating = z.enum(RAG_RATINGS);
export type RagRating = z.infer<typeof RagRating>;

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

export const QUESTION_STATUSES = ['to_ask', 'asked', 'answered'] as const;
export const QuestionStatus = z.enum(QUESTION_STATUSES);
export type QuestionStatus = z.infer<typeof QuestionStatus>;
