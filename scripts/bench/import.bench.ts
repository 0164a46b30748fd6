// Benchmarks for the importer: a real 40-page ILACS-sized PDF from bytes to structured result,
// the structure step alone on extracted text, and the whole corpus folder, when the corpus
// (../shared/corpus or /work/shared/corpus) is present.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { nodeGetDocument } from '../../host/pdfjs';
import { isInputError } from '../../shared/errors';
import { importReport } from '../../shared/import/import-report';
import { normalise } from '../../shared/import/normalise';
import { readPdf } from '../../shared/import/readers/pdf';
import { recogniseStructure } from '../../shared/import/structure';
import { buildFindings } from '../../shared/import/findings';
import { median, timeMs, type BenchCase } from './types';

const CORPUS = [resolve(import.meta.dirname, '../../../shared/corpus'), '/work/shared/corpus'].find((p) => existsSync(join(p, 'expected.csv')));
const deps = { getDocument: nodeGetDocument, now: () => new Date() };

/** The corpus PDF closest to 40 pages (ILACS reports run 9 to 14 pages; SIF ones reach 55). */
async function fortyPages(folder: string): Promise<{ name: string; bytes: Uint8Array; pages: number }> {
  let best: { name: string; bytes: Uint8Array; pages: number } | null = null;
  for (const name of (await readdir(folder)).filter((f) => f.endsWith('.pdf'))) {
    const bytes = new Uint8Array(await readFile(join(folder, name)));
    try {
      const pages = (await readPdf(bytes, nodeGetDocument)).pages.length;
      if (!best || Math.abs(pages - 40) < Math.abs(best.pages - 40)) best = { name, bytes, pages };
    } catch (error) {
      if (!isInputError(error)) throw error;
    }
  }
  if (!best) throw new Error(`no readable PDF in ${folder}`);
  return best;
}

export const cases: BenchCase[] = CORPUS
  ? [
      {
        id: 'import',
        issue: 4,
        async run() {
          const folder = CORPUS;
          const report = await fortyPages(folder);
          const whole: number[] = [];
          for (let i = 0; i < 5; i += 1) whole.push(await timeMs(() => importReport({ name: report.name, bytes: report.bytes }, deps)));
          const extracted = await readPdf(report.bytes, nodeGetDocument);
          const paragraphs = normalise(extracted).paragraphs;
          const structure: number[] = [];
          const findings: number[] = [];
          for (let i = 0; i < 20; i += 1) {
            let recognised = recogniseStructure(paragraphs);
            structure.push(await timeMs(() => (recognised = recogniseStructure(paragraphs))));
            findings.push(await timeMs(() => buildFindings({ reportId: 'report-bench', paragraphs, skip: recognised.table, statements: recognised.statements, themeRules: [] })));
          }
          const files = (await readdir(folder)).filter((f) => !/\.(?:csv|md)$/.test(f));
          const total = await timeMs(async () => {
            for (const name of files) {
              await importReport({ name, bytes: new Uint8Array(await readFile(join(folder, name))) }, deps).catch((error: unknown) => {
                if (!isInputError(error)) throw error;
              });
            }
          });
          return [
            { label: `${report.name} (${report.pages} pages): bytes to structured result, median of 5`, value: median(whole), unit: 'ms', target: 1500 },
            { label: `structure (framework, judgements, metadata) on its extracted text, median of 20`, value: median(structure), unit: 'ms', target: 50 },
            { label: `findings with kinds, themes and ids from the same text, median of 20`, value: median(findings), unit: 'ms' },
            { label: `whole corpus folder (${files.length} files), one pass`, value: total, unit: 'ms' },
          ];
        },
      },
    ]
  : [];
