// Every reader on real bytes of its format, and every refusal a member can meet, as one line.
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { isInputError } from '../../../shared/errors';
import { sniff } from '../../../shared/import/sniff';
import { htmlToText } from '../../../shared/import/readers/html';
import { readPdf } from '../../../shared/import/readers/pdf';
import { nodeGetDocument } from '../../../host/pdfjs';
import {
  fixtureBytes,
  makeDocx,
  makePdf,
  makeZipBomb,
  makeZipOfEntries,
} from '../../fixtures/reports/make-files';
import { importBytes } from './helpers';

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isInputError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the import to be refused');
}

const REPORT_LINES = [
  'Inspection of Testshire local authority children’s services',
  'Lead inspector: Sam Ortiz, His Majesty’s Inspector',
];

describe('reading each format', () => {
  it('reads a PDF text layer page by page, with page numbers on findings', async () => {
    const pages = [
      [...REPORT_LINES, '', 'Overall effectiveness Good'],
      ['What needs to improve?', '', '◼ The timeliness of assessments for children in need.'],
      [
        'The experiences and progress of care leavers: good',
        '',
        '1. Care leavers are well supported by personal advisers who know them well.',
      ],
    ];
    const result = await importBytes('testshire.pdf', makePdf(pages));
    expect(result.report.source.mediaType).toBe('application/pdf');
    expect(result.report.pageStarts).toHaveLength(3);
    const finding = result.findings.find((f) =>
      f.text.startsWith('Care leavers are well supported'),
    );
    expect(finding?.source.page).toBe(3);
    expect(finding?.source.paragraph).toBe(1);
    expect(result.findings.find((f) => f.kind === 'recommendation')?.source.page).toBe(2);
  });

  it('reads a Word document through mammoth after checking its zip', async () => {
    const result = await importBytes(
      'lowmoor.docx',
      makeDocx([
        ...REPORT_LINES,
        'Care leavers are well supported by personal advisers who know them well.',
      ]),
    );
    expect(result.report.authority).toBe('Testshire');
    expect(result.report.leadInspector).toBe('Sam Ortiz');
    expect(result.findings.map((f) => f.text)).toContain(
      'Care leavers are well supported by personal advisers who know them well.',
    );
  });

  it('reads HTML without scripts, menus, headers, footers or forms', () => {
    const text = htmlToText(
      '<html><head><title>x</title><style>p{}</style></head><body><header>Site header</header><nav><a>Menu</a></nav>' +
        '<main><h1>Inspection of Testshire</h1><p>Children are safe.</p><ul><li>First point</li><li>Second &amp; last</li></ul></main>' +
        '<form><label>Search</label></form><script>alert(1)</script><div class="cookie-banner">Accept cookies</div><footer>© Crown</footer></body></html>',
    );
    expect(text.split(/\n+/)).toEqual([
      'Inspection of Testshire',
      'Children are safe.',
      '• First point',
      '• Second & last',
    ]);
  });

  it('reads Markdown as text, without its marks', async () => {
    const result = await importBytes(
      'notes.md',
      strToU8(
        '# Inspection of Testshire local authority children’s services\n\n**Care leavers** are well supported by their [advisers](https://example.org).',
      ),
    );
    expect(result.report.text).toContain('Care leavers are well supported by their advisers.');
  });

  it('recognises content whatever the name says: an HTML page named .pdf is read as HTML', () => {
    expect(sniff('report.pdf', strToU8('<!DOCTYPE html><html><body>Hi</body></html>'))).toEqual({
      type: 'html',
      warning:
        '"report.pdf" is named as a PDF but holds a web page (HTML); it was read as a web page (HTML).',
    });
    expect(sniff('report.txt', makePdf([['x']])).type).toBe('pdf');
    expect(sniff('report', makeDocx(['x'])).type).toBe('docx');
  });
});

describe('refusing bad input with one line', () => {
  const cases: [string, string, () => Uint8Array, string][] = [
    ['an empty file', 'empty.pdf', () => new Uint8Array(0), 'empty'],
    [
      'binary noise',
      'noise.pdf',
      () => Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256),
      'binary',
    ],
    [
      'invalid UTF-8 text',
      'report.txt',
      () =>
        Uint8Array.from([
          ...strToU8('Care leavers are '),
          0xff,
          0xfe,
          0x41,
          ...strToU8(' well supported and more words here.'),
        ]),
      'invalid-utf8',
    ],
    [
      'an old Word .doc',
      'report.doc',
      () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'legacy-doc',
    ],
    [
      'a zip that is not a Word document',
      'report.docx',
      () => zipSync({ 'notes/readme.txt': strToU8('Not a Word document at all.') }),
      'not-docx',
    ],
    [
      'a damaged PDF',
      'report.pdf',
      () => strToU8('%PDF-1.4\nthis is not really a pdf at all\n%%EOF'),
      'pdf-invalid',
    ],
    [
      'a scanned PDF with no text layer',
      'scan.pdf',
      () => makePdf([null, null, null]),
      'pdf-no-text',
    ],
    [
      'an HTML "not found" page saved as .pdf',
      'missing.pdf',
      () =>
        strToU8(
          '<!DOCTYPE html><html><body><h1>Report not found</h1><p>Sorry, the document you requested no longer exists.</p></body></html>',
        ),
      'not-a-report',
    ],
  ];
  it.each(cases)('refuses %s', async (_what, name, bytes, code) => {
    const { code: got, message } = await refusal(importBytes(name, bytes()));
    expect(got).toBe(code);
    expect(message).not.toContain('\n');
  });

  it('says what to do about a scanned PDF', async () => {
    const { message } = await refusal(importBytes('scan.pdf', makePdf([null])));
    expect(message).toBe(
      'this PDF has no text layer (it looks scanned), so its words cannot be read; import the text or Word version of the report instead.',
    );
  });

  it('refuses a zip bomb named .docx by the bytes it actually inflates', async () => {
    const bomb = makeZipBomb(12);
    expect(bomb.length).toBeLessThan(100_000);
    const { code, message } = await refusal(
      importBytes('bomb.docx', bomb, {
        zipLimits: { maxZipEntries: 2000, maxInflatedBytes: 8 * 1024 * 1024 },
      }),
    );
    expect(code).toBe('zip-bomb');
    expect(message).toBe(
      '"bomb.docx" expands to more than 8 MB when opened, which no Word report does (it may be a zip bomb); it was not read.',
    );
  });

  it('refuses a Word file with too many entries', async () => {
    const { code } = await refusal(
      importBytes('many.docx', makeZipOfEntries(60), {
        zipLimits: { maxZipEntries: 50, maxInflatedBytes: 1e9 },
      }),
    );
    expect(code).toBe('zip-entries');
  });

  it('refuses a 500-page PDF before reading its text', async () => {
    const pages = Array.from({ length: 500 }, (_, i) => (i === 0 ? ['Page one'] : null));
    const { code, message } = await refusal(readPdf(makePdf(pages), nodeGetDocument));
    expect(code).toBe('too-many-pages');
    expect(message).toBe(
      'this PDF has 500 pages, more than the 300 an inspection report can have; import the report itself rather than a bundle of documents.',
    );
  });

  it('refuses a password-protected PDF', async () => {
    const { code, message } = await refusal(importBytes('locked.pdf', fixtureBytes('locked.pdf')));
    expect(code).toBe('pdf-password');
    expect(message).toBe(
      'this PDF is protected by a password; save an unprotected copy (or the Word or text version) and import that.',
    );
  });
});
