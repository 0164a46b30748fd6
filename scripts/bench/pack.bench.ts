// Benchmarks for briefing packs (issues 6 and 14): the large pack (500 findings, 1,000 annotations)
// side by side with the independent tools, in one run, each measured two ways:
// - end to end, as a clerk runs it: the built `scrutiny-desk pack` command in a fresh process
//   (process start, reading the workspace file and writing the output included), and
// - in process: our renderer called on a built PackDocument.
// Against pandoc (markdown of the same content to docx) for our Word, LibreOffice (our docx to
// pdf) for our fast PDF, and LibreOffice's tagged export for our accessible PDF (Chromium). The
// issue's targets are ratios: Word at most 0.5 of pandoc's time, fast PDF at most 0.5 of
// LibreOffice's, accessible PDF at most 1.0 of LibreOffice's tagged export. Wall time and CPU time
// (this process and the programs it ran and waited for) are both given: on a shared machine the
// wall clock also counts other people's work.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { findChromium, printWithChromium } from '../../host/chromium-pdf';
import { packPdfBytes } from '../../host/pdfmake';
import { serializeWorkspace } from '../../shared/files/serialize';
import { buildPackDocument } from '../../shared/pack/build';
import { blockTexts, type PackDocument } from '../../shared/pack/document';
import { renderPackDocx } from '../../shared/pack/docx';
import { renderPackPrintDocument } from '../../shared/pack/print';
import { MEETING, scaledWorkspace } from '../../tests/fixtures/packs/workspace';
import { buildCli } from '../build-cli';
import { median, type BenchCase, type Figure } from './types';

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, '../../cli/bin.mjs');
const TAGGED = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}';

/** CPU milliseconds of this process and of the children it has waited for, from /proc (Linux);
 * null elsewhere. */
function cpuNow(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime are fields 14 to 17 (11 to 14 after the name), in ticks.
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return (ticks * 1000) / 100;
  } catch {
    return null;
  }
}

interface Timing {
  wall: number;
  cpu: number | null;
}

/** Run `work` `runs` times (after `warm` unmeasured runs); the median wall and CPU times. */
async function measure(work: () => Promise<unknown>, runs: number, warm = 0): Promise<Timing> {
  for (let i = 0; i < warm; i += 1) await work();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpu = cpuNow();
    const start = performance.now();
    await work();
    walls.push(performance.now() - start);
    const after = cpuNow();
    if (cpu !== null && after !== null) cpus.push(after - cpu);
  }
  return { wall: median(walls), cpu: cpus.length ? median(cpus) : null };
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

/** Wall and CPU figures for one measurement, and its ratio to the tool it is compared with. */
function side(label: string, ours: Timing, theirs: Timing, tool: string, target: number): Figure[] {
  const figures: Figure[] = [
    { label: `${label}, wall`, value: ours.wall, unit: 'ms' },
    {
      label: `${label} ÷ ${tool}, wall`,
      value: ours.wall / theirs.wall,
      unit: 'x',
      target,
    },
  ];
  if (ours.cpu !== null && theirs.cpu !== null && theirs.cpu > 0)
    figures.push(
      { label: `${label}, CPU`, value: ours.cpu, unit: 'ms' },
      { label: `${label} ÷ ${tool}, CPU`, value: ours.cpu / theirs.cpu, unit: 'x', target },
    );
  return figures;
}

function tool(label: string, timing: Timing): Figure[] {
  return [
    { label: `${label}, wall`, value: timing.wall, unit: 'ms' },
    ...(timing.cpu === null
      ? []
      : [{ label: `${label}, CPU`, value: timing.cpu, unit: 'ms' as const }]),
  ];
}

