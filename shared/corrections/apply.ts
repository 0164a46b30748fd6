// Applying one correction to a saved report. Pure: the same correction on the same report gives
// the same result, which is what lets corrections travel in merges and be replayed.
import { GRADE_LABELS, type Correction, type Finding, type Judgement } from '../model';
import { locateFinding, mergeAt, splitAt } from './findings';
import type { Outcome, ReportSlice } from './slice';

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

function setGrade(
  slice: ReportSlice,
  judgement: Judgement,
  grade: Exclude<Judgement['grade'], 'score'>,
  by: string,
  at: string,
): ReportSlice {
  const imported = judgement.correction?.imported ?? {
    grade: judgement.grade,
    gradeText: judgement.gradeText,
    score: judgement.score,
  };
  // Setting the importer's own reading again takes the correction away: the grade is as read.
  const backToImported = imported.grade === grade;
  const next: Judgement = backToImported
    ? {
        ...judgement,
        grade: imported.grade,
        gradeText: imported.gradeText,
        score: imported.score,
        correction: null,
      }
    : {
        ...judgement,
        grade,
        gradeText: GRADE_LABELS[grade],
        score: null,
        correction: { imported, by, at },
      };
  return { ...slice, judgements: slice.judgements.map((j) => (j.id === judgement.id ? next : j)) };
}

/** A member's kind replaces the importer's, and with it the importer's reason and balance (as in
 * review before saving): "why this kind?" must never quote words for a kind the member chose. The
 * same kind again changes nothing. */
function memberKind(finding: Finding, kind: Finding['kind']): Finding {
  if (finding.kind === kind) return finding;
  const { reason: _reason, balance: _balance, ...rest } = finding;
  return { ...rest, kind };
}

export function applyCorrection(
  slice: ReportSlice,
  correction: Correction,
  editor = correction.by,
): Outcome {
  const { change, by, at } = correction;
  switch (change.type) {
    case 'grade': {
      const judgement = slice.judgements.find((j) => j.key === change.key);
      if (!judgement)
        return { ok: false, reason: `this report has no graded judgement for “${change.key}”.` };
      return { ok: true, slice: setGrade(slice, judgement, change.grade, by, at) };
    }
    case 'dates':
      return {
        ok: true,
        slice: {
          ...slice,
          report: {
            ...slice.report,
            inspectionDates: change.inspectionDates,
            publishedOn: change.publishedOn,
          },
        },
      };
    case 'kind':
    case 'themes': {
      const index = locateFinding(slice.findings, change.findingId, change.findingText);
      if (index === -1)
        return {
          ok: false,
          reason: `the finding ${quoted(change.findingText)} is not in this report any more.`,
        };
      const findings = slice.findings.map((f, i) =>
        i !== index
          ? f
          : change.type === 'kind'
            ? memberKind(f, change.kind)
            : { ...f, themes: [...change.themes] },
      );
      return { ok: true, slice: { ...slice, findings } };
    }
    case 'merge': {
      const index = locateFinding(slice.findings, change.findingId, change.findingText);
      if (index === -1)
        return {
          ok: false,
          reason: `the finding ${quoted(change.findingText)} is not in this report any more.`,
        };
      const next = slice.findings[index + 1];
      if (!next || next.text !== change.nextText)
        return {
          ok: false,
          reason: `the finding after ${quoted(change.findingText)} has changed, so they were not merged.`,
        };
      return mergeAt(slice, index, editor, at);
    }
    case 'split': {
      const index = locateFinding(slice.findings, change.findingId, change.findingText);
      const finding = slice.findings[index];
      if (!finding || finding.text !== change.findingText)
        return {
          ok: false,
          reason: `the finding ${quoted(change.findingText)} is not in this report any more.`,
        };
      return splitAt(slice, index, change.at, editor, at);
    }
  }
}
