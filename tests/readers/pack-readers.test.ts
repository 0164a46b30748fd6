// Our Word and PDF packs opened by independent programs: pandoc reads the docx's headings, tables
// and notes; LibreOffice converts it to PDF; pdftotext and pdfinfo read our PDF.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackDocument } from '../../shared/pack/build';
import { renderPackDocx } from '../../shared/pack/docx';
import { packPdfBytes } from '../../host/pdfmake';
import { MEETING, fixturePack, fixtureWorkspace } from '../fixtures/packs/workspace';
import { readStructureTree, walk } from './structure-tree';

const run = promisify(execFile);
const NOW = new Date('2026-04-01T09:00:00Z');
const CHOSEN = [
  'Zanzibar finding',
  'Quixote finding',
  'Marmalade recommendation',
  'Pelican note',
  'Heron question',
  'Answer Ibis',
  'Evidence Otter',
];
const UNCHOSEN = ['Unchosen Yodel', 'Unchosen Kumquat', 'Unchosen Walrus', 'Tombstone note'];
const WELSH = 'gwella: ŵyr, ŷd a';

let folder = '';
let markdown = '';
let pdfText = '';
let pdfPages: string[] = [];
let pdfInfo = '';
let docxPath = '';

/** pdftotext joins lines; compare text with whitespace squashed. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-pack-readers-'));
  const data = fixtureWorkspace();
  // A 10,000-word note must paginate, not vanish or overflow one page.
  data.annotations.push({
    ...structuredClone(data.annotations[1] as (typeof data.annotations)[number]),
    id: 'long',
    body: Array.from({ length: 10_000 }, (_, i) =>
      i % 500 === 499 ? 'scrutiny.\n' : 'scrutiny',
    ).join(' '),
  });
  const pack = fixturePack();
  const document = buildPackDocument(data, pack, MEETING, pack.options, NOW);
  docxPath = join(folder, 'pack.docx');
  await writeFile(docxPath, await renderPackDocx(document));
  const pdfPath = join(folder, 'pack.pdf');
  await writeFile(pdfPath, (await packPdfBytes(document)).bytes);
  markdown = (await run('pandoc', [docxPath, '-t', 'markdown', '--wrap=none'])).stdout;
  pdfText = (await run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'])).stdout;
  pdfPages = pdfText.split('\f').filter((page) => page.trim().length > 0);
  pdfInfo = (await run('pdfinfo', [pdfPath])).stdout;
}, 180_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('pandoc reading our Word pack', () => {
  it('sees real headings at the right levels', () => {
    expect(markdown).toMatch(/^# Purpose of this pack/m);
    expect(markdown).toMatch(/^# Key findings by theme/m);
    expect(markdown).toMatch(/^## Care leavers/m);
    expect(markdown).toMatch(/^# Source references/m);
  });

  it('sees "Contents" and each finding as headings, findings below the sections', () => {
    expect(markdown).toMatch(/^# Contents/m);
    expect(markdown).toMatch(/^### F1 Area for improvement: Care leavers do not have/m);
    expect(markdown).toMatch(/^### F3 Recommendation: Improve the sufficiency/m);
    // The contents lists the sections, not the findings or itself.
    expect(markdown).not.toMatch(/\[F1 Area for improvement/);
    expect(markdown).not.toMatch(/\[Contents\]\(#/);
  });

  it('marks the note its member tagged Cymraeg as Welsh, and puts the page number on a right tab stop', async () => {
    const files = unzipSync(await readFile(docxPath));
    const body = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(body).toMatch(
      /<w:lang w:val="cy-GB"\/>(?:(?!<\/w:r>)[\s\S])*Mae’r gwasanaeth yn gwella/,
    );
    expect(body).not.toMatch(/<w:lang w:val="cy-GB"\/>(?:(?!<\/w:r>)[\s\S])*Pelican note/);
    const footer = Object.entries(files)
      .filter(([n]) => n.startsWith('word/footer'))
      .map(([, b]) => strFromU8(b))
      .join('');
    expect(footer).toMatch(/<w:tab w:val="right" w:pos="9026"\/>/);
    expect(footer).toMatch(
      /Agenda item 7: Ofsted inspection of children’s services<\/w:t><\/w:r><w:r>(?:(?!<\/w:r>)[\s\S])*<w:tab\/>/,
    );
  });

  it('sees a contents list of the sections, without the cover title', () => {
    expect(markdown).toContain('[Purpose of this pack](#purpose-of-this-pack)');
    expect(markdown).toMatch(/\[Care leavers\]\(#care-leavers\)/);
    expect(markdown).not.toMatch(/\[Ofsted ILACS 2025: briefing for members\]\(#/);
    expect(markdown).toMatch(/^Ofsted ILACS 2025: briefing for members$/m);
  });

  it('sees the judgement table and the notes', () => {
    expect(markdown).toMatch(/\*\*Judgement\*\*.*\*\*Grade\*\*.*\*\*Previous grade\*\*/s);
    expect(markdown).toContain('Requires improvement to be good (March 2022 inspection)');
    expect(markdown).not.toMatch(/Not known|Not set/);
    expect(markdown).toContain('Note from Cllr Dafydd Jones');
    expect(markdown).toContain(WELSH);
  });

  it('finds every chosen finding and note, and nothing unchosen', () => {
    for (const text of CHOSEN) expect(markdown).toContain(text);
    for (const text of UNCHOSEN) expect(markdown).not.toContain(text);
  });
});

