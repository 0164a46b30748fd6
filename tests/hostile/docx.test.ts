// Hostile Word files: the bytes counted are the bytes mammoth would read (the central directory),
// measured as they are inflated, and the XML handed to mammoth is bounded in size and shape, so a
// small file can no longer run the importer out of memory.
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../shared/errors';
import { importReport } from '../../shared/import/import-report';
import { LIMITS } from '../../shared/import/limits';
import { checkedDocxZip } from '../../shared/import/readers/docx';
import { readZip } from '../../shared/import/readers/zip';
import { deepDocx, hugeDocumentDocx, mismatchedHeadersDocx, ordinaryDocx } from './docx-generators';

const deps = { now: () => new Date('2026-11-27T10:00:00Z') };

async function refusalCode(bytes: Uint8Array, name = 'report.docx'): Promise<string> {
  try {
    await importReport({ name, bytes }, deps);
  } catch (error) {
    if (isInputError(error)) {
      expect(error.message).not.toContain('\n');
      return error.code;
    }
    throw error;
  }
  return 'read';
}

describe('Word files whose headers disagree', () => {
  it('reads the document mammoth would read, not the one the local headers show', () => {
    const parts = readZip('m.docx', mismatchedHeadersDocx(0.01), LIMITS, {
      wanted: (e) => e === 'word/document.xml',
      maxBytes: 1e9,
      tooMuch: () => new Error('x') as never,
    });
    expect(new TextDecoder().decode(parts.get('word/document.xml'))).toContain(
      'Children are seen quickly',
    );
  });

  it('refuses the hidden 150 MB document of a half-megabyte file, counted while inflating', async () => {
    const bytes = mismatchedHeadersDocx(150);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(await refusalCode(bytes)).toBe('docx-too-large');
  });
});

describe('Word files inside the zip limit that mammoth could not hold', () => {
  it('refuses 150 MB of document XML (under the 200 MB zip limit) by what it inflates to', async () => {
    const bytes = hugeDocumentDocx(150);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(await refusalCode(bytes)).toBe('docx-too-large');
  });

  it('stops inflating once the text parts pass their limit', () => {
    let inflatedPastLimit = false;
    try {
      readZip('h.docx', hugeDocumentDocx(20), LIMITS, {
        wanted: () => true,
        maxBytes: 1024 * 1024,
        tooMuch: () => {
          inflatedPastLimit = true;
          return new Error('limit') as never;
        },
      });
    } catch {
      // the refusal itself is checked above
    }
    expect(inflatedPastLimit).toBe(true);
  });

  it('refuses XML nested 100,000 deep before mammoth builds a tree of it', async () => {
    expect(await refusalCode(deepDocx(100_000))).toBe('docx-too-complex');
  });

  it('still reads an ordinary report, with nesting Word really writes', async () => {
    expect(await refusalCode(ordinaryDocx())).toBe('read');
    expect(() => checkedDocxZip('d.docx', deepDocx(50))).not.toThrow();
  });
});
