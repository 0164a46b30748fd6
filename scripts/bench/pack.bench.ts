// Benchmarks for briefing packs (issue 6): a large pack (500 findings, 1,000 annotations) as Word
// and PDF, side by side with pandoc (markdown of the same content to docx) and LibreOffice (our
// docx to pdf).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildPackDocument } from '../../shared/pack/build';
import { blockTexts, type PackDocument } from '../../shared/pack/document';
import { renderPackDocx } from '../../shared/pack/docx';
import { packPdfBytes } from '../../host/pdfmake';
import { MEETING, scaledWorkspace } from '../../tests/fixtures/packs/workspace';
import { median, timeMs, type BenchCase } from './types';

const run = promisify(execFile);

/** CPU milliseconds this process spent on `work`: steadier than wall time when other work
 * shares the machine, so it is printed beside the wall-clock figures. */
async function cpuMs(work: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The same content as markdown, for pandoc: headings, paragraphs, lists and pipe tables. */
function markdownOf(pack: PackDocument): string {
  const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return pack.blocks
    .map((b) => {
      switch (b.type) {
        case 'heading':
          return `${'#'.repeat(b.level)} ${b.text}`;
        case 'table':
          return [...b.headerRows, b.widths.map(() => '---'), ...b.rows]
            .map((r) => `| ${r.map(cell).join(' | ')} |`)
            .join('\n');
        case 'list':
          return b.items.map((i) => `- ${i.map((r) => r.text).join('')}`).join('\n');
        case 'callout':
          return blockTexts(b)
            .filter(Boolean)
            .map((t) => `> ${t}`)
            .join('\n>\n');
        case 'pageBreak':
          return '';
        default:
          return blockTexts(b).join('');
      }
    })
    .join('\n\n');
}

export const cases: BenchCase[] = [
  {
    id: 'pack',
    issue: 6,
    async run() {
      const data = scaledWorkspace(500, 1000);
      const pack = data.packs[0];
      if (!pack) throw new Error('the scaled workspace has no pack');
      const document = buildPackDocument(data, pack, MEETING, pack.options, new Date());
      const folder = await mkdtemp(join(tmpdir(), 'scrutiny-pack-bench-'));
      try {
        const build = median(
          await Promise.all(
            [1, 2, 3].map(() =>
              timeMs(() => buildPackDocument(data, pack, MEETING, pack.options, new Date())),
            ),
          ),
        );
        let docx: Uint8Array = new Uint8Array();
        const word: number[] = [];
        for (let i = 0; i < 3; i += 1)
          word.push(await timeMs(async () => (docx = await renderPackDocx(document))));
        let pdf: Uint8Array = new Uint8Array();
        const pdfTimes: number[] = [];
        for (let i = 0; i < 2; i += 1)
          pdfTimes.push(await timeMs(async () => (pdf = (await packPdfBytes(document)).bytes)));
        const wordCpu = await cpuMs(() => renderPackDocx(document));
        const pdfCpu = await cpuMs(() => packPdfBytes(document));
        const docxPath = join(folder, 'pack.docx');
        await writeFile(docxPath, docx);
        await writeFile(join(folder, 'pack.pdf'), pdf);
        await writeFile(join(folder, 'pack.md'), markdownOf(document));
        const pages = Number(
          /Pages:\s+(\d+)/.exec((await run('pdfinfo', [join(folder, 'pack.pdf')])).stdout)?.[1] ??
            0,
        );
        const pandoc = await timeMs(() =>
          run('pandoc', [join(folder, 'pack.md'), '-o', join(folder, 'pandoc.docx')]),
        );
        const profile = join(folder, 'lo-profile');
        const lo = await timeMs(() =>
          run(
            'libreoffice',
            [
              `-env:UserInstallation=file://${profile}`,
              '--headless',
              '--convert-to',
              'pdf',
              '--outdir',
              join(folder, 'lo'),
              docxPath,
            ],
            { env: { ...process.env, HOME: folder } },
          ),
        );
        return [
          {
            label: 'build the PackDocument (500 findings, 1,000 annotations)',
            value: build,
            unit: 'ms',
          },
          {
            label: 'our Word (docx) for the large pack',
            value: median(word),
            unit: 'ms',
            target: 1500,
          },
          {
            label: 'our PDF (pdfmake) for the large pack',
            value: median(pdfTimes),
            unit: 'ms',
            target: 5000,
          },
          { label: 'our Word, CPU time of this process', value: wordCpu, unit: 'ms' },
          { label: 'our PDF, CPU time of this process', value: pdfCpu, unit: 'ms' },
          { label: 'pages in our PDF', value: pages, unit: 'pages' },
          { label: 'pandoc: same content, markdown to docx', value: pandoc, unit: 'ms' },
          { label: 'LibreOffice: our docx to pdf (includes start-up)', value: lo, unit: 'ms' },
        ];
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  },
];
