// Every decoding filter of the pdf.js build that can make a stream larger, run in small steps with
// each stage's output counted as it comes out (pdf-scan.ts stops the count at its limit): Flate,
// LZW, ASCIIHex, ASCII85 and RunLength, in any order and chained. Each mirrors pdf.js's own decoder
// (node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs), so it counts what pdf.js would hold.
// The image codecs (DCT, JPX, JBIG2, CCITT fax) and Brotli are not decoded here: the scan decides
// what to do with them.
import { Inflate, Unzlib, inflateSync, unzlibSync } from 'fflate';
import type { PdfValue } from './pdf-syntax';

export type Sink = (chunk: Uint8Array, final: boolean) => void;

const STEP = 1024;
const OUT = 64 * 1024;

/** Names pdf.js knows (abbreviations too), mapped to one spelling. */
export const FILTER_NAMES: Record<string, string> = {
  Fl: 'FlateDecode',
  FlateDecode: 'FlateDecode',
  LZW: 'LZWDecode',
  LZWDecode: 'LZWDecode',
  AHx: 'ASCIIHexDecode',
  ASCIIHexDecode: 'ASCIIHexDecode',
  A85: 'ASCII85Decode',
  ASCII85Decode: 'ASCII85Decode',
  RL: 'RunLengthDecode',
  RunLengthDecode: 'RunLengthDecode',
  DCT: 'DCTDecode',
  DCTDecode: 'DCTDecode',
  JPX: 'JPXDecode',
  JPXDecode: 'JPXDecode',
  CCF: 'CCITTFaxDecode',
  CCITTFaxDecode: 'CCITTFaxDecode',
  JBIG2Decode: 'JBIG2Decode',
  BrotliDecode: 'BrotliDecode',
};

/** The filters decoded here; the others (pdf.js passes unknown names through unchanged) are not. */
export const COUNTED = new Set([
  'FlateDecode',
  'LZWDecode',
  'ASCIIHexDecode',
  'ASCII85Decode',
  'RunLengthDecode',
]);

/** Collects output into blocks of OUT bytes, so a decoder that makes a lot from a little is
 * counted (and stopped) every 64 KB. */
class Output {
  private buffer = new Uint8Array(OUT);
  private length = 0;
  constructor(private readonly next: Sink) {}
  byte(value: number): void {
    this.buffer[this.length++] = value;
    if (this.length === OUT) this.flush(false);
  }
  fill(value: number, count: number): void {
    for (let i = 0; i < count; i += 1) this.byte(value);
  }
  flush(final: boolean): void {
    if (this.length > 0 || final) {
      const chunk = this.buffer.slice(0, this.length);
      this.length = 0;
      this.next(chunk, final);
    }
  }
}

function flate(next: Sink): Sink {
  // FlateDecode is zlib-wrapped (a 0x78 first byte); a few writers leave the wrapper out.
  let inflater: Inflate | Unzlib | null = null;
  const onData = (chunk: Uint8Array, final: boolean) => next(chunk, final);
  return (chunk, final) => {
    inflater ??= (chunk[0] ?? 0) % 16 === 8 ? new Unzlib(onData) : new Inflate(onData);
    for (let at = 0; at < chunk.length || (final && at === 0); at += STEP) {
      const last = final && at + STEP >= chunk.length;
      inflater.push(chunk.subarray(at, Math.min(chunk.length, at + STEP)), last);
      if (last) break;
    }
  };
}

/** The most bytes Flate can make of one byte: a 258-byte copy coded in 2 bits, four to a byte. */
export const MAX_FLATE_RATIO = 1032;

/** A whole Flate stream inflated at once, as `flate` inflates it step by step (the same choice
 * of zlib or raw deflate by its first byte, the same bytes out), or null where the steps would
 * have met an error (damaged or cut-short data): the caller then decodes it in steps, so what is
 * counted up to the error is what it always was. Stepping costs several times the work (fflate
 * copies its 32 KB window at every step), so the pre-scan inflates at once what cannot pass its
 * limit: data of `n` bytes makes at most n × MAX_FLATE_RATIO.
 *
 * Given `scratch`, it first inflates into that (fflate then skips growing its buffer at every
 * copy, which was most of its time), and returns a view of it that the next call overwrites;
 * output that fills it (it may have been cut short) is inflated again the ordinary way, or, with
 * `grow` false, not at all (null, so the caller steps through it). Into the scratch, memory is
 * bounded whatever the data, but not the work: fflate still decodes everything, however large,
 * writing nothing past the end. */
export function inflateWhole(
  data: Uint8Array,
  scratch?: Uint8Array,
  grow = true,
): Uint8Array | null {
  if (data.length === 0) return null;
  const zlib = (data[0] ?? 0) % 16 === 8;
  if (scratch) {
    try {
      const out = zlib ? unzlibSync(data, { out: scratch }) : inflateSync(data, { out: scratch });
      if (out.length < scratch.length) return out;
    } catch {
      // Inflated again below, where a stored block too large for the scratch fits.
    }
    if (!grow) return null;
  }
  try {
    return zlib ? unzlibSync(data) : inflateSync(data);
  } catch {
    return null;
  }
}

