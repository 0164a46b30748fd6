// scrutiny-desk pack <workspace.json> --format docx|pdf --out <file> [--pack <id>] [--accessible]:
// builds a briefing pack from a workspace file as Word or PDF, written atomically. --accessible
// prints the PDF with a local Chromium (tagged, for publishing) instead of pdfmake (fast).
import { readInputFile } from '../read-input';
import { checkFileSize } from '../../shared/files/parse';
import { parseArgs } from 'node:util';
import { refuseOutputOverInput, withOutFile } from '../out-file';
import { UsageError, type Io } from '../errors';
import { InputError } from '../../shared/errors';
import { restoreFileBytes } from '../../shared/files/restore';
import { buildPackDocument } from '../../shared/pack/build';
import { choosePack } from '../../shared/pack/default-pack';
import { renderPackPrintDocument } from '../../shared/pack/print';
import { findChromium, printWithChromium } from '../../host/chromium-pdf';

const USAGE =
  'usage: scrutiny-desk pack <workspace.json> --format docx|pdf --out <file> [--pack <id>] [--accessible]';

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        pack: { type: 'string' },
        accessible: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; ${USAGE}`);
  }
}

async function readWorkspace(path: string) {
  const bytes = await readInputFile(path, 'a workspace file', checkFileSize);
  const restored = restoreFileBytes(bytes);
  if (restored.kind !== 'workspace') {
    throw new InputError(
      `"${path}" is a share bundle, not a workspace: merge it into a workspace first with "scrutiny-desk merge".`,
      'not-workspace',
    );
  }
  return restored.file.data;
}

export async function packCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args);
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0)
    throw new UsageError(`give one workspace file; ${USAGE}`);
  if (values.format !== 'docx' && values.format !== 'pdf')
    throw new UsageError(`--format must be docx or pdf; ${USAGE}`);
  if (!values.out) throw new UsageError(`--out <file> is required; ${USAGE}`);
  if (values.accessible && values.format !== 'pdf')
    throw new UsageError(
      `--accessible is for --format pdf (the Word file is tagged already); ${USAGE}`,
    );
  await refuseOutputOverInput(values.out, [source], USAGE);
  // Find the browser before reading anything, so a missing one fails at once.
  const browser = values.accessible ? await findChromium(process.env, process.platform) : null;

  const data = await readWorkspace(source);
  const now = new Date();
  const pack = choosePack(data, values.pack, now);
  const meeting = data.meetings.find((m) => m.id === pack.meetingId) ?? null;
  const document = buildPackDocument(data, pack, meeting, pack.options, now);
  const warnings = [...document.warnings];
  let bytes: Uint8Array;
  if (values.format === 'docx') {
    // Each writer's libraries load only for its own format (docx, or pdfmake with pdfkit and
    // fontkit, a third of a second of the Word command's start).
    const { renderPackDocx } = await import('../../shared/pack/docx');
    bytes = await renderPackDocx(document);
  } else if (browser) {
    bytes = await printWithChromium(renderPackPrintDocument(document), browser);
  } else {
    const { packPdfBytes } = await import('../../host/pdfmake');
    const pdf = await packPdfBytes(document);
    bytes = pdf.bytes;
    warnings.push(...pdf.warnings);
  }
  await withOutFile(values.out, (out) => out.write(bytes));
  for (const warning of warnings) io.err(`warning: ${warning}`);
  const kind = browser ? 'tagged pdf printed by Chromium' : values.format;
  io.out(
    `Wrote "${pack.title}" (${kind}, ${bytes.byteLength.toLocaleString('en-GB')} bytes) to ${values.out}`,
  );
  return 0;
}
