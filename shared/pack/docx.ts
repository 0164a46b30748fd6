// The Word renderer: a PackDocument as .docx bytes, built to pass Word's accessibility checker:
// title and language, real heading styles with outline levels, a contents with page numbers,
// repeating table header rows, the marking in every header and footer, and "Page X of Y" with the
// agenda item. docx writes the styles, numbering, header, footer and settings around two stand-in
// paragraphs; the body itself is written as text by docx-body.ts (many times faster for a large pack).
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IBaseParagraphStyleOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { bodyXml, type ContentsEntry } from './docx-body';
import { xmlSafe } from './xml-safe';
import {
  agendaText,
  headerText,
  markingText,
  type PackBlock,
  type PackDocument,
  type TableBlock,
} from './document';

const FONT = 'Arial';
/** Marks the stand-in paragraphs of the skeleton docx writes (see renderPackDocx). */
const PLACEHOLDER = 'SCRUTINYDESKSTANDIN';
const BODY = '<!--body-->';

function heading(outlineLevel: number, size: number): IBaseParagraphStyleOptions {
  return {
    run: { font: FONT, size, bold: true, color: '000000' },
    paragraph: { outlineLevel, spacing: { before: 240, after: 120 }, keepNext: true },
  };
}

/** The text width of a page between its margins, in twentieths of a point: A4 (11,906) less docx's
 * default margins of an inch (1,440) either side. Right tab stops here end at the right margin. */
const TEXT_WIDTH = 9026;

/** The headings the contents lists: the sections and their parts (levels 1 and 2), not the cover's
 * title nor the findings. Each is bookmarked by its place in this list. */

function contentsEntries(blocks: readonly PackBlock[]): Map<PackBlock, ContentsEntry> {
  const entries = new Map<PackBlock, ContentsEntry>();
  for (const block of blocks)
    if (block.type === 'heading' && block.inContents && block.level !== 3)
      entries.set(block, {
        level: block.level,
        text: block.text,
        // Hidden (leading underscore) like the bookmarks Word puts on the headings its contents lists.
        bookmark: `_Toc${entries.size + 1}`,
      });
  return entries;
}

/** How wide each printable ASCII character (space to "~") is in bold DejaVu Sans, in hundredths of
 * an em: LibreOffice's stand-in for Arial where Arial and Liberation Sans are not installed, and
 * wider than both, so a width measured with it is enough for whichever of the three prints. */
const BOLD_WIDTHS = [
  35, 46, 53, 84, 70, 101, 88, 31, 46, 46, 53, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70,
  70, 70, 40, 40, 84, 84, 84, 59, 100, 78, 77, 74, 84, 69, 69, 83, 84, 38, 38, 78, 64, 100, 84, 86,
  74, 86, 78, 73, 69, 82, 78, 111, 78, 73, 73, 46, 37, 46, 84, 50, 50, 68, 72, 60, 72, 68, 44, 72,
  72, 35, 35, 67, 35, 105, 72, 69, 72, 72, 50, 60, 48, 72, 66, 93, 65, 66, 59, 72, 37, 72, 84,
];

/** A word's width at 10pt bold, in twips (an em at 10pt is 200 twips): measured for ASCII; other
 * letters as a wide lowercase letter, and characters from Hangul on (CJK, emoji) as a full em. */
export function wordWidth(word: string): number {
  let hundredths = 0;
  for (const ch of word) {
    const code = ch.codePointAt(0) ?? 0;
    hundredths += BOLD_WIDTHS[code - 32] ?? (code < 0x1100 ? 78 : 100);
  }
  return hundredths * 2;
}

/** Word's cell margins (108 twips a side) and a little room for rounding. */
const CELL_MARGINS = 250;

/** Column widths in twips that never break a word: each column is at least as wide as its longest
 * word (measured for 10pt bold, the header cells' print, plus the cell's margins); what is left is
 * shared by weight. */
export function columnWidths(
  block: Pick<TableBlock, 'widths' | 'headerRows' | 'rows'>,
  total = TEXT_WIDTH,
): number[] {
  // A loop rather than Math.max(...words): a long table has more words than a call takes arguments.
  const widest = block.widths.map(() => 0);
  for (const row of [...block.headerRows, ...block.rows])
    row.forEach((text, i) => {
      for (const word of text.split(/\s+/u)) widest[i] = Math.max(widest[i] ?? 0, wordWidth(word));
    });
  const minimum = widest.map((w) => Math.min(total / 3, w + CELL_MARGINS));
  const weight = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w, i) => Math.max(minimum[i] ?? 0, (w / weight) * total));
  const over = widths.reduce((a, b) => a + b, 0) - total;
  if (over <= 0) return widths.map(Math.round);
  // Take the excess from the columns with room above their minimum, in proportion to that room.
  const room = widths.map((w, i) => w - (minimum[i] ?? 0));
  const spare = room.reduce((a, b) => a + b, 0);
  return widths.map((w, i) =>
    Math.round(spare > 0 ? w - ((room[i] ?? 0) / spare) * over : (w / (over + total)) * total),
  );
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const xml = (text: string) => text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);

/** The core properties, written by us because docx has no dc:language; it replaces docx's own
 * part while packing, so the file is zipped once. */
