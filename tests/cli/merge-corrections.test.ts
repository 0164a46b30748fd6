// scrutiny-desk merge carries corrections and deletions of reports (issue 11): a colleague's grade
// correction arrives with who and when; a colleague's deletion moves my copy and its notes to
// Deleted reports; a file that brings a report I deleted does not add it back; bad input is one
// line and writes nothing.
import { readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli';
import { useTempFolder } from './temp-folder';
import { buildBundle } from '../../shared/files/bundle';
import { restoreFileText } from '../../shared/files/restore';
import { serializeWorkspace } from '../../shared/files/serialize';
import type { WorkspaceData } from '../../shared/files/envelope';
import { lowmoorSlice } from '../shared/corrections/fixture';
import { correct, remove, workspaceOf } from '../shared/corrections/members';

const A = 'Cllr Amara Okafor';
const B = 'Cllr Ben Hughes';
const NOW = new Date('2026-12-01T10:00:00.000Z');
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute)).toISOString();
const temp = useTempFolder('scrutiny-merge-corrections-');
const file = temp.file;

function members() {
  const slice = lowmoorSlice();
  return {
    amara: workspaceOf(slice, A),
    ben: workspaceOf({ ...slice, annotations: [] }, B),
    reportId: slice.report.id,
    name: `${slice.report.authority}: ${slice.report.title}`,
  };
}

const bundleText = (ws: WorkspaceData) =>
  JSON.stringify(
    buildBundle(ws, { type: 'everything' }, ws.settings?.memberName ?? '', NOW, {
      notes: 'everyone',
    }),
  );

async function mergedFile(out: string): Promise<WorkspaceData> {
  const merged = restoreFileText(await readFile(out, 'utf8'));
  if (merged.kind !== 'workspace') throw new Error('expected a workspace');
  return merged.file.data;
}

