// The committee-paper form of the pack document: cover fields, "The committee is asked to", the
// exempt statement under Schedule 12A, the one-page judgement summary, background papers, DRAFT,
// long notes in labelled parts, highlights with their words, and what the renderers keep together.
import { describe, expect, it } from 'vitest';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { strFromU8, unzipSync } from 'fflate';
import { buildPackDocument } from '../../../shared/pack/build';
import {
  blockTexts,
  headerText,
  type PackBlock,
  type PackDocument,
} from '../../../shared/pack/document';
import { renderPackDocx } from '../../../shared/pack/docx';
import { packPdfDefinition } from '../../../shared/pack/pdf';
import { renderPackHtml } from '../../../shared/pack/html';
import { SUMMARY_ROWS } from '../../../shared/pack/paper';
import { SCHEDULE_12A, type BriefingPack } from '../../../shared/model';
import { MEETING, finding, fixturePack, fixtureWorkspace } from '../../fixtures/packs/workspace';

const NOW = new Date('2026-04-01T09:00:00Z');

const PAPER: NonNullable<BriefingPack['paper']> = {
  council: 'Devon County Council',
  reportAuthor: 'Sam Clerk, Scrutiny Officer',
  contactOfficer: 'Priya Patel, Democratic Services',
  contactDetails: 'priya.patel@devon.example, 01392 000000',
  reportAddresses: { 'devon-2025': 'https://reports.ofsted.gov.uk/provider/44/80431' },
};

function build(
  overrides: Partial<BriefingPack> = {},
  data = fixtureWorkspace(),
  meeting: typeof MEETING | null = MEETING,
): PackDocument {
  const pack = fixturePack({ paper: PAPER, ...overrides });
  return buildPackDocument(data, pack, meeting, pack.options, NOW);
}

const text = (blocks: readonly PackBlock[]) => blocks.map((b) => blockTexts(b).join('')).join('\n');

function section(doc: PackDocument, title: string): PackBlock[] {
  const start = doc.blocks.findIndex(
    (b) => b.type === 'heading' && b.level === 1 && b.text === title,
  );
  if (start < 0) return [];
  const end = doc.blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level === 1);
  return doc.blocks.slice(start, end < 0 ? undefined : end);
}

function cover(doc: PackDocument): PackBlock[] {
  return doc.blocks.slice(
    0,
    doc.blocks.findIndex((b) => b.type === 'pageBreak'),
  );
}

describe('the committee paper cover', () => {
  it('names the council, the report author and the contact officer with their details', () => {
    const words = text(cover(build()));
    expect(words).toContain('Devon County Council');
    expect(words).toContain('Report author: Sam Clerk, Scrutiny Officer');
    expect(words).toContain(
      'Contact officer: Priya Patel, Democratic Services, priya.patel@devon.example, 01392 000000',
    );
  });

  it('takes the pack’s author as report author when the paper names none, and leaves out lines with nothing to say', () => {
    const words = text(cover(build({ paper: {} }, fixtureWorkspace(), null)));
    expect(words).toContain('Report author: Cllr Amara Okafor');
    expect(words).not.toMatch(
      /Contact officer|Meeting date|Agenda item|Not set|Not stated|Not known/,
    );
  });

  it('says DRAFT on the cover and at the head of every page while the pack is a draft, and not once it is final', () => {
    const draft = build({ status: 'draft' });
    expect(text(cover(draft))).toContain('DRAFT: not for publication in this form');
    expect(headerText(draft.metadata)).toBe('DRAFT · OFFICIAL-SENSITIVE');
    const final = build({ status: 'final' });
    expect(text(cover(final))).not.toContain('DRAFT');
    expect(headerText(final.metadata)).toBe('OFFICIAL-SENSITIVE');
  });
});

