// Every command with --out: a folder that is missing, or an --out that names a folder, is bad
// input (exit 2, one "error:" line), never a crash, and nothing is written anywhere.
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli';

const REPORT = join(import.meta.dirname, '../fixtures/reports/ilacs-2023-lowmoor.txt');
let folder = '';
let workspace = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-out-'));
  workspace = join(folder, 'workspace.json');
  expect((await run('import', REPORT, '--out', workspace)).status).toBe(0);
  await mkdir(join(folder, 'a-folder'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const commands: [string, (out: string) => string[]][] = [
  ['import', (out) => ['import', REPORT, '--out', out]],
  ['merge', (out) => ['merge', workspace, workspace, '--out', out]],
  ['pack (docx)', (out) => ['pack', workspace, '--format', 'docx', '--out', out]],
  ['pack (pdf)', (out) => ['pack', workspace, '--format', 'pdf', '--out', out]],
];

describe.each(commands)('%s --out', (_name, argv) => {
  it.each([
    ['in a folder that does not exist', () => join(folder, 'missing', 'out.file')],
    ['that names an existing folder', () => join(folder, 'a-folder')],
  ])('%s exits 2 with one error line and writes nothing', async (_case, out) => {
    const before = (await readdir(folder)).sort();
    const target = out();
    const result = await run(...argv(target));
    expect(result.status).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^error: /);
    expect(result.err[0]).toContain(target);
    expect(result.err[0]).not.toMatch(/\n|at .*\(/);
    expect((await readdir(folder)).sort()).toEqual(before);
    expect(await readdir(join(folder, 'a-folder'))).toEqual([]);
  });
});
