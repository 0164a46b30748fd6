// Reads the judgement table at the front of a report, however extraction laid it out: labels and
// grades wrapped over lines, grades above, between or inside their labels, all labels before all
// grades, a table split by a page break, varied case and the reports' own typos. The labels and
// grades it knows are those of the framework profiles that print a table (shared/frameworks), and
// the labels it finds say which framework the table is.
import { profiles, readsTable } from '../frameworks';
import type { Framework, JudgementKey } from '../model';
import { fold } from './fold';
import { gradeFromPhrase, gradePattern, isGradeOnlyLine, type ParsedGrade } from './grades';
import { keyOfTableLabel, labelScanner, ruleOfMatch } from './labels';
import type { Paragraph } from './normalise';

export interface TableJudgement {
  key: JudgementKey;
  /** The label as the report prints it. */
  label: string;
  grade: ParsedGrade;
  gradeText: string;
  paragraph: number;
  /** The frameworks that print this label. */
  frameworks: readonly Framework[];
}

export interface TableResult {
  judgements: TableJudgement[];
  /** The framework whose labels the table prints (null when it has none). */
  framework: Framework | null;
  /** Indexes of the paragraphs that make up the table (not findings). */
  region: number[];
  warnings: string[];
}

/** How far into a report the table may start. */
const SEARCH_PARAGRAPHS = 60;

function bodyOf(paragraph: Paragraph): string {
  return fold(paragraph.text.replace(/^(?:•\s*|\d{1,3}\.(?:\d{1,2})?\s+)/, ''));
}