describe('exempt information (Local Government Act 1972, Schedule 12A)', () => {
  it('states the paragraphs chosen, in order, with the statute’s wording', () => {
    const doc = build({ exempt: true, paper: { ...PAPER, exemptParagraphs: [2, 1] } });
    const words = text(cover(doc));
    expect(words).toContain(
      'not for publication by virtue of paragraphs 1 and 2 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    );
    expect(words).toContain('Paragraph 1: ');
    expect(words).toContain('Paragraph 2: ');
    expect(words).toContain(SCHEDULE_12A[1]);
    expect(words).toContain('Information which is likely to reveal the identity of an individual.');
    expect(doc.warnings.join(' ')).not.toContain('Schedule 12A');
  });

  it('warns, and says the paragraph is not yet stated, when an exempt pack names none', () => {
    const doc = build({ exempt: true });
    expect(text(cover(doc))).toContain(
      'The paragraph of Schedule 12A to the Local Government Act 1972 that applies has not been stated yet.',
    );
    expect(doc.warnings).toContainEqual(
      expect.stringContaining('names no paragraph of Schedule 12A'),
    );
  });

  it('says nothing of Schedule 12A for a pack that is not exempt', () => {
    expect(text(build({ paper: { ...PAPER, exemptParagraphs: [3] } }).blocks)).not.toContain(
      'Schedule 12A',
    );
  });
});

describe('the committee is asked to', () => {
  it('lists the default recommendations, naming only the sections the pack has', () => {
    const asked = section(build(), 'The committee is asked to');
    expect(asked[1]).toMatchObject({ type: 'list', ordered: true });
    expect(text(asked)).toContain('Lines of enquiry');
    const options = { ...fixturePack().options, questions: false };
    expect(text(section(build({ options }), 'The committee is asked to'))).not.toContain(
      'Lines of enquiry',
    );
  });

  it('prints the clerk’s own words, one item a line, and is left out when emptied', () => {
    const asked = section(
      build({ paper: { askedTo: 'note the report;\n\nrequest a progress report in six months.' } }),
      'The committee is asked to',
    );
    expect(asked[1]).toEqual({
      type: 'list',
      ordered: true,
      items: [
        [{ text: 'note the report;' }],
        [{ text: 'request a progress report in six months.' }],
      ],
    });
    expect(section(build({ paper: { askedTo: '  ' } }), 'The committee is asked to')).toEqual([]);
  });
});

describe('the judgement summary', () => {
  it('comes before the inspection summary with every report’s grades and previous grades, then a page break', () => {
    const doc = build({
      items: [
        { type: 'report', reportId: 'devon-2025' },
        { type: 'report', reportId: 'devon-2022' },
      ],
    });
    const headings = doc.blocks
      .filter((b) => b.type === 'heading' && b.level === 1)
      .map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings.indexOf('Judgement summary')).toBeLessThan(
      headings.indexOf('Inspection summary'),
    );
    const summary = section(doc, 'Judgement summary');
    const table = summary.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.headerRows).toEqual([
      ['Report', 'Judgement', 'Grade', 'Previous grade'],
    ]);
    expect(table?.type === 'table' && table.rows).toContainEqual([
      'Devon, 2025',
      'Overall effectiveness',
      'Inadequate',
      'Requires improvement to be good (March 2022 inspection)',
    ]);
    expect(summary[summary.length - 1]).toEqual({ type: 'pageBreak' });
  });

  it(`keeps to one page: at most ${SUMMARY_ROWS} rows, saying where the rest are`, () => {
    const data = fixtureWorkspace();
    const base = data.judgements[0];
    if (!base) throw new Error('fixture has judgements');
    for (let i = 0; i < 40; i += 1)
      data.judgements.push({
        ...base,
        reportId: 'devon-2025',
        id: `extra-${i}`,
        key: `other:area-${i}`,
        label: `Area ${i}`,
        order: 100 + i,
      });
    const summary = section(build({}, data), 'Judgement summary');
    const table = summary.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.length).toBe(SUMMARY_ROWS);
    expect(text(summary)).toMatch(
      /The first 24 of \d+ judgements are shown; every report's table is under Inspection summary\./,
    );
  });
});

describe('background papers', () => {
  it('lists each report with its publication date and, where known, its Ofsted address', () => {
    const papers = text(
      section(
        build({
          items: [
            { type: 'report', reportId: 'devon-2025' },
            { type: 'report', reportId: 'devon-2022' },
          ],
        }),
        'Background papers',
      ),
    );
    expect(papers).toContain('Ofsted: Devon ILACS inspection 2025, published 13 May 2025.');
    expect(papers).toContain('https://reports.ofsted.gov.uk/provider/44/80431');
    expect(papers.match(/https:/g)).toHaveLength(1);
  });
});

