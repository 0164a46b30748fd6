// scrutiny-desk pack: builds Word and PDF from a workspace file, refuses bad input with exit 2
// and one "error:" line, and never leaves a partial --out file.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { WorkspaceData } from '../../shared/files/envelope';
import { fixtureWorkspace } from '../fixtures/packs/workspace';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-pack-cli-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function workspace(data: WorkspaceData = fixtureWorkspace()): Promise<string> {
  const path = join(folder, 'workspace.json');
  await writeFile(
    path,
    JSON.stringify({
      format: 'scrutiny-desk/workspace',
      version: 1,
      exportedAt: '2026-03-01T10:00:00.000Z',
      exportedBy: 'test',
      data,
    }),
  );
  return path;
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['pack', ...argv], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('scrutiny-desk pack', () => {
  it('writes a Word pack', async () => {
    const target = join(folder, 'pack.docx');
    const result = await cli(await workspace(), '--format', 'docx', '--out', target);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes a PDF pack', async () => {
    const target = join(folder, 'pack.pdf');
    const result = await cli(
      await workspace(),
      '--format',
      'pdf',
      '--out',
      target,
      '--pack',
      'pack-1',
    );
    expect(result.code).toBe(0);
    expect((await readFile(target)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('builds a default pack of every report when the workspace defines none', async () => {
    const data = fixtureWorkspace();
    data.packs = [];
    const target = join(folder, 'pack.docx');
    const result = await cli(await workspace(data), '--format', 'docx', '--out', target);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Inspection briefing: Devon');
  });

  it('says emoji are printed as their names in the fast PDF, and still writes the file', async () => {
    const data = fixtureWorkspace();
    const first = data.annotations[0];
    if (first) first.body = 'Thumbs up 👍';
    const target = join(folder, 'pack.pdf');
    const result = await cli(await workspace(data), '--format', 'pdf', '--out', target);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(
      /^warning: The fast PDF has no emoji font, so its 1 kind of emoji is printed as names in square brackets \(👍 as "\[thumbs up\]"\); the Word file and the accessible PDF keep the emoji\.$/,
    );
  });

  it.each([
    [['--format', 'odt', '--out', 'x.odt'], /^error: --format must be docx or pdf/],
    [['--format', 'pdf'], /^error: --out <file> is required/],
    [
      ['--format', 'pdf', '--out', 'x.pdf', '--pack', 'nope'],
      /^error: there is no pack "nope" in the workspace; its packs are: pack-1\./,
    ],
  ])('refuses %j with exit 2 and one error line', async (args, message) => {
    const result = await cli(
      await workspace(),
      ...args.map((a) => (a.includes('.') ? join(folder, a) : a)),
    );
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err.split('\n')).toHaveLength(1);
    expect((await readdir(folder)).sort()).toEqual(['workspace.json']);
  });

  it('refuses an empty pack and writes nothing', async () => {
    const data = fixtureWorkspace();
    data.packs = [{ ...(data.packs[0] as WorkspaceData['packs'][number]), items: [] }];
    const result = await cli(
      await workspace(data),
      '--format',
      'docx',
      '--out',
      join(folder, 'pack.docx'),
    );
    expect(result).toMatchObject({
      code: 2,
      err: 'error: The pack has no reports or findings: add some in the pack builder.',
    });
    expect(await readdir(folder)).toEqual(['workspace.json']);
  });

  it('refuses a share bundle, saying to merge it into a workspace first', async () => {
    const path = join(folder, 'bundle.json');
    const data = { scope: { type: 'everything' }, reports: [], findings: [], annotations: [] };
    await writeFile(
      path,
      JSON.stringify({
        format: 'scrutiny-desk/bundle',
        version: 1,
        exportedAt: '2026-03-01T10:00:00.000Z',
        exportedBy: 'test',
        data,
      }),
    );
    const result = await cli(path, '--format', 'pdf', '--out', join(folder, 'pack.pdf'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^error: ".*bundle\.json" is a share bundle, not a workspace: merge it into a workspace first/,
    );
    expect((await readdir(folder)).sort()).toEqual(['bundle.json']);
  });

  it('refuses a missing workspace file', async () => {
    const result = await cli(
      join(folder, 'missing.json'),
      '--format',
      'docx',
      '--out',
      join(folder, 'pack.docx'),
    );
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^error: there is no file at .*missing\.json; check the path/);
  });

  it('says in one line what to install when --accessible finds no Chromium, and writes nothing', async () => {
    const before = process.env.SCRUTINY_CHROMIUM;
    process.env.SCRUTINY_CHROMIUM = join(folder, 'no-such-chromium');
    try {
      const result = await cli(
        await workspace(),
        '--format',
        'pdf',
        '--accessible',
        '--out',
        join(folder, 'pack.pdf'),
      );
      expect(result.code).toBe(2);
      expect(result.err.split('\n')).toHaveLength(1);
      expect(result.err).toMatch(
        /^error: SCRUTINY_CHROMIUM is ".*no-such-chromium", which is not a program that can be run; point it at Chromium or Google Chrome/,
      );
      expect(await readdir(folder)).toEqual(['workspace.json']);
    } finally {
      if (before === undefined) delete process.env.SCRUTINY_CHROMIUM;
      else process.env.SCRUTINY_CHROMIUM = before;
    }
  });

  it('refuses --accessible with Word', async () => {
    const result = await cli(
      await workspace(),
      '--format',
      'docx',
      '--accessible',
      '--out',
      join(folder, 'pack.docx'),
    );
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^error: --accessible is for --format pdf/);
  });
});
