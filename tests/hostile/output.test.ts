// Honest output: what the app writes as XML holds no character XML forbids; a page whose charset
// declaration contradicts its bytes, and text that decodes to nonsense, are read with a warning
// rather than saved silently; a note of 200,000 characters reaches pdfmake in pieces it can lay
// out in one pass.
import { strToU8, unzipSync } from 'fflate';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport, importText } from '../../shared/import/import-report';
import { GARBLED_WARNING } from '../../shared/import/garbled';
import { NOT_READABLE } from '../../shared/import/not-a-report';
import { renderPackDocx } from '../../shared/pack/docx';
import type { PackDocument } from '../../shared/pack/document';
import { packPdfDefinition, pieces } from '../../shared/pack/pdf';
import { readPdf } from '../../shared/import/readers/pdf';
import { nodeGetDocument } from '../../host/pdfjs';
import { fixture, makePdf } from '../fixtures/reports/make-files';

const deps = { now: () => new Date('2026-11-27T10:00:00Z') };
const VT = String.fromCharCode(11);
// eslint-disable-next-line no-control-regex -- looking for what XML 1.0 forbids
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function pack(title: string, note: string): PackDocument {
  return {
    metadata: {
      title,
      author: `Cllr${VT}A`,
      language: 'en-GB',
      marking: 'official',
      exempt: false,
      committee: 'Children',
      meetingDate: null,
      agendaItem: '4',
      agendaTitle: 'Ofsted',
      status: 'draft',
      preparedOn: '2026-11-27',
    },
    blocks: [
      { type: 'heading', level: 1, text: `Findings${VT}one`, id: 'h1', inContents: true },
      { type: 'callout', variant: 'note', label: 'Note', paragraphs: [note], answer: null },
    ],
    warnings: [],
  } as unknown as PackDocument;
}

describe('XML output', () => {
  it('a vertical tab in a pack title gives a Word file whose every part is well-formed XML', async () => {
    const bytes = await renderPackDocx(
      pack(`Children${VT}services`, `A note${String.fromCharCode(1)} with a control`),
    );
    const parts = unzipSync(bytes);
    const core = new TextDecoder().decode(parts['docProps/core.xml']);
    expect(core).toContain('<dc:title>Children services</dc:title>');
    for (const [name, data] of Object.entries(parts)) {
      if (name.endsWith('.xml'))
        expect(NOT_XML.test(new TextDecoder().decode(data)), name).toBe(false);
    }
  });
});

describe('charset declarations that contradict the bytes', () => {
  it('a UTF-8 page that declares UTF-16 is read as UTF-8, with a warning', async () => {
    const page = `<!doctype html><html><head><meta charset="utf-16"></head><body><h1>Inspection of Hostileshire local authority children’s services</h1>${'<p>Children are seen quickly and their needs are understood well by social workers in Hostileshire.</p>'.repeat(5)}</body></html>`;
    const result = await importReport({ name: 'report.html', bytes: strToU8(page) }, deps);
    expect(result.report.text).toContain('Children are seen quickly');
    expect(
      result.warnings.some((w) => /says its text is UTF-16 but it is written as UTF-8/.test(w)),
    ).toBe(true);
  });
});

describe('text that decodes to nonsense', () => {
  const shifted = (text: string) =>
    text.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 3) % 26) + 97));

  it('a PDF whose font maps the body’s letters to the wrong ones is read with a warning', async () => {
    const lines = fixture('ilacs-2023-lowmoor.txt')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 40)
      .map((l, i) => (i < 2 ? l : shifted(l)));
    const extracted = await readPdf(makePdf([lines]), nodeGetDocument);
    expect(extracted.pages[0]).toMatch(/wkh/);
    const result = importText(extracted.pages.join('\n\n'), deps);
    expect(result.warnings).toContain(GARBLED_WARNING);
  });

  it('one with no readable sign of a report at all is refused with a line saying what to do', async () => {
    const lines = fixture('ilacs-2023-lowmoor.txt')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 40)
      .map(shifted);
    const extracted = await readPdf(makePdf([lines]), nodeGetDocument);
    expect(() => importText(extracted.pages.join('\n\n'), deps)).toThrow(NOT_READABLE);
  });

  it('no fixture report is flagged', () => {
    const folder = join(import.meta.dirname, '../fixtures/reports');
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt'))) {
      expect(importText(fixture(name), deps).warnings, name).not.toContain(GARBLED_WARNING);
    }
  });
});

describe('a note of 200,000 characters in the PDF', () => {
  it('reaches pdfmake as pieces of at most 1,500 characters, with no words lost', () => {
    const note = 'Ask the director how this compares with last year. '
      .repeat(4_000)
      .slice(0, 200_000);
    const definition = JSON.stringify(packPdfDefinition(pack('Pack', note)));
    const parts = pieces(note);
    expect(parts.every((p) => p.length <= 1_500)).toBe(true);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(note.trim().replace(/\s+/g, ' '));
    for (const part of parts.slice(0, 3))
      expect(definition).toContain(JSON.stringify(part).slice(1, -1));
    expect(definition).not.toContain(note.slice(0, 1_600));
  });
});
