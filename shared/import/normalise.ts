// Turns extracted pages into clean paragraphs: furniture removed, footnote markers detached,
// wrapped lines joined, hyphenation and ligatures repaired, bullets recognised. The paragraphs
// joined by blank lines are Report.text, which every finding's offsets point into.
import type { Extracted } from './extracted';
import { isWebFurniture, removeRunningLines } from './furniture';
import { LIMITS } from './limits';

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

const LIGATURES: Record<string, string> = {
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
};
/** Bullet glyphs seen in reports: Ofsted's ◼, symbol-font bullets and dashes (the private use area
 * Word and PDFs map Symbol and Wingdings to), and the usual. */
const BULLET = /^\s*(?:[◼■□▪▫●•◦‣∙·○◆◇►▶➢✓✔\uf020-\uf0ff]|[-*–](?=\s)|o(?=\s{1,3}[A-Z]))\s*/u;
const NUMBERED = /^\s*(\d{1,3})\.(?:\d{1,2})?\s+(?=\S)/;
const SUFFIXES =
  /^(?:tion|tions|ment|ments|ing|ings|ed|ly|ness|ity|ities|ance|ances|ence|ences|ise|ised|ize|ized|ive|al|ous|ful|ship|ships|ary|able|ible|er|ers|ist|ists)\b/;

