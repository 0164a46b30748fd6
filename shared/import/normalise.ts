// Turns extracted pages into clean paragraphs: furniture removed, footnote markers detached,
// wrapped lines joined, hyphenation and ligatures repaired, bullets recognised. The paragraphs
// joined by blank lines are Report.text, which every finding's offsets point into.
import type { Extracted } from './extracted';
import { isWebFurniture, removeRunningLines } from './furniture';

export type ParagraphMarker = 'bullet' | 'numbered' | 'plain';

export interface Paragraph {
  /** The paragraph as stored in Report.text (bullets written "• ", numbers kept). */
  text: string;
  /** The lines it was joined from, for table parsing. */
  lines: string[];
  start: number;
  end: number;
  /** Where the words start, after any bullet or number. */
  bodyStart: number;
  page: number | null;
  marker: ParagraphMarker;
  /** The paragraph number the report prints ("12."), if any. */
  number: number | null;
}

export interface NormalisedText {
  text: string;
  pageStarts: number[];
  paragraphs: Paragraph[];
}

const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };
/** Bullet glyphs seen in reports: Ofsted's ◼, Word's symbol-font bullets (private use area), and the usual. */
const BULLET = /^\s*(?:[◼■□▪▫●•◦‣∙·○◆◇►▶➢✓✔\uf0a7\uf0b7\uf0d8\uf0fc\uf076\uf06e]|[-*–](?=\s)|o(?=\s{1,3}[A-Z]))\s*/u;
const NUMBERED = /^\s*(\d{1,3})\.(?:\d{1,2})?\s+(?=\S)/;
const SUFFIXES = /^(?:tion|tions|ment|ments|ing|ings|ed|ly|ness|ity|ities|ance|ances|ence|ences|ise|ised|ize|ized|ive|al|ous|ful|ship|ships|ary|able|ible|er|ers|ist|ists)\b/;

// Control characters other than tab and newline: built from code points so the pattern stays readable.
const CONTROL = new RegExp(`[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11)}${String.fromCharCode(12)}${String.fromCharCode(14)}-${String.fromCharCode(31)}${String.fromCharCode(127)}]`, 'g');

export function cleanCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\ufb00|\ufb01|\ufb02|\ufb03|\ufb04|\ufb05|\ufb06/g, (c) => LIGATURES[c] ?? c)
    .replace(/\u00ad\n/g, '')
    .replace(/\u00ad|\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(CONTROL, '');
}

/** "What needs to improve?1" and "Board1" lose the footnote marker glued to their last word. */
export function detachFootnoteMarker(line: string): string {
  return line.replace(/([a-z?)’'".:])(\d{1,2})$/u, (whole, before: string, digits: string) =>
    Number(digits) <= 20 ? before : whole,
  );
}

function isFootnoteBody(line: string): boolean {
  return /^\d{1,2}\s+[A-Z][a-z]/.test(line) && !NUMBERED.test(line);
}

/** Drops footnote bodies ("1 The areas for improvement have been ...") from the foot of a page. */
function removeFootnotes(lines: string[]): string[] {
  const blocks = toBlocks(lines);
  while (blocks.length > 1) {
    const last = blocks[blocks.length - 1];
    if (!last || !isFootnoteBody(last[0] ?? '')) break;
    blocks.pop();
  }
  return blocks.flatMap((block) => [...block, '']);
}

function toBlocks(lines: readonly string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim().length === 0) {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line.trim());
  }
  if (current.length) blocks.push(current);
  return blocks;
}

function startsParagraph(line: string): boolean {
  return BULLET.test(line) || NUMBERED.test(line);
}

function joinLines(a: string, b: string): string {
  if (/[A-Za-z]-$/.test(a) && /^[a-z]/.test(b)) {
    return SUFFIXES.test(b) ? a.slice(0, -1) + b : a + b;
  }
  return `${a} ${b}`;
}

interface Draft {
  lines: string[];
  page: number | null;
}

