// Re-imports asked before the review: the same file is known by its hash; another copy of an
// inspection already held says what replacing it would change, including lost page references.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import/import-report';
import { describeReplace, replaceChoice, sameFile } from '../../../shared/import/precheck';
import { fixture } from '../../fixtures/reports/make-files';
import { lowmoorSlice } from '../corrections/fixture';
import { deps } from './helpers';

describe('before reading a file', () => {
  it('finds the stored report made from the same bytes', () => {
    const { report } = lowmoorSlice();
    expect(sameFile([report], report.source.sha256)).toBe(report);
    expect(sameFile([report], '0'.repeat(64))).toBeUndefined();
  });
});

describe('another copy of an inspection already held', () => {
  it('lists the notes and pack items replacing would affect, and that page references go', () => {
    const slice = lowmoorSlice();
    // The stored copy is a PDF (it has pages); the new one is the same report as text, slightly reworded.
    const stored = { ...slice.report, pageStarts: [0, 400] };
    const f2 = slice.findings[2];
    if (!f2) throw new Error('no finding');
    const copy = importText(
      fixture('ilacs-2023-lowmoor.txt').replace(
        f2.text.split(' ').slice(0, 6).join(' '),
        'Entirely different opening words here',
      ),
      deps,
      'lowmoor.pdf',
    );
    expect(copy.report.source.sha256).not.toBe(stored.source.sha256);
    const choice = replaceChoice(
      {
        reports: [stored],
        annotations: slice.annotations,
        findings: slice.findings,
        packs: slice.packs,
      },
      copy,
    );
    expect(choice).toMatchObject({
      existing: stored,
      notes: 3,
      losesPages: true,
      packItems: [{ title: 'March committee', items: 1 }],
    });
    expect(describeReplace(choice ?? (undefined as never))).toMatch(
      /^Replacing it affects 3 notes .* and 1 item in the pack “March committee”, which would no longer name a finding\. Page references will be lost: the stored copy is a PDF with pages and this copy has none\.$/,
    );
  });

  it('offers no choice for a report of another inspection', () => {
    const slice = lowmoorSlice();
    const other = importText(
      fixture('ilacs-2023-lowmoor.txt').replace(
        /Inspection dates:[^\n]*/,
        'Inspection dates: 1 to 12 June 2026',
      ),
      deps,
    );
    expect(
      replaceChoice(
        { reports: [slice.report], annotations: [], findings: slice.findings, packs: [] },
        other,
      ),
    ).toBeNull();
  });
});
