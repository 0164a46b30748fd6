// A draft, exempt committee paper with a 5,000-word note, in all three forms, read by independent
// programs: pandoc reads the Word file, LibreOffice lays it out as pages (then pdftotext reads
// them), pdftotext reads the fast PDF and the accessible PDF that Chromium prints.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, printWithChromium } from '../../host/chromium-pdf';
import { packPdfBytes } from '../../host/pdfmake';
import { buildPackDocument } from '../../shared/pack/build';
import { agendaText, blockTexts, headerText } from '../../shared/pack/document';
import { renderPackDocx } from '../../shared/pack/docx';
import { renderPackPrintDocument } from '../../shared/pack/print';
import { SCHEDULE_12A } from '../../shared/model';
import { MEETING, fixturePack, fixtureWorkspace } from '../fixtures/packs/workspace';

const run = promisify(execFile);
const NOW = new Date('2026-04-01T09:00:00Z');
const ADDRESS = 'https://reports.ofsted.gov.uk/provider/44/80431';

let folder = '';
let word = '';
/** Page by page, as each reader laid the paper out. */
const pages: Record<'libreoffice' | 'fast' | 'accessible', string[]> = {
  libreoffice: [],
  fast: [],
  accessible: [],
};

/** LibreOffice's layout of the Word file, page by page, line by line (as pdftotext reads it). */
let libreofficeLines: string[][] = [];
/** Every word the paper has to print, its page furniture's included. */
const paperWords = new Set<string>();

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const pagesOf = (text: string) =>
  text
    .split('\f')
    .filter((p) => p.trim().length > 0)
    .map(squash);

