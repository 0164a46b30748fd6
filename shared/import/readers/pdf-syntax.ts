// Just enough of PDF's object syntax for the pre-scan (pdf-scan.ts) to read a stream's dictionary
// the way pdf.js will: names with #xx escapes, numbers, strings, references, arrays and nested
// dictionaries, comments. It reads one value at a time, never more than a few levels deep, and
// gives up (returns undefined) where pdf.js would not find a value either.

export type PdfValue =
  | { type: 'name'; name: string }
  | { type: 'number'; value: number }
  | { type: 'string'; bytes: Uint8Array }
  | { type: 'ref'; num: number; gen: number }
  | { type: 'array'; items: PdfValue[] }
  | { type: 'dict'; entries: Map<string, PdfValue> }
  | { type: 'keyword'; word: string };

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITER = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const MAX_DEPTH = 40;
/** A stream dictionary longer than this is not one pdf.js reads as such from a real file. */
const MAX_TOKENS = 20_000;

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if ((c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)) return (c & 0x0f) + 9;
  return -1;
}

export class PdfSyntax {
  pos: number;
  private tokens = 0;

  constructor(
    private readonly bytes: Uint8Array,
    at: number,
  ) {
    this.pos = at;
  }

  skipSpace(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos] ?? 0;
      if (WHITE.has(c)) this.pos += 1;
      else if (c === 0x25) {
        while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos += 1;
      } else break;
    }
  }

  private regular(): string {
    const b = this.bytes;
    const start = this.pos;
    while (this.pos < b.length) {
      const c = b[this.pos] ?? 0;
      if (WHITE.has(c) || DELIMITER.has(c)) break;
      this.pos += 1;
    }
    let out = '';
    for (let i = start; i < this.pos; i += 1) out += String.fromCharCode(b[i] ?? 0);
    return out;
  }

  private name(): PdfValue {
    this.pos += 1;
    const raw = this.regular();
    // pdf.js decodes #xx in names, so /Fl#61teDecode is /FlateDecode.
    const name = raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    return { type: 'name', name };
  }

  private literalString(): PdfValue {
    const b = this.bytes;
    this.pos += 1;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < b.length) {
      const c = b[this.pos++] ?? 0;
      if (c === 0x5c) {
        const e = b[this.pos++] ?? 0;
        const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
        if (simple[e] !== undefined) out.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let value = e - 0x30;
          for (let k = 0; k < 2 && (b[this.pos] ?? 0) >= 0x30 && (b[this.pos] ?? 0) <= 0x37; k += 1)
            value = value * 8 + ((b[this.pos++] ?? 0) - 0x30);
          out.push(value & 0xff);
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos += 1;
        } else if (e !== 0x0a) out.push(e);
      } else {
        if (c === 0x28) depth += 1;
        if (c === 0x29 && --depth === 0) break;
        out.push(c);
      }
    }
    return { type: 'string', bytes: Uint8Array.from(out) };
  }

  private hexString(): PdfValue {
    const b = this.bytes;
    this.pos += 1;
    const out: number[] = [];
    let first = -1;
    while (this.pos < b.length) {
      const c = b[this.pos++] ?? 0;
      if (c === 0x3e) break;
      const d = hexDigit(c);
      if (d < 0) continue;
      if (first < 0) first = d;
      else {
        out.push((first << 4) | d);
        first = -1;
      }
    }
    if (first >= 0) out.push(first << 4);
    return { type: 'string', bytes: Uint8Array.from(out) };
  }

  /** The next value, or undefined at the end, past the depth or token limit, or on a stray '>>'/']'. */
  value(depth = 0): PdfValue | undefined {
    if (depth > MAX_DEPTH || ++this.tokens > MAX_TOKENS) return undefined;
    this.skipSpace();
    const b = this.bytes;
    if (this.pos >= b.length) return undefined;
    const c = b[this.pos] ?? 0;
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literalString();
    if (c === 0x3c) {
      if (b[this.pos + 1] !== 0x3c) return this.hexString();
      this.pos += 2;
      const entries = new Map<string, PdfValue>();
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return { type: 'dict', entries };
        }
        const key = this.value(depth + 1);
        if (key?.type !== 'name') return undefined;
        const value = this.value(depth + 1);
        if (value === undefined) return undefined;
        if (!entries.has(key.name)) entries.set(key.name, value);
      }
    }
    if (c === 0x5b) {
      this.pos += 1;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x5d) {
          this.pos += 1;
          return { type: 'array', items };
        }
        const item = this.value(depth + 1);
        if (item === undefined) return undefined;
        items.push(item);
      }
    }
    if (DELIMITER.has(c)) return undefined;
    const word = this.regular();
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      const number = Number(word);
      // "12 0 R" is a reference: look ahead for the generation number and R.
      if (/^\d+$/.test(word)) {
        const back = this.pos;
        this.skipSpace();
        const gen = this.regular();
        this.skipSpace();
        if (/^\d+$/.test(gen) && this.bytes[this.pos] === 0x52) {
          const after = this.bytes[this.pos + 1] ?? 0x20;
          if (WHITE.has(after) || DELIMITER.has(after)) {
            this.pos += 1;
            return { type: 'ref', num: number, gen: Number(gen) };
          }
        }
        this.pos = back;
      }
      return { type: 'number', value: number };
    }
    if (word.length === 0) return undefined;
    return { type: 'keyword', word };
  }
}

export function nameOf(value: PdfValue | undefined): string | undefined {
  return value?.type === 'name' ? value.name : undefined;
}
