// previewMerge and applyMerge: a colleague's notes are added under their name, placed by finding
// id or by their words, with the report they are on when the member never imported it, and never overwrite.
import { describe, expect, it } from 'vitest';
import { restoreFile } from '../../../shared/files/restore';
import { buildBundle } from '../../../shared/files/bundle';
import { checkWorkspaceReferences } from '../../../shared/files/references';
import type { WorkspaceData } from '../../../shared/files/envelope';
import type { Annotation } from '../../../shared/model';
import {
  applyMerge,
  createAnnotation,
  deleteAnnotation,
  editAnnotation,
  mergeAnnotations,
  mergeCounts,
  mergeNotices,
  mergeTallies,
  previewMerge,
} from '../../../shared/merge';
import {
  FINDING_TEXTS,
  SHA_DEVON,
  SHA_KENT,
  asMember,
  report,
  workspace,
} from './workspace-fixture';
import { newIdentity } from '../../../shared/identity/keys';
import { versionSigner } from '../../../shared/identity/version-signature';
import { T } from './fixtures';

const A = 'Cllr Amara Okafor';
const B = 'Cllr Ben Hughes';

function noteOn(
  ws: WorkspaceData,
  findingIndex: number,
  body: string,
  author: string,
  minute: number,
  id: string,
  quote = false,
): Annotation {
  const f = ws.findings[findingIndex];
  if (!f) throw new Error('no such finding');
  const selector = quote
    ? {
        type: 'TextQuoteSelector' as const,
        exact: 'pathway plan',
        prefix: 'always have a ',
        suffix: ' that reflects',
      }
    : null;
  return createAnnotation(
    {
      kind: 'note',
      target: { reportId: f.reportId, findingId: f.id, findingText: f.text, selector },
      body,
    },
    author,
    T(minute),
    id,
  );
}

function bundleOf(ws: WorkspaceData, member: string) {
  return restoreFile(
    JSON.parse(JSON.stringify(buildBundle(ws, { type: 'everything' }, member, new Date(T(30))))),
  );
}

