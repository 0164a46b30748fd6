// Re-importing: the same file changes nothing; a revised report keeps its id, replaces its
// findings, and its annotations are re-anchored or listed as orphans, never dropped.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import/import-report';
import { planReimport } from '../../../shared/import/reimport';
import { createAnnotation } from '../../../shared/merge/editing';
import { selectorAt } from '../../../shared/anchoring/quote';
import type { Annotation } from '../../../shared/model';
import { fixture } from '../../fixtures/reports/make-files';
import { NOW, deps } from './helpers';

const original = importText(fixture('ilacs-2023-lowmoor.txt'), deps);

function noteOn(startOfFinding: string, quote: string): Annotation {
  const finding = original.findings.find((f) => f.text.startsWith(startOfFinding));
  if (!finding) throw new Error(`no finding starts "${startOfFinding}"`);
  const at = finding.text.indexOf(quote);
  return createAnnotation(
    {
      kind: 'note',
      target: {
        reportId: original.report.id,
        findingId: finding.id,
        findingText: finding.text,
        selector: selectorAt(finding.text, at, at + quote.length),
      },
      body: 'Ask about this',
    },
    'Cllr Amara Okafor',
    NOW,
  );
}

describe('planning a re-import', () => {
  it('adds a report it has not seen', () => {
    expect(planReimport({ reports: [], annotations: [] }, original, 'me', NOW)).toMatchObject({
      kind: 'new',
      reportId: original.report.id,
    });
  });

  it('changes nothing for the same file again', () => {
    expect(
      planReimport({ reports: [original.report], annotations: [] }, original, 'me', NOW),
    ).toEqual({ kind: 'unchanged', reportId: original.report.id });
  });

  it('replaces a revised report under its stored id, re-anchors notes and lists orphans', () => {
    const kept = noteOn('The multi-agency safeguarding hub', 'thresholds are well understood');
    const lost = noteOn('Children in care are visited regularly', 'visited regularly');
    const revisedText = fixture('ilacs-2023-lowmoor.txt')
      .replace(
        'referrals, and thresholds are well understood',
        'referrals, and thresholds are very well understood, and thresholds are well understood',
      )
      .replace(
        '5. Children in care are visited regularly by social workers who know them well.',
        '5. Children in care have stable relationships with their social workers.',
      );
    const revised = importText(revisedText, deps);
    expect(revised.report.id).not.toBe(original.report.id);
    const plan = planReimport(
      { reports: [original.report], annotations: [kept, lost] },
      revised,
      'Cllr Amara Okafor',
      NOW,
    );
    if (plan.kind !== 'revised') throw new Error(`expected a revised plan, got ${plan.kind}`);
    expect(plan.reportId).toBe(original.report.id);
    expect(plan.records.report.id).toBe(original.report.id);
    expect(plan.records.findings.every((f) => f.reportId === original.report.id)).toBe(true);
    const moved = plan.annotations.find((a) => a.id === kept.id);
    expect(moved?.orphaned).toBe(false);
    expect(plan.records.findings.some((f) => f.id === moved?.target.findingId)).toBe(true);
    expect(moved?.target.selector?.exact).toBe('thresholds are well understood');
    expect(plan.orphans.map((a) => [a.id, a.orphaned, a.target.findingText])).toEqual([
      [lost.id, true, lost.target.findingText],
    ]);
    expect(plan.annotations).toHaveLength(2);
  });
});