function coreProperties(pack: PackDocument): string {
  const { metadata } = pack;
  const stamp = `${metadata.preparedOn}T00:00:00Z`;
  const author = xml(metadata.author || 'Scrutiny Desk');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xml(metadata.title)}</dc:title>`,
    `<dc:subject>${xml(`${metadata.committee}: ${agendaText(metadata)}`)}</dc:subject>`,
    `<dc:creator>${author}</dc:creator>`,
    `<cp:keywords>${xml(markingText(metadata))}</cp:keywords>`,
    `<dc:description>${xml(`Briefing pack, ${metadata.status}, ${markingText(metadata)}`)}</dc:description>`,
    `<dc:language>${xml(metadata.language)}</dc:language>`,
    `<cp:lastModifiedBy>${author}</cp:lastModifiedBy>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

export async function renderPackDocx(given: PackDocument): Promise<Uint8Array> {
  const pack = xmlSafe(given);
  const { metadata } = pack;
  const marking = markingText(metadata);
  const entries = contentsEntries(pack.blocks);
  // The lists' numberings: each ordered list its own (so each counts 1, 2, 3), one for bullets.
  const lists: { index: number; ordered: boolean }[] = [];
  pack.blocks.forEach((block, index) => {
    if (block.type !== 'list') return;
    if (block.ordered) lists.push({ index, ordered: true });
    else if (!lists.some((l) => !l.ordered)) lists.push({ index, ordered: false });
  });
  const markingLine = (text = marking) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text, bold: true, size: 20 })],
    });
  const document = new Document({
    title: metadata.title,
    subject: `${metadata.committee}: ${agendaText(metadata)}`,
    creator: metadata.author || 'Scrutiny Desk',
    description: `Briefing pack, ${metadata.status}, ${marking}`,
    keywords: marking,
    // Word fills in the contents' page numbers (PAGEREF fields) when it updates fields on opening;
    // LibreOffice works them out as it lays the pages out. (docx/layout's estimatePageNumbers would
    // cache Word's numbers in the file too, but laying out the large pack took 18 s of CPU against
    // 1.4 s for the whole file without it.)
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 24, language: { value: metadata.language } } },
        heading1: heading(0, 36),
        heading2: heading(1, 30),
        heading3: heading(2, 26),
        title: {
          run: { font: FONT, size: 44, bold: true, color: '000000' },
          paragraph: { spacing: { before: 480, after: 240 } },
        },
      },
      paragraphStyles: [
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true, size: 20 },
        },
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Heading1',
          next: 'Normal',
          run: { font: FONT, size: 36, bold: true, color: '000000' },
          paragraph: { outlineLevel: 0, spacing: { before: 240, after: 120 }, keepNext: true },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'pack-bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
        {
          reference: 'pack-numbers',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        // While the pack is a draft, every page's header says so.
        headers: { default: new Header({ children: [markingLine(headerText(metadata))] }) },
        footers: {
          default: new Footer({
            children: [
              markingLine(),
              // The agenda item on the left, the page number on a right tab stop at the margin.
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
                children: [
                  new TextRun({ text: agendaText(metadata), size: 18 }),
                  new TextRun({
                    children: [
                      new Tab(),
                      'Page ',
                      PageNumber.CURRENT,
                      ' of ',
                      PageNumber.TOTAL_PAGES,
                    ],
                    size: 18,
                  }),
                ],
              }),
            ],
          }),
        },
        // Stand-ins: one paragraph for each numbering the body uses (so docx writes its w:num and
        // says its w:numId), and one where the body goes, written as text by docx-body.ts.
        children: [
          ...lists.map(
            ({ index, ordered }) =>
              new Paragraph({
                text: `${PLACEHOLDER}${index}`,
                numbering: {
                  reference: ordered ? 'pack-numbers' : 'pack-bullets',
                  level: 0,
                  instance: ordered ? index : undefined,
                },
              }),
          ),
          new Paragraph({ text: `${PLACEHOLDER}body` }),
        ],
      },
    ],
  });
  const files = unzipSync(
    await Packer.pack(document, 'uint8array', false, [
      { path: 'docProps/core.xml', data: coreProperties(pack) },
    ]),
  );
  const skeleton = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const numberIds = new Map<number, number>();
  let bulletId = 0;
  const stand = new RegExp(`<w:p>(?:(?!</w:p>).)*?${PLACEHOLDER}(\\w+)</w:t></w:r></w:p>`, 'gs');
  const withoutStandIns = skeleton.replace(stand, (paragraph: string, name?: string) => {
    if (name === 'body') return BODY;
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(paragraph)?.[1];
    const list = lists.find((l) => String(l.index) === name);
    if (list?.ordered) numberIds.set(list.index, Number(numId));
    else bulletId = Number(numId);
    return '';
  });
  const body = bodyXml(pack.blocks, {
    entries,
    numberIds,
    bulletId,
    columnWidths: (block: TableBlock) => columnWidths(block),
    tableWidth: TEXT_WIDTH,
    tabPosition: TEXT_WIDTH,
  });
  files['word/document.xml'] = strToU8(withoutStandIns.replace(BODY, () => body));
  return zipSync(files);
}
