// What kind of finding a paragraph is: a strength, an area for improvement, a recommendation or
// context, from the section it sits in and the words it uses.
import type { FindingKind } from '../model';
import { fold } from './fold';

const RECOMMENDATION_SECTION = /what needs to improve|what (?:does|do) the local authority need to improve|recommendations?\b|areas? for (?:priority action|improvement)|priority (?:and immediate )?action|in order to improve|next steps/;
const CONTEXT_SECTION = /^(?:contents|information about this|what the inspection judgements? mean|about this inspection|summary for children and young people|the local authority area|local authority area)|inspection judgements? about|judgement grade/;

export type SectionMode = 'recommendation' | 'context' | 'judged';

export function sectionMode(title: string): SectionMode {
  const folded = fold(title);
  if (RECOMMENDATION_SECTION.test(folded)) return 'recommendation';
  if (CONTEXT_SECTION.test(folded)) return 'context';
  return 'judged';
}

const WEAK: readonly string[] = [
  'however', 'not always', 'not yet', 'not consistently', 'not sufficiently', 'not fully', 'not enough', 'not effective',
  'too long', 'too many', 'too much', 'too slow', 'too late', 'inconsistent', 'inconsistency', 'variable', 'variability', 'weak', 'weaker', 'weakness', 'weaknesses',
  'insufficient', 'delay', 'delays', 'drift', 'lack of', 'lacks', 'poor', 'inadequate', 'requires improvement', 'need to improve',
  'needs to improve', 'needs to be', 'limited', 'do not', 'does not', 'did not', 'are not', 'is not', 'has not', 'have not', 'fail', 'fails', 'failed', 'failures',
  'shortfall', 'shortfalls', 'deficits', 'deteriorated', 'deterioration', 'deteriorating', 'ineffective', 'unclear', 'gaps', 'concern', 'concerns', 'less effective', 'less consistent', 'remain a challenge', 'still more to do', 'not good enough', 'left at risk',
];
const STRONG: readonly string[] = [
  'strong', 'strength', 'strengths', 'effective', 'effectively', 'well', 'good', 'timely', 'robust', 'outstanding', 'high-quality', 'high quality',
  'benefit', 'benefits', 'positive', 'improved', 'improving', 'comprehensive', 'skilled', 'skilful', 'exceptional', 'excellent', 'thorough', 'swift', 'prompt',
  'promptly', 'appropriate', 'appropriately', 'committed', 'ambitious', 'impressive', 'sensitive', 'creative', 'well embedded', 'highly',
  'consistent', 'consistently', 'clear', 'stable', 'well-established', 'carefully', 'rapid', 'responsive', 'thoughtful', 'strengthened',
];

/** One pattern per list, matching any of its words or phrases as whole words. */
function wordsPattern(words: readonly string[]): RegExp {
  return new RegExp(`(?<![a-z])(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-]/g, '\\-')).join('|')})(?![a-z])`, 'g');
}
const WEAK_PATTERN = wordsPattern(WEAK);
const STRONG_PATTERN = wordsPattern(STRONG);

function count(folded: string, pattern: RegExp): number {
  return folded.match(pattern)?.length ?? 0;
}

/** Kind of a paragraph found in a section that describes practice (not a recommendations list). */
export function kindByWords(text: string): FindingKind {
  const folded = fold(text);
  const weak = count(folded, WEAK_PATTERN);
  const strong = count(folded, STRONG_PATTERN);
  if (/^(?:however|but|although|despite this|further,)\b/.test(folded) && weak > 0) return 'improvement';
  if (weak === 0 && strong === 0) return 'context';
  if (weak > 0 && weak * 2 >= strong) return 'improvement';
  return strong > 0 ? 'strength' : 'improvement';
}
