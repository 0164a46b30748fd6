// Bombs in every filter pdf.js decodes, and in encrypted PDFs, are refused by the pre-scan's count
// of decoded bytes before pdf.js opens the file; the same filters on a real page, and encrypted
// files that open without a password, still read, with the scan counting exactly what pdf.js
// decodes; an encrypted PDF that needs a password is refused in one line.
import { deflateSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nodeGetDocument } from '../../host/pdfjs';
import { isInputError } from '../../shared/errors';
import { LIMITS } from '../../shared/import/limits';
import { readPdf } from '../../shared/import/readers/pdf';
import { scanPdf } from '../../shared/import/readers/pdf-scan';
import {
  MAX_FLATE_RATIO,
  decodeChain,
  inflateWhole,
} from '../../shared/import/readers/pdf-filters';
import { concatBytes } from '../../shared/util/bytes';
import {
  ascii85,
  ascii85FlateBombPdf,
  asciiHex,
  encodedReportPdf,
  encryptedBombPdf,
  encryptedReportPdf,
  escapedNameBombPdf,
  flateLzwBombPdf,
  hexFlateBombPdf,
  hiddenEndBombPdf,
  lzwBombPdf,
  lzwEncode,
  runLength,
  runLengthBombPdf,
  type Cipher,
} from './pdf-filter-generators';
import { buildPdf, latin1 } from './pdf-generators';

/** The refusal's code and message, checking pdf.js was never asked to open the file. */
async function refusal(pdf: Uint8Array): Promise<{ code: string; message: string }> {
  let opened = false;
  try {
    await readPdf(pdf, (params) => {
      opened = true;
      return nodeGetDocument(params);
    });
  } catch (error) {
    if (!isInputError(error)) throw error;
    expect(error.message).not.toContain('\n');
    expect(opened).toBe(false);
    return { code: error.code, message: error.message };
  }
  throw new Error('the file was read');
}

const CIPHERS: Cipher[] = ['rc4', 'aes128', 'aes256'];

describe('bombs in every filter that can grow a stream', () => {
  const bombs: [string, () => Uint8Array][] = [
    ['LZW alone (a 0.8 MB file, 2 GB of content)', () => lzwBombPdf(2)],
    ['LZW under Flate', () => flateLzwBombPdf(2)],
    ['Flate twice under ASCIIHex', () => hexFlateBombPdf(1)],
    ['Flate twice under ASCII85 (abbreviated names)', () => ascii85FlateBombPdf(1)],
    ['RunLength under Flate twice', () => runLengthBombPdf(4)],
    ['a filter name with #xx escapes, under /F', () => escapedNameBombPdf(1)],
    ['"endstream" inside the data before /Length ends it', () => hiddenEndBombPdf(1)],
  ];
  for (const [name, make] of bombs) {
    it(`${name}: refused in one line before pdf.js reads it`, async () => {
      const pdf = make();
      expect(pdf.length).toBeLessThan(1024 * 1024);
      const { code, message } = await refusal(pdf);
      expect(code).toBe('pdf-bomb');
      expect(message).toContain('more than 10 MB of drawing instructions');
    }, 30_000);
  }

  it('the count stops at the limit, not at the end of the stream', () => {
    // 64 KB a step: a 1 MB limit is passed within a few steps of a gigabyte of LZW.
    expect(() => scanPdf(lzwBombPdf(1), { ...LIMITS, maxPdfContentBytes: 1024 * 1024 })).toThrow(
      /more than 1 MB/,
    );
  });
});

describe('the same filters on a real page', () => {
  const encodings: [string, string, (c: Uint8Array) => Uint8Array, number][] = [
    ['LZW', '/LZWDecode', lzwEncode, 1],
    ['ASCIIHex then Flate', '/AHx /Fl', (c) => asciiHex(zlibSync(c)), 0],
    ['ASCII85', '/ASCII85Decode', ascii85, 1],
    ['RunLength', '/RunLengthDecode', runLength, 1],
  ];
  for (const [name, filters, encode] of encodings) {
    it(`${name}: read by pdf.js, with the scan counting what each stage gives`, async () => {
      const { pdf, content } = encodedReportPdf(filters, encode);
      const scan = scanPdf(pdf, LIMITS);
      const stages = filters === '/AHx /Fl' ? zlibSync(content).length : 0;
      expect(scan.contentBytes).toBe(content.length + stages);
      const read = await readPdf(pdf, nodeGetDocument);
      expect(read.pages[1]).toContain('Children in care are visited regularly');
    });
  }
});

