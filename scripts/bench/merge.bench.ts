// Benchmarks for sharing notes (issue 7): merging two members' workspaces of 50,000 annotations
// each, diverged from a common copy (edits on both sides, new notes, deletions, conflicts), as
// the pure merge, as the app's preview, and as the whole CLI path from file text to file text.
import { restoreFileText } from '../../shared/files/restore';
import { serializeWorkspace } from '../../shared/files/serialize';
import type { WorkspaceData } from '../../shared/files/envelope';
import type { Annotation } from '../../shared/model';
import {
  applyMerge,
  createAnnotation,
  deleteAnnotation,
  editAnnotation,
  mergeAnnotations,
  previewMerge,
} from '../../shared/merge';
import { syntheticWorkspace } from './synthetic';
import { median, timeMs, type BenchCase } from './types';

const SIZE = 50_000;

/** Notes as the app writes them: each synthetic row re-made through createAnnotation. */
function common(): WorkspaceData {
  const data = syntheticWorkspace({
    reports: 200,
    findingsPerReport: 100,
    annotations: SIZE,
    seed: 7,
  });
  data.annotations = data.annotations.map((a) =>
    createAnnotation({ ...a }, a.author, a.createdAt, a.id),
  );
  return data;
}

/** One member's copy: every `step`-th note edited (offset so the two sides overlap in part),
 * some deleted, and new notes of their own. */
function diverge(base: WorkspaceData, member: string, offset: number): WorkspaceData {
  const at = new Date(Date.UTC(2026, 10, 1 + offset));
  const annotations: Annotation[] = base.annotations.map((a, i) => {
    if ((i + offset) % 10 === 0)
      return editAnnotation(a, { body: `${a.body} (${member})` }, member, at);
    if ((i + offset) % 97 === 0) return deleteAnnotation(a, member, at);
    return a;
  });
  for (let i = 0; i < SIZE / 20; i++) {
    const source = base.annotations[(i * 13 + offset) % base.annotations.length] as Annotation;
    annotations.push(
      createAnnotation(
        { kind: 'note', target: source.target, body: `New note ${i} by ${member}` },
        member,
        at,
        `ann-${member.replace(/\W+/g, '-')}-${i}`,
      ),
    );
  }
  return { ...base, annotations };
}

export const cases: BenchCase[] = [
  {
    id: 'merge',
    issue: 7,
    async run() {
      const base = common();
      const mine = diverge(base, 'Cllr Amara Okafor', 0);
      const theirs = diverge(base, 'Cllr Ben Hughes', 5);
      const theirsText = serializeWorkspace(theirs, 'Cllr Ben Hughes', new Date());
      const mineText = serializeWorkspace(mine, 'Cllr Amara Okafor', new Date());

      const pure: number[] = [];
      let merged: Annotation[] = [];
      for (let i = 0; i < 3; i++)
        pure.push(
          await timeMs(() => (merged = mergeAnnotations(mine.annotations, theirs.annotations))),
        );
      const conflicts = merged.filter((a) => a.conflicts.length > 0).length;

      const restoredTheirs = restoreFileText(theirsText);
      const previews: number[] = [];
      for (let i = 0; i < 3; i++)
        previews.push(await timeMs(() => applyMerge(mine, previewMerge(mine, restoredTheirs))));

      const cliMs = await timeMs(() => {
        const m = restoreFileText(mineText);
        const t = restoreFileText(theirsText);
        if (m.kind !== 'workspace') throw new Error('expected a workspace');
        serializeWorkspace(
          applyMerge(m.file.data, previewMerge(m.file.data, t)),
          'bench',
          new Date(),
        );
      });

      return [
        {
          label: `merge two ${SIZE.toLocaleString('en-GB')}-annotation copies (mergeAnnotations, median of 3)`,
          value: median(pure),
          unit: 'ms',
        },
        {
          label: 'preview and apply the same merge against the workspace (median of 3)',
          value: median(previews),
          unit: 'ms',
        },
        { label: 'whole CLI path: restore both files, merge, serialise', value: cliMs, unit: 'ms' },
        { label: 'annotations after the merge', value: merged.length, unit: 'count' },
        { label: 'annotations in conflict after the merge', value: conflicts, unit: 'count' },
      ];
    },
  },
];
