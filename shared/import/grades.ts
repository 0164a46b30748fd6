// Grades as reports write them ("Requires Improvement", "requires improvement to be good",
// "require improvement") mapped to the design's grade values, by the grade scales of the framework
// profiles (shared/frameworks): a framework with its own scale brings its own phrases.
import { derived } from '../frameworks';
import type { Grade } from '../model';
import { fold } from './fold';

export type ParsedGrade = Grade | 'not_judged';

interface Phrase {
  grade: ParsedGrade;
  whole: RegExp;
  source: string;
}

/** Every scale's phrases once, longest first, and "not judged". */
const phrases = derived((all): Phrase[] => {
  const bySource = new Map<string, Phrase>();
  const add = (grade: ParsedGrade, source: string) => {
    if (!bySource.has(source))
      bySource.set(source, { grade, source, whole: new RegExp(`^(?:${source})$`) });
  };
  for (const profile of all)
    for (const step of profile.scale)
      if (step.grade !== 'score') add(step.grade, step.phrase.source);
  add('not_judged', 'not judged');
  return [...bySource.values()].sort((a, b) => b.source.length - a.source.length);
});

const patternSource = derived(
  () =>
    String.raw`\b(${phrases()
      .map((p) => p.source)
      .join('|')})\b`,
);

/** Matches one grade phrase in folded text (group 1); the longest phrasing comes first. A new
 * object each time: callers may make it global. */
export function gradePattern(): RegExp {
  return new RegExp(patternSource());
}

export function parseGrade(text: string): ParsedGrade | null {
  const match = gradePattern().exec(fold(text));
  return match?.[1] ? gradeFromPhrase(match[1]) : null;
}

export function gradeFromPhrase(phrase: string): ParsedGrade {
  const folded = fold(phrase);
  return phrases().find((p) => p.whole.test(folded))?.grade ?? (folded as Grade);
}

/** Words a line made only of grades can contain ("Requires" / "improvement to" / "be good"):
 * the words of every phrase, and "require" beside "requires?". */
const gradeWords = derived(() => {
  const words = new Set<string>();
  for (const p of phrases()) {
    for (const word of p.source.match(/[a-z]+/g) ?? []) {
      words.add(word);
      if (word.endsWith('s') && p.source.includes(`${word}?`)) words.add(word.slice(0, -1));
    }
  }
  return words;
});

/** Words that only join a grade's words ("to be", "not"): a line of them alone is not a grade. */
const JOINING = new Set(['to', 'be', 'not']);

/** True when a line holds nothing but grade words, so it belongs to the grade column of a table. */
export function isGradeOnlyLine(line: string): boolean {
  const known = gradeWords();
  const words = fold(line)
    .replace(/[.:;,*]/g, ' ')
    .split(' ')
    .filter(Boolean);
  return words.length > 0 && words.every((w) => known.has(w)) && words.some((w) => !JOINING.has(w));
}
