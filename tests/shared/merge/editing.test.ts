// The editing API: each change adds a version superseding what it replaces; conflicts stay
// visible until a member chooses one or keeps both.
import { describe, expect, it } from 'vitest';
import { Annotation } from '../../../shared/model';
import {
  MAX_ANCESTORS,
  createAnnotation,
  deleteAnnotation,
  editAnnotation,
  keepBoth,
  mergeAnnotations,
  resolveConflict,
  restoreAnnotation,
} from '../../../shared/merge';
import { TARGET, T } from './fixtures';

const note = () =>
  createAnnotation(
    { kind: 'note', target: TARGET, body: 'Ask about pathway plans.' },
    'Cllr Amara Okafor',
    T(0),
    'ann-1',
  );

describe('createAnnotation', () => {
  it('makes a valid annotation with one version by its author', () => {
    const a = note();
    expect(Annotation.parse(a)).toEqual(a);
    expect(a).toMatchObject({
      id: 'ann-1',
      author: 'Cllr Amara Okafor',
      modifiedBy: 'Cllr Amara Okafor',
      createdAt: T(0),
      ancestors: [],
      conflicts: [],
      deletedAt: null,
    });
    expect(a.rev).toMatch(/^rev-[0-9a-f]{20}$/);
  });
});

describe('editAnnotation', () => {
  it('adds a version that supersedes the previous one', () => {
    const a = note();
    const b = editAnnotation(
      a,
      { body: 'Ask about pathway plans for 18 year olds.' },
      'Cllr Amara Okafor',
      T(1),
    );
    expect(b.body).toBe('Ask about pathway plans for 18 year olds.');
    expect(b.ancestors).toEqual([a.rev]);
    expect(b.rev).not.toBe(a.rev);
    expect(mergeAnnotations([a], [b])).toEqual([b]);
  });

  it('returns the same annotation when nothing changed', () => {
    const a = note();
    expect(editAnnotation(a, { body: a.body }, 'Cllr Amara Okafor', T(5))).toBe(a);
  });

  it('leaves unresolved conflicts in place', () => {
    const a = note();
    const mine = editAnnotation(a, { body: 'mine' }, 'A', T(1));
    const theirs = editAnnotation(a, { body: 'theirs' }, 'B', T(2));
    const [both] = mergeAnnotations([mine], [theirs]);
    const again = editAnnotation(both as Annotation, { body: 'theirs, improved' }, 'A', T(3));
    expect(again.body).toBe('theirs, improved');
    expect(again.conflicts.map((c) => c.body)).toEqual(['mine']);
  });
});

describe('restoreAnnotation (undo a delete)', () => {
  it('brings the same note back with its words, superseding the tombstone in any merge order', () => {
    const a = editAnnotation(note(), { tags: ['care leavers'] }, 'Cllr Amara Okafor', T(1));
    const deleted = deleteAnnotation(a, 'Cllr Amara Okafor', T(2));
    const restored = restoreAnnotation(deleted, 'Cllr Amara Okafor', T(3));
    expect(restored).toMatchObject({
      id: 'ann-1',
      deletedAt: null,
      body: a.body,
      tags: ['care leavers'],
      conflicts: [],
    });
    expect(restored.ancestors).toContain(deleted.rev);
    expect(mergeAnnotations([deleted], [restored])).toEqual([restored]);
    expect(mergeAnnotations([restored], [deleted])).toEqual([restored]);
  });

  it('leaves a live note as it is', () => {
    const a = note();
    expect(restoreAnnotation(a, 'Cllr Amara Okafor', T(1))).toBe(a);
  });
});

describe('concurrent edits', () => {
  it('become a conflict that shows both versions and who wrote each', () => {
    const a = note();
    const mine = editAnnotation(a, { body: 'mine' }, 'Cllr Amara Okafor', T(1));
    const theirs = editAnnotation(a, { body: 'theirs' }, 'Cllr Ben Hughes', T(2));
    const [merged] = mergeAnnotations([mine], [theirs]);
    expect(merged?.body).toBe('theirs');
    expect(merged?.modifiedBy).toBe('Cllr Ben Hughes');
    expect(merged?.conflicts.map((c) => [c.body, c.modifiedBy])).toEqual([
      ['mine', 'Cllr Amara Okafor'],
    ]);
  });

  it('show a concurrent edit over a concurrent deletion, keeping the deletion as a conflict', () => {
    const a = note();
    const deleted = deleteAnnotation(a, 'Cllr Amara Okafor', T(3));
    const edited = editAnnotation(a, { body: 'still matters' }, 'Cllr Ben Hughes', T(2));
    const [merged] = mergeAnnotations([deleted], [edited]);
    expect(merged?.deletedAt).toBeNull();
    expect(merged?.body).toBe('still matters');
    expect(merged?.conflicts.map((c) => c.deletedAt)).toEqual([T(3)]);
  });
});

