// The accessible PDF (the pack's HTML printed by a local Chromium, as `pack --accessible` does),
// read by independent programs: pdf.js walks its structure tree as a screen reader would, qpdf
// reads its catalog, pdfinfo and pdftotext read what is printed.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, printWithChromium } from '../../host/chromium-pdf';
import { buildPackDocument } from '../../shared/pack/build';
import { renderPackPrintDocument } from '../../shared/pack/print';
import { MEETING, fixturePack, fixtureWorkspace } from '../fixtures/packs/workspace';
import { readStructureTree, walk, type StructNode } from './structure-tree';

const run = promisify(execFile);
const NOW = new Date('2026-04-01T09:00:00Z');

let folder = '';
let nodes: StructNode[] = [];
let pageCount = 0;
let pdfText = '';
let pdfInfo = '';
let catalog: Record<string, unknown> = {};
let objects: Record<string, { value?: Record<string, unknown> }> = {};

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const withRole = (role: string) => nodes.filter((n) => n.role === role);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-pack-accessible-'));
  const data = fixtureWorkspace();
  const pack = fixturePack();
  const document = buildPackDocument(data, pack, MEETING, pack.options, NOW);
  const bytes = await printWithChromium(
    renderPackPrintDocument(document),
    await findChromium(process.env, process.platform),
  );
  const path = join(folder, 'accessible.pdf');
  await writeFile(path, bytes);
  const tree = await readStructureTree(bytes);
  pageCount = tree.pageCount;
  nodes = tree.pages.flatMap(walk);
  pdfText = (await run('pdftotext', ['-enc', 'UTF-8', path, '-'])).stdout;
  pdfInfo = (await run('pdfinfo', [path])).stdout;
  const json = JSON.parse(
    (await run('qpdf', ['--json', '--json-key=qpdf', path], { maxBuffer: 64 * 1024 * 1024 }))
      .stdout,
  ) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] };
  objects = json.qpdf[1];
  const root = (objects.trailer?.value?.['/Root'] as string).replace(/ R$/, '');
  catalog = objects[`obj:${root} R`]?.value ?? {};
}, 180_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the accessible PDF, read by pdf.js and qpdf', () => {
  it('is tagged, in British English, and shows its title rather than its file name', () => {
    expect(pdfInfo).toMatch(/^Tagged:\s+yes$/m);
    expect(pdfInfo).toMatch(/^Title:\s+Ofsted ILACS 2025: briefing for members$/m);
    expect(catalog['/Lang']).toBe('u:en-GB');
    expect(catalog['/StructTreeRoot']).toBeDefined();
    const prefs = catalog['/ViewerPreferences'];
    const viewer =
      typeof prefs === 'string'
        ? objects[`obj:${prefs}`]?.value
        : (prefs as Record<string, unknown>);
    expect(viewer?.['/DisplayDocTitle']).toBe(true);
    expect(catalog['/Outlines']).toBeDefined();
  });

  it('has the sections as headings, in reading order', () => {
    const headings = [...withRole('H1'), ...withRole('H2')].map((h) => h.text);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Purpose of this pack',
        'Inspection summary',
        'Key findings by theme',
        'Care leavers',
        'Lines of enquiry',
      ]),
    );
    const order = nodes.filter((n) => n.role === 'H1').map((h) => h.text);
    const at = (text: string) => order.indexOf(text);
    expect(at('Purpose of this pack')).toBeLessThan(at('Inspection summary'));
    expect(at('Inspection summary')).toBeLessThan(at('Key findings by theme'));
    expect(at('Key findings by theme')).toBeLessThan(at('Lines of enquiry'));
  });

  it('has the judgement table with header cells, and lists as lists', () => {
    const table = withRole('Table').find((t) => t.text.includes('Previous grade'));
    expect(table).toBeDefined();
    const headerCells = walk(table as StructNode)
      .filter((n) => n.role === 'TH')
      .map((n) => n.text);
    expect(headerCells).toEqual(expect.arrayContaining(['Judgement', 'Grade', 'Previous grade']));
    expect(
      walk(table as StructNode).some(
        (n) =>
          n.role === 'TD' &&
          n.text.includes('Requires improvement to be good (March 2022 inspection)'),
      ),
    ).toBe(true);
    expect(withRole('L').length).toBeGreaterThan(0);
    expect(withRole('LI').some((li) => li.text.includes('Inspectorate: Ofsted'))).toBe(true);
  });

  it('marks the note a member marked Welsh as Welsh, and nothing else', () => {
    const welsh = nodes.filter((n) => n.lang === 'cy-GB');
    expect(welsh.length).toBe(1);
    expect(welsh[0]?.text).toContain('Mae’r gwasanaeth yn gwella');
    expect(nodes.find((n) => n.role === 'Document')?.lang).toBe('en-GB');
  });

  it('prints the marking and page numbers on every page, outside the structure tree', () => {
    const pages = pdfText.split('\f').filter((p) => p.trim());
    expect(pages.length).toBe(pageCount);
    pages.forEach((page, i) => {
      expect(page).toContain('OFFICIAL-SENSITIVE');
      expect(squash(page)).toContain(`Page ${i + 1} of ${pageCount}`);
    });
    // A screen reader walks the tree: no page number and no footer in it.
    const tagged = nodes.map((n) => n.text).join(' ');
    expect(tagged).not.toMatch(/Page \d+ of \d+/);
    expect(tagged).not.toContain('Agenda item 7: Ofsted inspection');
  });

  it('holds every chosen finding and note in the tree, and nothing unchosen', () => {
    const tagged = squash(
      withRole('Document')
        .map((d) => d.text)
        .join(' '),
    );
    for (const text of [
      'Zanzibar finding',
      'Quixote finding',
      'Marmalade recommendation',
      'Pelican note',
      'Heron question',
      'Answer Ibis',
      'Evidence Otter',
    ])
      expect(tagged).toContain(text);
    for (const text of ['Unchosen Yodel', 'Unchosen Kumquat', 'Unchosen Walrus', 'Tombstone note'])
      expect(tagged).not.toContain(text);
  });
});
