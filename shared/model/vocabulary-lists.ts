// The vocabulary's plain lists and labels, without their schemas (vocabulary.ts builds those and
// re-exports these): the importer and the command line's import use only these, so they run
// without loading zod (about 90 ms of a cold start on each of the command's two threads).

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
/** The same as the schema's `Grade`. */
type GradeName = (typeof GRADES)[number];

export const GRADE_LABELS: Record<GradeName, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  requires_improvement: 'Requires improvement to be good',
  inadequate: 'Inadequate',
  adequate: 'Adequate',
  score: 'Score',
};

/** Higher is better; used to say whether a grade improved or declined. `score` compares by its value. */
export const GRADE_RANK: Record<Exclude<GradeName, 'score'>, number> = {
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

export const FINDING_KINDS = ['strength', 'improvement', 'recommendation', 'context'] as const;
type FindingKindName = (typeof FINDING_KINDS)[number];

export const FINDING_KIND_LABELS: Record<FindingKindName, string> = {
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

export const MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;

export const RAG_RATINGS = ['red', 'amber', 'green'] as const;

export const PRIORITIES = ['high', 'medium', 'low'] as const;

export const QUESTION_STATUSES = ['to_ask', 'asked', 'answered'] as const;
