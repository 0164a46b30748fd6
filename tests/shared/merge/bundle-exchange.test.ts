// Members exchanging bundles in any order, any number of times, end with the same notes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../shared/files/bundle';
import { restoreFile } from '../../../shared/files/restore';
import type { WorkspaceData } from '../../../shared/files/envelope';
import type { Annotation } from '../../../shared/model';
import { applyMerge, previewMerge } from '../../../shared/merge';
import { histories, MEMBERS, play } from './histories';
import { SHA_DEVON, report, workspace } from './workspace-fixture';

const base = () => workspace([{ report: report('rep-1', SHA_DEVON), findingPrefix: 'fin' }]);
const withNotes = (annotations: Annotation[]): WorkspaceData => ({ ...base(), annotations });
const bundle = (ws: WorkspaceData, member: string) => restoreFile(JSON.parse(JSON.stringify(buildBundle(ws, { type: 'everything' }, member, new Date(Date.UTC(2026, 11, 1)), { notes: 'everyone' }))));
const take = (ws: WorkspaceData, from: WorkspaceData, member: string) => applyMerge(ws, previewMerge(ws, bundle(from, member)));

describe('exchanging bundles', () => {
  it('importing the same bundle twice changes nothing the second time', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const [a = [], b = []] = play(h);
        const once = take(withNotes(a), withNotes(b), 'Ben');
        const again = previewMerge(once, bundle(withNotes(b), 'Ben'));
        expect(again.changes).toEqual([]);
        expect(applyMerge(once, again)).toEqual(once);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same notes whichever bundle arrives first', () => {
    fc.assert(
      fc.property(histories, (h) => {
        const [a = [], b = [], c = []] = play(h);
        const [, ben = '', chloe = ''] = MEMBERS;
        const bThenC = take(take(withNotes(a), withNotes(b), ben), withNotes(c), chloe);
        const cThenB = take(take(withNotes(a), withNotes(c), chloe), withNotes(b), ben);
        const byId = (ws: WorkspaceData) => [...ws.annotations].sort((x, y) => (x.id < y.id ? -1 : 1));
        expect(byId(bThenC)).toEqual(byId(cThenB));
      }),
      { numRuns: 150 },
    );
  });
});
