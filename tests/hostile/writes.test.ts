// Safe writes to --out: two commands aiming at one file at once cannot both succeed with one
// change lost; an --out that is an input is refused; what a killed run left behind (its lock,
// its temporary file) is cleaned on the next run; a full disk is said to be a full disk.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPathFor, writeError } from '../../cli/out-file';
import { restoreFileText } from '../../shared/files/restore';
import { runCli } from '../cli/run-cli';
import { fixture } from '../fixtures/reports/make-files';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-writes-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function put(name: string, content: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
}

/** The id of a process that has finished, as a kill -9 leaves its lock. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
    encoding: 'utf8',
  });
  return Number(child.stdout.trim());
}

describe('two commands writing one --out', () => {
  it('the second is refused in one line while the first holds the file, and no change is lost', async () => {
    const out = join(folder, 'shared.json');
    const a = await put('lowmoor.txt', fixture('ilacs-2023-lowmoor.txt'));
    const b = await put('westbury.txt', fixture('sif-westbury.txt'));
    const [first, second] = await Promise.all([
      runCli('import', a, '--out', out),
      runCli('import', b, '--out', out),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([0, 2]);
    const refused = first.status === 2 ? first : second;
    expect(refused.err).toHaveLength(1);
    expect(refused.err[0]).toMatch(
      /is being written by another scrutiny-desk command \(process \d+\); run this one again when it has finished\.$/,
    );
    // Whatever succeeded is in the file; the refused one can simply be run again.
    expect(restoreFileText(await readFile(out, 'utf8')).file.data.reports).toHaveLength(1);
    const again = await runCli('import', first.status === 2 ? a : b, '--out', out);
    expect(again.status).toBe(0);
    expect(restoreFileText(await readFile(out, 'utf8')).file.data.reports).toHaveLength(2);
    await expect(readFile(lockPathFor(out))).rejects.toThrow();
  });
});

describe('an --out that is an input', () => {
  it('pack ws.json --out ws.json is refused and the workspace kept', async () => {
    const report = await put('r.txt', fixture('ilacs-2023-lowmoor.txt'));
    const ws = join(folder, 'ws.json');
    expect((await runCli('import', report, '--out', ws)).status).toBe(0);
    const before = await readFile(ws, 'utf8');
    const result = await runCli(
      'pack',
      ws,
      '--format',
      'pdf',
      '--out',
      join(folder, '.', 'ws.json'),
    );
    expect(result.status).toBe(2);
    expect(result.err).toEqual([
      expect.stringMatching(
        /^error: --out ".*ws\.json" is the same file as the input ".*ws\.json", which would be replaced; give another file name\./,
      ),
    ]);
    expect(await readFile(ws, 'utf8')).toBe(before);
  });

  it('import r.txt --out r.txt and merge mine theirs --out theirs are refused; merging into mine is not', async () => {
    const report = await put('self.txt', fixture('ilacs-2023-lowmoor.txt'));
    expect((await runCli('import', report, '--out', report)).status).toBe(2);
    expect(await readFile(report, 'utf8')).toBe(fixture('ilacs-2023-lowmoor.txt'));
    const mine = join(folder, 'mine.json');
    const theirs = join(folder, 'theirs.json');
    expect((await runCli('import', report, '--out', mine)).status).toBe(0);
    expect(
      (await runCli('import', await put('w.txt', fixture('sif-westbury.txt')), '--out', theirs))
        .status,
    ).toBe(0);
    expect((await runCli('merge', mine, theirs, '--out', theirs)).status).toBe(2);
    expect((await runCli('merge', mine, theirs, '--out', mine)).status).toBe(0);
  });
});

describe('after kill -9', () => {
  it('a lock and a temporary file left by a dead process are cleaned, and the write goes ahead', async () => {
    const out = join(folder, 'killed.json');
    const pid = deadPid();
    await writeFile(lockPathFor(out), `${pid}\n`);
    const leftover = join(folder, `.killed.json.${pid}.abcdef012345.tmp`);
    await writeFile(leftover, '{"half a');
    const result = await runCli(
      'import',
      await put('k.txt', fixture('ilacs-2023-lowmoor.txt')),
      '--out',
      out,
    );
    expect(result.status).toBe(0);
    const names = await readdir(folder);
    expect(names.filter((n) => n.startsWith('.killed.json'))).toEqual([]);
    expect(restoreFileText(await readFile(out, 'utf8')).file.data.reports).toHaveLength(1);
  });
});

describe('write failures', () => {
  it('a full disk is said to be a full disk, not a missing folder', () => {
    const full = writeError(
      '/mnt/usb/ws.json',
      Object.assign(new Error('no space'), { code: 'ENOSPC' }),
    );
    expect(full.message).toBe(
      'cannot write "/mnt/usb/ws.json" (ENOSPC): the disk is full, so nothing was written; free some space and run the command again.',
    );
    expect(full.code).toBe('disk-full');
    expect(
      writeError('/x/ws.json', Object.assign(new Error('gone'), { code: 'ENOENT' })).message,
    ).toMatch(/its folder does not exist/);
  });
});
