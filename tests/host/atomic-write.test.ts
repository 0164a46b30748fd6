// Pins the all-or-nothing write: complete new file, or the old one untouched and no temp left.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, temporaryPathFor } from '../../host/atomic-write';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'atomic-write-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('atomicWrite', () => {
  it('creates a new file with exactly the given text', async () => {
    const target = join(folder, 'workspace.json');
    await atomicWrite(target, '{"a":1}');
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
    expect(await readdir(folder)).toEqual(['workspace.json']);
  });

  it('writes bytes unchanged', async () => {
    const target = join(folder, 'pack.pdf');
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await atomicWrite(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('replaces an existing file completely', async () => {
    const target = join(folder, 'workspace.json');
    await writeFile(target, 'an older and much longer content that must not survive');
    await atomicWrite(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['workspace.json']);
  });

  it('leaves the target untouched and removes its temporary file when the rename fails', async () => {
    // A non-empty folder at the target path makes the final rename fail after the temp is written.
    const target = join(folder, 'busy');
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'kept');
    await expect(atomicWrite(target, 'new')).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['busy']);
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('kept');
  });

  it('throws and writes nothing when the folder does not exist', async () => {
    const target = join(folder, 'missing', 'out.json');
    await expect(atomicWrite(target, 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('temporaryPathFor', () => {
  it('stays in the same folder as the target and differs on every call', () => {
    const target = join(folder, 'out.docx');
    const first = temporaryPathFor(target);
    expect(dirname(first)).toBe(folder);
    expect(first).not.toBe(target);
    expect(temporaryPathFor(target)).not.toBe(first);
  });
});
