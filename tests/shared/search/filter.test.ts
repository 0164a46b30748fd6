// The report view's filters: kind, theme, my RAG rating, members disagree, my notes, open questions.
import { describe, expect, it } from 'vitest';
import { filterFindings, NO_FILTER, summariseAnnotations } from '../../../shared/search/filter';
import type { Annotation } from '../../../shared/model';

const findings = [
  { id: 'f1', kind: 'strength' as const, themes: ['care leavers'] },
  { id: 'f2', kind: 'improvement' as const, themes: ['care leavers', 'health assessments'] },
  { id: 'f3', kind: 'recommendation' as const, themes: [] },
];

const ann = (id: string, findingId: string, over: Partial<Annotation>): Annotation => ({
  id,
  kind: 'note',
  target: { reportId: 'r', findingId, findingText: '', selector: null },
  body: '',
  question: null,
  rag: null,
  priority: null,
  tags: [],
  followUpOn: null,
  deletedAt: null,
  rev: '1',
  modifiedAt: '2026-01-01T00:00:00.000Z',
  modifiedBy: 'Me',
  author: 'Me',
  authorId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  ancestors: [],
  conflicts: [],
  orphaned: false,
  ...over,
});

const annotations = [
  ann('a1', 'f1', { rag: 'red', modifiedAt: '2026-01-01T00:00:00.000Z' }),
  ann('a2', 'f1', { rag: 'green', modifiedAt: '2026-01-02T00:00:00.000Z', author: 'Someone else' }),
  ann('a3', 'f2', { question: { status: 'asked', answer: '' }, author: 'Someone else' }),
  ann('a4', 'f3', { question: { status: 'answered', answer: 'Yes' } }),
  ann('a5', 'f3', {
    question: { status: 'to_ask', answer: '' },
    deletedAt: '2026-01-03T00:00:00.000Z',
  }),
];

const ids = (filter: Partial<typeof NO_FILTER>) =>
  filterFindings(
    findings,
    { ...NO_FILTER, ...filter },
    summariseAnnotations(annotations, { memberId: null, name: 'Me' }),
  ).map((f) => f.id);

describe('filterFindings', () => {
  it('keeps everything with no filter, and narrows by kind and by theme', () => {
    expect(ids({})).toEqual(['f1', 'f2', 'f3']);
    expect(ids({ kind: 'improvement' })).toEqual(['f2']);
    expect(ids({ theme: 'care leavers' })).toEqual(['f1', 'f2']);
  });

  it('uses my RAG rating, never a colleague\u2019s later one, and finds the findings I have not rated', () => {
    expect(ids({ rag: 'red' })).toEqual(['f1']);
    expect(ids({ rag: 'green' })).toEqual([]);
    expect(ids({ rag: 'unrated' })).toEqual(['f2', 'f3']);
  });

  it('finds the findings members rated differently', () => {
    expect(ids({ disagree: true })).toEqual(['f1']);
    expect(ids({ disagree: true, rag: 'red' })).toEqual(['f1']);
  });

  it('finds my notes and open questions, ignoring answered and deleted ones', () => {
    expect(ids({ myNotes: true })).toEqual(['f1', 'f3']);
    expect(ids({ openQuestions: true })).toEqual(['f2']);
  });
});
