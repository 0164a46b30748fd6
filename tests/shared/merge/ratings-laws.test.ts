// Ratings are per member through every merge: over arbitrary histories in which members rate the
// same finding (each their own rating, signed), a member's rating after any merge depends only on
// their own annotations, so taking in a colleague's copy or signed bundle adds his rating beside
// mine and never replaces mine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../shared/files/bundle';
import { restoreFile } from '../../../shared/files/restore';
import type { WorkspaceData } from '../../../shared/files/envelope';
import type { Annotation } from '../../../shared/model';
import { memberRatings, ownerKey, ratingOf } from '../../../shared/model/ratings';
import {
  applyMerge,
  createAnnotation,
  mergeAnnotations,
  previewMerge,
} from '../../../shared/merge';
import { versionSigner } from '../../../shared/identity/version-signature';
import { histories, owners, play, type Owner } from './histories';
import { TARGET } from './fixtures';
import { SHA_DEVON, asMember, report, workspace } from './workspace-fixture';

const RUNS = { numRuns: 60 };

/** What a member's rating is, comparable across copies. */
function ratingFor(annotations: readonly Annotation[], memberId: string) {
  const r = ratingOf(memberRatings(annotations), ownerKey(memberId, ''));
  return r
    ? { rag: r.rag, priority: r.priority, id: r.annotation.id, rev: r.annotation.rev }
    : null;
}

const ownBy = (annotations: readonly Annotation[], memberId: string) =>
  annotations.filter((a) => a.authorId === memberId);

describe('per-member ratings through merges', () => {
  it('a member\u2019s rating after a merge is what their own annotations alone give: no colleague\u2019s rating replaces it', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const who = owners();
        const [a = [], b = [], c = []] = play(h, who);
        const merged = mergeAnnotations(mergeAnnotations(a, b), c);
        for (const owner of who) {
          const id = owner.identity.memberId;
          const alone = mergeAnnotations(
            mergeAnnotations(ownBy(a, id), ownBy(b, id)),
            ownBy(c, id),
          );
          expect(ratingFor(merged, id)).toEqual(ratingFor(alone, id));
        }
      }),
      RUNS,
    );
  });

  it('taking in a colleague\u2019s copy keeps my rating as it was and adds his beside it', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const who = owners();
        const [a = [], , c = []] = play(h, who);
        const [amara, , ben] = who as [Owner, Owner, Owner];
        const hisOwn = ownBy(c, ben.identity.memberId);
        const merged = mergeAnnotations(a, hisOwn);
        expect(ratingFor(merged, amara.identity.memberId)).toEqual(
          ratingFor(a, amara.identity.memberId),
        );
        // His rating is his newest, from his copy or an earlier one of his that she already held.
        expect(ratingFor(merged, ben.identity.memberId)).toEqual(
          ratingFor(
            mergeAnnotations(ownBy(a, ben.identity.memberId), hisOwn),
            ben.identity.memberId,
          ),
        );
      }),
      RUNS,
    );
  });

  it('through a signed bundle too: my Red stays mine when his later Amber arrives', () => {
    const who = owners();
    const [amara, , ben] = who as [Owner, Owner, Owner];
    const base = () => workspace([{ report: report('rep-1', SHA_DEVON), findingPrefix: 'fin' }]);
    const mineRating = createAnnotation(
      { kind: 'rating', target: TARGET, rag: 'red', priority: 'high' },
      amara.name,
      '2026-12-01T10:00:00.000Z',
      'ann-amara-rating',
      amara.identity.memberId,
      versionSigner(amara.identity),
    );
    const hisRating = createAnnotation(
      { kind: 'rating', target: TARGET, rag: 'amber' },
      ben.name,
      '2026-12-02T10:00:00.000Z',
      'ann-ben-rating',
      ben.identity.memberId,
      versionSigner(ben.identity),
    );
    const mine = asMember({ ...base(), annotations: [mineRating] }, amara.name, amara.identity);
    const his: WorkspaceData = asMember(
      { ...base(), annotations: [hisRating] },
      ben.name,
      ben.identity,
    );
    const file = restoreFile(
      JSON.parse(
        JSON.stringify(
          buildBundle(his, { type: 'everything' }, ben.name, new Date(Date.UTC(2026, 11, 2)), {
            notes: 'mine',
          }),
        ),
      ),
    );
    const merged = applyMerge(mine, previewMerge(mine, file));
    const ratings = memberRatings(merged.annotations, {
      memberId: amara.identity.memberId,
      name: amara.name,
    });
    expect(ratings.map((r) => [r.name, r.rag, r.priority])).toEqual([
      [amara.name, 'red', 'high'],
      [ben.name, 'amber', null],
    ]);
  });
});
