// scrutiny-desk merge: a colleague's bundle or workspace merged into mine with the app's merge;
// counts printed; --out written whole or not at all; bad input is one error line.
import { readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli';
import { useTempFolder } from './temp-folder';
import { buildBundle } from '../../shared/files/bundle';
import { restoreFileText } from '../../shared/files/restore';
import { serializeWorkspace } from '../../shared/files/serialize';
import type { WorkspaceData } from '../../shared/files/envelope';
import { createAnnotation, editAnnotation } from '../../shared/merge';
import { SHA_DEVON, SHA_KENT, report, workspace } from '../shared/merge/workspace-fixture';

const A = 'Cllr Amara Okafor';
const B = 'Cllr Ben Hughes';
const NOW = new Date('2026-11-27T10:00:00.000Z');
const temp = useTempFolder('scrutiny-merge-');
const file = temp.file;

function target(ws: WorkspaceData, i: number) {
  const f = ws.findings[i];
  if (!f) throw new Error('no finding');
  return { reportId: f.reportId, findingId: f.id, findingText: f.text, selector: null };
}

/** Amara and Ben both hold the Devon report; Ben also Kent. One shared note edited on both sides. */
function members() {
  const amara = workspace([{ report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' }]);
  const ben = workspace([
    { report: report('rep-devon', SHA_DEVON), findingPrefix: 'fin' },
    { report: report('rep-kent', SHA_KENT, 'Kent'), findingPrefix: 'kent' },
  ]);
  const shared = createAnnotation(
    { kind: 'note', target: target(amara, 0), body: 'first words' },
    A,
    NOW,
    'ann-shared',
  );
  amara.annotations.push(
    editAnnotation(shared, { body: 'Amara\u2019s edit' }, A, new Date('2026-11-27T11:00:00Z')),
  );
  ben.annotations.push(
    editAnnotation(shared, { body: 'Ben\u2019s edit' }, B, new Date('2026-11-27T12:00:00Z')),
    createAnnotation(
      { kind: 'note', target: target(ben, 1), body: 'Ben on Devon' },
      B,
      NOW,
      'ann-ben-1',
    ),
    createAnnotation(
      { kind: 'note', target: target(ben, 2), body: 'Ben on Kent' },
      B,
      NOW,
      'ann-ben-2',
    ),
  );
  return { amara, ben };
}

describe('scrutiny-desk merge', () => {
  it('merges a bundle into my workspace, with the report it carries that I never imported, and prints the counts', async () => {
    const { amara, ben } = members();
    const mine = await file('mine.json', serializeWorkspace(amara, A, NOW));
    const theirs = await file(
      'theirs.json',
      JSON.stringify(buildBundle(ben, { type: 'everything' }, B, NOW, { notes: 'everyone' })),
    );
    const out = temp.path('merged.json');
    const result = await run('merge', mine, theirs, '--out', out);
    expect(result.err).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.out[0]).toBe(
      `Merged ${theirs} from ${B} into ${mine}: added 2, updated 0, in conflict 1; 0 already present.`,
    );
    expect(result.out).toContain(
      `A report you have not imported comes with these notes and will be added, marked as received from ${B} (Kent: Kent ILACS inspection).`,
    );
    const merged = restoreFileText(await readFile(out, 'utf8'));
    if (merged.kind !== 'workspace') throw new Error('expected a workspace');
    expect(merged.file.data.reports.find((r) => r.id === 'rep-kent')?.receivedFrom).toEqual({
      memberId: null,
      name: B,
    });
    expect(merged.file.data.annotations.find((a) => a.id === 'ann-ben-2')?.target.reportId).toBe(
      'rep-kent',
    );
  });

  it('holds back notes for a report I never imported when an older bundle does not carry it', async () => {
    const { amara, ben } = members();
    const mine = await file('mine.json', serializeWorkspace(amara, A, NOW));
    const old = JSON.parse(
      JSON.stringify(buildBundle(ben, { type: 'everything' }, B, NOW, { notes: 'everyone' })),
    ) as { version: number; data: Record<string, unknown> };
    old.version = 2;
    delete old.data.reportsInFull;
    delete old.data.members;
    for (const a of old.data.annotations as Record<string, unknown>[]) delete a.authorId;
    const theirs = await file('theirs-v2.json', JSON.stringify(old));
    const out = temp.path('merged-v2.json');
    const result = await run('merge', mine, theirs, '--out', out);
    expect(result.status).toBe(0);
    expect(result.out[0]).toBe(
      `Merged ${theirs} from ${B} into ${mine}: added 1, updated 0, in conflict 1; 0 already present.`,
    );
    expect(result.out).toContain(
      '1 note is for a report you have not imported (Kent: Kent ILACS inspection), so it was not added; import that report, then import this file again to add it.',
    );
    const merged = restoreFileText(await readFile(out, 'utf8'));
    expect(merged.kind).toBe('workspace');
    const notes = merged.file.data.annotations;
    expect(notes.map((a) => [a.id, a.author, a.body]).sort()).toEqual([
      ['ann-ben-1', B, 'Ben on Devon'],
      ['ann-shared', A, 'Ben\u2019s edit'],
    ]);
    expect(
      notes.find((a) => a.id === 'ann-shared')?.conflicts.map((c) => [c.body, c.modifiedBy]),
    ).toEqual([['Amara\u2019s edit', A]]);
  });

  it('merges a colleague\u2019s whole workspace, and a second merge of the same file changes nothing', async () => {
    const { amara, ben } = members();
    ben.reports.pop();
    ben.findings = ben.findings.filter((f) => f.reportId === 'rep-devon');
    ben.sections = ben.sections.filter((s) => s.reportId === 'rep-devon');
    ben.annotations.pop();
    const mine = await file('mine2.json', serializeWorkspace(amara, A, NOW));
    const theirs = await file('theirs2.json', serializeWorkspace(ben, B, NOW));
    const out = temp.path('merged2.json');
    expect((await run('merge', mine, theirs, '--out', out)).status).toBe(0);
    const again = await run('merge', out, theirs, '--out', temp.path('merged3.json'));
    expect(again.out[0]).toMatch(/added 0, updated 0, in conflict 0; 2 already present\.$/);
    const [first, second] = await Promise.all([
      readFile(out, 'utf8'),
      readFile(temp.path('merged3.json'), 'utf8'),
    ]);
    expect(restoreFileText(second).file.data).toEqual(restoreFileText(first).file.data);
  });

  it('refuses a bundle from a newer version of the app in one line and writes nothing', async () => {
    const { amara, ben } = members();
    const mine = await file('mine4.json', serializeWorkspace(amara, A, NOW));
    const future = { ...buildBundle(ben, { type: 'everything' }, B, NOW), version: 99 };
    const theirs = await file('future.json', JSON.stringify(future));
    const out = temp.path('never.json');
    const result = await run('merge', mine, theirs, '--out', out);
    expect(result.status).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(
      new RegExp(
        `^error: ${theirs.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: this file was made by a newer version of Scrutiny Desk`,
      ),
    );
    await expect(stat(out)).rejects.toThrow();
  });

  it('refuses a truncated bundle in one line and leaves an existing --out file untouched', async () => {
    const { amara, ben } = members();
    const mine = await file('mine5.json', serializeWorkspace(amara, A, NOW));
    const text = JSON.stringify(buildBundle(ben, { type: 'everything' }, B, NOW));
    const theirs = await file('cut.json', text.slice(0, Math.floor(text.length / 2)));
    const out = await file('existing.json', 'the old merged file');
    const result = await run('merge', mine, theirs, '--out', out);
    expect(result.status).toBe(2);
    expect(result.err[0]).toMatch(/cut short \(truncated\)/);
    expect(await readFile(out, 'utf8')).toBe('the old merged file');
  });

  it('refuses a file of the wrong format, and a bundle given as mine', async () => {
    const { amara, ben } = members();
    const mine = await file('mine6.json', serializeWorkspace(amara, A, NOW));
    const wrong = await file(
      'wrong.json',
      JSON.stringify({ format: 'something-else', version: 1, data: {} }),
    );
    expect((await run('merge', mine, wrong, '--out', temp.path('x.json'))).err[0]).toMatch(
      /^error: .*wrong\.json: this is not a Scrutiny Desk file/,
    );
    const bundle = await file(
      'b.json',
      JSON.stringify(buildBundle(ben, { type: 'everything' }, B, NOW)),
    );
    const swapped = await run('merge', bundle, mine, '--out', temp.path('x.json'));
    expect(swapped).toMatchObject({
      status: 2,
      err: [
        expect.stringMatching(/is a share bundle, not a workspace; give your workspace file first/),
      ],
    });
  });

  it('explains its usage when --out or a file is missing', async () => {
    expect((await run('merge', 'a.json', 'b.json')).err).toEqual([
      expect.stringMatching(/^error: --out <merged.json> is required; usage: scrutiny-desk merge/),
    ]);
    expect((await run('merge', 'a.json', '--out', 'c.json')).status).toBe(2);
  });
});