describe('scrutiny-desk merge with corrections and deletions', () => {
  it('applies a colleague’s grade correction from a bundle, with who and when and the importer’s reading', async () => {
    const { amara, ben: b0, reportId } = members();
    const judgement = b0.judgements[0];
    if (!judgement) throw new Error('no judgement');
    const grade = judgement.grade === 'good' ? 'inadequate' : 'good';
    const { ws: ben } = correct(
      b0,
      reportId,
      { type: 'grade', key: judgement.key, grade },
      B,
      at(1),
    );
    const mine = await file('mine.json', serializeWorkspace(amara, A, NOW));
    const theirs = await file('theirs.json', bundleText(ben));
    const out = temp.path('merged.json');
    const result = await run('merge', mine, theirs, '--out', out);
    expect(result.err).toEqual([]);
    expect(result.out[0]).toBe(
      `Merged ${theirs} from ${B} into ${mine}: added 0, updated 0, in conflict 0, corrections 1; 0 already present.`,
    );
    expect(result.out).toContain(
      `1 correction from ${B} is applied to your reports, each marked with who made it and when; the importer’s reading of a corrected grade is kept.`,
    );
    const merged = await mergedFile(out);
    expect(merged.judgements.find((j) => j.key === judgement.key)).toMatchObject({
      grade,
      correction: { by: B, imported: { grade: judgement.grade } },
    });
    const again = await run('merge', out, theirs, '--out', temp.path('merged-again.json'));
    expect(again.out[0]).toMatch(/: added 0, updated 0, in conflict 0; 0 already present\.$/);
    expect(await mergedFile(temp.path('merged-again.json'))).toEqual(merged);
  });

  it('moves my copy of a report a colleague deleted, with my notes, to Deleted reports, and says so in one line', async () => {
    const { amara, ben: b0, reportId, name } = members();
    const ben = remove(b0, reportId, B, at(1));
    const mine = await file('mine2.json', serializeWorkspace(amara, A, NOW));
    const theirs = await file('theirs2.json', serializeWorkspace(ben, B, NOW));
    const out = temp.path('merged2.json');
    const result = await run('merge', mine, theirs, '--out', out);
    expect(result.status).toBe(0);
    expect(result.out[0]).toMatch(
      /: added 0, updated 0, in conflict 0, reports deleted 1; 0 already present\.$/,
    );
    expect(result.out).toContain(
      `${B} deleted ${name} on 1 December 2026; taking this file in moves it from your library, with the 3 notes on it, to Deleted reports, where you can restore it.`,
    );
    const merged = await mergedFile(out);
    expect(merged.reports).toEqual([]);
    expect(merged.deletedReports[0]?.removed?.annotations.map((a) => a.body).sort()).toEqual(
      amara.annotations.map((a) => a.body).sort(),
    );
    expect((await run('check', out)).status).toBe(0);
  });

  it('does not add back a report I deleted when a colleague’s file brings it: its notes and corrections are kept with it', async () => {
    const { amara: a0, ben: b0, reportId, name } = members();
    const note = a0.annotations[0];
    if (!note) throw new Error('no note');
    const key = b0.judgements[0]?.key ?? '';
    const { ws: corrected } = correct(
      {
        ...b0,
        annotations: [{ ...note, id: 'ann-ben', author: B, modifiedBy: B, body: 'Ben’s question' }],
      },
      reportId,
      { type: 'grade', key, grade: 'outstanding' },
      B,
      at(2),
    );
    const amara = remove(a0, reportId, A, at(1));
    const mine = await file('mine3.json', serializeWorkspace(amara, A, NOW));
    const theirs = await file('theirs3.json', bundleText(corrected));
    const out = temp.path('merged3.json');
    const result = await run('merge', mine, theirs, '--out', out);
    expect(result.status).toBe(0);
    expect(result.out).toContain(
      `${name}, which you deleted on 1 December 2026, comes in this file with 1 note and 1 correction from ${B}: it stays under Deleted reports and is not added back to your library; they are kept with it, so restoring it brings them back.`,
    );
    expect(result.out.join(' ')).not.toContain('you have not imported');
    const merged = await mergedFile(out);
    expect(merged.reports).toEqual([]);
    expect(merged.deletedReports[0]?.removed?.annotations.map((a) => a.body)).toContain(
      'Ben’s question',
    );
    expect(merged.deletedReports[0]?.removed?.corrections.map((c) => c.by)).toEqual([B]);
  });

  const bad: [
    string,
    (bundle: {
      data: {
        corrections: { reportId: string; sha256: string }[];
        reportsInFull: { reports: { authorityCode: string | null }[] };
      };
    }) => void,
    RegExp,
  ][] = [
    [
      'a correction to a report the file does not hold',
      (b) => {
        const [c] = b.data.corrections;
        if (c) Object.assign(c, { reportId: 'report-gone', sha256: 'f'.repeat(64) });
      },
      /: the grade correction "correction-[0-9a-f]+" by Cllr Ben Hughes on 2026-12-01 is for report "report-gone", which is not in the file \(not even among its deleted reports\)/,
    ],
    [
      'an authority code not on the list',
      (b) => {
        const [r] = b.data.reportsInFull.reports;
        if (r) r.authorityCode = '999';
      },
      /: report ".*" has the authority code "999", which is not on this app's list of authorities/,
    ],
  ];
  it.each(bad)(
    'refuses a bundle with %s in one line and writes nothing',
    async (label, spoil, message) => {
      const { amara, ben: b0, reportId } = members();
      const { ws: ben } = correct(
        b0,
        reportId,
        { type: 'grade', key: b0.judgements[0]?.key ?? '', grade: 'outstanding' },
        B,
        at(1),
      );
      const bundle = JSON.parse(
        bundleText({ ...ben, annotations: amara.annotations.slice(0, 1) }),
      ) as Parameters<(typeof bad)[number][1]>[0];
      spoil(bundle);
      const slug = label.replace(/\W+/g, '-');
      const mine = await file(`mine-${slug}.json`, serializeWorkspace(amara, A, NOW));
      const theirs = await file(`theirs-${slug}.json`, JSON.stringify(bundle));
      const out = temp.path(`never-${slug}.json`);
      const result = await run('merge', mine, theirs, '--out', out);
      expect(result.status).toBe(2);
      expect(result.out).toEqual([]);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(message);
      await expect(stat(out)).rejects.toThrow();
    },
  );
});
