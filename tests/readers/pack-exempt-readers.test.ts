// An exempt pack after members shared notes, opened by independent readers: the exempt marking on
// the Word header, on every PDF page and in the preview; editors and unsettled versions named in all three.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackDocument } from '../../shared/pack/build';
import { renderPackDocx } from '../../shared/pack/docx';
import { renderPackHtml } from '../../shared/pack/html';
import { packPdfBytes } from '../../host/pdfmake';
import { MEETING, exemptPack, sharedWorkspace } from '../fixtures/packs/workspace';

const run = promisify(execFile);
const NOW = new Date('2026-04-01T09:00:00Z');
const EXEMPT = 'OFFICIAL-SENSITIVE: EXEMPT (confidential item)';
const LABELS = [
  'Note from Cllr Amara Okafor, edited by Cllr Ben Hughes (RAG: Red)',
  'Another version, by Cllr Dafydd Jones, not yet settled (RAG: Amber)',
  'Osprey version',
  'Another version, by Cllr Ben Hughes, not yet settled (To ask)',
  'Kestrel version',
];

let folder = '';
let docxHeaders = '';
let markdown = '';
let pdfPages: string[] = [];
let html = '';

/** Readers break lines and escape apostrophes differently; compare words with spaces squashed. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-pack-exempt-'));
  const data = sharedWorkspace();
  // A long note so the PDF runs over several pages, each of which must carry the marking.
  data.annotations.push({
    ...structuredClone(data.annotations[1] as (typeof data.annotations)[number]),
    id: 'long',
    body: Array.from({ length: 3_000 }, (_, i) => (i % 300 === 299 ? 'exempt.\n' : 'exempt')).join(
      ' ',
    ),
  });
  const pack = exemptPack();
  const document = buildPackDocument(data, pack, MEETING, pack.options, NOW);
  const docx = await renderPackDocx(document);
  const files = unzipSync(docx);
  docxHeaders = Object.entries(files)
    .filter(([name]) => name.startsWith('word/header'))
    .map(([, bytes]) => strFromU8(bytes))
    .join('');
  const docxPath = join(folder, 'exempt.docx');
  await writeFile(docxPath, docx);
  markdown = (await run('pandoc', [docxPath, '-t', 'plain', '--wrap=none'])).stdout;
  const pdfPath = join(folder, 'exempt.pdf');
  await writeFile(pdfPath, (await packPdfBytes(document)).bytes);
  pdfPages = (await run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'])).stdout
    .split('\f')
    .filter((page) => page.trim().length > 0);
  html = renderPackHtml(document);
}, 180_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('an exempt pack', () => {
  it('carries the exempt marking in the Word header', () => {
    expect(docxHeaders).toContain(EXEMPT);
  });

  it('carries the exempt marking on every PDF page', () => {
    expect(pdfPages.length).toBeGreaterThan(3);
    pdfPages.forEach((page, i) => expect(squash(page), `page ${i + 1}`).toContain(EXEMPT));
  });

  it('carries the exempt marking in the HTML preview', () => {
    expect(html).toContain(`<p class="pack-marking">${EXEMPT}</p>`);
  });
});

describe('notes edited by a colleague and versions not yet settled', () => {
  it('are named the same way in Word (read by pandoc), PDF (read by pdftotext) and the preview', () => {
    const pdf = squash(pdfPages.join(' '));
    const word = squash(markdown);
    for (const label of LABELS) {
      expect(word).toContain(label);
      expect(pdf).toContain(label);
      expect(html).toContain(label);
    }
  });
});
