// A first look at a PDF's bytes before pdf.js reads it: every stream is found where pdf.js finds it
// (its dictionary read as pdf.js reads it, its data ended by /Length when "endstream" follows it,
// else at the first "endstream"), decrypted as pdf.js decrypts it (an encrypted PDF that opens with
// no password), and decoded through every filter that can make it larger (Flate, LZW, ASCIIHex,
// ASCII85, RunLength, chained in any order) in small steps, with every stage's output counted as
// it comes out; so a few kilobytes that stand for a gigabyte are refused before pdf.js spends
// minutes on them. Filters no report's pages use and that cannot be counted here (image codecs on
// page content, Brotli) are refused, and so are files of more objects than any report. pdf.js
// decides everything else: this scan only bounds the work, it never reads the document.
import { InputError } from '../../errors';
import { concatBytes } from '../../util/bytes';
import { megabytes } from '../limits';
import { openEncryption, type Encryption } from './pdf-crypt';
import { COUNTED, FILTER_NAMES, MAX_FLATE_RATIO, decodeChain, inflateWhole } from './pdf-filters';
import { PdfSyntax, nameOf, type PdfValue } from './pdf-syntax';

export interface PdfScanLimits {
  /** Most bytes the page content may decode to (content streams, forms, object streams, maps). */
  maxPdfContentBytes: number;
  /** Most bytes fonts may decode to (pdf.js reads them for their character maps). */
  maxPdfFontBytes: number;
  /** Most bytes images may decode to before their image codec (pdf.js does not decode images to
   * read text, but a stream that calls itself an image could still be drawn as page content). */
  maxPdfImageBytes: number;
  /** Most objects the file may hold. */
  maxPdfObjects: number;
}

export interface PdfScan {
  objects: number;
  contentBytes: number;
  fontBytes: number;
  imageBytes: number;
  encrypted: boolean;
}

/** What each kind of stream may expand to, what it has used, and the refusal's opening words. */
const BUDGETS = {
  image: {
    used: 'imageBytes',
    limit: 'maxPdfImageBytes',
    refusal: (most: string) =>
      `this PDF's images expand to more than ${most}, which no report's do`,
  },
  font: {
    used: 'fontBytes',
    limit: 'maxPdfFontBytes',
    refusal: (most: string) => `this PDF's fonts expand to more than ${most}, which no report's do`,
  },
  content: {
    used: 'contentBytes',
    limit: 'maxPdfContentBytes',
    refusal: (most: string) =>
      `this PDF's pages expand to more than ${most} of drawing instructions, which no report has`,
  },
} as const satisfies Record<
  string,
  { used: keyof PdfScan; limit: keyof PdfScanLimits; refusal: (most: string) => string }
>;

const STEP = 16 * 1024;
/** Room for one stream inflated at once: more than any report's largest (a 0.2 MB font). */
const SCRATCH = 2 * 1024 * 1024;

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

function unusual(what: string): InputError {
  return new InputError(
    `this PDF's pages are stored in a way no inspection report uses (${what}), so it was not read; import the Word or text version of the report.`,
    'pdf-unsupported',
  );
}

interface ObjectAt {
  num: number;
  gen: number;
  /** Where the object's value starts (just after "obj"). */
  at: number;
}

/** Finds the end of a name-like keyword at `at` ("stream", "endstream"): true if `word` is there. */
function keywordAt(bytes: Uint8Array, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i += 1) if (bytes[at + i] !== word.charCodeAt(i)) return false;
  const after = bytes[at + word.length];
  return after === undefined || !/[A-Za-z0-9]/.test(String.fromCharCode(after));
}

