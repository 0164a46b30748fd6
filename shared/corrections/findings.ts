// Changing a saved report's finding boundaries: join a finding with the next, or split one at a
// point. Finding ids follow their words, so the changed findings get new ids; every annotation,
// pack item and action that named an old id is moved to the new finding that holds its words.
import type { Annotation, BriefingPack, Finding, PackItem } from '../model';
import { findingIdOf, normaliseForId } from '../import/findings';
import { reanchor } from '../anchoring/reanchor';
import { editAnnotation } from '../merge/editing';
import type { Outcome, ReportSlice } from './slice';

/** The finding named by id, or failing that by its words (a colleague's copy may number differently). */
export function locateFinding(
  findings: readonly Finding[],
  findingId: string,
  findingText: string,
): number {
  const byId = findings.findIndex((f) => f.id === findingId);
  if (byId !== -1) return byId;
  const words = normaliseForId(findingText);
  return findings.findIndex((f) => normaliseForId(f.text) === words);
}

/** Order and ids recomputed as the importer makes them (ids follow content). */
function renumber(reportId: string, findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  return findings.map((f, order) => {
    const key = normaliseForId(f.text);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return { ...f, order, id: findingIdOf(reportId, f.text, occurrence) };
  });
}

/** Move everything that named an old finding id to the new findings that replaced it. */
function moveReferences(
  slice: ReportSlice,
  next: Finding[],
  moved: ReadonlyMap<string, readonly Finding[]>,
  editor: string,
  at: string,
): ReportSlice {
  const annotations = slice.annotations.map((a): Annotation => {
    const targets = moved.get(a.target.findingId);
    if (!targets || targets.length === 0) return a;
    const outcome = reanchor(a.target, targets);
    const first = targets[0] as Finding;
    // The note's words are in one of the new findings; a note on a whole finding follows the first.
    const target =
      outcome.status === 'anchored'
        ? {
            reportId: slice.report.id,
            findingId: outcome.findingId,
            findingText: outcome.findingText,
            selector: outcome.selector,
          }
        : {
            reportId: slice.report.id,
            findingId: first.id,
            findingText: first.text,
            selector: a.target.selector,
          };
    return { ...editAnnotation(a, { target }, editor || a.author, at), orphaned: a.orphaned };
  });
  const packs = slice.packs.map((pack): BriefingPack => {
    if (!pack.items.some((item) => item.type === 'finding' && moved.has(item.findingId)))
      return pack;
    const items: PackItem[] = [];
    const has = (id: string) =>
      items.some((item) => item.type === 'finding' && item.findingId === id);
    for (const item of pack.items) {
      const targets = item.type === 'finding' ? moved.get(item.findingId) : undefined;
      if (!targets) items.push(item);
      else
        for (const f of targets) if (!has(f.id)) items.push({ type: 'finding', findingId: f.id });
    }
    return { ...pack, items, modifiedAt: at };
  });
  const actions = slice.actions.map((action) => {
    const first = moved.get(action.findingId)?.[0];
    return first ? { ...action, findingId: first.id, modifiedAt: at } : action;
  });
  return { ...slice, findings: next, annotations, packs, actions };
}

/** Pair old findings with new ones by position; `replaced` says which old positions became which new ones. */
function movedIds(
  before: readonly Finding[],
  after: readonly Finding[],
  replaced: ReadonlyMap<number, readonly number[]>,
): Map<string, Finding[]> {
  const moved = new Map<string, Finding[]>();
  let shift = 0;
  before.forEach((old, index) => {
    const targets = replaced
      .get(index)
      ?.map((i) => after[i])
      .filter((f): f is Finding => f !== undefined);
    if (targets) {
      moved.set(old.id, [...(moved.get(old.id) ?? []), ...targets]);
      shift = (targets.length > 0 ? Math.max(...(replaced.get(index) ?? [])) : index) - index;
      return;
    }
    const now = after[index + shift];
    if (now && now.id !== old.id) moved.set(old.id, [now]);
  });
  return moved;
}

/** Join the finding at `index` with the one after it: one text, one source from the first's start
 * to the second's end, the first's kind and section, both sets of themes. */
export function mergeAt(slice: ReportSlice, index: number, editor: string, at: string): Outcome {
  const first = slice.findings[index];
  const second = slice.findings[index + 1];
  if (!first || !second)
    return { ok: false, reason: 'the last finding has no finding after it to merge with.' };
  const merged: Finding = {
    ...first,
    text: `${first.text} ${second.text}`,
    themes: [...new Set([...first.themes, ...second.themes])],
    source: { ...first.source, end: Math.max(first.source.end, second.source.end) },
  };
  const next = renumber(slice.report.id, [
    ...slice.findings.slice(0, index),
    merged,
    ...slice.findings.slice(index + 2),
  ]);
  const moved = movedIds(
    slice.findings,
    next,
    new Map([
      [index, [index]],
      [index + 1, [index]],
    ]),
  );
  return { ok: true, slice: moveReferences(slice, next, moved, editor, at) };
}

/** Split the finding at `index` in two at character `cut` of its text; both keep kind and themes. */
export function splitAt(
  slice: ReportSlice,
  index: number,
  cut: number,
  editor: string,
  at: string,
): Outcome {
  const finding = slice.findings[index];
  if (!finding) return { ok: false, reason: 'that finding is no longer in the report.' };
  const head = finding.text.slice(0, cut).trimEnd();
  const rest = finding.text.slice(cut);
  const tail = rest.trimStart();
  if (!head || !tail)
    return {
      ok: false,
      reason: 'choose a point between two of the finding’s words, not at its start or end.',
    };
  const tailStart = Math.min(
    finding.source.end,
    finding.source.start + cut + (rest.length - tail.length),
  );
  const parts: Finding[] = [
    {
      ...finding,
      text: head,
      source: {
        ...finding.source,
        end: Math.min(finding.source.end, finding.source.start + head.length),
      },
    },
    { ...finding, text: tail, source: { ...finding.source, start: tailStart } },
  ];
  const next = renumber(slice.report.id, [
    ...slice.findings.slice(0, index),
    ...parts,
    ...slice.findings.slice(index + 1),
  ]);
  const moved = movedIds(slice.findings, next, new Map([[index, [index, index + 1]]]));
  return { ok: true, slice: moveReferences(slice, next, moved, editor, at) };
}

/** The points a finding can be split at: after each sentence, with the words either side. */
export function sentenceEnds(text: string): number[] {
  return [...text.matchAll(/[.!?;:]["”’)]?\s+(?=\S)/g)]
    .map((m) => (m.index ?? 0) + m[0].length)
    .filter((end) => end < text.length);
}
