// The installed `scrutiny-desk` as a user runs it: the built command line (out/cli, built here from
// the current source as `npm ci` builds it), started through package.json's bin in a real child
// process, for every command, and once through `npm exec` as the README says.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli';
import { fixture, makePdf } from '../fixtures/reports/make-files';

const root = resolve(import.meta.dirname, '../..');
let bin = '';
let folder = '';

interface Run {
  status: number;
  out: string;
  err: string;
}

function run(file: string, args: readonly string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      file,
      [...args],
      { cwd: folder, encoding: 'utf8', timeout: 60_000 },
      (error, out, err) => {
        done({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, out, err });
      },
    );
  });
}

const cli = (...args: string[]) => run(process.execPath, [bin, ...args]);

beforeAll(async () => {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  bin = join(root, pkg.bin['scrutiny-desk'] ?? 'missing-bin-entry');
  await buildCli();
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-smoke-'));
  // A real-shaped report as a PDF with a text layer, 40 lines to a page.
  const lines = fixture('ilacs-2023-lowmoor.txt')
    .split('\n')
    .filter((l) => l.trim());
  const pages = Array.from({ length: Math.ceil(lines.length / 40) }, (_, i) =>
    lines.slice(i * 40, i * 40 + 40).map((l) => l.slice(0, 95)),
  );
  await writeFile(join(folder, 'lowmoor.pdf'), makePdf(pages));
  await writeFile(join(folder, 'eastwold.txt'), fixture('ilacs-2018-eastwold.txt'));
}, 60_000);
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the installed scrutiny-desk, in a child process', () => {
  it('--help prints the commands and exits 0', async () => {
    const { status, out, err } = await cli('--help');
    expect(status).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^Usage: scrutiny-desk <command>/);
    for (const command of [
      'import <file>',
      'pack <workspace.json>',
      'merge <mine.json>',
      'check <file.json>',
    ])
      expect(out).toContain(command);
  });

  it('import reads a PDF and adds it to a new workspace, then check, pack and merge use that workspace', async () => {
    const imported = await cli('import', 'lowmoor.pdf', '--out', 'ws.json');
    expect(imported.err).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.out).toContain('Authority: Lowmoor');
    expect(imported.out).toContain('Added to ws.json.');

    const second = await cli('import', 'eastwold.txt', '--json', '--out', 'ws.json');
    expect(second.status).toBe(0);
    expect((JSON.parse(second.out) as { workspace: { change: string } }).workspace.change).toBe(
      'added',
    );

    const checked = await cli('check', 'ws.json');
    expect(checked.status).toBe(0);
    expect(checked.out).toMatch(/^ok: /);
    expect(checked.out).toContain('2 reports');

    const word = await cli('pack', 'ws.json', '--format', 'docx', '--out', 'pack.docx');
    expect(word.status).toBe(0);
    expect(word.out).toContain('to pack.docx');
    expect(
      new TextDecoder().decode((await readFile(join(folder, 'pack.docx'))).subarray(0, 2)),
    ).toBe('PK');

    const pdf = await cli('pack', 'ws.json', '--format', 'pdf', '--out', 'pack.pdf');
    expect(pdf.status).toBe(0);
    expect(
      new TextDecoder().decode((await readFile(join(folder, 'pack.pdf'))).subarray(0, 5)),
    ).toBe('%PDF-');

    const merged = await cli('merge', 'ws.json', 'ws.json', '--out', 'merged.json');
    expect(merged.status).toBe(0);
    expect(merged.out).toContain('Wrote merged.json.');
    expect((await cli('check', 'merged.json')).status).toBe(0);
  }, 180_000);

  it.each([
    ['a command with no file', ['import']],
    ['a report that is not there (its worker, started early, is stopped)', ['import', 'gone.pdf']],
    ['an unknown command', ['imprt', 'report.pdf']],
    ['an unknown option', ['check', '--fast', 'ws.json']],
    ['pack with no format', ['pack', 'ws.json', '--out', 'x.docx']],
  ])(
    'bad usage (%s) exits 2 with one error line and writes nothing',
    { timeout: 60_000 },
    async (_label, args) => {
      const before = await readdir(folder);
      const { status, out, err } = await cli(...args);
      expect(await readdir(folder)).toEqual(before);
      expect(status).toBe(2);
      expect(out).toBe('');
      expect(err.trimEnd().split('\n')).toHaveLength(1);
      expect(err).toMatch(/^error: /);
    },
  );

  it('npm exec finds it by the name in package.json bin', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = await new Promise<Run>((done) => {
      execFile(
        npm,
        ['exec', '--offline', '--no', '--', 'scrutiny-desk', '--help'],
        { cwd: root, encoding: 'utf8', timeout: 60_000 },
        (error, out, err) =>
          done({
            status: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
            out,
            err,
          }),
      );
    });
    expect(result.status).toBe(0);
    expect(result.out).toContain('Usage: scrutiny-desk <command>');
  }, 70_000);
});
