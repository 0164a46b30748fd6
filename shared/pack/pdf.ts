// The PDF renderer: a PackDocument as a pdfmake document definition, and its bytes through a
// pdfmake instance the host has set up (fonts embedded, URL and file access denied). pdfmake
// differs between Node and the browser only in how fonts are loaded, so the host passes it in.
import type { Content, Style, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import {
  agendaText,
  blockTexts,
  headerText,
  isRightToLeft,
  markingText,
  type CalloutBlock,
  type PackBlock,
  type PackDocument,
  type TableBlock,
  type TextRun,
} from './document';
import { nameEmoji } from './emoji';
import { missingGlyphWarnings, type CoversCodePoint } from './glyphs';
import { scriptRuns } from './pdf-scripts';

/** The part of pdfmake this renderer uses (its Node and browser builds both have it). */
export interface PdfMaker {
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
}

export const PDF_FONT = 'Roboto';
/** A4 width less the page margins, in points: what tables share out between their columns. */
const CONTENT_WIDTH = 595.28 - 2 * 56;
/** A4 height less the top and bottom margins, in points. */
const CONTENT_HEIGHT = 841.89 - 64 - 72;

/** The PDF's styles, set on each node rather than named in pdfmake's style dictionary: pdfmake
 * looks up some twenty style properties for every word it measures, and each lookup of a named
 * style walks the dictionary with a fresh Set (a fifth of the large pack's time with GC). */
const STYLES = {
  h1: { fontSize: 18, bold: true, margin: [0, 12, 0, 6] },
  h2: { fontSize: 15, bold: true, margin: [0, 10, 0, 4] },
  h3: { fontSize: 13, bold: true, margin: [0, 8, 0, 4] },
  body: { margin: [0, 0, 0, 6] },
  small: { fontSize: 9.5, margin: [0, 0, 0, 6], color: '#383f43' },
  caption: { italics: true, fontSize: 9.5, margin: [0, 4, 0, 2] },
  table: { fontSize: 9.5, margin: [0, 0, 0, 10] },
  tableJoined: { fontSize: 9.5, margin: [0, 0, 0, 0] },
} satisfies Record<string, Style>;

/** A generous estimate of the height of `chars` characters set in `width` points at `size`
 * points: Roboto averages about half an em a character, and lines are 1.2 em apart. */
function textHeight(chars: number, width: number, size: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * 0.5)));
  return Math.max(1, Math.ceil(chars / perLine)) * size * 1.25;
}

/** pdfmake keeps an unbreakable block or row to one page and drops what does not fit, so only
 * what surely fits half a page is kept whole. */
const KEEP_WHOLE = CONTENT_HEIGHT / 2;

function columnWidths(block: Pick<TableBlock, 'widths'>): number[] {
  const total = block.widths.reduce((a, b) => a + b, 0);
  // Each column loses its cell padding (4pt either side) and border from the shared width.
  const available = CONTENT_WIDTH - block.widths.length * 9;
  return block.widths.map((w) => (w / total) * available);
}

function rowHeight(row: readonly string[], widths: readonly number[]): number {
  return Math.max(0, ...row.map((text, i) => textHeight(text.length, widths[i] ?? 40, 9.5))) + 6;
}

function rtlAlignment(text: string): { alignment?: 'right' } {
  return isRightToLeft(text) ? { alignment: 'right' } : {};
}

/** A piece of text as pdfmake content: the plain string, or runs with a fallback font for the
 * letters Roboto lacks (Arabic, Hebrew). */
function scripted(text: string): string | Content[] {
  const parts = scriptRuns(text);
  if (parts.length === 1 && parts[0]?.font === null) return text;
  return parts.map((p) => (p.font ? { text: p.text, font: p.font } : p.text));
}

function runs(items: readonly TextRun[]): Content[] {
  // Only set what differs from the paragraph's style: every extra property is a style lookup per word.
  return items.map((r) => {
    const text = scripted(r.text);
    return r.bold || r.italic || typeof text !== 'string'
      ? { text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) }
      : text;
  });
}

function tableNode(block: TableBlock, rows: readonly string[][], widths: number[]): Content {
  const cell = (text: string, header: boolean): TableCell =>
    header
      ? { text: scripted(text), bold: true, fillColor: '#e7e6e6', ...rtlAlignment(text) }
      : { text: scripted(text), ...rtlAlignment(text) };
  return {
    table: {
      headerRows: block.headerRows.length,
      widths,
      // Rows are kept whole (none is split across a page) when each surely fits on one.
      dontBreakRows: rows.every((row) => rowHeight(row, widths) < KEEP_WHOLE),
      keepWithHeaderRows: 1,
      body: [
        ...block.headerRows.map((row) => row.map((t) => cell(t, true))),
        ...rows.map((row) => row.map((t) => cell(t, false))),
      ],
    },
    ...STYLES.table,
  } as Content;
}

