// Search over findings and annotations: matching words, one hit per finding, deleted notes forgotten.
import { describe, expect, it } from 'vitest';
import { buildFindingIndex, buildFindingIndexInSteps, reindexAnnotation, searchFindings } from '../../../shared/search';
import { highlightPieces } from '../../../shared/search/highlight';
import type { Annotation, Finding } from '../../../shared/model';

const finding = (id: string, reportId: string, text: string, themes: string[] = []): Finding => ({
  id,
  reportId,
  sectionId: 's1',
  section: 'Findings',
  order: 0,
  kind: 'strength',
  text,
  themes,
  source: { page: 1, paragraph: 1, start: 0, end: text.length },
});

const note = (id: string, f: Finding, body: string, deletedAt: string | null = null): Annotation => ({
  id,
  kind: 'note',
  target: { reportId: f.reportId, findingId: f.id, findingText: f.text, selector: null },
  body,
  question: null,
  rag: null,
  priority: null,
  tags: ['corporate parenting'],
  followUpOn: null,
  deletedAt,
  rev: '1',
  modifiedAt: '2026-01-01T00:00:00.000Z',
  modifiedBy: 'Cllr A',
  author: 'Cllr A',
  createdAt: '2026-01-01T00:00:00.000Z',
  ancestors: [],
  conflicts: [],
  orphaned: false,
});

const f1 = finding('f1', 'r1', 'Most care leavers have an assessment and pathway plan.');
const f2 = finding('f2', 'r1', 'Foster carer recruitment is child-centred.');
const f3 = finding('f3', 'r2', 'Care leavers are well supported to develop independence skills.');

describe('searchFindings', () => {
  it('finds findings with every query word, the last as a prefix, across reports unless told one', () => {
    const index = buildFindingIndex([f1, f2, f3], []);
    expect(searchFindings(index, 'care leav').hits.map((h) => h.findingId).sort()).toEqual(['f1', 'f3']);
    expect(searchFindings(index, 'care leav', { limit: 1 })).toMatchObject({ total: 2, hits: [{}] });
    expect(searchFindings(index, 'care leav', { reportId: 'r2' }).hits.map((h) => h.findingId)).toEqual(['f3']);
    expect(searchFindings(index, '   ')).toEqual({ hits: [], total: 0 });
  });

  it('finds a finding through a member note and says the match was in the note', () => {
    const index = buildFindingIndex([f1, f2], [note('a1', f2, 'Ask about the sufficiency strategy')]);
    const [hit] = searchFindings(index, 'sufficiency').hits;
    expect(hit).toMatchObject({ findingId: 'f2', in: { finding: false, annotation: true } });
    expect(hit?.terms).toEqual(['sufficiency']);
  });

  it('forgets a note once it is deleted', () => {
    const index = buildFindingIndex([f1], [note('a1', f1, 'pathway quality')]);
    reindexAnnotation(index, note('a1', f1, 'pathway quality', '2026-02-01T00:00:00.000Z'));
    expect(searchFindings(index, 'quality').total).toBe(0);
  });
});

describe('buildFindingIndexInSteps', () => {
  it('answers exactly as the index built at once', async () => {
    const annotations = [note('a1', f2, 'Ask about the sufficiency strategy')];
    const atOnce = buildFindingIndex([f1, f2, f3], annotations);
    const inSteps = await buildFindingIndexInSteps([f1, f2, f3], annotations);
    for (const q of ['care leav', 'sufficiency', 'foster', 'independence skills']) {
      expect(searchFindings(inSteps, q)).toEqual(searchFindings(atOnce, q));
    }
    expect(searchFindings(inSteps, 'sufficiency').total).toBe(1);
  });
});

describe('highlightPieces', () => {
  it('marks whole words that matched, whatever their case, and keeps the rest as it was', () => {
    const pieces = highlightPieces('Care leavers, and care.', ['care']);
    expect(pieces).toEqual([
      { text: 'Care', match: true },
      { text: ' leavers, and ', match: false },
      { text: 'care', match: true },
      { text: '.', match: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('Care leavers, and care.');
  });
});