export function scanPdf(bytes: Uint8Array, limits: PdfScanLimits): PdfScan {
  const text = latin1(bytes);
  const found: ObjectAt[] = [];
  const index = new Map<string, number>();
  for (const match of text.matchAll(/(?<![0-9])(\d+)\s+(\d+)\s+obj(?![A-Za-z0-9])/g)) {
    const object = {
      num: Number(match[1]),
      gen: Number(match[2]),
      at: match.index + match[0].length,
    };
    found.push(object);
    // The last definition wins, as in an incrementally updated file.
    index.set(`${object.num} ${object.gen}`, object.at);
  }
  if (found.length > limits.maxPdfObjects) {
    throw new InputError(
      `this PDF holds ${found.length.toLocaleString('en-GB')} objects, far more than any inspection report; import the report itself, or its Word or text version.`,
      'pdf-too-complex',
    );
  }

  /** A value, with a reference followed once to a top-level object (not one in an object stream). */
  const resolve = (value: PdfValue | undefined): PdfValue | undefined => {
    if (value?.type !== 'ref') return value;
    const at = index.get(`${value.num} ${value.gen}`);
    return at === undefined ? undefined : new PdfSyntax(bytes, at).value();
  };

  const encryption = findEncryption(bytes, text, found, resolve);
  const scan: PdfScan = {
    objects: found.length,
    contentBytes: 0,
    fontBytes: 0,
    imageBytes: 0,
    encrypted: encryption !== null,
  };

  /** Streams pdf.js draws as page content whatever they call themselves: /Contents (and the
   * arrays it names) and Type 3 glyphs' /CharProcs, in any dictionary of the file or of its
   * object streams. */
  const drawn = new Set<string>();
  const drawnArrays: PdfValue[] = [];
  const noteDrawn = (value: PdfValue | undefined, depth = 0): void => {
    if (value === undefined || depth > 12) return;
    if (value.type === 'array') for (const item of value.items) noteDrawn(item, depth + 1);
    if (value.type !== 'dict') return;
    for (const [key, entry] of value.entries) {
      if (key === 'Contents' || key === 'CharProcs') {
        const refs =
          entry.type === 'array'
            ? entry.items
            : entry.type === 'dict'
              ? [...entry.entries.values()]
              : [entry];
        for (const ref of refs) if (ref.type === 'ref') drawn.add(`${ref.num} ${ref.gen}`);
        if (entry.type === 'ref') drawnArrays.push(entry);
      } else noteDrawn(entry, depth + 1);
    }
  };
  /** Where plain Flate streams are inflated at once (inflateWhole), made when first needed. */
  let scratch: Uint8Array | undefined;
  /** Image streams whose image codec was not decoded: refused if they turn out to be drawn. */
  const undecodedImages: { key: string; codec: string }[] = [];

  for (const object of found) {
    const syntax = new PdfSyntax(bytes, object.at);
    const dictValue = syntax.value();
    noteDrawn(dictValue);
    if (dictValue?.type !== 'dict') continue;
    syntax.skipSpace();
    if (!keywordAt(bytes, syntax.pos, 'stream')) continue;
    const dict = dictValue.entries;
    // pdf.js skips the rest of the "stream" line, then takes /Length if "endstream" follows it.
    let start = syntax.pos + 'stream'.length;
    while (start < bytes.length && bytes[start] !== 0x0a && bytes[start] !== 0x0d) start += 1;
    if (bytes[start] === 0x0d && bytes[start + 1] === 0x0a) start += 2;
    else start += 1;
    const length = resolve(dict.get('Length'));
    let end = -1;
    if (length?.type === 'number' && Number.isInteger(length.value) && length.value >= 0) {
      const after = new PdfSyntax(bytes, start + length.value);
      after.skipSpace();
      if (keywordAt(bytes, after.pos, 'endstream')) end = start + length.value;
    }
    if (end < 0) {
      end = text.indexOf('endstream', start);
      if (end < 0) end = bytes.length;
    }
    scanStream(object, dict, bytes.subarray(start, end));
  }
  // "/Contents 9 0 R" where object 9 is the array of the page's content streams.
  for (const ref of drawnArrays) {
    const value = resolve(ref);
    if (value?.type === 'array')
      for (const item of value.items) if (item.type === 'ref') drawn.add(`${item.num} ${item.gen}`);
  }
  const disguised = undecodedImages.find((image) => drawn.has(image.key));
  if (disguised) throw unusual(`an image compressed with ${disguised.codec} drawn as page content`);
  return scan;

  function scanStream(object: ObjectAt, dict: Map<string, PdfValue>, data: Uint8Array): void {
    const given = resolve(dict.get('F') ?? dict.get('Filter'));
    const paramsValue = resolve(dict.get('DP') ?? dict.get('DecodeParms'));
    if (given === undefined && (dict.has('F') || dict.has('Filter')))
      throw unusual('a filter given by a reference');
    // "/Filter null" is no filter, as pdf.js reads it.
    const filterValue = given?.type === 'keyword' && given.word === 'null' ? undefined : given;
    const filterItems =
      filterValue?.type === 'array'
        ? filterValue.items.map(resolve)
        : filterValue
          ? [filterValue]
          : [];
    const filters: string[] = [];
    for (const item of filterItems) {
      const name = nameOf(item);
      if (name === undefined) throw unusual('a filter given by a reference');
      filters.push(FILTER_NAMES[name] ?? name);
    }
    const params =
      filterValue?.type === 'array'
        ? filters.map((_, i) =>
            resolve(paramsValue?.type === 'array' ? paramsValue.items[i] : undefined),
          )
        : [paramsValue];
    if (filters.includes('BrotliDecode')) throw unusual('Brotli compression');

    const subtype = nameOf(dict.get('Subtype'));
    const image = subtype === 'Image';
    const font =
      dict.has('Length1') ||
      dict.has('Length2') ||
      dict.has('Length3') ||
      subtype === 'Type1C' ||
      subtype === 'CIDFontType0C' ||
      subtype === 'OpenType';
    // Decoded up to the first filter that is not counted here: an image codec ends an image's
    // decoding (pdf.js does not decode images to read text) and is refused anywhere else.
    let counted = 0;
    while (counted < filters.length) {
      const filter = filters[counted] ?? '';
      if (COUNTED.has(filter)) counted += 1;
      else if (filter in FILTER_NAMES) {
        if (!image) throw unusual(`${filter} on page content`);
        undecodedImages.push({ key: `${object.num} ${object.gen}`, codec: filter });
        break;
      } else counted += 1; // pdf.js passes an unknown filter's input on unchanged
    }
    const stages = filters.slice(0, counted);
    if (!stages.some((f) => COUNTED.has(f))) {
      // An object stream stored as it is still names what its pages draw.
      if (nameOf(dict.get('Type')) === 'ObjStm' && filters.length === 0 && !encryption)
        noteDrawnIn(data);
      return;
    }

    const decrypt =
      encryption && nameOf(dict.get('Type')) !== 'XRef'
        ? encryption.forStream(object.num, object.gen)
        : null;
    const objectStream = nameOf(dict.get('Type')) === 'ObjStm' && stages.length === filters.length;
    const budget = BUDGETS[image ? 'image' : font ? 'font' : 'content'];
    const spend = (n: number): void => {
      scan[budget.used] += n;
      if (scan[budget.used] > limits[budget.limit]) {
        throw new InputError(
          `${budget.refusal(megabytes(limits[budget.limit]))} (it may be a compression bomb); import the Word or text version of the report.`,
          'pdf-bomb',
        );
      }
    };
    // A plain Flate stream that cannot pass its limit, even at Flate's largest ratio, is inflated
    // at once: the same bytes, counted once rather than step by step. Data that breaks the one
    // inflation (damaged, cut short) is decoded in steps below, as every other stream is. One that
    // could make up to twice its room is inflated at once only into the scratch (a report's large
    // fonts): memory stays bounded, and the work wasted on one that overflows it is at most what
    // stepping through twice the room would cost; that one is then stepped through and counted.
    if (!decrypt && stages.length === 1 && stages[0] === 'FlateDecode') {
      const room = limits[budget.limit] - scan[budget.used];
      scratch ??= new Uint8Array(SCRATCH);
      const most = data.length * MAX_FLATE_RATIO;
      const whole = most <= 2 * room ? inflateWhole(data, scratch, most <= room) : null;
      if (whole) {
        spend(whole.length);
        if (objectStream) noteDrawnIn(whole.slice());
        return;
      }
    }
    const kept: Uint8Array[] = [];
    const sink = decodeChain(
      stages,
      params,
      spend,
      objectStream ? (chunk) => void kept.push(chunk) : undefined,
    );
    // An error inside the data (a damaged stream) ends this stream quietly: pdf.js deals with it.
    try {
      for (let at = 0; at < data.length || at === 0; at += STEP) {
        const piece = data.subarray(at, Math.min(data.length, at + STEP));
        const last = at + STEP >= data.length;
        sink(decrypt ? decrypt(piece) : piece, last);
        if (last) break;
      }
    } catch (error) {
      if (error instanceof InputError) throw error;
    }
    if (objectStream) noteDrawnIn(concatBytes(kept));
  }

  /** Every value of an object stream's objects (held within the content limit), for noteDrawn. */
  function noteDrawnIn(objects: Uint8Array): void {
    let at = 0;
    for (let values = 0; values < 1_000_000 && at < objects.length; values += 1) {
      // A reader for each value, so each has the whole token allowance.
      const syntax = new PdfSyntax(objects, at);
      noteDrawn(syntax.value());
      at = Math.max(syntax.pos, at + 1);
    }
  }
}

