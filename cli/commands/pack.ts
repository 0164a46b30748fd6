// scrutiny-desk pack <workspace.json> --format docx|pdf --out <file> [--pack <id>]: builds a
// briefing pack from a workspace file as Word or PDF, written atomically.
import { readFile } from 'node:fs/promises';
import { readInputFile } from '../read-input';
import { checkFileSize } from '../../shared/files/parse';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { parseArgs } from 'node:util';
import pdfmake from 'pdfmake';
import { writeOutputFile } from '../atomic-write';
import { UsageError, type Io } from '../errors';
import { InputError } from '../../shared/errors';
import { restoreFileBytes } from '../../shared/files/restore';
import { buildPackDocument } from '../../shared/pack/build';
import { choosePack } from '../../shared/pack/default-pack';
import type { PackDocument } from '../../shared/pack/document';
import { renderPackDocx } from '../../shared/pack/docx';
import { fontCoverage, missingGlyphWarnings } from '../../shared/pack/glyphs';
import { PDF_FONT, renderPackPdf, type PdfMaker } from '../../shared/pack/pdf';

const USAGE = 'usage: scrutiny-desk pack <workspace.json> --format docx|pdf --out <file> [--pack <id>]';

/** pdfmake's own Roboto folder: the only place the PDF builder may read files from. */
export const PDF_FONT_FOLDER = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');

/** pdfmake for Node: fonts from its own folder, every URL and every other local file refused. */
export function nodePdfMaker(): PdfMaker {
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(PDF_FONT_FOLDER + sep));
  pdfmake.setFonts({
    [PDF_FONT]: {
      normal: join(PDF_FONT_FOLDER, 'Roboto-Regular.ttf'),
      bold: join(PDF_FONT_FOLDER, 'Roboto-Medium.ttf'),
      italics: join(PDF_FONT_FOLDER, 'Roboto-Italic.ttf'),
      bolditalics: join(PDF_FONT_FOLDER, 'Roboto-MediumItalic.ttf'),
    },
  });
  return pdfmake as unknown as PdfMaker;
}

/** The PDF's bytes and the characters its font could not draw. */
export async function packPdfBytes(pack: PackDocument): Promise<{ bytes: Uint8Array; warnings: string[] }> {
  const covers = fontCoverage(await readFile(join(PDF_FONT_FOLDER, 'Roboto-Regular.ttf')));
  return { bytes: await renderPackPdf(pack, nodePdfMaker()), warnings: missingGlyphWarnings(pack, covers, PDF_FONT) };
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { format: { type: 'string' }, out: { type: 'string' }, pack: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; ${USAGE}`);
  }
}

async function readWorkspace(path: string) {
  const bytes = await readInputFile(path, 'a workspace file', checkFileSize);
  const restored = restoreFileBytes(bytes);
  if (restored.kind !== 'workspace') {
    throw new InputError(`"${path}" is a share bundle, not a workspace: merge it into a workspace first with "scrutiny-desk merge".`, 'not-workspace');
  }
  return restored.file.data;
}

export async function packCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args);
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0) throw new UsageError(`give one workspace file; ${USAGE}`);
  if (values.format !== 'docx' && values.format !== 'pdf') throw new UsageError(`--format must be docx or pdf; ${USAGE}`);
  if (!values.out) throw new UsageError(`--out <file> is required; ${USAGE}`);

  const data = await readWorkspace(source);
  const now = new Date();
  const pack = choosePack(data, values.pack, now);
  const meeting = data.meetings.find((m) => m.id === pack.meetingId) ?? null;
  const document = buildPackDocument(data, pack, meeting, pack.options, now);
  const warnings = [...document.warnings];
  let bytes: Uint8Array;
  if (values.format === 'docx') {
    bytes = await renderPackDocx(document);
  } else {
    const pdf = await packPdfBytes(document);
    bytes = pdf.bytes;
    warnings.push(...pdf.warnings);
  }
  await writeOutputFile(values.out, bytes);
  for (const warning of warnings) io.err(`warning: ${warning}`);
  io.out(`Wrote "${pack.title}" (${values.format}, ${bytes.byteLength.toLocaleString('en-GB')} bytes) to ${values.out}`);
  return 0;
}
