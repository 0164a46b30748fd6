// The hostile corpus through the built command line, each file in a real process as a user runs
// it: every family ends in exit 0 (with a warning where the text is doubtful) or exit 2 with one
// error line, never exit 1 and never a hang: the import's worker thread has its watchdog.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli';
import { fixture } from '../fixtures/reports/make-files';
import { NOT_READABLE } from '../../shared/import/not-a-report';
import { deepDocx, mismatchedHeadersDocx } from './docx-generators';
import { deepWorkspace, emptyNotesWorkspace } from './file-generators';
import { flateBombPdf, nestedFormsPdf } from './pdf-generators';
import {
  encryptedBombPdf,
  encryptedReportPdf,
  flateLzwBombPdf,
  hexFlateBombPdf,
} from './pdf-filter-generators';
import { hostilePage, hostileReport } from './text-generators';

let folder = '';
let runner = '';
let out = '';

function cli(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ status: number; err: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [runner, ...args],
      { cwd: folder, encoding: 'utf8', timeout: 90_000, env: { ...process.env, ...env } },
      (error, _out, err) => {
        done({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, err });
      },
    );
  });
}

const shifted = (text: string) =>
  text.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 3) % 26) + 97));

/** Each family's hostile file, small on disk, generated here. */
const CORPUS: Record<string, () => Uint8Array | string> = {
  'continuation.txt': () => hostileReport(['continuation'], 400_000),
  'endless.txt': () => hostileReport(['endless', 'inspectionOf'], 400_000),
  'brackets.md': () => hostileReport(['brackets', 'linkOpen', 'spaces'], 400_000),
  'unclosed.html': () => hostilePage(['unclosedInline'], 1_800_000),
  'too-much.txt': () => 'Children are seen. '.repeat(400_000),
  'garbled.txt': () => shifted(fixture('ilacs-2023-lowmoor.txt')),
  'mismatch.docx': () => mismatchedHeadersDocx(150),
  'deep.docx': () => deepDocx(100_000),
  'bomb.pdf': () => flateBombPdf(24),
  'forms.pdf': () => nestedFormsPdf(20),
  'lzw-bomb.pdf': () => flateLzwBombPdf(2),
  'hex-bomb.pdf': () => hexFlateBombPdf(1),
  'encrypted-bomb.pdf': () => encryptedBombPdf('aes128', 1),
  'password.pdf': () => encryptedReportPdf('rc4', 'secret').pdf,
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-hostile-cli-'));
  // A private build inside the checkout (its libraries stay in node_modules), so this file and
  // tests/cli/smoke.test.ts can run side by side.
  out = join(import.meta.dirname, '../../out', `cli-hostile-${process.pid}`);
  await buildCli(out);
  runner = join(out, 'run.mjs');
  await writeFile(
    runner,
    "const { main } = await import('./main.mjs');\nprocess.exitCode = await main(process.argv.slice(2));\n",
  );
  for (const [name, make] of Object.entries(CORPUS)) {
    const data = make();
    await writeFile(join(folder, name), typeof data === 'string' ? strToU8(data) : data);
  }
  await writeFile(join(folder, 'empty-notes.json'), emptyNotesWorkspace(100_000));
  await writeFile(join(folder, 'deep.json'), deepWorkspace(1_000_000));
}, 120_000);
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
  if (out) await rm(out, { recursive: true, force: true });
});

function endedWell({ status, err }: { status: number; err: string }): void {
  expect([0, 2]).toContain(status);
  const lines = err.split('\n').filter((l) => l.length > 0);
  if (status === 2) expect(lines).toHaveLength(1);
  expect(err).not.toMatch(/a bug|Maximum call stack|heap out of memory/);
}

describe('the hostile corpus through the built command line', () => {
  it('every import ends in exit 0 or exit 2 with one line', async () => {
    const names = Object.keys(CORPUS);
    const results: Record<string, { status: number; err: string }> = {};
    // Two at a time: the machine the suite runs on is shared.
    for (let i = 0; i < names.length; i += 2) {
      const batch = names.slice(i, i + 2);
      const runs = await Promise.all(batch.map((name) => cli(['import', name, '--json'])));
      batch.forEach((name, j) => (results[name] = runs[j] ?? { status: -1, err: '' }));
    }
    for (const [name, result] of Object.entries(results)) {
      expect(result.status, `${name}: ${result.err}`).not.toBe(1);
      endedWell(result);
    }
    // Text that decodes to nonsense with no readable sign of a report is refused, saying what to do.
    expect(results['garbled.txt']).toEqual({ status: 2, err: `error: ${NOT_READABLE}\n` });
    for (const refused of [
      'unclosed.html',
      'too-much.txt',
      'mismatch.docx',
      'deep.docx',
      'bomb.pdf',
      'forms.pdf',
      'lzw-bomb.pdf',
      'hex-bomb.pdf',
      'encrypted-bomb.pdf',
      'password.pdf',
    ])
      expect(results[refused]?.status, refused).toBe(2);
  }, 240_000);

  it('check refuses the hostile workspaces in one line each', async () => {
    for (const name of ['empty-notes.json', 'deep.json']) endedWell(await cli(['check', name]));
  }, 60_000);

  it('the watchdog stops an import that runs past its time, in one line', async () => {
    const result = await cli(['import', 'continuation.txt'], {
      SCRUTINY_DESK_IMPORT_SECONDS: '0.05',
    });
    expect(result.status).toBe(2);
    expect(result.err).toMatch(
      /^error: reading "continuation\.txt" took longer than 0\.05 s, which no report does, so it was stopped;/,
    );
  }, 60_000);
});
