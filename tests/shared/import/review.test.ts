// The member's corrections before saving: grade, kind, themes, merge and split.
import { describe, expect, it } from 'vitest';
import {
  mergeWithNext,
  parseThemes,
  setGrade,
  setKind,
  setThemes,
  splitFinding,
  splitPoint,
} from '../../../shared/import/review';
import { importFixture } from './helpers';

const result = importFixture('ilacs-2023-lowmoor.txt');
const byStart = (r: typeof result, start: string) =>
  r.findings.find((f) => f.text.startsWith(start));

describe('reviewing an import', () => {
  it('corrects a grade with its words', () => {
    const judgement = result.judgements.find((j) => j.key === 'help_and_protection');
    if (!judgement) throw new Error('no judgement');
    const next = setGrade(result, judgement.id, 'outstanding');
    expect(next.judgements.find((j) => j.id === judgement.id)).toMatchObject({
      grade: 'outstanding',
      gradeText: 'Outstanding',
    });
    expect(result.judgements.find((j) => j.id === judgement.id)?.grade).toBe('good');
  });

  it('re-classifies a finding and edits its themes', () => {
    const finding = byStart(result, 'Children in care are visited');
    if (!finding) throw new Error('no finding');
    const next = setThemes(
      setKind(result, finding.id, 'improvement'),
      finding.id,
      parseThemes(' children in care, visits ,Visits,, '),
    );
    expect(next.findings.find((f) => f.id === finding.id)).toMatchObject({
      kind: 'improvement',
      themes: ['children in care', 'visits'],
    });
  });

  it('merges a finding with the next one, spanning both sources', () => {
    const first = byStart(result, 'Too many children wait too long');
    if (!first) throw new Error('no finding');
    const second = result.findings[first.order + 1];
    const next = mergeWithNext(result, first.id);
    expect(next.findings).toHaveLength(result.findings.length - 1);
    const merged = next.findings[first.order];
    expect(merged?.text).toBe(`${first.text} ${second?.text}`);
    expect(merged?.source).toMatchObject({ start: first.source.start, end: second?.source.end });
    expect(next.findings.map((f) => f.order)).toEqual(next.findings.map((_, i) => i));
  });

  it('splits a finding at the sentence end nearest its middle, and not a single sentence', () => {
    const finding = byStart(result, 'Leaders have an accurate understanding');
    if (!finding) throw new Error('no finding');
    const next = splitFinding(result, finding.id);
    expect(next.findings.slice(finding.order, finding.order + 2).map((f) => f.text)).toEqual([
      'Leaders have an accurate understanding of the quality of practice.',
      'Supervision is regular, but management oversight is not consistently effective.',
    ]);
    const [head, tail] = next.findings.slice(finding.order, finding.order + 2);
    expect(result.report.text.slice(head?.source.start, head?.source.end)).toBe(head?.text);
    expect(tail?.source.end).toBe(finding.source.end);
    expect(splitPoint('One sentence only.')).toBeNull();
    const single = byStart(result, 'Children in care are visited');
    expect(single && splitFinding(result, single.id)).toBe(result);
  });
});
