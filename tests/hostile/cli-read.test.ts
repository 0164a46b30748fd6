// A large input is judged from its start before it is read whole: 290 MB of text is refused at
// once (it took 36 s and 1.25 GB to read, copy and refuse), while a large PDF is still read.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { fixture, makePdf } from '../fixtures/reports/make-files';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-hostile-read-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('large inputs', () => {
  it('a text file past the text limit is refused from its first 64 KB, in one line', async () => {
    const path = join(folder, 'big.txt');
    await writeFile(path, 'Children are seen. '.repeat(400_000));
    const result = await runCli('import', path);
    expect(result.status).toBe(2);
    expect(result.err).toEqual([
      'error: "big.txt" is 7 MB of text, more than any inspection report; import the report itself.',
    ]);
  });

  it('a PDF larger than that is still read whole', async () => {
    const lines = fixture('ilacs-2023-lowmoor.txt')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 40)
      .map((l) => l.slice(0, 95));
    const pdf = makePdf([lines]);
    const padding = new Uint8Array(7 * 1024 * 1024).fill(0x20);
    const padded = new Uint8Array(pdf.length + padding.length);
    padded.set(pdf);
    padded.set(padding, pdf.length);
    const path = join(folder, 'big.pdf');
    await writeFile(path, padded);
    const result = await runCli('import', path);
    expect(result.err).toEqual([]);
    expect(result.status).toBe(0);
  }, 30_000);
});
