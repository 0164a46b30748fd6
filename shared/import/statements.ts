// Judgements stated in sentences and headings rather than tables: SIF's overall and LSCB grades,
// ILACS section headings ("... help and protection: good"), summaries like a council news page,
// and grades of earlier inspections mentioned in passing (kept as history, not as judgements).
import { derived } from '../frameworks';
import type { PreviousGrade, StandardJudgementKey } from '../model';
import { fold } from './fold';
import { gradeFromPhrase, gradePattern, type ParsedGrade } from './grades';
import { keyOfLabel, labelRules } from './labels';
import type { Paragraph } from './normalise';

export interface StatedJudgement {
  key: StandardJudgementKey;
  label: string;
  grade: ParsedGrade;
  gradeText: string;
  paragraph: number;
}

/** The patterns below, built from the profiles' grade scales and labels. */
const patterns = derived(() => {
  const G = gradePattern().source;
  return {
    sifOverall: [
      new RegExp(
        String.raw`^the overall judgement is (?:that )?(?:(?:the )?children's services(?: in [^.]{2,80}?)? (?:(?:are|is) )?)?(?:judged to be )?${G}`,
      ),
      new RegExp(
        String.raw`^(?:the )?children's services in (?:the )?[^.]{2,80}? (?:(?:are|is|remain) )?${G}`,
      ),
    ],
    lscb: new RegExp(
      String.raw`^(?:the )?(?:effectiveness of the )?(?:(?:local )?safeguarding (?:children )?board|lscb)(?: \(lscb\))? (?:(?:is|are|remains?) )?${G}`,
    ),
    headingGrade: new RegExp(String.raw`(?:\b(?:is|are)\b)?\s*:\s*${G}\.?$`),
    sentenceRules: labelRules().map((rule) => ({
      key: rule.key,
      pattern: new RegExp(
        String.raw`${rule.pattern.source},? (?:(?:is|are|remains?|continues? to be) )?(?:judged to be )?(?:now )?${G}`,
      ),
    })),
    previous: new RegExp(
      String.raw`\b((?:19|20)\d\d)\b[^.]{0,120}?\b(?:judged|found|rated|graded)(?: to be| as)? ${G}`,
    ),
  };
});

/** SIF states the overall and LSCB grades in sentences; the first statement of each counts. */
export function sifStatements(paragraphs: readonly Paragraph[]): StatedJudgement[] {
  const found: StatedJudgement[] = [];
  const { sifOverall, lscb } = patterns();
  paragraphs.forEach((p, index) => {
    const text = fold(p.text);
    if (!found.some((f) => f.key === 'overall_effectiveness') && index < 40) {
      for (const pattern of sifOverall) {
        const m = pattern.exec(text);
        const phrase = m?.[1];
        if (phrase) {
          found.push({
            key: 'overall_effectiveness',
            label: 'Overall effectiveness',
            grade: gradeFromPhrase(phrase),
            gradeText: phrase,
            paragraph: index,
          });
          break;
        }
      }
    }
    if (!found.some((f) => f.key === 'lscb')) {
      const m = lscb.exec(text);
      if (m?.[1])
        found.push({
          key: 'lscb',
          label: 'The Local Safeguarding Children Board',
          grade: gradeFromPhrase(m[1]),
          gradeText: m[1],
          paragraph: index,
        });
    }
  });
  return found;
}

/** Section headings that carry a grade: "The experiences and progress of ... are: good". */
export function headingStatements(
  paragraphs: readonly Paragraph[],
  skip: ReadonlySet<number>,
): StatedJudgement[] {
  const found: StatedJudgement[] = [];
  const { headingGrade } = patterns();
  paragraphs.forEach((p, index) => {
    if (skip.has(index) || p.text.length > 220 || p.marker !== 'plain') return;
    const text = fold(p.text);
    const key = keyOfLabel(text);
    if (!key) return;
    const m = headingGrade.exec(text);
    if (!m?.[1] || found.some((f) => f.key === key)) return;
    found.push({
      key,
      label: p.text.slice(0, p.text.lastIndexOf(':')).trim(),
      grade: gradeFromPhrase(m[1]),
      gradeText: m[1],
      paragraph: index,
    });
  });
  return found;
}

const HISTORY =
  /\b(?:last|previous|earlier) inspection\b|\bwas judged\b|\bwere judged\b|\bwhen (?:it|they|services|the local authority|children's services) (?:was|were)\b|\bin (?:19|20)\d\d\b/;

/** Judgements stated in sentences ("The experiences and progress of ... is good."), skipping history. */
export function sentenceStatements(paragraphs: readonly Paragraph[]): StatedJudgement[] {
  const found: StatedJudgement[] = [];
  const { sentenceRules } = patterns();
  paragraphs.forEach((p, index) => {
    for (const sentence of fold(p.text).split(/(?<=[.!?])\s+/)) {
      if (HISTORY.test(sentence)) continue;
      for (const rule of sentenceRules) {
        const m = rule.pattern.exec(sentence);
        const phrase = m?.[m.length - 1];
        if (!m || !phrase || found.some((f) => f.key === rule.key)) continue;
        const label = m[0]
          .slice(0, m[0].length - phrase.length)
          .replace(/[\s,]+(?:(?:is|are|remains?|continues? to be|judged to be|now)\s*)*$/, '');
        found.push({
          key: rule.key,
          label: capitalise(label),
          grade: gradeFromPhrase(phrase),
          gradeText: phrase,
          paragraph: index,
        });
        break;
      }
    }
  });
  return found;
}

export function capitalise(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** Grades of earlier inspections that the text mentions, with their year. */
export function previousGrades(paragraphs: readonly Paragraph[]): PreviousGrade[] {
  const found: PreviousGrade[] = [];
  const { previous } = patterns();
  for (const p of paragraphs) {
    for (const sentence of fold(p.text).split(/(?<=[.!?])\s+/)) {
      if (!/\b(?:last|previous|earlier) inspection\b|\bsince\b|\bfollowing\b/.test(sentence))
        continue;
      const m = previous.exec(sentence);
      const grade = m?.[2] ? gradeFromPhrase(m[2]) : null;
      if (!m || !grade || grade === 'not_judged') continue;
      const year = Number(m[1]);
      if (found.some((f) => f.year === year && f.grade === grade)) continue;
      found.push({ key: 'overall_effectiveness', label: 'Overall effectiveness', grade, year });
    }
  }
  return found.slice(0, 10);
}
