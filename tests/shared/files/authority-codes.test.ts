// File version 3: reports and authorities carry their LA code. A version 2 file is lifted by
// resolving names, merging one council's records; an unknown code is refused in one line.
import { describe, expect, it } from 'vitest';
import { restoreFile, restoreFileText } from '../../../shared/files/restore';
import { serializeWorkspace } from '../../../shared/files/serialize';
import { InputError } from '../../../shared/errors';
import { workspace, report } from '../merge/workspace-fixture';
import type { WorkspaceData } from '../../../shared/files/envelope';

const now = new Date('2026-02-03T10:00:00.000Z');

/** A version 2 file: no codes, one council filed under three spellings, and a name no list holds. */
function version2(): Record<string, unknown> {
  const data = workspace([
    {
      report: { ...report('r-2015', 'a'.repeat(64), 'Leeds'), publishedOn: '2015-03-01' },
      findingPrefix: 'f15',
    },
    { report: report('r-2018', 'b'.repeat(64), 'Leeds City'), findingPrefix: 'f18' },
    { report: report('r-2022', 'c'.repeat(64), 'Leeds City Council'), findingPrefix: 'f22' },
    { report: report('r-west', 'd'.repeat(64), 'Westmoor'), findingPrefix: 'fw' },
    {
      report: { ...report('r-dorset', 'e'.repeat(64), 'Dorset'), publishedOn: '2017-06-01' },
      findingPrefix: 'fd',
    },
  ]);
  const json = JSON.parse(serializeWorkspace(data, 'x', now)) as {
    version: number;
    data: { authorities: Record<string, unknown>[]; reports: Record<string, unknown>[] };
  };
  json.version = 2;
  for (const a of json.data.authorities) delete a.code;
  for (const r of json.data.reports) delete r.authorityCode;
  return json;
}

describe('authority codes in workspace files', () => {
  it('lifts a version 2 workspace: one record per council, each report under its code, unknown names kept for the member', () => {
    const restored = restoreFile(version2());
    if (restored.kind !== 'workspace') throw new Error('expected a workspace');
    const { authorities, reports, findings } = restored.file.data;
    expect(restored.fromVersion).toBe(2);
    expect(authorities.map((a) => [a.name, a.code]).sort()).toEqual([
      ['Dorset (county)', '835'],
      ['Leeds', '383'],
      ['Westmoor', null],
    ]);
    const leeds = reports.filter((r) => r.id.startsWith('r-20'));
    expect(new Set(leeds.map((r) => r.authorityId)).size).toBe(1);
    expect(leeds.map((r) => [r.authority, r.authorityCode])).toEqual([
      ['Leeds', '383'],
      ['Leeds', '383'],
      ['Leeds', '383'],
    ]);
    expect(reports.find((r) => r.id === 'r-west')).toMatchObject({
      authority: 'Westmoor',
      authorityCode: null,
      authorityId: 'la-westmoor',
    });
    // A 2017 report naming Dorset is the county council's, before the 2019 reorganisation.
    expect(reports.find((r) => r.id === 'r-dorset')?.authorityCode).toBe('835');
    expect(findings).toHaveLength(10);
  });

  it('refuses a code that is not on the list in one line, naming the record', () => {
    const json = JSON.parse(
      serializeWorkspace(
        workspace([{ report: report('r1', 'a'.repeat(64), 'Kent'), findingPrefix: 'f' }]),
        'x',
        now,
      ),
    ) as { data: WorkspaceData };
    const [first] = json.data.reports;
    if (!first) throw new Error('no report');
    first.authorityCode = '999';
    let error: unknown;
    try {
      restoreFileText(JSON.stringify(json));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('file-unknown-authority');
    expect((error as InputError).message).toMatch(
      /^report "r1" has the authority code "999", which is not on this app's list of authorities .*update the app/,
    );
    expect((error as InputError).message).not.toContain('\n');
  });
});