function table(block: TableBlock): Content[] {
  return [
    { text: block.caption, ...STYLES.caption },
    tableNode(block, block.rows, columnWidths(block)),
  ];
}

/** A table cut in two after its first few rows (about a quarter of a page), so a heading can be
 * kept with its caption and first rows; the rest follows with its header rows repeated. */
function tableHead(block: TableBlock): { head: Content[]; rest: Content[] } {
  const widths = columnWidths(block);
  let height = 0;
  let count = 0;
  while (
    count < block.rows.length &&
    (count === 0 || height + rowHeight(block.rows[count] ?? [], widths) < CONTENT_HEIGHT / 4)
  ) {
    height += rowHeight(block.rows[count] ?? [], widths);
    count += 1;
  }
  const first = block.rows.slice(0, count);
  if (rowHeight(first[0] ?? [], widths) >= KEEP_WHOLE)
    return {
      head: [{ text: block.caption, ...STYLES.caption }],
      rest: [tableNode(block, block.rows, widths)],
    };
  const head = [
    { text: block.caption, ...STYLES.caption } as Content,
    { ...(tableNode(block, first, widths) as object), ...STYLES.tableJoined } as Content,
  ];
  return {
    head,
    rest: count < block.rows.length ? [tableNode(block, block.rows.slice(count), widths)] : [],
  };
}

const CALLOUT_COLOURS: Record<CalloutBlock['variant'], string> = {
  note: '#0b0c0c',
  question: '#1d70b8',
  unsettled: '#b54d00',
};

/** pdfmake measures what is left of a paragraph again on every page it breaks across, so one
 * paragraph of 200,000 characters (a note's maximum) took 148 s. Long text is laid out as pieces of
 * at most this many characters, cut after a sentence (else at a space), one under the other. */
const PIECE = 1_500;

export function pieces(text: string, max = PIECE): string[] {
  if (text.length <= max) return [text];
  const out: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    const sentence = Math.max(
      window.lastIndexOf('. '),
      window.lastIndexOf('? '),
      window.lastIndexOf('! '),
      window.lastIndexOf('\n'),
    );
    const space = window.lastIndexOf(' ');
    const cut = sentence > max / 2 ? sentence + 1 : space > max / 2 ? space : max;
    out.push(text.slice(start, start + cut).trim());
    start += cut;
  }
  out.push(text.slice(start).trim());
  return out.filter((p) => p.length > 0);
}

/** A paragraph as consecutive pieces with no gap between them, so it reads as one. */
function longParagraph(text: string, margin: [number, number, number, number]): Content[] {
  const parts = pieces(text);
  return parts.map((part, i): Content => ({
    text: scripted(part),
    margin: [margin[0], i === 0 ? margin[1] : 0, margin[2], i === parts.length - 1 ? margin[3] : 0],
    ...rtlAlignment(part),
  }));
}

function callout(block: CalloutBlock): Content {
  const stack: Content[] = [
    {
      text: block.label,
      bold: true,
      italics: block.variant === 'unsettled',
      color: CALLOUT_COLOURS[block.variant],
    },
    ...(block.quote
      ? longParagraph(`“${block.quote}”`, [0, 2, 0, 2]).map(
          (q) => ({ ...(q as object), italics: true }) as Content,
        )
      : []),
    ...block.paragraphs.flatMap((text) => longParagraph(text, [0, 2, 0, 2])),
  ];
  if (block.answer) {
    const [first = '', ...rest] = pieces(block.answer);
    stack.push({
      text: [{ text: 'Answer: ', bold: true }, { text: scripted(first) }],
      margin: [0, 2, 0, rest.length ? 0 : 2],
    });
    rest.forEach((part, i) =>
      stack.push({ text: scripted(part), margin: [0, 0, 0, i === rest.length - 1 ? 2 : 0] }),
    );
  }
  if (block.closing)
    stack.push({ text: block.closing, italics: true, fontSize: 9.5, margin: [0, 2, 0, 0] });
  return { stack, margin: [14, 4, 0, 10] };
}

