// Corrections to a saved report: a grade keeps the importer's reading and who corrected it;
// dates, kinds and themes change; merging and splitting keep every note and pack item attached.
import { describe, expect, it } from 'vitest';
import { applyCorrection } from '../../../shared/corrections/apply';
import { makeCorrection } from '../../../shared/corrections/make';
import { sentenceEnds } from '../../../shared/corrections/findings';
import type { CorrectionChange } from '../../../shared/model';
import type { ReportSlice } from '../../../shared/corrections/slice';
import { AT, MEMBER, lowmoorSlice } from './fixture';

function correct(slice: ReportSlice, change: CorrectionChange, at = AT): ReportSlice {
  const outcome = applyCorrection(slice, makeCorrection(slice.report, change, MEMBER, at));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.slice;
}

/** Each live note's finding is in the report, and its quoted words are in that finding. */
function notesAttached(slice: ReportSlice): void {
  for (const a of slice.annotations) {
    const finding = slice.findings.find((f) => f.id === a.target.findingId);
    expect(finding, `note "${a.body}" lost its finding`).toBeDefined();
    expect(a.target.findingText).toBe(finding?.text);
    if (a.target.selector) expect(finding?.text).toContain(a.target.selector.exact);
  }
}

function packFindingsExist(slice: ReportSlice): void {
  const ids = new Set(slice.findings.map((f) => f.id));
  for (const item of slice.packs.flatMap((p) => p.items))
    if (item.type === 'finding') expect(ids.has(item.findingId)).toBe(true);
}