/** 5,000 words in 20 paragraphs, each word of the note findable as "Zebedee". */
function longNote(): string {
  return Array.from({ length: 20 }, (_, p) =>
    Array.from(
      { length: 25 },
      (_, s) => `Zebedee sentence ${p}-${s} asks how many care leavers have a pathway plan.`,
    ).join(' '),
  ).join('\n');
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'scrutiny-pack-paper-'));
  const data = fixtureWorkspace();
  const note = data.annotations.find((a) => a.kind === 'note' && a.author === 'Cllr Amara Okafor');
  if (!note) throw new Error('the fixture has a note by Cllr Amara Okafor');
  note.body = longNote();
  const pack = fixturePack({
    exempt: true,
    status: 'draft',
    paper: {
      council: 'Devon County Council',
      reportAuthor: 'Sam Clerk, Scrutiny Officer',
      contactOfficer: 'Priya Patel, Democratic Services',
      contactDetails: 'priya.patel@devon.example',
      askedTo:
        'note the inspection report;\nrequest a progress report on care leavers in six months.',
      exemptParagraphs: [2],
      reportAddresses: { 'devon-2025': ADDRESS },
    },
  });
  const document = buildPackDocument(data, pack, MEETING, pack.options, NOW);
  for (const text of [
    ...document.blocks.flatMap(blockTexts),
    headerText(document.metadata),
    agendaText(document.metadata),
  ])
    // Compared without hyphens: a line may end at one ("up-to-" / "date"), which pdftotext drops.
    for (const word of text.split(/\s+/u)) paperWords.add(word.replace(/-/gu, ''));
  // The Word file labels a question's answer.
  paperWords.add('Answer:');

  const docxPath = join(folder, 'paper.docx');
  await writeFile(docxPath, await renderPackDocx(document));
  word = squash((await run('pandoc', [docxPath, '-t', 'plain', '--wrap=none'])).stdout);
  const out = join(folder, 'lo');
  await run(
    'libreoffice',
    [
      `-env:UserInstallation=file://${join(folder, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      docxPath,
    ],
    {
      env: { ...process.env, HOME: folder },
      timeout: 170_000,
    },
  );
  const laidOut = (await run('pdftotext', ['-enc', 'UTF-8', join(out, 'paper.pdf'), '-'])).stdout;
  pages.libreoffice = pagesOf(laidOut);
  libreofficeLines = laidOut
    .split('\f')
    .filter((p) => p.trim().length > 0)
    .map((p) => p.split('\n').map((line) => line.trim()));

  const fastPath = join(folder, 'fast.pdf');
  await writeFile(fastPath, (await packPdfBytes(document)).bytes);
  pages.fast = pagesOf((await run('pdftotext', ['-enc', 'UTF-8', fastPath, '-'])).stdout);

  const accessiblePath = join(folder, 'accessible.pdf');
  await writeFile(
    accessiblePath,
    await printWithChromium(
      renderPackPrintDocument(document),
      await findChromium(process.env, process.platform),
    ),
  );
  pages.accessible = pagesOf(
    (await run('pdftotext', ['-enc', 'UTF-8', accessiblePath, '-'])).stdout,
  );
}, 240_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the committee paper read by pandoc', () => {
  it('names the council, report author, contact officer, what the committee is asked to do, and the exempt paragraph in the statute’s words', () => {
    expect(word).toContain('Devon County Council');
    expect(word).toContain('Report author: Sam Clerk, Scrutiny Officer');
    expect(word).toContain(
      'Contact officer: Priya Patel, Democratic Services, priya.patel@devon.example',
    );
    expect(word).toMatch(
      /The committee is asked to 1\. note the inspection report; 2\. request a progress report on care leavers in six months\./,
    );
    expect(word).toContain(
      'not for publication by virtue of paragraph 2 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    );
    expect(word).toContain(`Paragraph 2: ${SCHEDULE_12A[2]}`);
  });

  it('lists the background papers with the report’s Ofsted address, and prints no "Not set" or "Not known"', () => {
    expect(word).toMatch(
      new RegExp(
        `Background papers .*Ofsted: Devon ILACS inspection 2025, published 13 May 2025\\. ${ADDRESS.replace(/\./g, '\\.')}`,
      ),
    );
    expect(word).not.toMatch(/Not set|Not known|Not stated/);
  });
});

describe('the Word contents laid out by LibreOffice, as a print room would publish it', () => {
  it('gives each section the page its heading lands on', () => {
    const at = libreofficeLines.findIndex((lines) => lines.includes('Contents'));
    expect(at).toBeGreaterThan(-1);
    const entries = (libreofficeLines[at] ?? [])
      .map((line) => /^(.+?)\s*\.{3,}\s*(\d+)$/u.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map(([, title = '', page = '']) => ({ title, page: Number(page) }));
    expect(entries.map((e) => e.title)).toEqual([
      'The committee is asked to',
      'Purpose of this pack',
      'Judgement summary',
      'Inspection summary',
      'Devon ILACS inspection 2025',
      'Key findings by theme',
      'RAG summary',
      'Care leavers',
      'Children in care',
      'Placement sufficiency and stability',
      'Lines of enquiry',
      'Recommendations and progress',
      'Source references',
      'Background papers',
    ]);
    // Each heading is a line of its own on the page the contents gives, and on no page before it.
    for (const { title, page } of entries) {
      const first = libreofficeLines.findIndex((lines, i) => i > at && lines.includes(title));
      expect(first + 1, title).toBe(page);
    }
    // The long note pushes the later sections several pages on.
    expect(new Set(entries.map((e) => e.page)).size).toBeGreaterThan(3);
  });

  it('prints "Page N of M" on a line of its own, apart from the agenda item, on every page', () => {
    const n = libreofficeLines.length;
    libreofficeLines.forEach((lines, i) => {
      expect(lines, `page ${i + 1}`).toContain(`Page ${i + 1} of ${n}`);
      expect(lines, `page ${i + 1}`).toContain(
        'Agenda item 7: Ofsted inspection of children’s services',
      );
    });
  });

  it('breaks no word across lines: every word LibreOffice prints is a whole word of the paper (the Ref and Paragraph columns are wide enough)', () => {
    // Page numbers, contents entries, list numbers and bullets are LibreOffice's, not the paper's.
    const furniture = /^Page \d+ of \d+$|\.{3,}\d+$/u;
    const broken = libreofficeLines
      .flat()
      .filter((line) => !furniture.test(line))
      .flatMap((line) => line.split(/\s+/u))
      .filter(
        (w) => w !== '' && !paperWords.has(w.replace(/-/gu, '')) && !/^(?:\d+\.|•)$/u.test(w),
      );
    expect(broken).toEqual([]);
  });
});

describe.each(['libreoffice', 'fast', 'accessible'] as const)(
  'the paper laid out as pages (%s)',
  (reader) => {
    it('says DRAFT and the exempt marking at the head of every page', () => {
      expect(pages[reader].length).toBeGreaterThan(8);
      pages[reader].forEach((page, i) =>
        expect(page, `page ${i + 1}`).toContain(
          'DRAFT · OFFICIAL-SENSITIVE: EXEMPT (confidential item)',
        ),
      );
    });

    it('names the note’s author on every page the 5,000-word note runs onto: "(continued)" after the first, and where it ends', () => {
      const end = 'End of the note from Cllr Amara Okafor';
      const noted = pages[reader].filter((page) => page.includes('Zebedee') || page.includes(end));
      expect(noted.length).toBeGreaterThan(5);
      expect(noted[0]).toContain('Note from Cllr Amara Okafor (RAG: Red)');
      noted
        .slice(1)
        .forEach((page, i) =>
          expect(
            page.includes('Note from Cllr Amara Okafor (continued)') || page.includes(end),
            `page ${i + 2} of the note`,
          ).toBe(true),
        );
      expect(noted[noted.length - 1]).toContain(end);
      // Every sentence printed once (a page break may fall inside one, so count their first words).
      expect(pages[reader].join(' ').match(/Zebedee/g)).toHaveLength(500);
    });

    it('has the judgement summary whole on one page near the front', () => {
      const at = pages[reader].findIndex((page) =>
        /Judgement summary .*Report Judgement Grade Previous grade/.test(page),
      );
      expect(at).toBeGreaterThan(0);
      expect(at).toBeLessThan(5);
      expect(pages[reader][at]).toMatch(/Overall effectiveness Inadequate/);
    });
  },
);
