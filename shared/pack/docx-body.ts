// The body of the Word file (word/document.xml's paragraphs and tables) written as WordprocessingML
// text directly, as docx would write it for the same blocks. Building docx's object tree for a
// large pack and turning it into XML took most of the Word export's time (about 2 s of CPU for
// 500 findings and 1,000 notes in a fresh process, against pandoc's 4 s for the same content);
// writing the text is a few hundred milliseconds. docx still writes everything else (styles,
// numbering, header, footer, settings), see docx.ts.
import { isRightToLeft, type CalloutBlock, type PackBlock, type TableBlock } from './document';
import type { TextRun as PackRun } from './document';

/** The headings the contents lists, with the bookmark each is given. */
export interface ContentsEntry {
  level: 1 | 2;
  text: string;
  bookmark: string;
}

export interface BodyContext {
  entries: ReadonlyMap<PackBlock, ContentsEntry>;
  /** The w:numId of each ordered list's numbering instance, by the list's place in the blocks. */
  numberIds: ReadonlyMap<number, number>;
  /** The w:numId of the bullets. */
  bulletId: number;
  columnWidths: (block: TableBlock) => number[];
  tableWidth: number;
  /** The right margin, for the contents' page numbers. */
  tabPosition: number;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const text = (value: string) => value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  /** Half-points. */
  size?: number;
  lang?: string;
}

function run(value: string, style: RunStyle = {}): string {
  const props =
    (style.bold ? '<w:b/><w:bCs/>' : '') +
    (style.italic ? '<w:i/><w:iCs/>' : '') +
    (style.size ? `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` : '') +
    (isRightToLeft(value) ? '<w:rtl/>' : '') +
    (style.lang ? `<w:lang w:val="${text(style.lang)}"/>` : '');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text(value)}</w:t></w:r>`;
}

function runs(items: readonly PackRun[], style: RunStyle = {}): string {
  return items
    .map((r) => run(r.text, { ...style, bold: r.bold ?? style.bold, italic: r.italic }))
    .join('');
}

/** A paragraph's properties in the schema's order (pStyle, keepNext, numPr, pBdr, tabs, bidi,
 * spacing, ind). */
function paragraph(
  content: string,
  p: {
    style?: string;
    keepNext?: boolean;
    numId?: number;
    border?: string;
    tabs?: string;
    rtl?: boolean;
    spacingAfter?: number;
    indentLeft?: number;
  } = {},
): string {
  const props =
    (p.style ? `<w:pStyle w:val="${p.style}"/>` : '') +
    (p.keepNext ? '<w:keepNext/>' : '') +
    (p.numId !== undefined
      ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${p.numId}"/></w:numPr>`
      : '') +
    (p.border ?? '') +
    (p.tabs ?? '') +
    (p.rtl ? '<w:bidi/>' : '') +
    (p.spacingAfter !== undefined ? `<w:spacing w:after="${p.spacingAfter}"/>` : '') +
    (p.indentLeft !== undefined ? `<w:ind w:left="${p.indentLeft}"/>` : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
}

const HEADING_STYLES = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' } as const;

const CALLOUT_COLOURS: Record<CalloutBlock['variant'], string> = {
  note: '505A5F',
  question: '1D70B8',
  unsettled: 'F47738',
};

function table(block: TableBlock, ctx: BodyContext): string {
  const widths = ctx.columnWidths(block);
  const border = (side: string) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`;
  const row = (cells: string[], header: boolean) => {
    // A row is kept whole unless it is long (a long evidence note would not fit one page).
    const keep = header || cells.join(' ').length < 1500;
    const props = (keep ? '<w:cantSplit/>' : '') + (header ? '<w:tblHeader/>' : '');
    return (
      `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}` +
      cells
        .map(
          (cell, i) =>
            `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i] ?? 0}"/>` +
            (header ? '<w:shd w:fill="E7E6E6" w:color="auto" w:val="clear"/>' : '') +
            '</w:tcPr>' +
            paragraph(run(cell, { bold: header, size: 20 }), {
              rtl: isRightToLeft(cell),
              spacingAfter: 120,
            }) +
            '</w:tc>',
        )
        .join('') +
      '</w:tr>'
    );
  };
  return (
    paragraph(run(block.caption), { style: 'Caption', keepNext: true }) +
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${ctx.tableWidth}"/><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('') +
    '</w:tblBorders></w:tblPr><w:tblGrid>' +
    widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('') +
    '</w:tblGrid>' +
    block.headerRows.map((r) => row(r, true)).join('') +
    block.rows.map((r) => row(r, false)).join('') +
    '</w:tbl><w:p/>'
  );
}

