// scrutiny-desk import refuses text that is not an inspection report: exit 2, one error line that
// says what to do, and an --out workspace untouched (or not created).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { NOT_A_REPORT } from '../../shared/import/not-a-report';
import { fixture } from '../fixtures/reports/make-files';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-not-a-report-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('scrutiny-desk import of text that is not a report', () => {
  it('exits 2 with one error line and writes nothing to --out', async () => {
    const list = join(folder, 'shopping.txt');
    await writeFile(
      list,
      'Shopping list\nMilk\nEggs\nBread\nTwo tins of tomatoes\nWashing up liquid\nCheese for Saturday\n',
    );

    const fresh = join(folder, 'new-workspace.json');
    const refused = await runCli('import', list, '--out', fresh);
    expect(refused).toEqual({ status: 2, out: [], err: [`error: ${NOT_A_REPORT}`] });
    expect(existsSync(fresh)).toBe(false);

    const held = join(folder, 'workspace.json');
    const report = join(folder, 'lowmoor.txt');
    await writeFile(report, fixture('ilacs-2023-lowmoor.txt'));
    expect((await runCli('import', report, '--out', held)).status).toBe(0);
    const before = await readFile(held);
    expect(await runCli('import', list, '--out', held)).toEqual({
      status: 2,
      out: [],
      err: [`error: ${NOT_A_REPORT}`],
    });
    expect((await readFile(held)).equals(before)).toBe(true);
  });
});

describe('scrutiny-desk import --help', () => {
  it('prints the options, --authority among them, and exits 0', async () => {
    const { status, out, err } = await runCli('import', '--help');
    expect(status).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('\n')).toMatch(
      /^usage: scrutiny-desk import <file> \[--json\] \[--out <workspace\.json>\] \[--authority <code>\]/,
    );
    expect(out.join('\n')).toContain('--authority <code>     the council');
  });
});