function blockContent(block: PackBlock, parents: string[]): Content[] {
  switch (block.type) {
    case 'heading': {
      parents[block.level - 1] = block.id;
      parents.length = block.level;
      const parent = block.level > 1 ? parents[block.level - 2] : undefined;
      return [
        {
          text: block.text,
          ...STYLES[`h${block.level}`],
          id: block.id,
          tocItem: block.inContents,
          outline: true,
          outlineParentId: parent,
        } as Content,
      ];
    }
    case 'paragraph':
      return [
        {
          text: runs(block.runs),
          ...(block.small ? STYLES.small : STYLES.body),
          ...rtlAlignment(block.runs.map((r) => r.text).join('')),
        },
      ];
    case 'list':
      return [
        block.ordered
          ? { ol: block.items.map((item) => ({ text: runs(item) })), ...STYLES.body }
          : { ul: block.items.map((item) => ({ text: runs(item) })), ...STYLES.body },
      ];
    case 'table':
      return table(block);
    case 'callout':
      return [callout(block)];
    case 'pageBreak':
      return [{ text: '', pageBreak: 'after' }];
    case 'toc':
      return [{ toc: { title: { text: block.title, ...STYLES.h1 } } }];
  }
}

/** Roughly how tall a block prints, to decide whether it can be kept with the heading above it. */
function blockHeight(block: PackBlock): number {
  const chars = blockTexts(block).reduce((n, t) => n + t.length, 0);
  switch (block.type) {
    case 'paragraph':
      return textHeight(chars, CONTENT_WIDTH, block.small ? 9.5 : 11) + 6;
    case 'list':
      return textHeight(chars, CONTENT_WIDTH - 20, 11) + block.items.length * 4;
    case 'callout':
      return textHeight(chars, CONTENT_WIDTH - 14, 11) + 14 + block.paragraphs.length * 4;
    case 'heading':
      return 30;
    default:
      return Number.POSITIVE_INFINITY;
  }
}

/** The content in order, each run of headings kept on one page with the start of what follows
 * (an unbreakable stack), so no heading is left alone at the foot of a page. */
function keptWithHeadings(
  blocks: readonly PackBlock[],
  content: (block: PackBlock) => Content[],
): Content[] {
  const out: Content[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i] as PackBlock;
    if (block.type !== 'heading') {
      out.push(...content(block));
      i += 1;
      continue;
    }
    const group: Content[] = [];
    while (i < blocks.length && blocks[i]?.type === 'heading')
      group.push(...content(blocks[i++] as PackBlock));
    const next = blocks[i];
    let rest: Content[] = [];
    if (next?.type === 'table') {
      const split = tableHead(next);
      group.push(...split.head);
      rest = split.rest;
      i += 1;
    } else if (
      next &&
      next.type !== 'pageBreak' &&
      next.type !== 'toc' &&
      blockHeight(next) < KEEP_WHOLE
    ) {
      group.push(...content(next));
      i += 1;
    }
    out.push({ stack: group, unbreakable: true } as Content, ...rest);
  }
  return out;
}

export function packPdfDefinition(pack: PackDocument): TDocumentDefinitions {
  const { metadata } = pack;
  const marking = markingText(metadata);
  const parents: string[] = [];
  return {
    info: {
      title: metadata.title,
      author: metadata.author || 'Scrutiny Desk',
      subject: `${metadata.committee}: ${agendaText(metadata)}`,
      keywords: marking,
      creator: 'Scrutiny Desk',
    },
    language: metadata.language,
    displayTitle: true,
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 72],
    header: () => ({
      text: headerText(metadata),
      alignment: 'center',
      bold: true,
      fontSize: 10,
      margin: [56, 28, 56, 0],
    }),
    footer: (currentPage: number, pageCount: number) => ({
      margin: [56, 12, 56, 0],
      stack: [
        { text: marking, alignment: 'center', bold: true, fontSize: 10 },
        {
          columns: [
            { text: agendaText(metadata), fontSize: 9 },
            {
              text: `Page ${currentPage} of ${pageCount}`,
              alignment: 'right',
              fontSize: 9,
              width: 'auto',
            },
          ],
        },
      ],
    }),
    content: keptWithHeadings(pack.blocks, (block) => blockContent(block, parents)),
    defaultStyle: { font: PDF_FONT, fontSize: 11, lineHeight: 1.2 },
  };
}

export async function renderPackPdf(pack: PackDocument, pdfmake: PdfMaker): Promise<Uint8Array> {
  const buffer = await pdfmake.createPdf(packPdfDefinition(pack)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The fast PDF as the member gets it: emoji printed as their names, and a warning for each thing
 * the fonts (Roboto, with Noto for Arabic and Hebrew) still cannot draw. */
export async function renderFastPdf(
  pack: PackDocument,
  pdfmake: PdfMaker,
  covers: CoversCodePoint,
): Promise<{ bytes: Uint8Array; warnings: string[] }> {
  const named = nameEmoji(pack);
  const bytes = await renderPackPdf(named.pack, pdfmake);
  return {
    bytes,
    warnings: [...named.warnings, ...missingGlyphWarnings(named.pack, covers, PDF_FONT)],
  };
}
