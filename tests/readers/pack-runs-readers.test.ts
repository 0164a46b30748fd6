// The fast PDF drawn in runs of words (host/pdfmake-speedups/runs.ts) looks exactly as pdfmake draws
// it word by word: pdftotext finds every word, in the same order, in the same place, on a pack
// with headings, tables, contents links, bold runs, Arabic and a long note; links stay links.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPdfBytes } from '../../host/pdfmake';
import { joinRuns } from '../../host/pdfmake-speedups/runs';
import { buildPackDocument } from '../../shared/pack/build';
import { MEETING, note, scaledWorkspace } from '../fixtures/packs/workspace';

const run = promisify(execFile);

interface Word {
  text: string;
  box: number[];
}

/** Every word pdftotext finds, with its box in points. */
async function wordsOf(path: string): Promise<Word[]> {
  const html = (
    await run('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    })
  ).stdout;
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({ text: m[5] ?? '', box: m.slice(1, 5).map(Number) }));
}

/** How many link annotations the file holds, read by qpdf. */
async function linksOf(path: string): Promise<number> {
  const json = (await run('qpdf', ['--json', path], { maxBuffer: 256 * 1024 * 1024 })).stdout;
  return json.match(/"\/Subtype": "\/Link"/g)?.length ?? 0;
}

let folder = '';
const files = { wordByWord: '', runs: '' };

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-pack-runs-'));
  const data = scaledWorkspace(60, 120);
  const pack = data.packs[0];
  const finding = data.findings[0];
  if (!pack || !finding) throw new Error('the scaled workspace has no pack or finding');
  data.meetings = [MEETING];
  pack.meetingId = MEETING.id;
  data.annotations.push(
    note('ar', finding, 'Cllr Layla Haddad', 'خطط المسار للشباب and pathway plans'),
    note(
      'long',
      finding,
      'Cllr Ben Hughes',
      'Placement sufficiency remains a concern. '.repeat(600),
    ),
  );
  const document = buildPackDocument(
    data,
    pack,
    MEETING,
    pack.options,
    new Date('2026-04-01T09:00:00Z'),
  );
  for (const [name, speedups] of [
    ['wordByWord', false],
    ['runs', true],
  ] as const) {
    files[name] = join(folder, `${name}.pdf`);
    await writeFile(files[name], (await packPdfBytes(document, { speedups })).bytes);
  }
}, 180_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the fast PDF drawn in runs of words', () => {
  it('puts every word where pdfmake puts it word by word', async () => {
    const before = await wordsOf(files.wordByWord);
    const after = await wordsOf(files.runs);
    expect(before.length).toBeGreaterThan(10_000);
    expect(after.map((w) => w.text)).toEqual(before.map((w) => w.text));
    const furthest = Math.max(
      ...after.flatMap((w, i) =>
        w.box.map((v, k) => Math.abs(v - (before[i]?.box[k] ?? Infinity))),
      ),
    );
    expect(furthest).toBeLessThan(0.001);
  });

  it('keeps every link of the contents and the findings', async () => {
    const links = await linksOf(files.runs);
    expect(links).toBeGreaterThan(0);
    expect(links).toBe(await linksOf(files.wordByWord));
  });

  it('has the same pages', async () => {
    const pages = async (path: string) =>
      /Pages:\s+(\d+)/.exec((await run('pdfinfo', [path])).stdout)?.[1];
    expect(await pages(files.runs)).toBe(await pages(files.wordByWord));
  });
});

describe('joinRuns', () => {
  const font = {};
  const word = (text: string, x: number, extra: object = {}) => ({
    text,
    x,
    width: text.length * 5,
    height: 12,
    font,
    fontSize: 10,
    color: 'black',
    opacity: 1,
    ...extra,
  });

  it('joins words that sit side by side in the same look', () => {
    const runs = joinRuns([word('Care ', 0), word('leavers ', 25), word('say', 65)]);
    expect(runs.map((r) => [r.text, r.x, r.width])).toEqual([['Care leavers say', 0, 80]]);
  });

  it('keeps apart words in another font, size or colour, links, and words with a gap between', () => {
    const runs = joinRuns([
      word('a ', 0),
      word('b ', 10, { font: {} }),
      word('c ', 20, { fontSize: 12 }),
      word('d ', 30, { color: 'red' }),
      word('e ', 40, { link: 'https://example.org' }),
      word('f ', 50, { linkToDestination: 'f1' }),
      word('g ', 60, { decoration: 'underline' }),
      word('h ', 80),
    ]);
    expect(runs.map((r) => r.text)).toEqual(['a ', 'b ', 'c ', 'd ', 'e ', 'f ', 'g ', 'h ']);
  });

  it('leaves the words it was given as they were', () => {
    const words = [word('Care ', 0), word('leavers', 25)];
    joinRuns(words);
    expect(words.map((w) => w.text)).toEqual(['Care ', 'leavers']);
  });
});