/** pdf.js's LZWStream, step for step (a full table keeps its last codes; EarlyChange defaults to 1). */
function lzw(next: Sink, earlyChange: number): Sink {
  const out = new Output(next);
  const values = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  const prevCodes = new Uint16Array(4096);
  const sequence = new Uint8Array(4096);
  for (let i = 0; i < 256; i += 1) {
    values[i] = i;
    lengths[i] = 1;
  }
  let nextCode = 258;
  let codeLength = 9;
  let prevCode = 0;
  let sequenceLength = 0;
  let cached = 0;
  let bits = 0;
  let ended = false;
  return (chunk, final) => {
    for (let at = 0; at < chunk.length && !ended; at += 1) {
      cached = ((cached << 8) | (chunk[at] ?? 0)) & 0xffffff;
      bits += 8;
      while (bits >= codeLength && !ended) {
        bits -= codeLength;
        const code = (cached >>> bits) & ((1 << codeLength) - 1);
        const hasPrev = sequenceLength > 0;
        if (code < 256) {
          sequence[0] = code;
          sequenceLength = 1;
        } else if (code >= 258) {
          if (code < nextCode) {
            sequenceLength = lengths[code] ?? 0;
            for (let j = sequenceLength - 1, q = code; j >= 0; j -= 1) {
              sequence[j] = values[q] ?? 0;
              q = prevCodes[q] ?? 0;
            }
          } else if (sequenceLength < 4096) {
            sequence[sequenceLength] = sequence[0] ?? 0;
            sequenceLength += 1;
          }
        } else if (code === 256) {
          codeLength = 9;
          nextCode = 258;
          sequenceLength = 0;
          continue;
        } else {
          ended = true;
          break;
        }
        if (hasPrev) {
          if (nextCode < 4096) {
            prevCodes[nextCode] = prevCode;
            lengths[nextCode] = (lengths[prevCode] ?? 0) + 1;
            values[nextCode] = sequence[0] ?? 0;
          }
          nextCode += 1;
          const n = nextCode + earlyChange;
          if ((n & (n - 1)) === 0) codeLength = Math.min((Math.log(n) / Math.LN2 + 1) | 0, 12);
        }
        prevCode = code;
        for (let j = 0; j < sequenceLength; j += 1) out.byte(sequence[j] ?? 0);
      }
    }
    if (final) out.flush(true);
  };
}

function asciiHex(next: Sink): Sink {
  let first = -1;
  let ended = false;
  return (chunk, final) => {
    const out = new Uint8Array((chunk.length >> 1) + 1);
    let length = 0;
    for (let i = 0; i < chunk.length && !ended; i += 1) {
      const c = chunk[i] ?? 0;
      let digit: number;
      if (c >= 0x30 && c <= 0x39) digit = c & 0x0f;
      else if ((c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)) digit = (c & 0x0f) + 9;
      else if (c === 0x3e) {
        ended = true;
        break;
      } else continue;
      if (first < 0) first = digit;
      else {
        out[length++] = (first << 4) | digit;
        first = -1;
      }
    }
    if (first >= 0 && (ended || final)) {
      out[length++] = first << 4;
      first = -1;
    }
    next(out.subarray(0, length), final);
  };
}

function ascii85(next: Sink): Sink {
  const out = new Output(next);
  const group: number[] = [];
  let ended = false;
  const emit = (count: number) => {
    let t = 0;
    for (let i = 0; i < 5; i += 1) t = t * 85 + ((group[i] ?? 0x75) - 0x21);
    const bytes = [(t >>> 24) & 0xff, (t >>> 16) & 0xff, (t >>> 8) & 0xff, t & 0xff];
    for (let i = 0; i < count; i += 1) out.byte(bytes[i] ?? 0);
  };
  return (chunk, final) => {
    for (let i = 0; i < chunk.length && !ended; i += 1) {
      const c = chunk[i] ?? 0;
      if (c === 0x00 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20)
        continue;
      if (c === 0x7e) {
        ended = true;
        break;
      }
      if (c === 0x7a && group.length === 0) {
        out.fill(0, 4);
        continue;
      }
      group.push(c);
      if (group.length === 5) {
        emit(4);
        group.length = 0;
      }
    }
    if ((ended || final) && group.length > 0) {
      emit(group.length - 1);
      group.length = 0;
    }
    if (final) out.flush(true);
  };
}

function runLength(next: Sink): Sink {
  const out = new Output(next);
  let header = -1;
  let literal = 0;
  let ended = false;
  return (chunk, final) => {
    for (let i = 0; i < chunk.length && !ended; i += 1) {
      const c = chunk[i] ?? 0;
      if (literal > 0) {
        out.byte(c);
        literal -= 1;
      } else if (header < 0) {
        header = c;
        if (c === 128) ended = true;
      } else {
        if (header < 128) {
          out.byte(c);
          literal = header;
        } else out.fill(c, 257 - header);
        header = -1;
      }
    }
    if (final) out.flush(true);
  };
}

function earlyChangeOf(params: PdfValue | undefined): number {
  const value = params?.type === 'dict' ? params.entries.get('EarlyChange') : undefined;
  return value?.type === 'number' ? value.value : 1;
}

/** A sink that decodes `filters` in turn (first to last), telling `spend` every stage's output. */
export function decodeChain(
  filters: readonly string[],
  params: readonly (PdfValue | undefined)[],
  spend: (bytes: number) => void,
  /** Given the last stage's output, where the caller keeps it (an object stream's objects). */
  output: Sink = () => undefined,
): Sink {
  let sink: Sink = output;
  for (let stage = filters.length - 1; stage >= 0; stage -= 1) {
    const after = sink;
    const counted: Sink = (chunk, final) => {
      spend(chunk.length);
      after(chunk, final);
    };
    switch (filters[stage]) {
      case 'FlateDecode':
        sink = flate(counted);
        break;
      case 'LZWDecode':
        sink = lzw(counted, earlyChangeOf(params[stage]));
        break;
      case 'ASCIIHexDecode':
        sink = asciiHex(counted);
        break;
      case 'ASCII85Decode':
        sink = ascii85(counted);
        break;
      case 'RunLengthDecode':
        sink = runLength(counted);
        break;
      default:
        // pdf.js passes an unknown filter's input on unchanged.
        sink = after;
    }
  }
  return sink;
}