describe('long notes and highlights', () => {
  it('prints a highlight’s words with the note on them, in every format', async () => {
    const data = fixtureWorkspace();
    const first = data.annotations[0];
    if (!first) throw new Error('fixture has notes');
    first.target = {
      ...first.target,
      selector: {
        type: 'TextQuoteSelector',
        exact: 'the words Gannet highlights',
        prefix: '',
        suffix: '',
      },
    };
    const doc = build({}, data);
    expect(doc.blocks).toContainEqual(
      expect.objectContaining({ type: 'callout', quote: 'the words Gannet highlights' }),
    );
    expect(renderPackHtml(doc)).toContain('the words Gannet highlights');
    expect(JSON.stringify(packPdfDefinition(doc).content)).toContain('the words Gannet highlights');
    expect(
      strFromU8(unzipSync(await renderPackDocx(doc))['word/document.xml'] ?? new Uint8Array()),
    ).toContain('the words Gannet highlights');
  });

  it('prints nothing for a mark with no words (a RAG rating alone), and shows its rating with the finding', () => {
    const data = fixtureWorkspace();
    const f =
      data.findings.find((x) => x.id === 'devon-2025-f2') ??
      finding('devon-2025', 2, 'strength', 'x', []);
    const first = data.annotations[0];
    if (!first) throw new Error('fixture has notes');
    data.annotations.push({
      ...first,
      id: 'rag-only',
      body: '',
      rag: 'green',
      target: { ...first.target, findingId: f.id, findingText: f.text },
      author: 'Cllr Rag Only',
      modifiedBy: 'Cllr Rag Only',
    });
    const words = text(build({}, data).blocks);
    expect(words).not.toContain('Note from Cllr Rag Only');
    expect(words).not.toMatch(/no words|a mark only/);
    // Ratings are per member: the pack's author (Cllr Amara Okafor) gave none, so the colleague's is given as theirs.
    expect(words).toContain(
      'RAG rating: not rated by Cllr Amara Okafor; other members: Green - RO',
    );
  });
});

describe('what the renderers keep together', () => {
  const definition: TDocumentDefinitions = packPdfDefinition(build());
  const content = definition.content as Content[];

  it('keeps each heading in the fast PDF in one unbreakable stack with the start of what follows', () => {
    const stacks = content.filter(
      (c): c is { stack: Content[]; unbreakable: boolean } =>
        typeof c === 'object' && c !== null && 'stack' in c && 'unbreakable' in c,
    );
    expect(stacks.length).toBeGreaterThan(5);
    for (const s of stacks) {
      expect(s.unbreakable).toBe(true);
      // Headings are the nodes in the outline.
      const last = s.stack[s.stack.length - 1] as { outline?: boolean };
      expect(last.outline).not.toBe(true);
    }
  });

  it('keeps table rows whole in the fast PDF and in Word', async () => {
    const tables = JSON.stringify(content).match(/"dontBreakRows":(true|false)/g) ?? [];
    expect(tables.length).toBeGreaterThan(2);
    expect(tables.every((t) => t.endsWith('true'))).toBe(true);
    const xml = strFromU8(
      unzipSync(await renderPackDocx(build()))['word/document.xml'] ?? new Uint8Array(),
    );
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/g) ?? xml.match(/<w:tr[ >].*?<\/w:tr>/g) ?? [];
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.includes('<w:cantSplit'))).toBe(true);
  });

  it('puts DRAFT in the Word header and the fast PDF’s header while the pack is a draft', async () => {
    const files = unzipSync(await renderPackDocx(build()));
    const headers = Object.entries(files)
      .filter(([name]) => name.startsWith('word/header'))
      .map(([, b]) => strFromU8(b))
      .join('');
    expect(headers).toContain('DRAFT · OFFICIAL-SENSITIVE');
    const header = (doc: PackDocument) => {
      const h = packPdfDefinition(doc).header;
      return JSON.stringify(
        typeof h === 'function' ? h(1, 2, { width: 595, height: 842, orientation: 'portrait' }) : h,
      );
    };
    expect(header(build())).toContain('DRAFT · OFFICIAL-SENSITIVE');
    expect(header(build({ status: 'final' }))).not.toContain('DRAFT');
  });
});
