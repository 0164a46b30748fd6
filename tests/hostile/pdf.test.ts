// Hostile PDFs: a flate bomb is refused by the bytes it inflates to, counted before pdf.js reads
// the file; form XObjects that draw each other twice over are refused by the pieces of text pdf.js
// sends for the page, counted as they arrive; a real report's PDF passes both counts.
import { describe, expect, it } from 'vitest';
import { nodeGetDocument } from '../../host/pdfjs';
import { isInputError } from '../../shared/errors';
import { LIMITS } from '../../shared/import/limits';
import { readPdf } from '../../shared/import/readers/pdf';
import { scanPdf } from '../../shared/import/readers/pdf-scan';
import { makePdf } from '../fixtures/reports/make-files';
import { flateBombPdf, nestedFormsPdf } from './pdf-generators';

async function refusalCode(bytes: Uint8Array): Promise<string> {
  try {
    await readPdf(bytes, nodeGetDocument);
  } catch (error) {
    if (isInputError(error)) {
      expect(error.message).not.toContain('\n');
      return error.code;
    }
    throw error;
  }
  return 'read';
}

describe('flate bombs', () => {
  it('a few kilobytes deflated twice over are refused before pdf.js reads them', async () => {
    const bomb = flateBombPdf(24);
    expect(bomb.length).toBeLessThan(5_000);
    let opened = false;
    await expect(
      readPdf(bomb, (params) => {
        opened = true;
        return nodeGetDocument(params);
      }),
    ).rejects.toMatchObject({ code: 'pdf-bomb' });
    expect(opened).toBe(false);
  });

  it('counts what each stage inflates, and stops at the limit', () => {
    expect(() => scanPdf(flateBombPdf(4), { ...LIMITS, maxPdfContentBytes: 1024 * 1024 })).toThrow(
      /more than 1 MB of drawing instructions/,
    );
    const scan = scanPdf(flateBombPdf(4), LIMITS);
    // The inner stream (about 4 MB of page content) and the deflated stage it came from.
    expect(scan.contentBytes).toBeGreaterThan(4 * 1024 * 1024);
    expect(scan.contentBytes).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('forms that draw each other', () => {
  it('a page whose forms multiply to a million drawings is refused in one line', async () => {
    expect(await refusalCode(nestedFormsPdf(20))).toBe('pdf-too-complex');
  }, 60_000);

  it('forms nested a few deep are read', async () => {
    const result = await readPdf(nestedFormsPdf(3), nodeGetDocument);
    expect(result.pages[0]).toContain('deep');
  });
});

describe('an ordinary PDF', () => {
  it('passes the scan with room to spare', () => {
    const scan = scanPdf(
      makePdf([
        [
          'Inspection of Anyshire local authority children’s services',
          'Children are seen quickly.',
        ],
      ]),
      LIMITS,
    );
    expect(scan.objects).toBeGreaterThan(3);
    expect(scan.contentBytes).toBeLessThan(LIMITS.maxPdfContentBytes);
  });
});