// Control characters other than tab and newline: built from code points so the pattern stays readable.
const CONTROL = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11)}${String.fromCharCode(12)}${String.fromCharCode(14)}-${String.fromCharCode(31)}${String.fromCharCode(127)}]`,
  'g',
);

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

/** The last two characters of the pieces written so far, without joining them. */
function tailOf(parts: readonly string[]): string {
  let tail = '';
  for (let i = parts.length - 1; i >= 0 && tail.length < 2; i -= 1) tail = (parts[i] ?? '') + tail;
  return tail.slice(-2);
}

/** Joins a paragraph's lines: "exam-" + "ple" is rejoined, "well-" + "being" keeps its hyphen,
 * other lines join with a space. Each step looks only at the last characters written, so a
 * paragraph of any number of lines is joined in one pass (testing the growing text each time
 * took 146 s for 494 KB). */
export function joinLines(lines: readonly string[]): string {
  const parts: string[] = [];
  let tail = '';
  for (const line of lines) {
    if (!tail) parts.push(line);
    else if (/[A-Za-z]-$/.test(tail) && /^[a-z]/.test(line)) {
      if (SUFFIXES.test(line)) parts.push((parts.pop() ?? '').slice(0, -1));
      parts.push(line);
    } else parts.push(' ', line);
    tail = tailOf(parts);
  }
  return parts.join('');
}

/** Splits a paragraph longer than LIMITS.maxParagraphChars at sentence ends (else at a space), so
 * no later stage is handed an unbounded paragraph: text pasted or saved with no paragraph breaks. */
export function boundedParagraphs(text: string, max: number = LIMITS.maxParagraphChars): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    let cut = -1;
    let space = -1;
    for (let i = start + max - 1; i > start + max / 2 && cut < 0; i -= 1) {
      if (text[i] === ' ') {
        if (space < 0) space = i;
        if (/[.!?]/.test(text[i - 1] ?? '') || /[.!?]/.test(text[i - 2] ?? '')) cut = i;
      }
    }
    const end = cut >= 0 ? cut : space >= 0 ? space : start + max;
    pieces.push(text.slice(start, end).trim());
    start = end;
  }
  pieces.push(text.slice(start).trim());
  return pieces.filter((p) => p.length > 0);
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
      const continues = wrapped || (/[^.!?:;"”]$/.test(last.slice(-1)) && /^[a-z(]/.test(line));
      if (!current || startsParagraph(line) || !continues) {
        current = { lines: [line], page };
        drafts.push(current);
      } else current.lines.push(line);
    }
  }
  return drafts;
}

/** Whether the first paragraph of a page carries on the last one of the page before: the sentence
 * was left open (no closing punctuation, the next words start lower case or with a bracket or
 * number), or, in a report that numbers its paragraphs, an unnumbered paragraph of prose (not a
 * heading) follows a numbered one, as "Further plans, ..." follows paragraph 36. */
function isContinuation(previous: Draft, next: Draft, numberedReport: boolean): boolean {
  const last = previous.lines[previous.lines.length - 1] ?? '';
  const first = next.lines[0] ?? '';
  if (/[^.!?:]$/.test(last.slice(-1)) && /^[a-z0-9(]/.test(first)) return true;
  if (!numberedReport || !NUMBERED.test(previous.lines[0] ?? '')) return false;
  const text = next.lines.join(' ');
  // A heading line ("Information about this inspection") or Ofsted's back page starts something new.
  if (
    /^[A-Z]/.test(first) &&
    first.length < 70 &&
    !/[.,;:]$/.test(first) &&
    (next.lines.length === 1 || /^[A-Z]/.test(next.lines[1] ?? ''))
  )
    return false;
  if (/^The Office for Standards in Education\b/.test(first)) return false;
  return /^[A-Z(‘']/.test(first) && (/[.!?)]["”’]?$/.test(text) || text.length > 120);
}

function markerOf(joined: string): {
  marker: ParagraphMarker;
  number: number | null;
  prefix: string;
  body: string;
} {
  const bullet = BULLET.exec(joined);
  if (bullet && bullet[0].length < joined.length)
    return { marker: 'bullet', number: null, prefix: '• ', body: joined.slice(bullet[0].length) };
  const numbered = NUMBERED.exec(joined);
  if (numbered)
    return {
      marker: 'numbered',
      number: Number(numbered[1]),
      prefix: numbered[0],
      body: joined.slice(numbered[0].length),
    };
  return { marker: 'plain', number: null, prefix: '', body: joined };
}

export function normalise(extracted: Extracted): NormalisedText {
  let pages = extracted.pages.map((page) =>
    cleanCharacters(page)
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trimEnd()),
  );
  if (extracted.kind === 'pdf') pages = removeRunningLines(pages).map(removeFootnotes);
  if (extracted.kind === 'text' || extracted.kind === 'html')
    pages = pages.map((lines) => lines.filter((l) => !isWebFurniture(l)));
  const hasPages = extracted.kind === 'pdf';
  const perPage = pages.map((lines, i) =>
    draftsOfPage(
      lines.map(detachFootnoteMarker),
      hasPages ? i + 1 : null,
      extracted.kind === 'pdf',
    ),
  );

  const drafts: Draft[] = [];
  const numberedReport = perPage.flat().filter((d) => NUMBERED.test(d.lines[0] ?? '')).length >= 5;
  for (const pageDrafts of perPage) {
    const [first, ...rest] = pageDrafts;
    const previous = drafts[drafts.length - 1];
    // Loops, not push(...spread): a page of a million lines would overflow the call stack.
    if (
      first &&
      previous &&
      hasPages &&
      !startsParagraph(first.lines[0] ?? '') &&
      isContinuation(previous, first, numberedReport)
    ) {
      for (const line of first.lines) previous.lines.push(line);
      for (const draft of rest) drafts.push(draft);
    } else for (const draft of pageDrafts) drafts.push(draft);
  }

  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const draft of drafts) {
    const chunks = boundedParagraphs(joinLines(draft.lines));
    for (const [index, joined] of chunks.entries()) {
      // Only the first piece of a cut paragraph can carry its bullet or number.
      const { marker, number, prefix, body } =
        index === 0
          ? markerOf(joined)
          : { marker: 'plain' as const, number: null, prefix: '', body: joined };
      const stored = (prefix + body).trim();
      if (!stored) continue;
      if (text) text += '\n\n';
      const start = text.length;
      text += stored;
      paragraphs.push({
        text: stored,
        lines: chunks.length === 1 ? draft.lines : [joined],
        start,
        end: text.length,
        bodyStart: start + (stored.length - body.trim().length),
        page: draft.page,
        marker,
        number,
      });
    }
  }
  const pageStarts = hasPages ? pageStartsOf(paragraphs, pages.length, text.length) : [];
  return { text, pageStarts, paragraphs };
}

function pageStartsOf(
  paragraphs: readonly Paragraph[],
  pageCount: number,
  length: number,
): number[] {
  // One pass: paragraphs are in page order, so each page starts at the first paragraph on or after it.
  const starts: number[] = [];
  let at = 0;
  for (let page = 1; page <= pageCount; page += 1) {
    while (at < paragraphs.length && (paragraphs[at]?.page ?? 0) < page) at += 1;
    starts.push(paragraphs[at]?.start ?? length);
  }
  return starts;
}