describe('correcting a saved report', () => {
  it('corrects a grade, keeping the importer’s reading and who corrected it, and taking it back when set back', () => {
    const slice = lowmoorSlice();
    const judgement = slice.judgements[0];
    if (!judgement) throw new Error('no judgement');
    const other = judgement.grade === 'good' ? 'inadequate' : 'good';
    const corrected = correct(slice, { type: 'grade', key: judgement.key, grade: other });
    const after = corrected.judgements.find((j) => j.key === judgement.key);
    expect(after).toMatchObject({
      grade: other,
      score: null,
      correction: {
        by: MEMBER,
        at: AT,
        imported: { grade: judgement.grade, gradeText: judgement.gradeText },
      },
    });
    // A second correction keeps the first reading, not the corrected one.
    const again = correct(
      corrected,
      { type: 'grade', key: judgement.key, grade: 'outstanding' },
      '2026-11-29T09:00:00.000Z',
    );
    expect(again.judgements.find((j) => j.key === judgement.key)?.correction?.imported.grade).toBe(
      judgement.grade,
    );
    const back = correct(again, {
      type: 'grade',
      key: judgement.key,
      grade: judgement.grade === 'score' ? 'good' : judgement.grade,
    });
    expect(back.judgements.find((j) => j.key === judgement.key)).toMatchObject({
      grade: judgement.grade,
      gradeText: judgement.gradeText,
      correction: null,
    });
  });

  it('says in one line when the judgement or finding is not there, and changes nothing', () => {
    const slice = lowmoorSlice();
    const outcome = applyCorrection(
      slice,
      makeCorrection(
        slice.report,
        {
          type: 'kind',
          findingId: 'finding-gone',
          findingText: 'Words nobody wrote.',
          kind: 'strength',
        },
        MEMBER,
        AT,
      ),
    );
    expect(outcome).toEqual({
      ok: false,
      reason: 'the finding “Words nobody wrote.” is not in this report any more.',
    });
  });

  it('changes the inspection and publication dates', () => {
    const slice = correct(lowmoorSlice(), {
      type: 'dates',
      inspectionDates: '4 to 15 March 2024',
      publishedOn: '2024-04-20',
    });
    expect(slice.report).toMatchObject({
      inspectionDates: '4 to 15 March 2024',
      publishedOn: '2024-04-20',
    });
  });

  it('changes a finding’s kind and themes, finding it by its words when the id differs', () => {
    const slice = lowmoorSlice();
    const f = slice.findings[3];
    if (!f) throw new Error('no finding');
    const kinded = correct(slice, {
      type: 'kind',
      findingId: 'finding-other-copy',
      findingText: f.text,
      kind: 'recommendation',
    });
    expect(kinded.findings[3]?.kind).toBe('recommendation');
    const themed = correct(kinded, {
      type: 'themes',
      findingId: f.id,
      findingText: f.text,
      themes: ['care leavers', 'pace of change'],
    });
    expect(themed.findings[3]?.themes).toEqual(['care leavers', 'pace of change']);
  });

  it('drops the importer’s reason and balance when a member changes the kind, so "why this kind?" never argues for a kind the member chose', () => {
    const slice = lowmoorSlice();
    const index = slice.findings.findIndex((f) => f.reason?.by === 'words');
    const f = slice.findings[index];
    if (!f?.reason) throw new Error('no finding with a reason');
    const same = correct(slice, {
      type: 'kind',
      findingId: f.id,
      findingText: f.text,
      kind: f.kind,
    });
    expect(same.findings[index]?.reason).toEqual(f.reason);
    const other = f.kind === 'strength' ? 'improvement' : 'strength';
    const changed = correct(slice, {
      type: 'kind',
      findingId: f.id,
      findingText: f.text,
      kind: other,
    });
    expect(changed.findings[index]?.kind).toBe(other);
    expect(changed.findings[index]?.reason).toBeUndefined();
    expect(changed.findings[index]?.balance).toBeUndefined();
  });

  it('merges two findings, keeping both findings’ notes and the pack item attached', () => {
    const slice = lowmoorSlice();
    const [f0, f1] = slice.findings;
    if (!f0 || !f1) throw new Error('no findings');
    const merged = correct(slice, {
      type: 'merge',
      findingId: f0.id,
      findingText: f0.text,
      nextText: f1.text,
    });
    expect(merged.findings).toHaveLength(slice.findings.length - 1);
    expect(merged.findings[0]?.text).toBe(`${f0.text} ${f1.text}`);
    expect(merged.findings.map((f) => f.order)).toEqual(merged.findings.map((_, i) => i));
    expect(merged.annotations.map((a) => a.body).sort()).toEqual(
      slice.annotations.map((a) => a.body).sort(),
    );
    expect(
      merged.annotations.filter((a) => a.target.findingId === merged.findings[0]?.id),
    ).toHaveLength(2);
    notesAttached(merged);
    packFindingsExist(merged);
    expect(merged.packs[0]?.items).toHaveLength(3);
  });

  it('splits a finding at a sentence end, keeping its notes on the half that holds their words', () => {
    const slice = lowmoorSlice();
    const index = slice.findings.findIndex(
      (f) =>
        sentenceEnds(f.text).length > 0 &&
        slice.annotations.some((a) => a.target.findingId === f.id),
    );
    const finding = slice.findings[index];
    if (!finding) throw new Error('no finding of two sentences with a note');
    const cut = sentenceEnds(finding.text)[0] ?? 0;
    const split = correct(slice, {
      type: 'split',
      findingId: finding.id,
      findingText: finding.text,
      at: cut,
    });
    expect(split.findings).toHaveLength(slice.findings.length + 1);
    expect(`${split.findings[index]?.text} ${split.findings[index + 1]?.text}`).toBe(
      finding.text.replace(/\s+$/, ''),
    );
    notesAttached(split);
    packFindingsExist(split);
    expect(split.annotations.map((a) => a.body).sort()).toEqual(
      slice.annotations.map((a) => a.body).sort(),
    );
  });

  it('refuses a split at the very end of a finding, in one line', () => {
    const slice = lowmoorSlice();
    const f = slice.findings[0];
    if (!f) throw new Error('no finding');
    const outcome = applyCorrection(
      slice,
      makeCorrection(
        slice.report,
        { type: 'split', findingId: f.id, findingText: f.text, at: f.text.length },
        MEMBER,
        AT,
      ),
    );
    expect(outcome).toEqual({
      ok: false,
      reason: 'choose a point between two of the finding’s words, not at its start or end.',
    });
  });
});
