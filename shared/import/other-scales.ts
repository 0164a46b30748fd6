// Other inspectorates' and older frameworks' grades, kept as data under `other:<slug>` keys so
// they never pose as the standard judgements: "Grade 4 (inadequate)", PEEL's five points,
// CQC scores out of 4.
import type { Grade } from '../model';
import { fold, slugify } from './fold';
import type { Paragraph } from './normalise';
import { capitalise } from './statements';

export interface OtherJudgement {
  key: string;
  label: string;
  grade: Grade;
  gradeText: string;
  score: number | null;
  paragraph: number;
}

const GRADE_N = /^(.{3,160}?)[\s:–-]+grade ([1-4]) \((outstanding|good|adequate|inadequate)\)$/;
const PEEL = /^(.{3,120}?)[\s:–-]+(outstanding|good|adequate|requires improvement|inadequate)\.?$/;
const SCORE = /^(.{3,120}?)[\s:–-]+(?:score:?\s*)?([1-4])\s*(?:\/|out of)\s*4\.?$/;

export function otherScaleJudgements(
  paragraphs: readonly Paragraph[],
  scale: 'grade-n' | 'peel' | 'cqc',
): OtherJudgement[] {
  const found: OtherJudgement[] = [];
  paragraphs.forEach((p, index) => {
    if (p.text.length > 220) return;
    const text = fold(p.text.replace(/^•\s*/, ''));
    const m = (scale === 'grade-n' ? GRADE_N : scale === 'peel' ? PEEL : SCORE).exec(text);
    const label = m?.[1]?.trim();
    if (!m || !label || /^(?:outstanding|good|adequate|inadequate)$/.test(label)) return;
    const key = `other:${slugify(label)}`;
    if (key === 'other:' || found.some((f) => f.key === key)) return;
    if (scale === 'cqc') {
      found.push({
        key,
        label: capitalise(label),
        grade: 'score',
        gradeText: `${m[2]} out of 4`,
        score: Number(m[2]),
        paragraph: index,
      });
      return;
    }
    const word = scale === 'grade-n' ? (m[3] ?? '') : (m[2] ?? '');
    const grade: Grade = word.startsWith('requires') ? 'requires_improvement' : (word as Grade);
    found.push({
      key,
      label: capitalise(label),
      grade,
      gradeText: scale === 'grade-n' ? `Grade ${m[2]} (${word})` : word,
      score: null,
      paragraph: index,
    });
  });
  return found;
}
