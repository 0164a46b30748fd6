// Search over findings and annotations: every word wanted, one hit per finding, the prefix rule, notes kept current.
import { describe, expect, it } from 'vitest';
import {
  buildFindingIndex,
  buildFindingIndexInSteps,
  reindexAnnotation,
  searchFindings,
} from '../../../shared/search';
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

const note = (
  id: string,
  f: Finding,
  body: string,
  deletedAt: string | null = null,
): Annotation => ({
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
  authorId: null,
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
    expect(
      searchFindings(index, 'care leav')
        .hits.map((h) => h.findingId)
        .sort(),
    ).toEqual(['f1', 'f3']);
    expect(searchFindings(index, 'care leav', { limit: 1 })).toMatchObject({
      total: 2,
      hits: [{}],
    });
    expect(
      searchFindings(index, 'care leav', { reportId: 'r2' }).hits.map((h) => h.findingId),
    ).toEqual(['f3']);
    expect(searchFindings(index, '   ')).toEqual({ hits: [], total: 0 });
  });

  it('wants every word: two words find only findings that hold both, in the text or its notes', () => {
    const index = buildFindingIndex(
      [f1, f2, f3],
      [note('a1', f1, 'Ask about the sufficiency strategy')],
    );
    expect(searchFindings(index, 'care independence').hits.map((h) => h.findingId)).toEqual(['f3']);
    const [hit, ...rest] = searchFindings(index, 'pathway sufficiency').hits;
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ findingId: 'f1', in: { finding: true, annotation: true } });
    expect(hit?.terms.sort()).toEqual(['pathway', 'sufficiency']);
    expect(searchFindings(index, 'foster sufficiency').total).toBe(0);
  });

  it('only a last word of three letters or more matches longer words; a shorter one matches itself', () => {
    const la = finding('f4', 'r2', 'The LA has a lasting plan.');
    const index = buildFindingIndex([f1, f2, f3, la], []);
    expect(searchFindings(index, 'care lea').total).toBe(2);
    expect(searchFindings(index, 'care le').total).toBe(0);
    expect(searchFindings(index, 'la').hits.map((h) => h.findingId)).toEqual(['f4']);
    expect(searchFindings(index, 'las').hits.map((h) => h.findingId)).toEqual(['f4']);
    expect(searchFindings(index, 'lasting').total).toBe(1);
    expect(searchFindings(index, 'leav care').total).toBe(0);
  });

  it('counts each finding once however many of its notes match, and finds every one past the limit', () => {
    const findings = Array.from({ length: 120 }, (_, i) =>
      finding(`m${i}`, `r${i % 7}`, `Finding ${i} on management oversight.`),
    );
    const notes = findings.flatMap((f, i) => [
      note(`n${i}a`, f, 'Oversight is weak'),
      note(`n${i}b`, f, 'Ask about oversight again'),
    ]);
    const index = buildFindingIndex([...findings, f1], notes);
    const all = searchFindings(index, 'oversight');
    expect(all.total).toBe(120);
    expect(new Set(all.hits.map((h) => h.findingId)).size).toBe(120);
    const some = searchFindings(index, 'oversight', { limit: 10 });
    expect(some.total).toBe(120);
    expect(some.hits.map((h) => h.findingId)).toEqual(
      all.hits.slice(0, 10).map((h) => h.findingId),
    );
  });

  it('searches the words of findings and notes, not the section title or theme labels', () => {
    const themed = finding('f5', 'r3', 'Plans are reviewed on time.', ['care leavers']);
    const index = buildFindingIndex([themed], []);
    expect(searchFindings(index, 'findings').total).toBe(0);
    expect(searchFindings(index, 'leavers').total).toBe(0);
    expect(searchFindings(index, 'reviewed').total).toBe(1);
  });

  it('finds a finding through a member note and says the match was in the note', () => {
    const index = buildFindingIndex(
      [f1, f2],
      [note('a1', f2, 'Ask about the sufficiency strategy')],
    );
    const [hit] = searchFindings(index, 'sufficiency').hits;
    expect(hit).toMatchObject({ findingId: 'f2', in: { finding: false, annotation: true } });
    expect(hit?.terms).toEqual(['sufficiency']);
  });

  it('still finds notes on a finding no longer in the store, under that finding', () => {
    const index = buildFindingIndex([f1], [note('a1', f2, 'Ask about the sufficiency strategy')]);
    expect(searchFindings(index, 'sufficiency').hits).toMatchObject([
      { findingId: 'f2', reportId: 'r1' },
    ]);
  });

  it('forgets a note once it is deleted', () => {
    const index = buildFindingIndex([f1], [note('a1', f1, 'pathway quality')]);
    reindexAnnotation(index, note('a1', f1, 'pathway quality', '2026-02-01T00:00:00.000Z'));
    expect(searchFindings(index, 'quality').total).toBe(0);
    expect(searchFindings(index, 'pathway').total).toBe(1);
  });

  it('an edited note answers with its new words only, and the finding keeps its other notes', () => {
    const index = buildFindingIndex(
      [f1, f2],
      [note('a1', f1, 'pathway quality'), note('a2', f1, 'ask about drift')],
    );
    reindexAnnotation(index, note('a1', f1, 'timeliness of visits'));
    expect(searchFindings(index, 'quality').total).toBe(0);
    expect(searchFindings(index, 'timeliness').hits.map((h) => h.findingId)).toEqual(['f1']);
    expect(searchFindings(index, 'drift').hits.map((h) => h.findingId)).toEqual(['f1']);
    reindexAnnotation(index, note('a3', f2, 'new note on recruitment'));
    expect(searchFindings(index, 'recruitment').hits).toMatchObject([
      { findingId: 'f2', in: { finding: true, annotation: true } },
    ]);
  });

  it('a note moved to another finding answers there and no longer on the first', () => {
    const index = buildFindingIndex([f1, f2], [note('a1', f1, 'timeliness of visits')]);
    reindexAnnotation(index, note('a1', f2, 'timeliness of visits'));
    expect(searchFindings(index, 'timeliness').hits.map((h) => h.findingId)).toEqual(['f2']);
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
