// scrutiny-desk check: a one-line verdict on a workspace or bundle file, exit 0 or 2.
import { truncate, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli';
import { useTempFolder } from './temp-folder';
import { serializeWorkspace } from '../../shared/files/serialize';
import { syntheticWorkspace } from '../../scripts/bench/synthetic';
import { makeCorrection } from '../../shared/corrections/make';
import { deleteReport } from '../../shared/corrections/delete';
import { sliceOf, withSlice } from '../../shared/corrections/slice';

const temp = useTempFolder('scrutiny-check-');
const file = temp.file;

const workspaceText = () =>
  serializeWorkspace(
    syntheticWorkspace({ reports: 3, findingsPerReport: 40, annotations: 45, seed: 9 }),
    'Cllr Amara Okafor',
    new Date('2025-02-03T10:00:00.000Z'),
  );

/** A good workspace with one grade correction, for the report `reportId` (the first report when null). */
function withCorrection(reportId: string | null): string {
  const data = syntheticWorkspace({ reports: 3, findingsPerReport: 40, annotations: 45, seed: 9 });
  const report = data.reports[0];
  if (!report) throw new Error('no report');
  const correction = makeCorrection(
    report,
    { type: 'grade', key: 'overall_effectiveness', grade: 'good' },
    'Cllr Ben Hughes',
    '2026-12-01T09:00:00.000Z',
  );
  data.corrections.push({ ...correction, reportId: reportId ?? report.id });
  return serializeWorkspace(data, 'Cllr Amara Okafor', new Date('2025-02-03T10:00:00.000Z'));
}

/** A good workspace whose first report was deleted, the deleted copy under `code`. */
function withDeletedReport(code: string): string {
  const data = syntheticWorkspace({ reports: 3, findingsPerReport: 40, annotations: 45, seed: 9 });
  const reportId = data.reports[0]?.id ?? '';
  const slice = sliceOf(data, reportId);
  if (!slice) throw new Error('no report');
  const { tombstone } = deleteReport(slice, [], 'Cllr Amara Okafor', '2026-12-01T09:00:00.000Z');
  const removed = tombstone.removed
    ? { ...tombstone.removed, report: { ...tombstone.removed.report, authorityCode: code } }
    : null;
  const rest = withSlice(data, reportId, null);
  return serializeWorkspace(
    { ...rest, packs: [], deletedReports: [{ ...tombstone, removed }] },
    'Cllr Amara Okafor',
    new Date('2025-02-03T10:00:00.000Z'),
  );
}

describe('scrutiny-desk check', () => {
  it('says ok with a correction to a report it holds', async () => {
    const result = await run('check', await file('corrected.json', withCorrection(null)));
    expect(result).toEqual({
      status: 0,
      out: ['ok: workspace version 3, 3 reports, 120 findings, 45 annotations'],
      err: [],
    });
  });

  it('says ok with the version and counts of a good workspace file', async () => {
    const result = await run('check', await file('good.json', workspaceText()));
    expect(result).toEqual({
      status: 0,
      out: ['ok: workspace version 3, 3 reports, 120 findings, 45 annotations'],
      err: [],
    });
  });

  it('says when a good file was written at an older version', async () => {
    const json = JSON.parse(workspaceText()) as { version: number };
    json.version = 1;
    const result = await run('check', await file('old.json', JSON.stringify(json)));
    expect(result.status).toBe(0);
    expect(result.out).toEqual([
      'ok: workspace version 3, 3 reports, 120 findings, 45 annotations (written at version 1, upgraded when loaded)',
    ]);
  });

  const bad: [string, () => string, RegExp][] = [
    ['a truncated file', () => workspaceText().slice(0, 5000), /^error: the file is cut short/],
    [
      'a file from a newer version',
      () => workspaceText().replace('"version":3', '"version":7'),
      /^error: this file was made by a newer version of Scrutiny Desk.*update the app/,
    ],
    [
      'a file of another format',
      () => '{"type":"excalidraw","elements":[]}',
      /^error: this is not a Scrutiny Desk file/,
    ],
    [
      'a file with an authority code not on the list',
      () => workspaceText().replace('"authorityCode":"840"', '"authorityCode":"999"'),
      /^error: report ".*" has the authority code "999", which is not on this app's list of authorities/,
    ],
    [
      'a file with a dangling reference',
      () =>
        workspaceText().replace('"authorityId":"authority-la-840"', '"authorityId":"la-nowhere"'),
      /^error: report ".*" refers to an authority "la-nowhere"/,
    ],
    [
      'a file with a correction to a report that no longer exists',
      () => withCorrection('report-gone'),
      /^error: the grade correction "correction-[0-9a-f]+" by Cllr Ben Hughes on 2026-12-01 is for report "report-gone", which is not in the file \(not even among its deleted reports\)/,
    ],
    [
      'a file whose deleted report has an authority code not on the list',
      () => withDeletedReport('999'),
      /^error: deleted report ".*" has the authority code "999", which is not on this app's list of authorities/,
    ],
  ];
  it.each(bad)('refuses %s with one error line and exit 2', async (name, text, message) => {
    const result = await run('check', await file(`${name.replace(/\W+/g, '-')}.json`, text()));
    expect(result.status).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(message);
  });

  it('refuses a file over 300 MB by its size, without reading it', async () => {
    const path = temp.path('huge.json');
    await writeFile(path, '');
    await truncate(path, 301 * 1024 * 1024);
    const result = await run('check', path);
    expect(result.status).toBe(2);
    expect(result.err).toEqual([
      'error: the file is 301 MB, over the 300 MB limit; choose a workspace or bundle file exported by Scrutiny Desk (a report belongs in "Import a report").',
    ]);
  });

  it('says plainly when there is no such file, or no file is given', async () => {
    const missing = await run('check', temp.path('nope.json'));
    expect(missing.status).toBe(2);
    expect(missing.err[0]).toMatch(/^error: there is no file at .*nope\.json; check the path/);
    const none = await run('check');
    expect(none).toMatchObject({
      status: 2,
      err: ['error: check takes one file; usage: scrutiny-desk check <file.json>'],
    });
  });
});
