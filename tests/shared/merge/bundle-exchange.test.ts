// Members exchanging signed bundles in any order, any number of times, end with the same notes:
// the merge laws hold through the whole path (sign, save, read, check the keys, guard, merge).
// Copy 0 and copy 1 are one member on two computers; copy 2 is a colleague; each changes only
// their own notes and signs every version, so nothing honest is ever refused or held. (Their
// copies also sync directly inside a history, so each has pinned the others' keys beforehand.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../shared/files/bundle';
import { restoreFile } from '../../../shared/files/restore';
import type { WorkspaceData } from '../../../shared/files/envelope';
import type { Annotation } from '../../../shared/model';
import { applyMerge, previewMerge, type MergePreview } from '../../../shared/merge';
import { histories, owners, play, type Owner } from './histories';
import { SHA_DEVON, asMember, report, workspace } from './workspace-fixture';

const RUNS = { numRuns: 40 };
const base = () => workspace([{ report: report('rep-1', SHA_DEVON), findingPrefix: 'fin' }]);
/** A member's copy; every member has already met the others and pinned their keys. */
function copyOf(
  owner: Owner,
  annotations: Annotation[],
  everyone: readonly Owner[],
): WorkspaceData {
  const others = everyone.filter((o) => o.identity.memberId !== owner.identity.memberId);
  const pinned = others.map((o) => ({
    memberId: o.identity.memberId,
    name: o.name,
    publicKey: o.identity.publicKey,
    pinnedAt: '2026-10-01T00:00:00.000Z',
  }));
  return asMember({ ...base(), annotations }, owner.name, owner.identity, pinned);
}
const bundle = (ws: WorkspaceData, owner: Owner) =>
  restoreFile(
    JSON.parse(
      JSON.stringify(
        buildBundle(ws, { type: 'everything' }, owner.name, new Date(Date.UTC(2026, 11, 1)), {
          notes: 'everyone',
        }),
      ),
    ),
  );

function honest(preview: MergePreview): MergePreview {
  expect(preview.refused).toBe(0);
  expect(preview.held).toEqual([]);
  return preview;
}
const take = (ws: WorkspaceData, from: WorkspaceData, owner: Owner) =>
  applyMerge(ws, honest(previewMerge(ws, bundle(from, owner))));

describe('exchanging signed bundles', () => {
  it('importing the same bundle twice changes nothing the second time', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const who = owners();
        const [a = [], , c = []] = play(h, who);
        const [amara, , ben] = who as [Owner, Owner, Owner];
        const once = take(copyOf(amara, a, who), copyOf(ben, c, who), ben);
        const again = previewMerge(once, bundle(copyOf(ben, c, who), ben));
        expect(again.changes).toEqual([]);
        expect(applyMerge(once, again)).toEqual(once);
      }),
      RUNS,
    );
  });

  it('gives the same notes whichever bundle arrives first, the member\u2019s own laptop\u2019s or a colleague\u2019s', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const who = owners();
        const [a = [], b = [], c = []] = play(h, who);
        const [amara, laptop, ben] = who as [Owner, Owner, Owner];
        const bThenC = take(
          take(copyOf(amara, a, who), copyOf(laptop, b, who), laptop),
          copyOf(ben, c, who),
          ben,
        );
        const cThenB = take(
          take(copyOf(amara, a, who), copyOf(ben, c, who), ben),
          copyOf(laptop, b, who),
          laptop,
        );
        const byId = (ws: WorkspaceData) =>
          [...ws.annotations].sort((x, y) => (x.id < y.id ? -1 : 1));
        expect(byId(bThenC)).toEqual(byId(cThenB));
      }),
      RUNS,
    );
  });
});
