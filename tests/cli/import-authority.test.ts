// scrutiny-desk import resolves the authority as the app does: one council's reports, however they
// spell it, share one authority record in an --out workspace; --authority gives the code where the
// report's own naming is not enough, and an unknown code is one error line, exit 2, nothing written.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { restoreFileText } from '../../shared/files/restore';
import { fixture } from '../fixtures/reports/make-files';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-authority-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function put(name: string, content: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
}

describe('scrutiny-desk import and the authority', () => {
  it('files three spellings of Leeds under one authority record of an --out workspace', async () => {
    const out = join(folder, 'leeds.json');
    const spellings = [
      ['Leeds', '2018'],
      ['Leeds City', '2022'],
      ['Leeds City Council', '2025'],
    ];
    for (const [name, year] of spellings) {
      const text = fixture('ilacs-2023-lowmoor.txt')
        .replace(/Lowmoor/g, name ?? '')
        .replace(/20(2[0-9])/g, year ?? '$&');
      const result = await runCli('import', await put(`leeds-${year}.txt`, text), '--out', out);
      expect(result.status, result.err.join('\n')).toBe(0);
      expect(result.out.join('\n')).toContain('LA code: 383');
    }
    const restored = restoreFileText(await readFile(out, 'utf8'));
    if (restored.kind !== 'workspace') throw new Error('expected a workspace');
    expect(restored.file.data.authorities).toEqual([
      { id: 'authority-la-383', name: 'Leeds', code: '383' },
    ]);
    expect(restored.file.data.reports.map((r) => [r.authorityId, r.authorityCode])).toEqual([
      ['authority-la-383', '383'],
      ['authority-la-383', '383'],
      ['authority-la-383', '383'],
    ]);
  });

  it('takes the code from --authority where the report names a council not on the list', async () => {
    const path = await put('lowmoor.txt', fixture('ilacs-2023-lowmoor.txt'));
    const plain = await runCli('import', path);
    expect(plain.out.join('\n')).toContain(
      "LA code: none (this name is not on the list of English children's services authorities; give --authority <code>)",
    );
    const given = await runCli('import', path, '--json', '--authority', '878');
    expect(given.status).toBe(0);
    expect((JSON.parse(given.out.join('\n')) as { report: unknown }).report).toMatchObject({
      authority: 'Devon',
      authorityCode: '878',
    });
  });

  it('refuses an unknown code in one error line with exit 2, writing nothing', async () => {
    const out = join(folder, 'never.json');
    const result = await runCli(
      'import',
      await put('x.txt', fixture('ilacs-2023-lowmoor.txt')),
      '--out',
      out,
      '--authority',
      '999',
    );
    expect(result).toEqual({
      status: 2,
      out: [],
      err: [
        'error: --authority "999" is not an LA code on the list of English children\'s services authorities; give the council\'s three-digit DfE code (878 for Devon).',
      ],
    });
    expect(existsSync(out)).toBe(false);
  });
});