/** Splits a page's lines into paragraph drafts. Wrapped PDF lines join; text lines join only
 * where a line plainly continues the one before (no closing punctuation, next starts lower case). */
function draftsOfPage(lines: readonly string[], page: number | null, wrapped: boolean): Draft[] {
  const drafts: Draft[] = [];
  for (const block of toBlocks(lines)) {
    let current: Draft | null = null;
    for (const line of block) {
      const last = current?.lines[current.lines.length - 1] ?? '';
      const continues = wrapped || (/[^.!?:;"”]$/.test(last) && /^[a-z(]/.test(line));
      if (!current || startsParagraph(line) || !continues) {
        current = { lines: [line], page };
        drafts.push(current);
      } else current.lines.push(line);
    }
  }
  return drafts;
}

function isPlainContinuation(previous: Draft, next: Draft): boolean {
  const last = previous.lines[previous.lines.length - 1] ?? '';
  const first = next.lines[0] ?? '';
  return /[a-z,-]$/.test(last) && /^[a-z]/.test(first);
}

export function normalise(extracted: Extracted): NormalisedText {
  let pages = extracted.pages.map((page) => cleanCharacters(page).split('\n').map((l) => l.replace(/\s+/g, ' ').trimEnd()));
  if (extracted.kind === 'pdf') pages = removeRunningLines(pages).map(removeFootnotes);
  if (extracted.kind === 'text' || extracted.kind === 'html') pages = pages.map((lines) => lines.filter((l) => !isWebFurniture(l)));
  const hasPages = extracted.kind === 'pdf';
  const perPage = pages.map((lines, i) =>
    draftsOfPage(lines.map(detachFootnoteMarker), hasPages ? i + 1 : null, extracted.kind === 'pdf'),
  );

  const drafts: Draft[] = [];
  const firstDraftOfPage: number[] = [];
  for (const pageDrafts of perPage) {
    firstDraftOfPage.push(drafts.length);
    const [first, ...rest] = pageDrafts;
    const previous = drafts[drafts.length - 1];
    if (first && previous && hasPages && !startsParagraph(first.lines[0] ?? '') && isPlainContinuation(previous, first)) {
      previous.lines.push(...first.lines);
      drafts.push(...rest);
    } else drafts.push(...pageDrafts);
  }

  const paragraphs: Paragraph[] = [];
  const draftStarts: number[] = [];
  let text = '';
  for (const draft of drafts) {
    const joined = draft.lines.reduce((acc, line) => (acc ? joinLines(acc, line) : line), '');
    let body = joined;
    let marker: ParagraphMarker = 'plain';
    let number: number | null = null;
    let prefix = '';
    const bullet = BULLET.exec(joined);
    const numbered = NUMBERED.exec(joined);
    if (bullet && bullet[0].length < joined.length) {
      marker = 'bullet';
      prefix = '• ';
      body = joined.slice(bullet[0].length);
    } else if (numbered) {
      marker = 'numbered';
      number = Number(numbered[1]);
      prefix = numbered[0];
      body = joined.slice(numbered[0].length);
    }
    const stored = (prefix + body).trim();
    if (!stored) continue;
    if (text) text += '\n\n';
    const start = text.length;
    draftStarts.push(start);
    text += stored;
    paragraphs.push({
      text: stored,
      lines: draft.lines,
      start,
      end: text.length,
      bodyStart: start + (stored.length - body.trim().length),
      page: draft.page,
      marker,
      number,
    });
  }
  const pageStarts = hasPages ? pageStartsOf(paragraphs, pages.length, text.length) : [];
  return { text, pageStarts, paragraphs };
}

function pageStartsOf(paragraphs: readonly Paragraph[], pageCount: number, length: number): number[] {
  const starts: number[] = [];
  for (let page = 1; page <= pageCount; page += 1) {
    const first = paragraphs.find((p) => (p.page ?? 0) >= page);
    starts.push(first ? first.start : length);
  }
  return starts;
}
