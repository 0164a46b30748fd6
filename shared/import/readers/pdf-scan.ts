// A first look at a PDF's bytes before pdf.js reads it: every stream compressed with FlateDecode
// (once or several times over) is inflated in small steps and counted as the bytes come out, so a
// few kilobytes that stand for a gigabyte of page content are refused before pdf.js spends minutes
// on them; and a file of more objects than any report is refused too. pdf.js decides everything
// else: this scan only bounds the work, it never reads the document.
import { Inflate, Unzlib } from 'fflate';
import { InputError } from '../../errors';
import { megabytes } from '../limits';

export interface PdfScanLimits {
  /** Most bytes the page content may inflate to (content streams, forms, object streams, maps). */
  maxPdfContentBytes: number;
  /** Most bytes fonts may inflate to (pdf.js reads them for their character maps). */
  maxPdfFontBytes: number;
  /** Most objects the file may hold. */
  maxPdfObjects: number;
}

export interface PdfScan {
  objects: number;
  contentBytes: number;
  fontBytes: number;
}

const STEP = 1024;

/** Streams pdf.js never decodes to find text: images. Fonts are counted apart from content. */
const IMAGE = /\/Subtype\s*\/Image\b/;
const FONT = /\/Length[123]\b|\/Subtype\s*\/(?:Type1C|CIDFontType0C|OpenType)\b/;

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

/** How many FlateDecode filters the dictionary applies first (/FlateDecode or [/FlateDecode ...]). */
function leadingFlates(dict: string): number {
  const filter = /\/Filter\s*(\[[^\]]{0,400}\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1];
  if (!filter) return 0;
  let count = 0;
  for (const name of filter.match(/\/[A-Za-z0-9]+/g) ?? []) {
    if (name !== '/FlateDecode' && name !== '/Fl') break;
    count += 1;
  }
  return count;
}

/** Inflates `data` through `times` FlateDecode stages in small steps, telling `spend` each output
 * chunk's size; an error inside the data (an encrypted or damaged stream) ends it quietly, as
 * pdf.js will deal with it. */
function inflateChain(data: Uint8Array, times: number, spend: (n: number) => void): void {
  // Built from the last stage back to the first; every stage's output is counted, as each is held.
  let sink: (chunk: Uint8Array, final: boolean) => void = () => undefined;
  for (let stage = 0; stage < times; stage += 1) {
    const next = sink;
    const onData = (chunk: Uint8Array, final: boolean) => {
      spend(chunk.length);
      next(chunk, final);
    };
    // FlateDecode is zlib-wrapped (a 0x78 first byte); a few writers leave the wrapper out.
    let inflater: Inflate | Unzlib | null = null;
    sink = (chunk, final) => {
      inflater ??= (chunk[0] ?? 0) % 16 === 8 ? new Unzlib(onData) : new Inflate(onData);
      for (let at = 0; at < chunk.length || (final && at === 0); at += STEP) {
        const last = final && at + STEP >= chunk.length;
        inflater.push(chunk.subarray(at, Math.min(chunk.length, at + STEP)), last);
        if (last) break;
      }
    };
  }
  try {
    sink(data, true);
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
}

export function scanPdf(bytes: Uint8Array, limits: PdfScanLimits): PdfScan {
  const text = latin1(bytes);
  const objects = (text.match(/\d+\s+\d+\s+obj\b/g) ?? []).length;
  if (objects > limits.maxPdfObjects) {
    throw new InputError(
      `this PDF holds ${objects.toLocaleString('en-GB')} objects, far more than any inspection report; import the report itself, or its Word or text version.`,
      'pdf-too-complex',
    );
  }
  const scan: PdfScan = { objects, contentBytes: 0, fontBytes: 0 };
  const streams = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  let previousEnd = 0;
  while ((match = streams.exec(text))) {
    if (text.slice(match.index - 3, match.index) === 'end') continue;
    const start = match.index + match[0].length;
    const dictFrom = Math.max(
      previousEnd,
      text.lastIndexOf('obj', match.index),
      match.index - 4000,
    );
    const dict = text.slice(dictFrom, match.index);
    const end = text.indexOf('endstream', start);
    const dataEnd = end < 0 ? text.length : end;
    previousEnd = dataEnd;
    streams.lastIndex = dataEnd;
    if (IMAGE.test(dict)) continue;
    const flates = leadingFlates(dict);
    if (flates === 0) continue;
    const font = FONT.test(dict);
    inflateChain(bytes.subarray(start, dataEnd), flates, (n) => {
      if (font) scan.fontBytes += n;
      else scan.contentBytes += n;
      if (scan.contentBytes > limits.maxPdfContentBytes) {
        throw new InputError(
          `this PDF's pages expand to more than ${megabytes(limits.maxPdfContentBytes)} of drawing instructions, which no report has (it may be a compression bomb); import the Word or text version of the report.`,
          'pdf-bomb',
        );
      }
      if (scan.fontBytes > limits.maxPdfFontBytes) {
        throw new InputError(
          `this PDF's fonts expand to more than ${megabytes(limits.maxPdfFontBytes)}, which no report's do (it may be a compression bomb); import the Word or text version of the report.`,
          'pdf-bomb',
        );
      }
    });
  }
  return scan;
}