describe('encrypted PDFs', () => {
  for (const cipher of CIPHERS) {
    it(`${cipher}: a flate bomb in a file that opens with no password is refused`, async () => {
      const { code } = await refusal(encryptedBombPdf(cipher, 1));
      expect(code).toBe('pdf-bomb');
    }, 30_000);

    it(`${cipher}: a report that opens with no password is decrypted, counted and read`, async () => {
      const { pdf, content } = encryptedReportPdf(cipher);
      const scan = scanPdf(pdf, LIMITS);
      expect(scan.encrypted).toBe(true);
      expect(scan.contentBytes).toBe(content.length);
      const read = await readPdf(pdf, nodeGetDocument);
      expect(read.pages[1]).toContain('Children in care are visited regularly');
    });

    it(`${cipher}: a report that needs a password is refused in one line`, async () => {
      const { code, message } = await refusal(encryptedReportPdf(cipher, 'secret').pdf);
      expect(code).toBe('pdf-password');
      expect(message).toBe(
        'this PDF is protected by a password; save an unprotected copy (or the Word or text version) and import that.',
      );
    });
  }

  it('an encryption other than the standard one is refused rather than read unbounded', async () => {
    const pdf = buildPdf(
      [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [] /Count 0 >>',
        '<< /Filter /Adobe.PubSec /V 4 /R 4 >>',
      ],
      '/Encrypt 3 0 R /ID [<00> <00>] ',
    );
    const { code, message } = await refusal(pdf);
    expect(code).toBe('pdf-encrypted');
    expect(message).toContain('save an unprotected copy');
  });
});

describe('filters the scan cannot count', () => {
  it('an image codec on page content is refused; on an image it ends the count', async () => {
    const page = (filter: string, subtype: string) =>
      buildPdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        subtype
          ? '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im 4 0 R >> >> >>'
          : '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
        {
          dict: `<< /Length %LENGTH% ${subtype} /Filter [/FlateDecode /${filter}] >>`,
          data: zlibSync(latin1('not really an image')),
        },
      ]);
    expect((await refusal(page('CCITTFaxDecode', ''))).code).toBe('pdf-unsupported');
    expect((await refusal(page('BrotliDecode', '/Subtype /Image'))).code).toBe('pdf-unsupported');
    const image = scanPdf(page('DCTDecode', '/Subtype /Image'), LIMITS);
    expect(image.imageBytes).toBe('not really an image'.length);
    // A stream that calls itself an image but is drawn as the page's content: pdf.js would decode
    // its codec as drawing instructions, so it is refused, named by the page directly or from an
    // object stream.
    const disguised = (page: string) =>
      buildPdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        page,
        {
          dict: '<< /Length %LENGTH% /Subtype /Image /Filter [/FlateDecode /CCITTFaxDecode] >>',
          data: zlibSync(latin1('not really an image')),
        },
      ]);
    expect(
      (await refusal(disguised('<< /Type /Page /Parent 2 0 R /Contents [4 0 R] >>'))).message,
    ).toContain('an image compressed with CCITTFaxDecode drawn as page content');
    const inObjectStream = latin1('5 0 << /Type /Page /Parent 2 0 R /Cont#65nts 4 0 R >>');
    expect(() =>
      scanPdf(
        disguised(
          `<< /Type /ObjStm /N 1 /First 4 /Length ${zlibSync(inObjectStream).length} /Filter /FlateDecode >>\nstream\n${String.fromCharCode(...zlibSync(inObjectStream))}\nendstream`,
        ),
        LIMITS,
      ),
    ).toThrow(/drawn as page content/);
    // "/Filter null" is no filter at all, as pdf.js reads it; an unknown name passes bytes on.
    const plain = (filter: string) =>
      scanPdf(
        buildPdf([
          '<< /Type /Catalog /Pages 2 0 R >>',
          '<< /Type /Pages /Kids [] /Count 0 >>',
          { dict: `<< /Length %LENGTH% /Filter ${filter} >>`, data: zlibSync(latin1('q Q')) },
        ]),
        LIMITS,
      ).contentBytes;
    expect(plain('null')).toBe(0);
    expect(plain('[/NoSuchDecode /FlateDecode]')).toBe(3);
  });
});

