// Corrections in merges obey the laws the notes' merge does (tests/shared/merge/merge-laws.test.ts):
// whatever two members correct, and however often they exchange files on the way, once each has
// taken in the other's file they hold the same corrections and show the same grades, kinds and
// themes (commutative), and taking the same file in again changes nothing (idempotent).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkspaceData } from '../../../shared/files/envelope';
import { FINDING_KINDS, type CorrectionChange } from '../../../shared/model';
import { MEMBER, lowmoorSlice } from './fixture';
import { bundleFile, correct, takeIn, workspaceFile, workspaceOf } from './members';

type Step =
  | {
      member: 0 | 1;
      op: 'grade';
      j: number;
      grade: 'outstanding' | 'good' | 'requires_improvement' | 'inadequate';
    }
  | { member: 0 | 1; op: 'kind'; f: number; kind: (typeof FINDING_KINDS)[number] }
  | { member: 0 | 1; op: 'themes'; f: number; themes: string[] }
  | { member: 0 | 1; op: 'dates'; day: number }
  | { member: 0 | 1; op: 'sync'; whole: boolean };

const member = fc.constantFrom(0 as const, 1 as const);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    member,
    op: fc.constant('grade' as const),
    j: fc.nat(3),
    grade: fc.constantFrom(
      'outstanding' as const,
      'good' as const,
      'requires_improvement' as const,
      'inadequate' as const,
    ),
  }),
  fc.record({
    member,
    op: fc.constant('kind' as const),
    f: fc.nat(4),
    kind: fc.constantFrom(...FINDING_KINDS),
  }),
  fc.record({
    member,
    op: fc.constant('themes' as const),
    f: fc.nat(4),
    themes: fc.array(fc.constantFrom('care leavers', 'workforce'), { maxLength: 2 }),
  }),
  fc.record({ member, op: fc.constant('dates' as const), day: fc.integer({ min: 1, max: 28 }) }),
  fc.record({ member, op: fc.constant('sync' as const), whole: fc.boolean() }),
);

/** What a member sees of the report: grades with who corrected them, kinds and themes, dates. */
function shown(ws: WorkspaceData) {
  return {
    corrections: ws.corrections.map((c) => c.id).sort(),
    judgements: ws.judgements
      .map((j) => [j.key, j.grade, j.gradeText, j.correction ?? null] as const)
      .sort(),
    findings: ws.findings.map((f) => [f.id, f.kind, [...f.themes].sort()] as const).sort(),
    dates: ws.reports.map((r) => [r.inspectionDates, r.publishedOn]),
  };
}

describe('corrections in merges', () => {
  const start = lowmoorSlice();
  const reportId = start.report.id;
  const names = [MEMBER, 'Cllr Ben Hughes'] as const;

  function play(sequence: readonly Step[]): [WorkspaceData, WorkspaceData, number] {
    const copies: [WorkspaceData, WorkspaceData] = [
      workspaceOf(start, names[0]),
      workspaceOf({ ...start, annotations: [] }, names[1]),
    ];
    let clock = Date.parse('2026-12-01T09:00:00.000Z');
    for (const s of sequence) {
      const at = new Date((clock += 60_000)).toISOString();
      const ws = copies[s.member];
      if (s.op === 'sync') {
        const theirs = copies[1 - s.member] as WorkspaceData;
        copies[s.member] = takeIn(
          ws,
          s.whole ? workspaceFile(theirs, at) : bundleFile(theirs, at),
          at,
        ).ws;
        continue;
      }
      let change: CorrectionChange | null = null;
      const f = ws.findings[('f' in s ? s.f : 0) % ws.findings.length];
      if (s.op === 'grade') {
        const j = ws.judgements[s.j % ws.judgements.length];
        change = j ? { type: 'grade', key: j.key, grade: s.grade } : null;
      } else if (s.op === 'dates')
        change = {
          type: 'dates',
          inspectionDates: `${s.day} to ${s.day + 1} March 2025`,
          publishedOn: null,
        };
      else if (f && s.op === 'kind')
        change = { type: 'kind', findingId: f.id, findingText: f.text, kind: s.kind };
      else if (f && s.op === 'themes')
        change = { type: 'themes', findingId: f.id, findingText: f.text, themes: s.themes };
      if (change) copies[s.member] = correct(ws, reportId, change, names[s.member], at).ws;
    }
    return [copies[0], copies[1], clock];
  }

  it('two members who take in each other’s files show the same corrections, whatever they did before', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 16 }), fc.boolean(), (sequence, whole) => {
        const [a, b, clock] = play(sequence);
        const at = new Date(clock + 60_000).toISOString();
        const file = (ws: WorkspaceData) => (whole ? workspaceFile(ws, at) : bundleFile(ws, at));
        const ab = takeIn(a, file(b), at).ws;
        const ba = takeIn(b, file(a), at).ws;
        expect(shown(ab)).toEqual(shown(ba));
        // Idempotent: the same file again changes nothing.
        expect(takeIn(ab, file(b), at).ws).toEqual(ab);
      }),
      { numRuns: 60 },
    );
  });
});