/** The body with grades cut out, so a label broken by a grade printed inside it reads whole. */
function labelsOf(paragraph: Paragraph): string {
  return bodyOf(paragraph)
    .replace(new RegExp(gradePattern().source, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const HEADER =
  /^(?:judgements?\s+grades?|judgement|grade|the judgements on areas of the service that contribute to overall effectiveness are:?)$/;

/** True when a paragraph reads as rows of a table rather than prose. */
function isTableLike(paragraph: Paragraph, started: boolean): boolean {
  const body = bodyOf(paragraph);
  if (HEADER.test(body)) return true;
  if (paragraph.lines.every(isGradeOnlyLine)) return started;
  const labels = labelsOf(paragraph);
  if (!keyOfTableLabel(labels) && !(started && labelScanner().test(labels))) return false;
  const residue = labels
    .replace(labelScanner(), ' ')
    .replace(/\b(?:are|is)\s*:/g, ' ')
    .replace(/\d+(?:\.\d+)?\.?/g, ' ')
    .replace(/[^a-z ]/g, ' ')
    .replace(/\b(?:judgement|grade|to be)\b/g, ' ')
    .trim();
  const words = residue ? residue.split(/\s+/).length : 0;
  const original = paragraph.text.replace(/^(?:•\s*|\d{1,3}\.(?:\d{1,2})?\s+)/, '');
  // Rows of a table are not sentences: no full stop inside or at the end, no "label: grade".
  return words <= 1 && !/[.!?](?:\s+\S|\s*$)/.test(original) && !/:\s*\S/.test(original);
}

interface Token {
  at: number;
  type: 'label' | 'grade';
  key?: JudgementKey;
  frameworks?: readonly Framework[];
  text: string;
  grade?: ParsedGrade;
  paragraph: number;
}

export function parseJudgementTable(paragraphs: readonly Paragraph[]): TableResult {
  const region: number[] = [];
  const limit = Math.min(paragraphs.length, SEARCH_PARAGRAPHS);
  let i = 0;
  while (i < limit) {
    const p = paragraphs[i];
    if (p && keyOfTableLabel(labelsOf(p)) && isTableLike(p, false)) break;
    i += 1;
  }
  if (i >= limit) return { judgements: [], framework: null, region: [], warnings: [] };
  // The table's header ("Judgement Grade", or SIF's sentence introducing the rows) belongs to it.
  const headers: number[] = [];
  for (let back = i - 1; back >= Math.max(0, i - 2); back -= 1) {
    const header = paragraphs[back];
    if (header && HEADER.test(bodyOf(header))) headers.unshift(back);
  }
  while (i < paragraphs.length) {
    const p = paragraphs[i];
    if (!p || !isTableLike(p, true)) break;
    region.push(i);
    i += 1;
  }

  // The region's words as one stream. Grades are cut out first and remembered at the place of the
  // cut, so a grade printed inside a label's lines leaves the label whole, and a grade wrapped over
  // lines ("Requires" / "improvement to" / "be good") is read as one.
  let raw = '';
  const rawOwner: { from: number; paragraph: number }[] = [];
  for (const index of region) {
    const p = paragraphs[index];
    if (!p) continue;
    for (const rawLine of p.lines) {
      rawOwner.push({ from: raw.length, paragraph: index });
      raw += ` ${fold(rawLine.replace(/^(?:[◼■▪•\uf0b7]\s*|\d{1,3}\.(?:\d{1,2})?\s+)/u, ''))}`;
    }
  }
  const ownerAt = (at: number) =>
    [...rawOwner].reverse().find((o) => o.from <= at)?.paragraph ?? region[0] ?? 0;
  const tokens: Token[] = [];
  let stream = '';
  const streamToRaw: { from: number; raw: number }[] = [];
  let cursor = 0;
  for (const match of raw.matchAll(new RegExp(gradePattern().source, 'g'))) {
    const at = match.index ?? 0;
    streamToRaw.push({ from: stream.length, raw: cursor });
    stream += `${raw.slice(cursor, at).trim()} `;
    tokens.push({
      at: stream.length - 0.5,
      type: 'grade',
      text: match[0],
      grade: gradeFromPhrase(match[0]),
      paragraph: ownerAt(at),
    });
    cursor = at + match[0].length;
  }
  streamToRaw.push({ from: stream.length, raw: cursor });
  stream += raw.slice(cursor).trim();
  const rawAt = (at: number) => {
    const segment = [...streamToRaw].reverse().find((s) => s.from <= at);
    return segment ? segment.raw + (at - segment.from) : at;
  };
  for (const match of stream.matchAll(labelScanner())) {
    const rule = ruleOfMatch(match);
    const at = match.index ?? 0;
    if (rule)
      tokens.push({
        at,
        type: 'label',
        key: rule.key,
        frameworks: rule.frameworks,
        text: match[0],
        paragraph: ownerAt(rawAt(at)),
      });
  }
  const expanded = tokens.sort((a, b) => a.at - b.at);

  const warnings: string[] = [];
  const judgements: TableJudgement[] = [];
  const labels: Token[] = [];
  const grades: Token[] = [];
  const pair = (label: Token, grade: Token) => {
    if (!label.key || !grade.grade) return;
    if (judgements.some((j) => j.key === label.key)) {
      warnings.push(`The judgement table names "${label.text}" twice; the first grade was kept.`);
      return;
    }
    judgements.push({
      key: label.key,
      label: label.text,
      grade: grade.grade,
      gradeText: grade.text,
      paragraph: label.paragraph,
      frameworks: label.frameworks ?? [],
    });
  };
  for (const token of expanded) {
    if (token.type === 'label') {
      const waiting = grades.shift();
      if (waiting && labels.length === 0) pair(token, waiting);
      else labels.push(token);
    } else {
      const label = labels.shift();
      if (label) pair(label, token);
      else grades.push(token);
    }
  }
  for (const label of labels)
    warnings.push(`The judgement table gives no grade for "${label.text}".`);
  return {
    judgements,
    framework: frameworkOfTable(judgements),
    region: [...headers, ...region],
    warnings,
  };
}

/** The framework with the most labels in the table that no other prints ("Adoption performance"
 * is SIF's); where none is its own, the first in the registry's order that prints them all. */
function frameworkOfTable(judgements: readonly TableJudgement[]): Framework | null {
  if (judgements.length === 0) return null;
  let best: { framework: Framework; own: number } | null = null;
  for (const profile of profiles()) {
    if (!readsTable(profile)) continue;
    const printed = judgements.filter((j) => j.frameworks.includes(profile.framework));
    const own = printed.filter((j) => j.frameworks.length === 1).length;
    if (printed.length < judgements.length && own === 0) continue;
    if (!best || own > best.own) best = { framework: profile.framework, own };
  }
  return best?.framework ?? null;
}
