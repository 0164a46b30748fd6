// buildBundle: the member's notes for a report, a pack or everything, with their findings and
// reports, in a file that passes the one restore step.
import { describe, expect, it } from 'vitest';
import { buildBundle, bundleFileName } from '../../../shared/files/bundle';
import { restoreFile } from '../../../shared/files/restore';
import { BUNDLE_FORMAT, type WorkspaceData } from '../../../shared/files/envelope';
import { DEFAULT_PACK_OPTIONS } from '../../../shared/model';
import { createAnnotation, deleteAnnotation, editAnnotation } from '../../../shared/merge';
import { SHA_DEVON, SHA_KENT, report, workspace } from './workspace-fixture';
import { T } from './fixtures';

const A = 'Cllr Amara Okafor';
const B = 'Cllr Ben Hughes';
const NOW = new Date(T(40));

function sample(): WorkspaceData {
  const ws = workspace([
    { report: report('rep-devon', SHA_DEVON), findingPrefix: 'dev' },
    { report: report('rep-kent', SHA_KENT, 'Kent'), findingPrefix: 'kent' },
  ]);
  const on = (i: number) => {
    const f = ws.findings[i];
    if (!f) throw new Error('no finding');
    return { reportId: f.reportId, findingId: f.id, findingText: f.text, selector: null };
  };
  ws.annotations.push(
    createAnnotation({ kind: 'note', target: on(0), body: 'Amara on Devon' }, A, T(1), 'ann-1'),
    createAnnotation(
      {
        kind: 'question',
        target: on(1),
        body: 'Ben on Devon',
        question: { status: 'to_ask', answer: '' },
      },
      B,
      T(2),
      'ann-2',
    ),
    deleteAnnotation(
      createAnnotation(
        { kind: 'note', target: on(2), body: 'Amara on Kent, deleted' },
        A,
        T(3),
        'ann-3',
      ),
      A,
      T(4),
    ),
    editAnnotation(
      createAnnotation({ kind: 'note', target: on(3), body: 'Ben on Kent' }, B, T(5), 'ann-4'),
      { body: 'Ben on Kent, edited by Amara' },
      A,
      T(6),
    ),
  );
  ws.packs.push({
    id: 'pack-1',
    meetingId: null,
    title: 'Kent briefing',
    marking: 'OFFICIAL',
    exempt: false,
    author: A,
    status: 'draft',
    options: DEFAULT_PACK_OPTIONS,
    items: [{ type: 'report', reportId: 'rep-kent' }],
    createdAt: T(0),
    modifiedAt: T(0),
  });
  return ws;
}

const bodies = (file: ReturnType<typeof buildBundle>) =>
  file.data.annotations.map((a) => a.body).sort();

describe('buildBundle', () => {
  it('writes the bundle envelope of design.md, which the restore step accepts as it is', () => {
    const file = buildBundle(sample(), { type: 'everything' }, A, NOW);
    expect(file).toMatchObject({
      format: BUNDLE_FORMAT,
      exportedBy: A,
      exportedAt: NOW.toISOString(),
    });
    const restored = restoreFile(JSON.parse(JSON.stringify(file)));
    expect(restored.kind).toBe('bundle');
    expect(restored.file).toEqual(file);
  });

  it('carries only my notes by default: ones I wrote or last edited, tombstones included', () => {
    expect(bodies(buildBundle(sample(), { type: 'everything' }, A, NOW))).toEqual([
      'Amara on Devon',
      'Amara on Kent, deleted',
      'Ben on Kent, edited by Amara',
    ]);
  });

  it('carries everyone\u2019s notes when asked', () => {
    expect(
      bodies(buildBundle(sample(), { type: 'everything' }, A, NOW, { notes: 'everyone' })),
    ).toHaveLength(4);
  });

  it('limits the notes to one report, with that report and the targeted findings only', () => {
    const file = buildBundle(sample(), { type: 'report', reportId: 'rep-devon' }, A, NOW);
    expect(bodies(file)).toEqual(['Amara on Devon']);
    expect(file.data.reports.map((r) => [r.id, r.sha256])).toEqual([['rep-devon', SHA_DEVON]]);
    expect(file.data.findings.map((f) => f.id)).toEqual(['dev-0']);
    expect(file.data.findings[0]?.text).toBe(sample().findings[0]?.text);
  });

  it('limits the notes to the reports and findings of one pack', () => {
    expect(bodies(buildBundle(sample(), { type: 'pack', packId: 'pack-1' }, A, NOW))).toEqual([
      'Amara on Kent, deleted',
      'Ben on Kent, edited by Amara',
    ]);
  });

  it('refuses an unknown report or pack in one line', () => {
    expect(() => buildBundle(sample(), { type: 'report', reportId: 'nope' }, A, NOW)).toThrow(
      /no report "nope"/,
    );
    expect(() => buildBundle(sample(), { type: 'pack', packId: 'nope' }, A, NOW)).toThrow(
      /no briefing pack "nope"/,
    );
  });
});

describe('bundleFileName', () => {
  it('names the file after the member and their local day and time', () => {
    expect(bundleFileName('Cllr Siobhán Ní Bhriain', new Date(2026, 10, 27, 23, 30, 5))).toBe(
      'siobhan-ni-bhriain-notes-2026-11-27-233005.json',
    );
    expect(bundleFileName('', new Date(2026, 10, 28, 0, 10))).toBe(
      'my-notes-2026-11-28-001000.json',
    );
  });

  it('gives two files sent the same day two names', () => {
    const morning = bundleFileName('Cllr Amara Okafor', new Date(2026, 10, 27, 9, 15, 0));
    const later = bundleFileName('Cllr Amara Okafor', new Date(2026, 10, 27, 9, 15, 1));
    expect(morning).not.toBe(later);
    expect([later, morning].sort()).toEqual([morning, later]);
  });
});
