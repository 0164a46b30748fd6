// Bombs in every filter pdf.js decodes, and in encrypted PDFs, are refused by the pre-scan's count
// of decoded bytes before pdf.js opens the file; the same filters on a real page, and encrypted
// files that open without a password, still read, with the scan counting exactly what pdf.js
// decodes; an encrypted PDF that needs a password is refused in one line.
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nodeGetDocument } from '../../host/pdfjs';
import { isInputError } from '../../shared/errors';
import { LIMITS } from '../../shared/import/limits';
import { readPdf } from '../../shared/import/readers/pdf';
import { scanPdf } from '../../shared/import/readers/pdf-scan';
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
