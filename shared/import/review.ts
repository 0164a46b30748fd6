// The member's corrections during review, as pure changes to an import before it is saved:
// correct a grade, re-classify, edit themes, merge a finding with the next, split one in two.
import type { FindingKind, Grade, Finding } from '../model';
// The plain labels, not the model's index: the importer runs without loading zod.
import { GRADE_LABELS } from '../model/vocabulary-lists';
import { findingIdOf, normaliseForId } from './findings';
import type { ImportResult } from './result';

/** Recomputes order and ids after findings were merged or split (ids follow content). */
function renumber(result: ImportResult, findings: readonly Finding[]): ImportResult {
  const seen = new Map<string, number>();
  return {
    ...result,
    findings: findings.map((f, order) => {
      const key = normaliseForId(f.text);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return { ...f, order, id: findingIdOf(result.report.id, f.text, occurrence) };
    }),
  };
}

export function setGrade(
  result: ImportResult,
  judgementId: string,
  grade: Exclude<Grade, 'score'>,
): ImportResult {
  return {
    ...result,
    judgements: result.judgements.map((j) =>
      j.id === judgementId ? { ...j, grade, gradeText: GRADE_LABELS[grade], score: null } : j,
    ),
  };
}

/** The member's kind replaces the importer's, and with it the importer's reason and balance. */
export function setKind(result: ImportResult, findingId: string, kind: FindingKind): ImportResult {
  return {
    ...result,
    findings: result.findings.map((f) => {
      if (f.id !== findingId) return f;
      const { reason: _reason, balance: _balance, ...rest } = f;
      return { ...rest, kind };
    }),
  };
}

/** Themes typed as a comma-separated list; blanks and repeats dropped. */
export function parseThemes(text: string): string[] {
  const themes: string[] = [];
  for (const part of text.split(',')) {
    const theme = part.trim().replace(/\s+/g, ' ').slice(0, 120);
    if (theme && !themes.some((t) => t.toLowerCase() === theme.toLowerCase())) themes.push(theme);
  }
  return themes;
}

export function setThemes(
  result: ImportResult,
  findingId: string,
  themes: readonly string[],
): ImportResult {
  return {
    ...result,
    findings: result.findings.map((f) => (f.id === findingId ? { ...f, themes: [...themes] } : f)),
  };
}

/** Joins a finding with the one after it: one text, one source from the first's start to the second's end. */
export function mergeWithNext(result: ImportResult, findingId: string): ImportResult {
  const at = result.findings.findIndex((f) => f.id === findingId);
  const first = result.findings[at];
  const second = result.findings[at + 1];
  if (!first || !second) return result;
  const merged: Finding = {
    ...first,
    text: `${first.text} ${second.text}`,
    themes: [...new Set([...first.themes, ...second.themes])],
    source: { ...first.source, end: Math.max(first.source.end, second.source.end) },
  };
  return renumber(result, [
    ...result.findings.slice(0, at),
    merged,
    ...result.findings.slice(at + 2),
  ]);
}

/** Where a finding splits: the sentence end nearest its middle, or null for a single sentence. */
export function splitPoint(text: string): number | null {
  const ends = [...text.matchAll(/[.!?]["”’)]?\s+(?=[A-Z“"‘(])/g)].map(
    (m) => (m.index ?? 0) + m[0].length,
  );
  if (ends.length === 0) return null;
  const middle = text.length / 2;
  return ends.reduce((best, end) =>
    Math.abs(end - middle) < Math.abs(best - middle) ? end : best,
  );
}

/** Splits a finding in two at a sentence end; both halves keep the kind and themes. */
export function splitFinding(result: ImportResult, findingId: string): ImportResult {
  const at = result.findings.findIndex((f) => f.id === findingId);
  const finding = result.findings[at];
  const cut = finding ? splitPoint(finding.text) : null;
  if (!finding || cut === null) return result;
  const head = finding.text.slice(0, cut).trimEnd();
  const tail = finding.text.slice(cut).trimStart();
  const sourceCut = Math.min(finding.source.end, finding.source.start + cut);
  const parts: Finding[] = [
    {
      ...finding,
      text: head,
      source: { ...finding.source, end: finding.source.start + head.length },
    },
    { ...finding, text: tail, source: { ...finding.source, start: sourceCut } },
  ];
  return renumber(result, [
    ...result.findings.slice(0, at),
    ...parts,
    ...result.findings.slice(at + 1),
  ]);
}
