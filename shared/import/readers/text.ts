// Reads plain text and Markdown. Text must be UTF-8 (or UTF-16 with its byte-order mark): a file
// in another encoding is refused with the place of the first bad byte, rather than guessed at,
// because a wrong guess would silently change the report's words.
import { InputError } from '../../errors';
import type { Extracted } from '../extracted';
import { LIMITS, megabytes } from '../limits';

export function decodeText(name: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(
      `"${name}" is not valid UTF-8 text (the first bad byte is at position ${firstBadByte(bytes)}); save it as UTF-8 text and import it again.`,
      'invalid-utf8',
    );
  }
}

/** Where a UTF-8 decoder first gives up, for the error message. */
function firstBadByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  while (high - low > 4) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid;
    }
  }
  return low;
}

/** Markdown's own marks (headings, emphasis, links) are dropped; bullets stay bullets. Every
 * pattern is linear: a link's text and address stop at the next bracket or line end, emphasis at
 * 500 characters, table rows stay on their line and no two runs of spaces sit side by side, so "[[[[..." or "[a](" repeated a million
 * times is one pass rather than one pass per bracket. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/^>[ \t]?/gm, '')
    .replace(/!\[([^[\]\n]*)\]\([^()[\]\n]*\)/g, '$1')
    .replace(/\[([^[\]\n]+)\]\([^()[\]\n]*\)/g, '$1')
    .replace(/(\*\*|__)([^\n]{1,500}?)\1/g, '$2')
    .replace(/^[ \t]*(?:\|[ \t]*)?(?::?-{3,}:?[ \t]*\|[ \t]*)+$/gm, '')
    .replace(/^[ \t]*\|([^\n]*)\|[ \t]*$/gm, (_, row: string) =>
      row
        .split('|')
        .map((c) => c.trim())
        .join('  '),
    );
}

export function readText(name: string, bytes: Uint8Array): Extracted {
  if (bytes.length > LIMITS.maxTextFileBytes) {
    throw new InputError(
      `"${name}" is ${megabytes(bytes.length)} of text, more than any inspection report (the longest are well under 1 MB); import the report itself.`,
      'too-much-text',
    );
  }
  const decoded = decodeText(name, bytes);
  const markdown = /\.(?:md|markdown)$/i.test(name);
  return {
    kind: 'text',
    mediaType: markdown ? 'text/markdown' : 'text/plain',
    pages: [markdown ? stripMarkdown(decoded) : decoded],
    warnings: [],
  };
}

export function textOfPaste(text: string): Extracted {
  return { kind: 'text', mediaType: 'text/plain', pages: [text], warnings: [] };
}
