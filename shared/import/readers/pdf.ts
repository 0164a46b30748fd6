// Reads a PDF's text layer with an injected pdf.js `getDocument`, page by page, rebuilding lines
// from positioned text items and marking paragraph gaps with a blank line.
import { InputError } from '../../errors';
import { LIMITS } from '../limits';
import type { Extracted } from '../extracted';
import type { GetDocument, PdfPage, PdfTextItem } from './pdf-types';
import { scanPdf } from './pdf-scan';

/** Lines closer than this fraction of the text height belong to the same line (superscripts too). */
const SAME_LINE = 0.6;
/** A vertical step larger than this many text heights starts a new paragraph. */
const PARAGRAPH_GAP = 1.75;

function isTextItem(item: PdfTextItem | { type: string }): item is PdfTextItem {
  return (
    typeof (item as PdfTextItem).str === 'string' && Array.isArray((item as PdfTextItem).transform)
  );
}

/** Turns one page's positioned items into text lines, with a blank line between paragraphs. */
export function pageItemsToText(items: readonly (PdfTextItem | { type: string })[]): string {
  const lines: string[] = [];
  let line = '';
  let lineY: number | null = null;
  let lastEndX = 0;
  let lastHeight = 10;
  let breakPending = false;
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height ?? item.transform[3] ?? 10) || lastHeight;
    const text = item.str;
    if (text.length > 0 || item.width) {
      if (lineY !== null && text.trim().length > 0) {
        const step = lineY - y;
        const sameLine = Math.abs(step) < Math.max(height, lastHeight) * SAME_LINE;
        if (!sameLine || (breakPending && x < lastEndX - 1)) {
          lines.push(line);
          if (step > Math.max(height, lastHeight) * PARAGRAPH_GAP || step < 0) lines.push('');
          line = '';
          lineY = y;
        } else if (
          line.length > 0 &&
          !/\s$/.test(line) &&
          !/^\s/.test(text) &&
          x - lastEndX > height * 0.15
        ) {
          line += ' ';
        }
        breakPending = false;
      }
      if (lineY === null && text.trim().length > 0) lineY = y;
      if (text.trim().length > 0 || line.length > 0) line += text;
      if (text.trim().length > 0) {
        lastEndX = x + (item.width ?? 0);
        lastHeight = height;
      }
    }
    if (item.hasEOL) breakPending = true;
  }
  if (line.length > 0) lines.push(line);
  return lines.map((l) => l.replace(/\s+$/u, '')).join('\n');
}

/** A page's text items, read chunk by chunk and counted: past either limit the file is refused. */
async function pageItems(
  page: PdfPage,
  limits: PdfPageLimits,
  pageNumber: number,
): Promise<(PdfTextItem | { type: string })[]> {
  const reader = page.streamTextContent().getReader();
  const items: (PdfTextItem | { type: string })[] = [];
  for (let chunks = 1; ; chunks += 1) {
    const { done, value } = await reader.read();
    if (done) return items;
    for (const item of value.items) items.push(item);
    if (items.length > limits.maxPdfTextItemsPerPage || chunks > limits.maxPdfTextChunksPerPage) {
      // Not reader.cancel(): pdf.js then closes the cancelled stream again and throws where no one
      // can catch it. Destroying the document (readPdf's finally) ends the page's task instead.
      throw new InputError(
        `page ${pageNumber} of this PDF is drawn in more pieces than any report page (its drawings may repeat each other without end); import the Word or text version of the report.`,
        'pdf-too-complex',
      );
    }
  }
}

export interface PdfPageLimits {
  maxPdfTextItemsPerPage: number;
  maxPdfTextChunksPerPage: number;
}

function pdfError(error: unknown): InputError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new InputError(
      'this PDF is protected by a password; save an unprotected copy (or the Word or text version) and import that.',
      'pdf-password',
    );
  }
  return new InputError(
    'this file is not a readable PDF (it is damaged or not really a PDF); try the Word or text version of the report.',
    'pdf-invalid',
  );
}

/** Extracts the text of every page; refuses protected, damaged, over-long and scanned PDFs. */
export async function readPdf(
  bytes: Uint8Array,
  getDocument: GetDocument,
  onProgress?: (pagesRead: number, pages: number) => void,
): Promise<Extracted> {
  scanPdf(bytes, LIMITS);
  let task;
  try {
    // pdf.js takes ownership of (and may detach) the buffer it is given, so it gets a copy.
    task = getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    });
  } catch (error) {
    throw pdfError(error);
  }
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw pdfError(error);
  }
  try {
    if (doc.numPages > LIMITS.maxPages) {
      throw new InputError(
        `this PDF has ${doc.numPages} pages, more than the ${LIMITS.maxPages} an inspection report can have; import the report itself rather than a bundle of documents.`,
        'too-many-pages',
      );
    }
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      let text = '';
      try {
        const page = await doc.getPage(n);
        text = pageItemsToText(await pageItems(page, LIMITS, n));
        page.cleanup();
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw pdfError(error);
      }
      pages.push(text);
      onProgress?.(n, doc.numPages);
    }
    const letters = pages.join('').replace(/[^\p{L}]/gu, '').length;
    if (letters < 40 * Math.max(1, Math.min(doc.numPages, 3))) {
      throw new InputError(
        'this PDF has no text layer (it looks scanned), so its words cannot be read; import the text or Word version of the report instead.',
        'pdf-no-text',
      );
    }
    return { kind: 'pdf', mediaType: 'application/pdf', pages, warnings: [] };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
