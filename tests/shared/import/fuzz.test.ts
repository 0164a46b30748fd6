// Arbitrary bytes into every reader and the importer: only the typed InputError ever escapes, and
// every run finishes (fast-check's own time limit bounds each property).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { isInputError } from '../../../shared/errors';
import { importReport, importText } from '../../../shared/import/import-report';
import { readDocx } from '../../../shared/import/readers/docx';
import { readHtml } from '../../../shared/import/readers/html';
import { readPdf } from '../../../shared/import/readers/pdf';
import { readText } from '../../../shared/import/readers/text';
import { nodeGetDocument } from '../../../host/pdfjs';
import { makeDocx, makePdf } from '../../fixtures/reports/make-files';
import { deps } from './helpers';

async function onlyInputErrors(work: () => unknown): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (isInputError(error)) return error.message.length > 0 && !error.message.includes('\n');
    throw error;
  }
}

/** Bytes that start like a real format, then go wrong: the inputs most likely to trip a reader. */
const prefixed = (prefix: Uint8Array) =>
  fc.uint8Array({ maxLength: 600 }).map((tail) => Uint8Array.from([...prefix, ...tail]));
const corrupted = (valid: Uint8Array) =>
  fc
    .array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 12,
    })
    .map((edits) => {
      const copy = valid.slice();
      for (const [at, value] of edits) copy[at] = value;
      return copy;
    });

const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  prefixed(strToU8('%PDF-1.4\n')),
  prefixed(Uint8Array.from([0x50, 0x4b, 0x03, 0x04])),
  prefixed(strToU8('<!DOCTYPE html><html><body>')),
  corrupted(
    makePdf([
      ['Inspection of Fuzzshire local authority children’s services', 'Overall effectiveness Good'],
    ]),
  ),
  corrupted(
    makeDocx([
      'Inspection of Fuzzshire local authority children’s services',
      'Care leavers are well supported.',
    ]),
  ),
);
// A run that hangs fails after `timeout`; the whole property stops after its time limit.
const settings = { numRuns: 120, timeout: 10_000, interruptAfterTimeLimit: 20_000 };

describe('arbitrary bytes', () => {
  it('never make the importer throw anything but InputError', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyBytes,
        fc.constantFrom('report.pdf', 'report.docx', 'report.html', 'report.txt', 'report'),
        (bytes, name) => onlyInputErrors(() => importReport({ name, bytes }, deps)),
      ),
      settings,
    );
  }, 60_000);

  it('never make a single reader throw anything but InputError', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, async (bytes) => {
        const results = await Promise.all([
          onlyInputErrors(() => readPdf(bytes, nodeGetDocument)),
          onlyInputErrors(() => readDocx('x.docx', bytes)),
          onlyInputErrors(() => readHtml('x.html', bytes)),
          onlyInputErrors(() => readText('x.txt', bytes)),
        ]);
        return results.every(Boolean);
      }),
      settings,
    );
  }, 60_000);

  it('never make pasted text throw anything but InputError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000, unit: 'grapheme' }), (text) => {
        try {
          const result = importText(text, deps);
          return result.findings.every(
            (f) => result.report.text.slice(f.source.start, f.source.end) === f.text,
          );
        } catch (error) {
          return isInputError(error);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rejects input it cannot read with a message, not silence', async () => {
    await expect(
      importReport({ name: 'x.pdf', bytes: new Uint8Array([1, 2, 3, 0, 0]) }, deps),
    ).rejects.toSatisfy(isInputError);
  });
});

describe('a bug in a text stage', () => {
  const fault = () => {
    throw new TypeError('a fault put into the findings stage');
  };

  it("leaves the importer as itself, not as the member's bad file", async () => {
    const bytes = strToU8(
      'Inspection of Faultshire local authority children’s services\n\nCare leavers are well supported by their personal advisers.',
    );
    await expect(
      importReport(
        { name: 'report.txt', bytes },
        { ...deps, onStage: (s) => (s === 'findings' ? fault() : undefined) },
      ),
    ).rejects.toThrow(TypeError);
    await expect(importReport({ name: 'report.txt', bytes }, deps)).resolves.toBeDefined();
  });

  it('makes the only-InputError property fail, so the property can catch one', async () => {
    const run = await fc.check(
      fc.asyncProperty(
        fc.constantFrom(
          'Inspection of Faultshire local authority children’s services\n\nCare leavers are well supported by their personal advisers.',
        ),
        (text) =>
          onlyInputErrors(() =>
            importReport(
              { name: 'report.txt', bytes: strToU8(text) },
              { ...deps, onStage: (s) => (s === 'findings' ? fault() : undefined) },
            ),
          ),
      ),
      { numRuns: 5 },
    );
    expect(run.failed).toBe(true);
  });
});
