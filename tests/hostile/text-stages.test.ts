// The text stages are linear: for adversarial text of any mix (continuation lines, one endless
// paragraph, repeated title phrases, brackets, emphasis, unclosed tags), the work done, counted as
// characters handed to regular expressions (tests/hostile/meter.ts), stays within a fixed multiple
// of the input's length. Every run ends with a result or a one-line InputError.
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../shared/errors';
import { importReport, importText } from '../../shared/import/import-report';
import { joinLines, boundedParagraphs } from '../../shared/import/normalise';
import { htmlToText } from '../../shared/import/readers/html';
import { stripMarkdown } from '../../shared/import/readers/text';
import { measure } from './meter';
import {
  hostilePage,
  hostilePages,
  hostileReport,
  hostileTexts,
  repeatTo,
  TEXT_FRAGMENTS,
} from './text-generators';

const deps = { now: () => new Date('2026-11-27T10:00:00Z') };

/** Characters of regex work per character of input: the fixture reports need 75 to 135. */
const WORK_PER_CHAR = 400;
const BASE_WORK = 200_000;
const budget = (length: number) => WORK_PER_CHAR * length + BASE_WORK;

function endedWell(error: unknown): boolean {
  return error === undefined || (isInputError(error) && !error.message.includes('\n'));
}

describe('text stages on adversarial text', () => {
  it('import pasted or saved text within the work budget', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileTexts(2_000, 40_000),
        fc.constantFrom('report.txt', 'report.md', 'pasted'),
        async ({ fragments, size }, name) => {
          const text = hostileReport(fragments, size);
          const { work, error } = await measure(() =>
            name === 'pasted'
              ? importText(text, deps)
              : importReport({ name, bytes: strToU8(text) }, deps),
          );
          expect(endedWell(error), String(error)).toBe(true);
          expect(work).toBeLessThanOrEqual(budget(text.length));
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it('read web pages of unclosed and nested tags within the work budget, or refuse them', async () => {
    await fc.assert(
      fc.asyncProperty(hostilePages(2_000, 60_000), async ({ fragments, size }) => {
        const page = hostilePage(fragments, size);
        const { work, error } = await measure(() =>
          importReport({ name: 'report.html', bytes: strToU8(page) }, deps),
        );
        expect(endedWell(error), String(error)).toBe(true);
        expect(work).toBeLessThanOrEqual(budget(page.length));
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  it('grow linearly: four times the continuation lines cost about four times the work', async () => {
    const small = await measure(() => importText(hostileReport(['continuation'], 25_000), deps));
    const large = await measure(() => importText(hostileReport(['continuation'], 100_000), deps));
    expect(large.work / small.work).toBeLessThan(5);
  }, 30_000);
});

describe('the stages that were quadratic', () => {
  it('line joining keeps its hyphen rules, in one pass', async () => {
    expect(
      joinLines(['the well-', 'being of organisa-', 'tions and manage-', 'ment of chil-', 'dren']),
    ).toBe('the well-being of organisations and management of chil-dren');
    const lines = TEXT_FRAGMENTS.continuation.trim().split(' ');
    const many = Array.from({ length: 50_000 }, (_, i) => lines[i % lines.length] ?? 'a');
    const { work, result } = await measure(() => joinLines(many));
    expect(result).toBe(many.join(' '));
    expect(work).toBeLessThan(many.length * 20);
  });

  it('an endless paragraph is cut at sentence ends into bounded paragraphs', () => {
    const text = 'Children are seen quickly. '.repeat(2_000);
    const pieces = boundedParagraphs(text.trim(), 8_000);
    expect(pieces.every((p) => p.length <= 8_000 && p.endsWith('.'))).toBe(true);
    expect(pieces.join(' ')).toBe(text.trim());
  });

  // Backtracking within each of these passes is pinned by backtracking.test.ts.
  it('the Markdown stripper reads brackets, emphasis and table rules in a few passes and still strips links', async () => {
    for (const fragment of ['[[[[', '[a](', '**a ', '|---', '          ']) {
      const text = repeatTo([fragment], 200_000);
      const { work } = await measure(() => stripMarkdown(text));
      expect(work).toBeLessThanOrEqual(10 * text.length);
    }
    expect(stripMarkdown('| a | b |\n|---|:---:|\n| 1 | 2 |')).toBe('a  b\n\n1  2');
    expect(
      stripMarkdown('# Title\n\nSee [the report](https://x.invalid/r) and **this** ![logo](l.png)'),
    ).toBe('Title\n\nSee the report and this logo');
  });
});

describe('web pages', () => {
  it('a page of 600,000 unclosed tags is refused in one line, before the parser slows to a crawl', async () => {
    const page = hostilePage(['unclosedInline'], 1_800_000);
    const { error } = await measure(() =>
      importReport({ name: 'report.html', bytes: strToU8(page) }, deps),
    );
    expect(isInputError(error) && error.code).toBe('html-too-complex');
    expect(String((error as Error).message)).toMatch(
      /^this web page nests elements more than 1,000 deep/,
    );
  });

  it('a page of one long run of words is refused as it is read, not after the whole page', async () => {
    // 58 MB of it took 18 s and 1.4 GB to parse whole, then refuse for its length.
    const page = hostilePage(['words'], 20 * 1024 * 1024);
    const { error, work } = await measure(() =>
      importReport({ name: 'report.html', bytes: strToU8(page) }, deps),
    );
    expect(isInputError(error) && error.code).toBe('too-much-text');
    expect(String((error as Error).message)).toBe(
      'this web page holds more than 1,500,000 characters of text, more than any inspection report; import the report itself.',
    );
    // The words past the limit are never handed to a regular expression.
    expect(work).toBeLessThan(page.length / 2);
  });

  it('text that runs across the 64 KB pieces the parser is given reads as if given whole', () => {
    const text = 'Children  were \n seen. '.repeat(6_000);
    expect(text.length).toBeGreaterThan(2 * 65_536);
    expect(htmlToText(`<p>${text}</p><p>a &amp;  b</p>`)).toBe(
      `${text.replace(/\s+/g, ' ').trim()}\n\na & b`,
    );
  });

  it('a page of many ordinary, closed elements is still read', async () => {
    const rows = Array.from(
      { length: 3_000 },
      (_, i) => `<li><p>Children seen in week ${i} were helped.</p></li>`,
    ).join('');
    const page = `<!doctype html><html><body><h1>Inspection of Hostileshire local authority children’s services</h1><ul>${rows}</ul></body></html>`;
    const result = await importReport({ name: 'report.html', bytes: strToU8(page) }, deps);
    expect(result.report.text).toContain('Children seen in week 2999 were helped.');
  });
});
