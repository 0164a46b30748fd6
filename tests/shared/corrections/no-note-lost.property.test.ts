// The promise of issue 11: no sequence of corrections, deletions and undos loses a note's words.
// Every note is either on a finding of the live report (its quote inside that finding) or held
// whole in the tombstone of the deleted report. And corrections and deletions travel in merges:
// two members correcting, deleting, restoring and exchanging files in any order lose no words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCorrection } from '../../../shared/corrections/apply';
import { deleteReport, restoreReport } from '../../../shared/corrections/delete';
import { sentenceEnds } from '../../../shared/corrections/findings';
import { makeCorrection } from '../../../shared/corrections/make';
import type { ReportSlice } from '../../../shared/corrections/slice';
import { FINDING_KINDS, type CorrectionChange, type DeletedReport } from '../../../shared/model';
import { MEMBER, lowmoorSlice } from './fixture';
import { sliceOf } from '../../../shared/corrections/slice';
import { checkWorkspaceReferences } from '../../../shared/files/references';
import type { WorkspaceData } from '../../../shared/files/envelope';
import { createAnnotation } from '../../../shared/merge';
import { bundleFile, correct, remove, takeIn, undo, workspaceFile, workspaceOf } from './members';

type Op =
  | {
      op: 'grade';
      j: number;
      grade: 'outstanding' | 'good' | 'requires_improvement' | 'inadequate';
    }
  | { op: 'kind'; f: number; kind: (typeof FINDING_KINDS)[number] }
  | { op: 'themes'; f: number; themes: string[] }
  | { op: 'merge'; f: number }
  | { op: 'split'; f: number; s: number }
  | { op: 'delete' }
  | { op: 'undo' };

const ops: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('grade' as const),
    j: fc.nat(10),
    grade: fc.constantFrom(
      'outstanding' as const,
      'good' as const,
      'requires_improvement' as const,
      'inadequate' as const,
    ),
  }),
  fc.record({
    op: fc.constant('kind' as const),
    f: fc.nat(40),
    kind: fc.constantFrom(...FINDING_KINDS),
  }),
  fc.record({
    op: fc.constant('themes' as const),
    f: fc.nat(40),
    themes: fc.array(fc.constantFrom('care leavers', 'workforce', 'front door'), { maxLength: 2 }),
  }),
  fc.record({ op: fc.constant('merge' as const), f: fc.nat(40) }),
  fc.record({ op: fc.constant('split' as const), f: fc.nat(40), s: fc.nat(5) }),
  fc.constant({ op: 'delete' as const }),
  fc.constant({ op: 'undo' as const }),
);

function changeFor(slice: ReportSlice, op: Op): CorrectionChange | null {
  if (op.op === 'grade') {
    const j = slice.judgements[op.j % Math.max(1, slice.judgements.length)];
    return j ? { type: 'grade', key: j.key, grade: op.grade } : null;
  }
  if (op.op === 'delete' || op.op === 'undo') return null;
  const f = slice.findings[op.f % slice.findings.length];
  if (!f) return null;
  if (op.op === 'kind')
    return { type: 'kind', findingId: f.id, findingText: f.text, kind: op.kind };
  if (op.op === 'themes')
    return { type: 'themes', findingId: f.id, findingText: f.text, themes: op.themes };
  if (op.op === 'merge') {
    const next = slice.findings[(op.f % slice.findings.length) + 1];
    return next
      ? { type: 'merge', findingId: f.id, findingText: f.text, nextText: next.text }
      : null;
  }
  const ends = sentenceEnds(f.text);
  const at = ends[op.s % Math.max(1, ends.length)];
  return at ? { type: 'split', findingId: f.id, findingText: f.text, at } : null;
}