export const cases: BenchCase[] = [
  {
    id: 'pack',
    issue: 14,
    async run() {
      await buildCli();
      const data = scaledWorkspace(500, 1000);
      const pack = data.packs[0];
      if (!pack) throw new Error('the scaled workspace has no pack');
      data.meetings = [MEETING];
      pack.meetingId = MEETING.id;
      const document = buildPackDocument(data, pack, MEETING, pack.options, new Date());
      const browser = await findChromium(process.env, process.platform);
      const folder = await mkdtemp(join(tmpdir(), 'scrutiny-pack-bench-'));
      const at = (name: string) => join(folder, name);
      try {
        const workspace = at('workspace.json');
        await writeFile(workspace, serializeWorkspace(data, 'Bench', new Date()));
        const docxPath = at('pack.docx');
        await writeFile(docxPath, await renderPackDocx(document));
        await writeFile(at('pack.md'), markdownOf(document));
        const cli = (...args: string[]) =>
          run(process.execPath, [BIN, 'pack', workspace, '--pack', pack.id, ...args], {
            maxBuffer: 16 * 1024 * 1024,
          });
        const libreoffice = (format: string, out: string) =>
          run(
            'libreoffice',
            [
              `-env:UserInstallation=file://${at('lo-profile')}`,
              '--headless',
              '--convert-to',
              format,
              '--outdir',
              at(out),
              docxPath,
            ],
            { env: { ...process.env, HOME: folder } },
          );

        const build = await measure(
          async () => buildPackDocument(data, pack, MEETING, pack.options, new Date()),
          3,
        );
        // The tools first, each warmed once (LibreOffice makes its profile on its first run).
        const pandoc = await measure(
          () => run('pandoc', [at('pack.md'), '-o', at('pandoc.docx')]),
          3,
          1,
        );
        const loPdf = await measure(() => libreoffice('pdf', 'lo'), 2, 1);
        const loTagged = await measure(() => libreoffice(TAGGED, 'lo-tagged'), 2);
        // Ours in process, on the built PackDocument.
        const word = await measure(() => renderPackDocx(document), 3, 1);
        const fast = await measure(() => packPdfBytes(document), 3, 1);
        const accessible = await measure(
          () => printWithChromium(renderPackPrintDocument(document), browser),
          2,
          1,
        );
        // Ours end to end: the command a clerk types, from process start to the file written.
        const wordCli = await measure(() => cli('--format', 'docx', '--out', at('cli.docx')), 3, 1);
        const fastCli = await measure(() => cli('--format', 'pdf', '--out', at('cli.pdf')), 3, 1);
        const accessibleCli = await measure(
          () => cli('--format', 'pdf', '--accessible', '--out', at('cli-tagged.pdf')),
          2,
        );
        const pages = Number(
          /Pages:\s+(\d+)/.exec((await run('pdfinfo', [at('cli.pdf')])).stdout)?.[1] ?? 0,
        );
        return [
          {
            label: 'build the PackDocument (500 findings, 1,000 annotations)',
            value: build.wall,
            unit: 'ms',
          },
          { label: 'pages in our fast PDF', value: pages, unit: 'pages' },
          ...tool('pandoc: the same content, markdown to docx', pandoc),
          ...tool('LibreOffice: our docx to pdf', loPdf),
          ...tool('LibreOffice: our docx to tagged pdf', loTagged),
          ...side('our Word, scrutiny-desk pack (end to end)', wordCli, pandoc, 'pandoc', 0.5),
          ...side('our Word, in process', word, pandoc, 'pandoc', 0.5),
          ...side(
            'our fast PDF, scrutiny-desk pack (end to end)',
            fastCli,
            loPdf,
            'LibreOffice',
            0.5,
          ),
          ...side('our fast PDF, in process', fast, loPdf, 'LibreOffice', 0.5),
          ...side(
            'our accessible PDF, scrutiny-desk pack --accessible (end to end)',
            accessibleCli,
            loTagged,
            'LibreOffice tagged',
            1,
          ),
          ...side('our accessible PDF, in process', accessible, loTagged, 'LibreOffice tagged', 1),
        ];
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  },
];
