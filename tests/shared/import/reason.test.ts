// The classifier's reason in a member's words, and the pages and sections of a long review.
import { describe, expect, it } from 'vitest';
import { reasonWords } from '../../../shared/import/reason';
import { setKind } from '../../../shared/import/review';
import {
  groupsOfPage,
  pageCount,
  sectionStarts,
  FINDINGS_PER_PAGE,
} from '../../../renderer/import/review-pages';
import { importPagesFixture } from './helpers';

describe('why a finding has its kind', () => {
  it('quotes the words that decided, or names the section that did', () => {
    expect(
      reasonWords({
        kind: 'improvement',
        reason: { by: 'words', quote: 'too many children wait' },
      }),
    ).toBe("marked as an area for improvement because: 'too many children wait'");
    expect(
      reasonWords({
        kind: 'recommendation',
        reason: { by: 'section', quote: 'What needs to improve?' },
      }),
    ).toBe('marked as a recommendation because it is listed under "What needs to improve?"');
    expect(reasonWords({ kind: 'strength' })).toBeNull();
  });

  it('is stored on each imported finding, and dropped when the member re-classifies it', () => {
    const result = importPagesFixture('sif-northgate-pages.txt');
    for (const f of result.findings) expect(reasonWords(f)).toMatch(/^marked as /);
    const first = result.findings[0];
    if (!first) throw new Error('no findings');
    const corrected = setKind(result, first.id, 'context').findings[0];
    expect(corrected?.kind).toBe('context');
    expect(corrected?.reason).toBeUndefined();
  });
});

describe('a long review, a page at a time', () => {
  const findings = Array.from(
    { length: 95 },
    (_, i) => ({ section: i < 50 ? 'Summary' : 'Leadership', id: String(i) }) as never,
  );

  it('shows forty findings a page, grouped under their sections, numbered across pages', () => {
    expect(pageCount(95)).toBe(3);
    const second = groupsOfPage(findings, 1);
    expect(second.map((g) => [g.section, g.items.length])).toEqual([
      ['Summary', 10],
      ['Leadership', 30],
    ]);
    expect(second[0]?.items[0]?.index).toBe(FINDINGS_PER_PAGE);
  });

  it('lists each section once with the page it starts on', () => {
    expect(sectionStarts(findings)).toEqual([
      { section: 'Summary', page: 0, count: 50 },
      { section: 'Leadership', page: 1, count: 45 },
    ]);
  });
});
