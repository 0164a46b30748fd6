// Turns a file's bytes or text into JSON, refusing oversized, empty, truncated or damaged files
// with one line that says what to do. Everything loaded then goes through restoreFile.
import { InputError } from '../errors';

const MB = 1024 * 1024;
/** The largest file any part of the app will read: 300 MB. */
export const MAX_FILE_BYTES = 300 * MB;

/** Refuse a file over 300 MB before anything reads it. */
export function checkFileSize(byteLength: number): void {
  if (byteLength > MAX_FILE_BYTES) {
    throw new InputError(
      `the file is ${(byteLength / MB).toFixed(0)} MB, over the 300 MB limit; choose a workspace or bundle file exported by Scrutiny Desk (a report belongs in "Import a report").`,
      'file-too-large',
    );
  }
}

/** Decode UTF-8 bytes (checking the size first) and parse them. */
export function parseFileBytes(bytes: Uint8Array): unknown {
  checkFileSize(bytes.byteLength);
  let text: string;
  try {
    // The lenient decoder is the faster one. A file that is not text at all is refused from its
    // start; past that, only a text with a replacement character in it (from a bad byte, or
    // written in the file) is decoded again strictly to tell the two apart.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 64 * 1024), {
      stream: true,
    });
    text = new TextDecoder('utf-8').decode(bytes);
    if (text.includes('\uFFFD')) text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      'the file is not UTF-8 text, so it is not a Scrutiny Desk file or it is damaged; use another backup copy or export it again.',
      'file-not-text',
    );
  }
  return parseFileText(text);
}

/** Parse a file's text as JSON. A string of N characters holds at least N bytes of UTF-8, so
 * its length alone is enough to refuse one that is too large. */
export function parseFileText(text: string): unknown {
  checkFileSize(text.length);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    throw new InputError(
      'the file is empty; choose a workspace or bundle file exported by Scrutiny Desk.',
      'file-empty',
    );
  }
  checkDepth(body);
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw describeJsonError(body, error);
  }
}

/** Deepest nesting of objects and lists a file may have: a workspace goes about 7 deep. */
export const MAX_JSON_DEPTH = 64;

/** The index of the quote that closes the string opened at `open`, or -1 when it is never
 * closed (JSON.parse then says the file is cut). Jumps from quote to quote with indexOf, so a
 * file of long notes costs a fraction of a character-by-character pass; a quote is escaped when
 * an odd run of backslashes stands before it, and each backslash is looked at once. */
function closingQuote(text: string, open: number): number {
  let at = open + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return -1;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    at = quote + 1;
  }
}

/** Most objects and lists a file may hold. A workspace averages about 140 bytes an object (an
 * 84 MB synthetic one holds 613,000), so a file at the 300 MB limit holds about 2.2 million; 10
 * million empty notes in 29 MB took 15 s and 1 GB just to parse. */
export const MAX_JSON_OBJECTS = 4_000_000;

/** One pass over the characters outside strings, counting how deep objects and lists nest and how
 * many there are: the first limit passed, or null. */
function exceedsLimits(text: string): 'depth' | 'objects' | null {
  let depth = 0;
  let objects = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = closingQuote(text, i);
      if (i === -1) return null;
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return 'depth';
      if (++objects > MAX_JSON_OBJECTS) return 'objects';
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return null;
}

/** Refuse a file nested past MAX_JSON_DEPTH, or of more than MAX_JSON_OBJECTS objects, before it
 * is parsed: V8's JSON.parse takes about 4 s for every 2 MB of "[[[[", so a 300 MB file of them
 * would take minutes to refuse, and a file of millions of empty objects gigabytes. */
export function checkDepth(text: string): void {
  const exceeded = exceedsLimits(text);
  if (exceeded === 'depth') {
    throw new InputError(
      `the file is nested more than ${MAX_JSON_DEPTH} levels deep, which no Scrutiny Desk file is; it is damaged or not one of ours, so use another backup copy or export it again.`,
      'file-too-deep',
    );
  }
  if (exceeded === 'objects') {
    throw new InputError(
      `the file holds more than ${MAX_JSON_OBJECTS.toLocaleString('en-GB')} records and lists, far more than any Scrutiny Desk file; it is damaged or not one of ours, so use another backup copy or export it again.`,
      'file-too-large',
    );
  }
}

function describeJsonError(body: string, error: unknown): InputError {
  const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : String(error);
  const trimmed = body.trimEnd();
  const last = trimmed.at(-1);
  const looksCut =
    /end of (JSON )?(data|input)|Unterminated/i.test(detail) || (last !== '}' && last !== ']');
  if (trimmed.startsWith('{') && looksCut) {
    return new InputError(
      'the file is cut short (truncated), perhaps by an interrupted copy or download; use another backup copy or export it again.',
      'file-truncated',
    );
  }
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    return new InputError(
      'the file is not a Scrutiny Desk file (it is not JSON); choose a workspace or bundle file exported by Scrutiny Desk.',
      'file-format',
    );
  }
  return new InputError(
    `the file is damaged (not valid JSON: ${detail}); use another backup copy or export it again.`,
    'file-not-json',
  );
}
