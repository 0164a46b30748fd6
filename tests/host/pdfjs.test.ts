// pdf.js for Node: its legacy build's core-js swaps a few built-ins for slower JavaScript copies;
// loading it through host/pdfjs leaves this thread's built-ins as they were, and PDFs still read.
import { describe, expect, it } from 'vitest';
import { loadNodePdfjs, nodeGetDocument } from '../../host/pdfjs';
import { readPdf } from '../../shared/import/readers/pdf';
import { makePdf } from '../fixtures/reports/make-files';

describe('pdf.js in Node', () => {
  it('keeps Array.prototype.push, JSON.parse and JSON.stringify the built-in ones', async () => {
    const before = [Array.prototype.push, JSON.parse, JSON.stringify];
    await loadNodePdfjs();
    expect([Array.prototype.push, JSON.parse, JSON.stringify]).toEqual(before);
    expect(before.map((f) => Function.prototype.toString.call(f))).toEqual([
      'function push() { [native code] }',
      'function parse() { [native code] }',
      'function stringify() { [native code] }',
    ]);
    // What core-js adds and pdf.js needs on Node 20 is still there.
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
  });

  it('reads a PDF’s text after that, page by page', async () => {
    const pages = [
      ['Children’s services in Testshire', 'Judgement: good'],
      ['Areas for improvement', 'Care leavers need better housing.'],
    ];
    const read = await readPdf(makePdf(pages), nodeGetDocument);
    expect(read.pages).toHaveLength(2);
    expect(read.pages[1]).toContain('Care leavers need better housing.');
  });
});