function callout(block: CalloutBlock): string {
  // A version nobody has settled yet gets a dashed orange rule, so it never reads as the agreed note.
  const unsettled = block.variant === 'unsettled';
  const shape = {
    border: `<w:pBdr><w:left w:val="${unsettled ? 'dashed' : 'single'}" w:color="${CALLOUT_COLOURS[block.variant]}" w:sz="12" w:space="8"/></w:pBdr>`,
    indentLeft: 360,
  };
  const lang = block.lang ? { lang: block.lang } : {};
  return (
    paragraph(run(block.label, { bold: true, italic: unsettled }), { ...shape, keepNext: true }) +
    (block.quote
      ? paragraph(run(`“${block.quote}”`, { italic: true }), { ...shape, keepNext: true })
      : '') +
    block.paragraphs
      .map((p) => paragraph(run(p, lang), { ...shape, rtl: isRightToLeft(p) }))
      .join('') +
    (block.answer
      ? paragraph(run('Answer: ', { bold: true }) + run(block.answer, lang), shape)
      : '') +
    (block.closing ? paragraph(run(block.closing, { italic: true, size: 20 }), shape) : '') +
    '<w:p/>'
  );
}

/** The contents as Word would print it, written out rather than as a TOC field: each entry a link
 * to its heading's bookmark, a dot leader to a right tab stop, and a PAGEREF field to that bookmark.
 * LibreOffice works out a PAGEREF's page when it lays the pages out, but inside a TOC field takes
 * the field's cached result as written, so a TOC field would print with no page numbers (or ones we
 * guessed) there and in the print rooms that convert with it; Word fills the PAGEREFs in when it
 * updates fields on opening (the settings ask it to) and before printing. */
function contents(title: string, ctx: BodyContext): string {
  const tabs = `<w:tabs><w:tab w:val="right" w:pos="${ctx.tabPosition}" w:leader="dot"/></w:tabs>`;
  return (
    paragraph(run(title), { style: 'TOCHeading' }) +
    [...ctx.entries.values()]
      .map((entry) =>
        paragraph(
          `<w:hyperlink w:history="1" w:anchor="${entry.bookmark}">` +
            run(entry.text) +
            '<w:r><w:tab/></w:r>' +
            `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">PAGEREF ${entry.bookmark} \\h</w:instrText><w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r>` +
            '</w:hyperlink>',
          { style: `TOC${entry.level}`, tabs },
        ),
      )
      .join('')
  );
}

/** The body's XML, block by block; bookmarks numbered from 1. */
export function bodyXml(blocks: readonly PackBlock[], ctx: BodyContext): string {
  let bookmarkId = 0;
  const parts: string[] = [];
  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'heading': {
        // The cover's title takes Word's Title style, so Word's own contents would list only the sections.
        const style = block.inContents || block.level > 1 ? HEADING_STYLES[block.level] : 'Title';
        const entry = ctx.entries.get(block);
        bookmarkId += entry ? 1 : 0;
        parts.push(
          paragraph(
            entry
              ? `<w:bookmarkStart w:name="${entry.bookmark}" w:id="${bookmarkId}"/>${run(block.text)}<w:bookmarkEnd w:id="${bookmarkId}"/>`
              : run(block.text),
            { style },
          ),
        );
        return;
      }
      case 'paragraph':
        parts.push(
          paragraph(
            runs(block.runs, {
              ...(block.small ? { size: 20 } : {}),
              ...(block.lang ? { lang: block.lang } : {}),
            }),
            { rtl: isRightToLeft(block.runs.map((r) => r.text).join('')), spacingAfter: 120 },
          ),
        );
        return;
      case 'list': {
        // One numbering instance a list (its place in the pack), so each list counts 1, 2, 3.
        const numId = block.ordered ? ctx.numberIds.get(index) : ctx.bulletId;
        for (const item of block.items)
          parts.push(paragraph(runs(item), { style: 'ListParagraph', numId }));
        return;
      }
      case 'table':
        parts.push(table(block, ctx));
        return;
      case 'callout':
        parts.push(callout(block));
        return;
      case 'pageBreak':
        parts.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
        return;
      case 'toc':
        parts.push(contents(block.title, ctx));
        return;
    }
  });
  return parts.join('');
}