describe('LibreOffice converting our Word pack', () => {
  let tagged = new Uint8Array();

  it('converts it to a tagged PDF without error', { timeout: 180_000 }, async () => {
    const profile = join(folder, 'lo-profile');
    const out = join(folder, 'lo');
    await run(
      'libreoffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
        '--outdir',
        out,
        docxPath,
      ],
      {
        env: { ...process.env, HOME: folder },
        timeout: 170_000,
      },
    );
    const converted = await readFile(join(out, 'pack.pdf'));
    expect(converted.subarray(0, 5).toString()).toBe('%PDF-');
    tagged = new Uint8Array(converted);
    const text = (await run('pdftotext', [join(out, 'pack.pdf'), '-'])).stdout;
    expect(squash(text)).toContain('Zanzibar finding');
  });

  it('tags "Contents" and the sections as headings, each finding a heading below them, the contents as links, and the Welsh note as Welsh', async () => {
    const nodes = (await readStructureTree(tagged)).pages.flatMap(walk);
    const headings = nodes.filter((n) => /^H\d$/.test(n.role)).map((n) => `${n.role} ${n.text}`);
    expect(headings).toEqual(
      expect.arrayContaining([
        'H1 Contents',
        'H1 Purpose of this pack',
        'H2 Care leavers',
        expect.stringMatching(/^H3 F1 Area for improvement: Care leavers do not have/),
        expect.stringMatching(/^H3 F3 Recommendation: Improve the sufficiency/),
      ]),
    );
    expect(nodes.filter((n) => n.role === 'Link').map((n) => n.text)).toContain(
      'Purpose of this pack',
    );
    const welsh = nodes.filter((n) => n.lang === 'cy-GB').map((n) => n.text);
    expect(welsh.join(' ')).toContain('Mae’r gwasanaeth yn gwella');
    expect(welsh.join(' ')).not.toContain('Pelican note');
  });
});

describe('pdftotext and pdfinfo reading our PDF pack', () => {
  it('finds the marking on every page, and "Page N of N" on the last', () => {
    expect(pdfPages.length).toBeGreaterThan(3);
    pdfPages.forEach((page) => expect(page).toContain('OFFICIAL-SENSITIVE'));
    const n = pdfPages.length;
    expect(pdfPages[n - 1]).toContain(`Page ${n} of ${n}`);
    expect(pdfPages[0]).toContain(`Page 1 of ${n}`);
  });

  it('shows the title and the page count', () => {
    expect(pdfInfo).toMatch(/^Title:\s+Ofsted ILACS 2025: briefing for members$/m);
    expect(pdfInfo).toMatch(new RegExp(`^Pages:\\s+${pdfPages.length}$`, 'm'));
    expect(pdfInfo).toMatch(/^Author:\s+Cllr Amara Okafor$/m);
  });

  it('finds every chosen finding and note, Welsh intact, and nothing unchosen', () => {
    const text = squash(pdfText);
    for (const chosen of CHOSEN) expect(text).toContain(chosen);
    for (const unchosen of UNCHOSEN) expect(text).not.toContain(unchosen);
    expect(text).toContain(WELSH);
  });

  it('paginates a 10,000-word note over several pages', () => {
    const pagesWithNote = pdfPages.filter((page) => (page.match(/scrutiny/g) ?? []).length > 100);
    expect(pagesWithNote.length).toBeGreaterThan(3);
    expect((pdfText.match(/scrutiny/g) ?? []).length).toBeGreaterThanOrEqual(10_000);
  });
});
