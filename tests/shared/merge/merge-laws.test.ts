// The merge is a CRDT: over arbitrary edit histories of several members it is commutative,
// associative and idempotent, and no member's words go missing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model';
import { mergeAll, mergeAnnotations } from '../../../shared/merge';
import { histories, owners, play } from './histories';

const RUNS = { numRuns: 300 };
const norm = (a: readonly Annotation[]) => mergeAnnotations(a, []);

describe('mergeAnnotations over arbitrary histories', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const [a = [], b = []] = play(h);
        expect(mergeAnnotations(a, b)).toEqual(mergeAnnotations(b, a));
      }),
      RUNS,
    );
  });

  it('is commutative, associative and idempotent with members\u2019 ids and signed versions too', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const [a = [], b = [], c = []] = play(h, owners());
        expect(mergeAnnotations(a, b)).toEqual(mergeAnnotations(b, a));
        expect(mergeAnnotations(mergeAnnotations(a, b), c)).toEqual(
          mergeAnnotations(a, mergeAnnotations(b, c)),
        );
        const once = mergeAnnotations(a, b);
        expect(mergeAnnotations(once, b)).toEqual(once);
      }),
      { numRuns: 40 },
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const [a = [], b = [], c = []] = play(h);
        expect(mergeAnnotations(mergeAnnotations(a, b), c)).toEqual(
          mergeAnnotations(a, mergeAnnotations(b, c)),
        );
      }),
      RUNS,
    );
  });

  it('is idempotent, so taking in the same copy twice changes nothing', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const [a = [], b = []] = play(h);
        expect(mergeAnnotations(a, a)).toEqual(norm(a));
        const once = mergeAnnotations(a, b);
        expect(mergeAnnotations(once, b)).toEqual(once);
        expect(mergeAnnotations(once, once)).toEqual(once);
      }),
      RUNS,
    );
  });

  it('gives the same result whatever order the copies arrive in', () => {
    fc.assert(
      fc.property(histories, fc.nat({ max: 5 }), (h, k) => {
        const copies = play(h);
        const orders = [
          [0, 1, 2],
          [0, 2, 1],
          [1, 0, 2],
          [1, 2, 0],
          [2, 0, 1],
          [2, 1, 0],
        ];
        const order = orders[k] as number[];
        const stepwise = order.reduce<Annotation[]>(
          (acc, i) => mergeAnnotations(acc, copies[i] ?? []),
          [],
        );
        expect(stepwise).toEqual(mergeAll(copies.flat()));
      }),
      RUNS,
    );
  });

  it('loses no words: every version in any copy is a live note, a conflict side, or superseded by a later version', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const copies = play(h);
        const merged = copies.reduce<Annotation[]>((acc, c) => mergeAnnotations(acc, c), []);
        const heads = merged.flatMap((a) => [a, ...a.conflicts]);
        const headByRev = new Map(heads.map((v) => [v.rev, v]));
        const superseded = new Set(heads.flatMap((v) => v.ancestors));
        for (const a of copies.flat()) {
          for (const v of [a, ...a.conflicts]) {
            const kept = headByRev.get(v.rev);
            if (kept) expect(kept.body).toBe(v.body);
            else expect(superseded.has(v.rev)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});
