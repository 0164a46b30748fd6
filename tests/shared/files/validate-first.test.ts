// parseFirst's quick check: a record that fits its schema exactly is taken as it stands, and the
// result is always what zod gives: the same data for a valid file (unknown keys dropped, tags
// trimmed), the same first problem, at the same place, for a broken one.
import { describe, expect, it } from 'vitest';
import { WorkspaceData } from '../../../shared/files/envelope';
import { parseFirst } from '../../../shared/files/validate-first';
import { syntheticWorkspace } from '../../../scripts/bench/synthetic';

/** A small workspace as a file holds it, with one of every kind of record the quick check reads
 * differently: a correction of each kind (a discriminated union), a judgement on another
 * inspectorate's area (a union), a pack's paper with report addresses (a record) and a signed note. */
function fileData(): Record<string, unknown[]> & WorkspaceData {
  const data = syntheticWorkspace({ reports: 2, findingsPerReport: 8, annotations: 30, seed: 11 });
  const report = data.reports[0];
  const finding = data.findings[0];
  if (!report || !finding) throw new Error('the synthetic workspace has no report');
  const at = '2025-02-03T10:00:00.000Z';
  const head = { reportId: report.id, sha256: report.source.sha256, by: 'Cllr Ben Hughes', at };
  const { id: findingId, text: findingText } = finding;
  data.corrections = [
    { ...head, id: 'c1', change: { type: 'grade', key: 'other:leadership', grade: 'good' } },
    {
      ...head,
      id: 'c2',
      change: { type: 'dates', inspectionDates: null, publishedOn: '2025-01-02' },
      replaces: ['c1'],
    },
    { ...head, id: 'c3', change: { type: 'kind', findingId, findingText, kind: 'strength' } },
    { ...head, id: 'c4', change: { type: 'themes', findingId, findingText, themes: [] } },
    { ...head, id: 'c5', change: { type: 'split', findingId, findingText, at: 3 } },
  ];
  const judgement = data.judgements[0];
  if (judgement) judgement.key = 'other:leadership';
  const pack = data.packs[0];
  if (pack) pack.paper = { council: 'Devon', reportAddresses: { [report.id]: 'https://x.test/1' } };
  const note = data.annotations[0];
  if (note) note.sig = 'abc';
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown[]> & WorkspaceData;
}

function record(data: Record<string, unknown[]>, list: string, index = 0): Record<string, unknown> {
  const found = data[list]?.[index];
  if (typeof found !== 'object' || found === null) throw new Error(`no ${list}[${index}]`);
  return found as Record<string, unknown>;
}

describe('a valid file', () => {
  it('gives the data zod gives, each record the file’s own', () => {
    const data = fileData();
    const result = parseFirst(WorkspaceData, data);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toEqual(WorkspaceData.parse(data));
    expect(result.data.annotations[0]).toBe(data.annotations[0]);
    expect(result.data.corrections[0]).toBe(data.corrections[0]);
    expect(result.data.packs[0]).toBe(data.packs[0]);
  });

  it('drops unknown keys and trims tags as zod does, wherever they are', () => {
    const data = fileData();
    record(data, 'annotations', 1).extra = 'not ours';
    record(data, 'annotations', 2).tags = ['  care leavers ', 'ok'];
    (record(data, 'corrections', 2).change as Record<string, unknown>).extra = 1;
    (record(data, 'packs').paper as Record<string, unknown>).extra = true;
    record(data, 'findings', 3).extra = null;
    const result = parseFirst(WorkspaceData, data);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toEqual(WorkspaceData.parse(data));
    expect(result.data.annotations[1]).not.toHaveProperty('extra');
    expect(result.data.annotations[2]?.tags).toEqual(['care leavers', 'ok']);
    expect(result.data.corrections[2]?.change).not.toHaveProperty('extra');
  });
});

describe('a broken record', () => {
  const breaks: [string, (data: Record<string, unknown[]>) => void][] = [
    ['an id with a space', (d) => void (record(d, 'findings', 5).id = 'bad id')],
    ['a missing field', (d) => void delete record(d, 'annotations', 7).body],
    ['a kind not on the list', (d) => void (record(d, 'findings', 2).kind = 'praise')],
    ['an order that is not whole', (d) => void (record(d, 'sections', 1).order = 1.5)],
    [
      'a negative offset',
      (d) => void (record(d, 'findings', 1).source = { page: 1, paragraph: 1, start: -1, end: 2 }),
    ],
    [
      'a date that is not a date',
      (d) => void (record(d, 'annotations', 3).createdAt = '2025-02-30T10:00:00Z'),
    ],
    ['a string too long', (d) => void (record(d, 'authorities').name = 'x'.repeat(201))],
    ['an empty tag', (d) => void (record(d, 'annotations', 4).tags = ['  '])],
    ['null where a list belongs', (d) => void (record(d, 'reports').warnings = null)],
    [
      'a correction of no known kind',
      (d) => void (record(d, 'corrections', 1).change = { type: 'colour' }),
    ],
    [
      'a grade correction with a bad key',
      (d) =>
        void (record(d, 'corrections').change = { type: 'grade', key: 'other:', grade: 'good' }),
    ],
    [
      'a judgement key of neither form',
      (d) => void (record(d, 'judgements', 2).key = 'Other:Leaders'),
    ],
    [
      'a report address too long',
      (d) => void (record(d, 'packs').paper = { reportAddresses: { a: 'x'.repeat(2001) } }),
    ],
    ['a record that is a list', (d) => void d.judgements?.splice(1, 1, [])],
  ];
  it.each(breaks)('%s: the same first problem as zod, at the same place', (_, change) => {
    const data = fileData();
    change(data);
    const result = parseFirst(WorkspaceData, data);
    const zod = WorkspaceData.safeParse(data);
    expect(zod.success).toBe(false);
    const first = zod.error?.issues[0];
    expect(result).toEqual({
      success: false,
      issue: { path: first?.path, message: first?.message },
    });
  });
});