/** The file's encryption, from the newest trailer (or cross-reference stream) that names one. */
function findEncryption(
  bytes: Uint8Array,
  text: string,
  found: readonly ObjectAt[],
  resolve: (value: PdfValue | undefined) => PdfValue | undefined,
): Encryption | null {
  if (!text.includes('/Encrypt')) return null;
  const trailers: { at: number; dict: Map<string, PdfValue> }[] = [];
  for (const match of text.matchAll(/trailer/g)) {
    const value = new PdfSyntax(bytes, match.index + 'trailer'.length).value();
    if (value?.type === 'dict') trailers.push({ at: match.index, dict: value.entries });
  }
  for (const object of found) {
    if (!text.startsWith('<<', text.slice(object.at, object.at + 40).search(/\S/) + object.at))
      continue;
    const value = new PdfSyntax(bytes, object.at).value();
    if (value?.type === 'dict' && nameOf(value.entries.get('Type')) === 'XRef')
      trailers.push({ at: object.at, dict: value.entries });
  }
  trailers.sort((a, b) => b.at - a.at);
  const trailer = trailers.find((t) => t.dict.has('Encrypt'));
  if (!trailer) return null;
  const encrypt = resolve(trailer.dict.get('Encrypt'));
  if (encrypt?.type !== 'dict') {
    throw new InputError(
      'this PDF is encrypted in a way that cannot be checked safely; save an unprotected copy (or the Word or text version) and import that.',
      'pdf-encrypted',
    );
  }
  const ids = trailers.map((t) => resolve(t.dict.get('ID'))).find((v) => v?.type === 'array');
  const first = ids?.type === 'array' ? resolve(ids.items[0]) : undefined;
  return openEncryption(
    encrypt.entries,
    first?.type === 'string' ? first.bytes : new Uint8Array(0),
  );
}
