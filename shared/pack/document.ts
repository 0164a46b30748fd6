// The format-neutral briefing pack: metadata plus blocks. The docx, pdf and html renderers read
// only this, so Word, PDF and the in-app preview never disagree.
import type { Marking } from '../model/vocabulary';

export interface PackMetadata {
  title: string;
  author: string;
  /** BCP 47 tag for the whole document; packs are written in British English. */
  language: 'en-GB';
  marking: Marking;
  exempt: boolean;
  /** The council's name as the paper prints it; empty when the clerk has not given it. */
  council?: string;
  committee: string;
  /** YYYY-MM-DD, or null when the pack has no meeting yet. */
  meetingDate: string | null;
  agendaItem: string;
  agendaTitle: string;
  status: 'draft' | 'final';
  /** YYYY-MM-DD. */
  preparedOn: string;
}

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3;
  text: string;
  /** Stable anchor for the contents and the PDF outline. */
  id: string;
  /** False for the cover's title, which is the document's title rather than a section of it. */
  inContents: boolean;
}

export interface ParagraphBlock {
  type: 'paragraph';
  runs: TextRun[];
  /** Smaller print for references and captions. */
  small?: boolean;
  /** BCP 47 tag when the paragraph is not in the document's language (a note marked Welsh). */
  lang?: string;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: TextRun[][];
}

export interface TableBlock {
  type: 'table';
  /** Read aloud by screen readers and used as alt text where a renderer needs one. */
  caption: string;
  /** Header rows repeat at the top of every page the table runs onto. */
  headerRows: string[][];
  rows: string[][];
  /** Relative column widths; the same length as each row. */
  widths: number[];
  /** The first cell of each body row names the row (a header cell for screen readers). */
  rowHeaders?: boolean;
}

export interface CalloutBlock {
  type: 'callout';
  /** 'unsettled' is a colleague's version of a note that nobody has settled yet (a merge conflict). */
  variant: 'note' | 'question' | 'unsettled';
  /** The words above the callout, the same in every format: who wrote it, who edited it, its
   * status ("Note from Cllr A, edited by Cllr B (RAG: Red)"). */
  label: string;
  /** The note's text, or the question, one paragraph per line break in the source. */
  paragraphs: string[];
  /** A question's answer, if one has been recorded. */
  answer: string | null;
  /** The report's words a highlight marks, printed above the member's note on them. */
  quote?: string;
  /** BCP 47 tag when the note is not in the document's language (a note marked Welsh). */
  lang?: string;
  /** A later part of a long note: its label ends "(continued)" and names the author again. */
  continued?: boolean;
  /** The last part of a long note ends with these words naming its author ("End of the note from ..."). */
  closing?: string;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export interface ContentsBlock {
  type: 'toc';
  title: string;
}

export type PackBlock =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | CalloutBlock
  | PageBreakBlock
  | ContentsBlock;

export interface PackDocument {
  metadata: PackMetadata;
  blocks: PackBlock[];
  /** Things the member should know about the pack (a finding deleted since it was chosen...). */
  warnings: string[];
}

/** "OFFICIAL-SENSITIVE (exempt)" and friends: the words printed in every header and footer. */
export function markingText(metadata: Pick<PackMetadata, 'marking' | 'exempt'>): string {
  return metadata.exempt ? `${metadata.marking}: EXEMPT (confidential item)` : metadata.marking;
}

/** The words at the head of every page: the marking, with DRAFT in front while the pack is a draft. */
export function headerText(metadata: Pick<PackMetadata, 'marking' | 'exempt' | 'status'>): string {
  return metadata.status === 'draft' ? `DRAFT · ${markingText(metadata)}` : markingText(metadata);
}

/** The footer's left-hand words: the agenda item and its title, where there is one. */
export function agendaText(
  metadata: Pick<PackMetadata, 'agendaItem' | 'agendaTitle' | 'title'>,
): string {
  const item = metadata.agendaItem.trim();
  const title = metadata.agendaTitle.trim() || metadata.title;
  return item ? `Agenda item ${item}: ${title}` : title;
}

/** Every piece of text a reader sees in a block, for checks such as glyph coverage. */
export function blockTexts(block: PackBlock): string[] {
  switch (block.type) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return block.runs.map((r) => r.text);
    case 'list':
      return block.items.flatMap((item) => item.map((r) => r.text));
    case 'table':
      return [block.caption, ...block.headerRows.flat(), ...block.rows.flat()];
    case 'callout':
      return [
        block.label,
        block.quote ?? '',
        ...block.paragraphs,
        block.answer ?? '',
        block.closing ?? '',
      ];
    case 'toc':
      return [block.title];
    case 'pageBreak':
      return [];
  }
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR = /[A-Za-z\u00C0-\u024F]/u;

/** True when a piece of text is mainly in a right-to-left script (Hebrew, Arabic...). */
export function isRightToLeft(text: string): boolean {
  // Nearly all text has no right-to-left letter at all: one scan settles it.
  if (!RTL.test(text)) return false;
  let rtl = 0;
  let ltr = 0;
  for (const ch of text) {
    if (RTL.test(ch)) rtl += 1;
    else if (LTR.test(ch)) ltr += 1;
  }
  return rtl > ltr;
}