describe('a Flate stream inflated at once', () => {
  /** What `flate` gives in its steps (16 KB pieces, as the scan hands them), or the error. */
  const stepped = (data: Uint8Array): { bytes: number[]; error: boolean } => {
    const bytes: number[] = [];
    const sink = decodeChain(
      ['FlateDecode'],
      [undefined],
      () => undefined,
      (chunk) => {
        for (const b of chunk) bytes.push(b);
      },
    );
    try {
      for (let at = 0; at < data.length; at += 16 * 1024)
        sink(data.subarray(at, at + 16 * 1024), at + 16 * 1024 >= data.length);
    } catch {
      return { bytes, error: true };
    }
    return { bytes, error: false };
  };
  const text = latin1(
    Array.from(
      { length: 4000 },
      (_, i) => `BT /F1 12 Tf 72 ${i % 700} Td (line ${i * 7919}) Tj ET\n`,
    ).join(''),
  );

  it('gives the very bytes the steps give, zlib-wrapped or raw, trailing bytes ignored', () => {
    const zlib = zlibSync(text);
    for (const data of [
      zlib,
      deflateSync(text),
      concatBytes([zlib, latin1('\r\n')]),
      zlibSync(new Uint8Array(0)),
      // Stored blocks (no compression), which fflate copies in one piece.
      zlibSync(text, { level: 0 }),
    ]) {
      const steps = stepped(data);
      expect(steps.error).toBe(false);
      // Into a scratch buffer with room, into one too small (inflated again), and without one;
      // a scratch left holding another stream's bytes changes nothing.
      const used = new Uint8Array(1024 * 1024).fill(0x41);
      for (const scratch of [new Uint8Array(1024 * 1024), used, new Uint8Array(64), undefined]) {
        const whole = inflateWhole(data, scratch);
        expect(whole && [...whole]).toEqual(steps.bytes);
      }
    }
    expect(inflateWhole(zlib)?.length).toBe(text.length);
  });

  it('gives nothing where the steps meet an error, and the scan counts what the steps gave', () => {
    const full = zlibSync(text);
    const cut = full.subarray(0, full.length >> 1);
    for (const scratch of [new Uint8Array(1024 * 1024), new Uint8Array(64), undefined]) {
      expect(inflateWhole(cut, scratch)).toBeNull();
      expect(inflateWhole(latin1('not flate at all'), scratch)).toBeNull();
    }
    const steps = stepped(cut);
    expect(steps.error).toBe(true);
    expect(steps.bytes.length).toBeGreaterThan(0);
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
      { dict: '<< /Length %LENGTH% /Filter /FlateDecode >>', data: cut },
    ]);
    expect(scanPdf(pdf, LIMITS).contentBytes).toBe(steps.bytes.length);
    expect(scanPdf(pdf, LIMITS).contentBytes).toBeGreaterThan(0);
  });

  it('into the scratch only where it might make up to twice its room, else in steps', () => {
    // 300 KB fits the 2 MB scratch; 2.5 MB does not, and is stepped through and counted.
    for (const size of [300_000, 2_500_000]) {
      const data = zlibSync(new Uint8Array(size));
      const most = data.length * MAX_FLATE_RATIO;
      expect(most).toBeGreaterThan(size);
      const pdf = buildPdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [] /Count 0 >>',
        { dict: '<< /Length %LENGTH% /Filter /FlateDecode >>', data },
      ]);
      // Room for what it makes, but less than what it might.
      const room = Math.floor((most + size) / 2);
      expect(scanPdf(pdf, { ...LIMITS, maxPdfContentBytes: room }).contentBytes).toBe(size);
      expect(() => scanPdf(pdf, { ...LIMITS, maxPdfContentBytes: size - 1 })).toThrow(
        /of drawing instructions/,
      );
    }
  });

  it('is used only where Flate at its largest ratio stays within the limit', () => {
    // 1 MB of one byte deflates to about a kilobyte: over a 1 MB limit it is still counted in
    // steps and refused, whether or not it would fit at its actual ratio.
    const bomb = zlibSync(new Uint8Array(1024 * 1024 + 1));
    expect(bomb.length * MAX_FLATE_RATIO).toBeGreaterThan(1024 * 1024);
    const pdf = buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
      { dict: '<< /Length %LENGTH% /Filter /FlateDecode >>', data: bomb },
    ]);
    expect(() => scanPdf(pdf, { ...LIMITS, maxPdfContentBytes: 1024 * 1024 })).toThrow(
      /more than 1 MB of drawing instructions/,
    );
    expect(scanPdf(pdf, LIMITS).contentBytes).toBe(1024 * 1024 + 1);
  });
});