describe('corrections and deletions never lose a note', () => {
  it('keeps every note’s words, attached to the live report or held in its tombstone', () => {
    const start = lowmoorSlice();
    const bodies = start.annotations.map((a) => a.body).sort();
    fc.assert(
      fc.property(fc.array(ops, { maxLength: 25 }), (sequence) => {
        let slice: ReportSlice | null = start;
        let tombstone: DeletedReport | null = null;
        let packs = start.packs;
        let clock = Date.parse('2026-11-28T09:00:00.000Z');
        for (const op of sequence) {
          const at = new Date((clock += 60_000)).toISOString();
          if (op.op === 'delete' && slice) {
            const deletion = deleteReport(slice, [], MEMBER, at);
            tombstone = deletion.tombstone;
            packs = deletion.packs;
            slice = null;
          } else if (op.op === 'undo' && !slice && tombstone) {
            const restored = restoreReport(tombstone, packs, new Set(), MEMBER, at);
            if (!restored.ok) throw new Error(restored.reason);
            slice = restored.slice;
            packs = slice.packs;
            tombstone = restored.tombstone;
          } else if (slice) {
            const change = changeFor(slice, op);
            if (change) {
              const outcome = applyCorrection(
                slice,
                makeCorrection(slice.report, change, MEMBER, at),
              );
              if (outcome.ok) slice = outcome.slice;
              packs = slice.packs;
            }
          }
          const held = slice ? slice.annotations : (tombstone?.removed?.annotations ?? []);
          expect(held.map((a) => a.body).sort()).toEqual(bodies);
          if (slice) {
            const live = slice;
            for (const a of live.annotations) {
              const finding = live.findings.find((f) => f.id === a.target.findingId);
              expect(finding?.text).toBe(a.target.findingText);
              if (a.target.selector) expect(finding?.text).toContain(a.target.selector.exact);
            }
            const ids = new Set(live.findings.map((f) => f.id));
            for (const item of packs.flatMap((p) => p.items))
              if (item.type === 'finding') expect(ids.has(item.findingId)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

type Step = { member: 0 | 1; op: Op | { op: 'note'; f: number } | { op: 'sync'; whole: boolean } };

const steps: fc.Arbitrary<Step> = fc.record({
  member: fc.constantFrom(0 as const, 1 as const),
  op: fc.oneof(
    { weight: 4, arbitrary: ops },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('note' as const), f: fc.nat(40) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('sync' as const), whole: fc.boolean() }) },
  ),
});

/** Every note's words a workspace holds: live notes and their conflicting versions, and those
 * kept in the tombstones of deleted reports. */
function wordsHeld(ws: WorkspaceData): Set<string> {
  const notes = [
    ...ws.annotations,
    ...ws.deletedReports.flatMap((t) => t.removed?.annotations ?? []),
  ];
  return new Set(
    notes
      .flatMap((a) => [a, ...a.conflicts])
      .filter((v) => v.deletedAt === null)
      .map((v) => v.body),
  );
}

describe('corrections, deletions and merges between members never lose a note', () => {
  it('keeps every note’s words a member held, and every note a colleague’s file brings, through any sequence', () => {
    const start = lowmoorSlice();
    const reportId = start.report.id;
    const names = [MEMBER, 'Cllr Ben Hughes'] as const;
    fc.assert(
      fc.property(fc.array(steps, { maxLength: 14 }), (sequence) => {
        const copies: WorkspaceData[] = [
          workspaceOf(start, names[0]),
          workspaceOf({ ...start, annotations: [] }, names[1]),
        ];
        let clock = Date.parse('2026-12-01T09:00:00.000Z');
        let made = 0;
        for (const { member, op } of sequence) {
          const at = new Date((clock += 60_000)).toISOString();
          const name = names[member];
          let ws = copies[member] as WorkspaceData;
          const before = wordsHeld(ws);
          let brought = new Set<string>();
          if (op.op === 'sync') {
            const theirs = copies[1 - member] as WorkspaceData;
            const file = op.whole ? workspaceFile(theirs, at) : bundleFile(theirs, at);
            brought = op.whole
              ? wordsHeld(theirs)
              : new Set(theirs.annotations.filter((a) => a.deletedAt === null).map((a) => a.body));
            ws = takeIn(ws, file, at).ws;
            expect(() => checkWorkspaceReferences(ws)).not.toThrow();
          } else if (op.op === 'delete') ws = remove(ws, reportId, name, at);
          else if (op.op === 'undo') ws = undo(ws, reportId, name, at);
          else if (op.op === 'note') {
            const slice = sliceOf(ws, reportId);
            const f = slice?.findings[op.f % slice.findings.length];
            if (f)
              ws = {
                ...ws,
                annotations: [
                  ...ws.annotations,
                  createAnnotation(
                    {
                      kind: 'note',
                      target: { reportId, findingId: f.id, findingText: f.text, selector: null },
                      body: `note ${made++} by ${name}`,
                    },
                    name,
                    at,
                  ),
                ],
              };
          } else {
            const slice = sliceOf(ws, reportId);
            const change = slice ? changeFor(slice, op) : null;
            if (change) ws = correct(ws, reportId, change, name, at).ws;
          }
          const after = wordsHeld(ws);
          for (const body of [...before, ...brought]) expect(after.has(body)).toBe(true);
          copies[member] = ws;
        }
      }),
      { numRuns: 40 },
    );
  });
});
