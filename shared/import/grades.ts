// Grades as reports write them ("Requires Improvement", "requires improvement to be good",
// "require improvement", "Grade 4 (inadequate)") mapped to the design's grade values.
import type { Grade } from '../model';
import { fold } from './fold';

/** Matches one grade phrase in folded text; the longest phrasing comes first. */
export const GRADE_PATTERN =
  /\b(requires? improvement(?: to be good)?|not judged|outstanding|good|inadequate|adequate)\b/;

export type ParsedGrade = Grade | 'not_judged';

export function parseGrade(text: string): ParsedGrade | null {
  const match = GRADE_PATTERN.exec(fold(text));
  return match?.[1] ? gradeFromPhrase(match[1]) : null;
}

export function gradeFromPhrase(phrase: string): ParsedGrade {
  const folded = fold(phrase);
  if (folded.startsWith('require')) return 'requires_improvement';
  if (folded === 'not judged') return 'not_judged';
  return folded as Grade;
}

/** Words a line made only of grades can contain ("Requires" / "improvement to" / "be good"). */
const GRADE_WORDS = new Set([
  'requires',
  'require',
  'improvement',
  'to',
  'be',
  'good',
  'outstanding',
  'inadequate',
  'adequate',
  'not',
  'judged',
]);

/** True when a line holds nothing but grade words, so it belongs to the grade column of a table. */
export function isGradeOnlyLine(line: string): boolean {
  const words = fold(line)
    .replace(/[.:;,*]/g, ' ')
    .split(' ')
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.every((w) => GRADE_WORDS.has(w)) &&
    words.some((w) => w !== 'to' && w !== 'be' && w !== 'not')
  );
}

/** Every grade phrase in folded text, in order. */
export function gradesIn(text: string): { grade: ParsedGrade; phrase: string }[] {
  const all = new RegExp(GRADE_PATTERN.source, 'g');
  return [...fold(text).matchAll(all)].map((m) => ({
    grade: gradeFromPhrase(m[1] ?? ''),
    phrase: m[1] ?? '',
  }));
}