describe('previewMerge', () => {
  it('adds a colleague\u2019s note under their name when both imported the same report', () => {
    const ben = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
    ben.annotations.push(noteOn(ben, 0, 'Ask about pathway plans.', B, 1, 'ann-ben-1'));
    const amara = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
    const preview = previewMerge(amara, bundleOf(ben, B));
    expect(preview.from).toBe(B);
    expect(preview.added.map((a) => [a.body, a.author, a.target.findingId])).toEqual([
      ['Ask about pathway plans.', B, 'fin-0'],
    ]);
    expect(mergeCounts(preview)).toBe('added 1, updated 0, in conflict 0');
    const merged = applyMerge(amara, preview);
    expect(() => checkWorkspaceReferences(merged)).not.toThrow();
  });

  it('changes nothing when the same bundle is imported twice', () => {
    const ben = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
    ben.annotations.push(
      noteOn(ben, 0, 'one', B, 1, 'ann-ben-1'),
      noteOn(ben, 1, 'two', B, 2, 'ann-ben-2'),
    );
    const amara = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
    const bundle = bundleOf(ben, B);
    const once = applyMerge(amara, previewMerge(amara, bundle));
    const again = previewMerge(once, bundle);
    expect(again.changes).toEqual([]);
    expect(again.unchanged).toBe(2);
    expect(applyMerge(once, again)).toEqual(once);
  });

  it('re-anchors by the quoted words when the same report has other finding ids here', () => {
    const ben = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
    ben.annotations.push(noteOn(ben, 0, 'quoted', B, 1, 'ann-ben-1', true));
    const amara = workspace([
      {
        report: report('rep-devon-local', SHA_DEVON),
        findingPrefix: 'other',
        texts: [...FINDING_TEXTS].reverse(),
      },
    ]);
    const preview = previewMerge(amara, bundleOf(ben, B));
    expect(preview.reanchored).toBe(1);
    expect(preview.added[0]?.target).toMatchObject({
      reportId: 'rep-devon-local',
      findingId: 'other-1',
      findingText: FINDING_TEXTS[0],
    });
    expect(preview.added[0]?.orphaned).toBe(false);
    expect(() => checkWorkspaceReferences(applyMerge(amara, preview))).not.toThrow();
  });

  it('follows a whole-finding note to the finding whose words barely changed in a revised import', () => {
    const ben = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
    ben.annotations.push(noteOn(ben, 1, 'on the whole finding', B, 1, 'ann-ben-1'));
    const revised = [
      'Leaders have strengthened the management oversight of child protection work.',
      'An unrelated finding about adoption.',
    ];
    const amara = workspace([
      { report: report('rep-devon', SHA_DEVON), findingPrefix: 'new', texts: revised },
    ]);
    const preview = previewMerge(amara, bundleOf(ben, B));
    expect(preview.added[0]?.target).toMatchObject({ findingId: 'new-0', findingText: revised[0] });
    expect(preview.added[0]?.orphaned).toBe(false);
  });

  it('keeps a note whose words are gone from this copy of the report, shown as orphaned', () => {
    const ben = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
    ben.annotations.push(noteOn(ben, 0, 'quoted', B, 1, 'ann-ben-1', true));
    const amara = workspace([
      {
        report: report('rep-devon', SHA_DEVON),
        findingPrefix: 'rev',
        texts: ['A revised finding with other words.'],
      },
    ]);
    const preview = previewMerge(amara, bundleOf(ben, B));
    expect(preview.added.map((a) => [a.body, a.orphaned])).toEqual([['quoted', true]]);
    expect(mergeNotices(preview).join('\n')).toMatch(
      /1 note could not be matched .* it is kept and shown as orphaned/,
    );
    expect(() => checkWorkspaceReferences(applyMerge(amara, preview))).not.toThrow();
  });

  it('receives a report the member never imported with the notes on it, marked as received from the sender', () => {
    const ben = workspace([
      { report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' },
      { report: report('rep-kent', SHA_KENT, 'Kent'), findingPrefix: 'kent' },
    ]);
    ben.annotations.push(
      noteOn(ben, 0, 'devon note', B, 1, 'ann-ben-1'),
      noteOn(ben, 2, 'kent note', B, 2, 'ann-ben-2'),
      noteOn(ben, 3, 'kent again', B, 3, 'ann-ben-3'),
    );
    const amara = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
    const preview = previewMerge(amara, bundleOf(ben, B));
    expect(preview.added.map((a) => a.body).sort()).toEqual([
      'devon note',
      'kent again',
      'kent note',
    ]);
    expect(preview.cannotPlace).toEqual([]);
    expect(preview.received.reports.map((r) => [r.id, r.receivedFrom])).toEqual([
      ['rep-kent', { memberId: null, name: B }],
    ]);
    expect(mergeNotices(preview)).toContain(
      `A report you have not imported comes with these notes and will be added, marked as received from ${B} (Kent: Kent ILACS inspection).`,
    );
    const merged = applyMerge(amara, preview);
    expect(() => checkWorkspaceReferences(merged)).not.toThrow();
    expect(merged.findings.filter((f) => f.reportId === 'rep-kent').map((f) => f.text)).toEqual(
      FINDING_TEXTS,
    );
    expect(
      merged.annotations.filter((a) => a.target.reportId === 'rep-kent').every((a) => !a.orphaned),
    ).toBe(true);
    // Taking the same file in again changes nothing: the received report is now here.
    const again = previewMerge(merged, bundleOf(ben, B));
    expect(again.changes).toEqual([]);
    expect(again.received.reports).toEqual([]);
  });

  it('shows a note edited on both sides as a conflict with both versions', () => {
    const ws = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
    const original = noteOn(ws, 0, 'original', A, 1, 'ann-1');
    const amara = {
      ...ws,
      annotations: [editAnnotation(original, { body: 'Amara\u2019s words' }, A, T(2))],
    };
    const ben = {
      ...ws,
      annotations: [editAnnotation(original, { body: 'Ben\u2019s words' }, B, T(3))],
    };
    const preview = previewMerge(amara, bundleOf(ben, B));
    // One note, counted once: as a conflict, not also as an update.
    expect(mergeCounts(preview)).toBe('added 0, updated 0, in conflict 1');
    expect(mergeTallies(preview)).toEqual({
      added: 0,
      updated: 0,
      deleted: 0,
      inConflict: 1,
      unchanged: 0,
      cannotPlace: 0,
    });
    const [note] = preview.inConflict;
    expect([note?.body, ...(note?.conflicts.map((c) => c.body) ?? [])].sort()).toEqual([
      'Amara\u2019s words',
      'Ben\u2019s words',
    ]);
  });

  it('never lets a forged id overwrite a local note', () => {
    const ws = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
    const amara = { ...ws, annotations: [noteOn(ws, 0, 'my words', A, 5, 'ann-1')] };
    const ben = { ...ws, annotations: [noteOn(ws, 0, 'forged words', B, 1, 'ann-1')] };
    const preview = previewMerge(amara, bundleOf(ben, B));
    const merged = applyMerge(amara, preview).annotations;
    expect(merged.map((a) => [a.author, a.body]).sort()).toEqual([
      [A, 'my words'],
      [B, 'forged words'],
    ]);
    expect(preview.renumbered).toHaveLength(1);
    expect(mergeNotices(preview).join('\n')).toMatch(
      /already used by a different note; both notes are kept/,
    );
    expect(() => checkWorkspaceReferences(applyMerge(amara, preview))).not.toThrow();
  });
});

describe('deletions in a preview', () => {
  it('are counted apart from added notes, and stored so the note cannot come back', () => {
    const ws = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
    const amaraId = newIdentity(new Date(T(0)));
    const sign = versionSigner(amaraId);
    // Amara's note on her desktop; she deletes it on her laptop (the same identity, from her backup).
    const mine = createAnnotation(
      { kind: 'note', target: noteOn(ws, 0, '', A, 1, 'x').target, body: 'to be deleted' },
      A,
      T(1),
      'ann-1',
      amaraId.memberId,
      sign,
    );
    const gone = deleteAnnotation(mine, A, T(2), sign);
    const neverSeen = deleteAnnotation(noteOn(ws, 1, 'never seen here', A, 3, 'ann-2'), A, T(4));
    const desktop = asMember({ ...ws, annotations: [mine] }, A, amaraId);
    const laptop = asMember({ ...ws, annotations: [gone, neverSeen] }, A, amaraId);
    const preview = previewMerge(desktop, bundleOf(laptop, A));
    expect(mergeCounts(preview)).toBe('added 0, updated 0, in conflict 0, deleted 2');
    expect(preview.deleted.map((a) => a.id)).toEqual(['ann-1', 'ann-2']);
    expect(mergeNotices(preview)).toContain(
      '2 notes were deleted by their writers; the deletion is kept so that it reaches everyone.',
    );
    const merged = applyMerge(desktop, preview);
    expect(merged.annotations.map((a) => [a.id, a.deletedAt])).toEqual([
      ['ann-1', T(2)],
      ['ann-2', T(4)],
    ]);
    expect(mergeAnnotations(merged.annotations, [mine]).map((a) => a.deletedAt)).toEqual([
      T(2),
      T(4),
    ]);
  });
});
