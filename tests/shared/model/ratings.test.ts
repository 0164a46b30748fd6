// Ratings are per member: each member's RAG and priority are theirs, mine is never a colleague's,
// and where members differ each is shown with a short label ("Red - AO; Amber - BH").
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model';
import {
  initialsOf,
  memberLabels,
  memberRatings,
  membersDisagree,
  ownerOf,
  ratingGroups,
  ratingOf,
  ratingsText,
} from '../../../shared/model/ratings';

const WORDS = { red: 'Red', amber: 'Amber', green: 'Green' } as const;

const rating = (
  id: string,
  author: string,
  authorId: string | null,
  over: Partial<Annotation> = {},
): Annotation => ({
  id,
  kind: 'rating',
  target: { reportId: 'r', findingId: 'f1', findingText: '', selector: null },
  body: '',
  question: null,
  rag: null,
  priority: null,
  tags: [],
  followUpOn: null,
  deletedAt: null,
  rev: `rev-${id}`,
  modifiedAt: '2026-12-01T10:00:00.000Z',
  modifiedBy: author,
  author,
  authorId,
  createdAt: '2026-12-01T10:00:00.000Z',
  ancestors: [],
  conflicts: [],
  orphaned: false,
  ...over,
});

const AMARA = { memberId: 'member-amara', name: 'Cllr Amara Okafor' };

describe('memberRatings', () => {
  it('keeps each member\u2019s own rating: a colleague\u2019s later Amber does not replace my Red', () => {
    const mine = rating('a1', AMARA.name, AMARA.memberId, { rag: 'red', priority: 'high' });
    const his = rating('b1', 'Cllr Ben Hughes', 'member-ben', {
      rag: 'amber',
      modifiedAt: '2026-12-02T10:00:00.000Z',
    });
    const ratings = memberRatings([his, mine], AMARA);
    expect(ratings.map((r) => [r.name, r.rag, r.priority])).toEqual([
      [AMARA.name, 'red', 'high'],
      ['Cllr Ben Hughes', 'amber', null],
    ]);
    expect(ratingOf(ratings, 'id:member-amara')?.rag).toBe('red');
    expect(membersDisagree(ratings)).toBe(true);
    expect(ratingsText(ratingGroups(ratings), WORDS)).toBe('Red - AO; Amber - BH');
  });

  it('takes a member\u2019s newest rating across their own annotations, even one set back to not rated', () => {
    const desktop = rating('a1', AMARA.name, AMARA.memberId, { rag: 'red' });
    const laptop = rating('a2', AMARA.name, AMARA.memberId, {
      rag: 'green',
      modifiedAt: '2026-12-03T10:00:00.000Z',
    });
    expect(memberRatings([desktop, laptop], AMARA).map((r) => r.rag)).toEqual(['green']);
    const cleared = rating('a3', AMARA.name, AMARA.memberId, {
      modifiedAt: '2026-12-04T10:00:00.000Z',
    });
    expect(memberRatings([desktop, laptop, cleared], AMARA)).toEqual([]);
  });

  it('gives a rating from before identities to the local member when it carries their name, else to its writer\u2019s name', () => {
    const old = rating('o1', AMARA.name, null, { rag: 'red' });
    expect(ownerOf(old, AMARA)).toBe('id:member-amara');
    expect(ownerOf(old, null)).toBe(`name:${AMARA.name}`);
    const theirs = rating('o2', 'Cllr Ben Hughes', null, {
      rag: 'amber',
      modifiedAt: '2026-12-05T10:00:00.000Z',
    });
    const ratings = memberRatings(
      [
        old,
        rating('a1', AMARA.name, AMARA.memberId, {
          rag: 'green',
          modifiedAt: '2026-12-04T10:00:00.000Z',
        }),
        theirs,
      ],
      AMARA,
    );
    // Her old rating and her new one are one member's: the newer stands.
    expect(ratings.map((r) => [r.owner, r.rag])).toEqual([
      ['id:member-amara', 'green'],
      ['name:Cllr Ben Hughes', 'amber'],
    ]);
  });

  it('ignores deleted annotations and notes without a rating; a note from before that carries a RAG counts as its writer\u2019s', () => {
    const deleted = rating('d1', 'Cllr Ben Hughes', 'member-ben', {
      rag: 'green',
      deletedAt: '2026-12-02T00:00:00.000Z',
    });
    const note = rating('n1', 'Cllr Ben Hughes', 'member-ben', { kind: 'note', body: 'words' });
    const oldNote = rating('n2', 'Cllr Chloe Price', null, {
      kind: 'note',
      body: 'words',
      rag: 'amber',
    });
    expect(memberRatings([deleted, note, oldNote], AMARA).map((r) => [r.name, r.rag])).toEqual([
      ['Cllr Chloe Price', 'amber'],
    ]);
  });

  it('agreeing members are one group; no disagreement', () => {
    const ratings = memberRatings(
      [
        rating('a1', AMARA.name, AMARA.memberId, { rag: 'red' }),
        rating('b1', 'Ben Hughes', 'member-ben', { rag: 'red' }),
      ],
      AMARA,
    );
    expect(membersDisagree(ratings)).toBe(false);
    expect(ratingsText(ratingGroups(ratings), WORDS)).toBe('Red - AO, BH');
  });
});

describe('member labels', () => {
  it('uses initials without titles, a one-word name whole, and full names where initials clash', () => {
    expect(initialsOf('Cllr Amara Okafor')).toBe('AO');
    expect(initialsOf('Dr. Ben Hughes')).toBe('BH');
    expect(initialsOf('Amara')).toBe('Amara');
    const labels = memberLabels([
      { owner: 'id:1', name: 'Amara Okafor' },
      { owner: 'id:2', name: 'Alan Osei' },
      { owner: 'id:3', name: 'Ben Hughes' },
    ]);
    expect([...labels.values()]).toEqual(['Amara Okafor', 'Alan Osei', 'BH']);
  });

  it('tells apart two members under one name', () => {
    const labels = memberLabels([
      { owner: 'id:member-aaaa', name: 'Sam Lee' },
      { owner: 'id:member-bbbb', name: 'Sam Lee' },
    ]);
    expect(new Set(labels.values()).size).toBe(2);
  });
});