describe('resolveConflict', () => {
  it('keeps the chosen words in a version that supersedes every head', () => {
    const a = note();
    const [merged] = mergeAnnotations(
      [editAnnotation(a, { body: 'mine' }, 'A', T(1))],
      [editAnnotation(a, { body: 'theirs' }, 'B', T(2))],
    );
    const chosenRev = merged?.conflicts[0]?.rev as string;
    const resolved = resolveConflict(merged as Annotation, chosenRev, 'A', T(4));
    expect(resolved.body).toBe('mine');
    expect(resolved.conflicts).toEqual([]);
    expect(resolved.ancestors).toEqual(expect.arrayContaining([merged?.rev, chosenRev, a.rev]));
    expect(mergeAnnotations([resolved], [merged as Annotation])).toEqual([resolved]);
  });

  it('refuses a version that is not among the heads', () => {
    expect(() => resolveConflict(note(), 'rev-00000000000000000000', 'A', T(1))).toThrow(
      /no longer there/,
    );
  });
});

describe('keepBoth', () => {
  it('forks the other version into a new annotation under its writer, and clears the conflict', () => {
    const a = note();
    const [merged] = mergeAnnotations(
      [editAnnotation(a, { body: 'mine' }, 'A', T(1))],
      [editAnnotation(a, { body: 'theirs' }, 'B', T(2))],
    );
    const other = merged?.conflicts[0];
    const [kept, forked] = keepBoth(merged as Annotation, other?.rev as string, 'A', T(5));
    expect(kept.body).toBe('theirs');
    expect(kept.conflicts).toEqual([]);
    expect(forked.id).not.toBe(a.id);
    expect(forked).toMatchObject({ body: 'mine', author: 'A', conflicts: [], deletedAt: null });
    expect(Annotation.parse(forked)).toEqual(forked);
  });

  it('can fork the current version, keeping the other one in the original note', () => {
    const a = note();
    const [merged] = mergeAnnotations(
      [editAnnotation(a, { body: 'mine' }, 'A', T(1))],
      [editAnnotation(a, { body: 'theirs' }, 'B', T(2))],
    );
    const [kept, forked] = keepBoth(merged as Annotation, merged?.rev as string, 'A', T(5));
    expect([kept.body, kept.conflicts.length]).toEqual(['mine', 0]);
    expect([forked.body, forked.author]).toEqual(['theirs', 'B']);
  });

  it('refuses to keep both when there is only one version', () => {
    const a = note();
    expect(() => keepBoth(a, a.rev, 'A', T(1))).toThrow(/only one version/);
  });

  it('gives the same fork when two members keep both independently', () => {
    const a = note();
    const [merged] = mergeAnnotations(
      [editAnnotation(a, { body: 'mine' }, 'A', T(1))],
      [editAnnotation(a, { body: 'theirs' }, 'B', T(2))],
    );
    const rev = merged?.conflicts[0]?.rev as string;
    const [, forkA] = keepBoth(merged as Annotation, rev, 'A', T(5));
    const [, forkB] = keepBoth(merged as Annotation, rev, 'B', T(7));
    expect(forkA).toEqual(forkB);
  });
});

describe('deleteAnnotation', () => {
  it('leaves a tombstone that keeps the last words and supersedes the note', () => {
    const a = note();
    const gone = deleteAnnotation(a, 'A', T(1));
    expect(gone.deletedAt).toBe(T(1));
    expect(gone.body).toBe(a.body);
    expect(mergeAnnotations([a], [gone])).toEqual([gone]);
  });
});

describe('clashing ids', () => {
  it('keeps both notes when an id arrives with another author and unrelated history', () => {
    const mine = note();
    const forged = createAnnotation(
      { kind: 'note', target: TARGET, body: 'I overwrite you' },
      'Someone else',
      T(9),
      'ann-1',
    );
    const merged = mergeAnnotations([mine], [forged]);
    expect(merged.map((a) => a.body).sort()).toEqual([
      'Ask about pathway plans.',
      'I overwrite you',
    ]);
    expect(merged.find((a) => a.id === 'ann-1')?.body).toBe('Ask about pathway plans.');
    expect(mergeAnnotations([forged], [mine])).toEqual(merged);
  });
});

describe('the bound on history', () => {
  it('keeps at most MAX_ANCESTORS revs, and a copy older than that returns as a conflict, never lost', () => {
    const first = note();
    let a = first;
    for (let i = 1; i <= MAX_ANCESTORS + 5; i++)
      a = editAnnotation(a, { body: `draft ${i}` }, 'A', new Date(Date.UTC(2026, 10, 28, 0, 0, i)));
    expect(a.ancestors).toHaveLength(MAX_ANCESTORS);
    expect(a.ancestors.at(-1)).not.toBe(first.rev);
    const [merged] = mergeAnnotations([a], [first]);
    expect(merged?.body).toBe(`draft ${MAX_ANCESTORS + 5}`);
    expect(merged?.conflicts.map((c) => c.body)).toEqual([first.body]);
  });
});
