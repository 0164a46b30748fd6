// scrutiny-desk import <file> [--json] [--out <workspace.json>] [--authority <code>]: reads a report with the shared
// importer (pdf.js's Node build for PDFs), prints a summary or the ImportResult, and with --out
// adds it to a workspace file: no duplicates, a revised report replaces its findings and its
// annotations are re-anchored, orphans listed. The file is written atomically or not at all.
import { basename } from 'node:path';
import { UsageError, type Io } from '../errors';
import { InputError, isInputError } from '../../shared/errors';
import { checkFileSize } from '../../shared/files/parse';
import { readInputFile } from '../read-input';
import { builtWorker, startImportWorker } from '../watchdog';
import { refuseOutputOverInput, withOutFile, type OutFile } from '../out-file';
import type { WorkspaceData } from '../../shared/files/envelope';
import type { ImportInput } from '../../shared/import/import-report';
import type { ImportResult } from '../../shared/import/result';
import type { ThemeRule } from '../../shared/model';
import { LIMITS, megabytes } from '../../shared/import/limits';
import { sniff } from '../../shared/import/sniff';
import { toImportResultJson } from '../../shared/import/result';
import { describeImport } from '../../shared/import/summary';
import { assignAuthority } from '../../shared/import/authority';
import { authorityByCode, type AuthorityEntry } from '../../shared/authorities';

const USAGE =
  'usage: scrutiny-desk import <file> [--json] [--out <workspace.json>] [--authority <code>]';

const HELP = `${USAGE}

Reads an inspection report (pdf, docx, html, txt or md) and prints what it found: the authority
with its LA code, the framework, the judgements and the findings.

  --json                 print the ImportResult as JSON instead
  --out <workspace.json> add the report to that workspace file (created if missing). The
                         authority is resolved from the report's own naming to its LA code, so
                         every report of one council, however it spells itself, is filed under
                         one authority record; importing the same report again changes nothing.
  --authority <code>     the council's three-digit DfE LA code (878 for Devon), where the
                         report's naming is not enough or is wrong; it overrides what was read.

Text that is not an inspection report (no framework, judgements or inspection headings) is
refused: exit 2, one "error:" line, nothing written.`;

interface Options {
  file: string;
  json: boolean;
  out: string | null;
  /** The council's DfE LA code, where the report's own naming is not enough. */
  authority: string | null;
}

function parseArgs(args: readonly string[]): Options {
  let json = false;
  let out: string | null = null;
  let authority: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--out') {
      const next = args[i + 1];
      if (!next || next.startsWith('--'))
        throw new UsageError(`--out needs the workspace file to write; ${USAGE}`);
      out = next;
      i += 1;
    } else if (arg === '--authority') {
      const next = args[i + 1];
      if (!next || next.startsWith('--'))
        throw new UsageError(
          `--authority needs the council's three-digit LA code (878 for Devon); ${USAGE}`,
        );
      authority = next;
      i += 1;
    } else if (arg.startsWith('-'))
      throw new UsageError(`import takes no option "${arg}"; ${USAGE}`);
    else files.push(arg);
  }
  const [file] = files;
  if (file === undefined || files.length > 1)
    throw new UsageError(`import takes one report file; ${USAGE}`);
  return { file, json, out, authority };
}

async function readInput(path: string): Promise<Uint8Array> {
  let size = 0;
  const bytes = await readInputFile(
    path,
    'a report (pdf, docx, html, txt or md)',
    (bytes) => {
      size = bytes;
      if (bytes > LIMITS.maxFileBytes) {
        throw new InputError(
          `${path} is ${megabytes(bytes)}, larger than the ${megabytes(LIMITS.maxFileBytes)} a report can be; check that this is the report itself.`,
          'too-large',
        );
      }
    },
    LIMITS.maxTextFileBytes,
  );
  // A large file is first read only as far as its start: text or a web page past their own limits
  // is refused from that, without reading (and copying to the import's thread) hundreds of MB.
  if (bytes.length < size) {
    const { type } = sniff(basename(path), bytes);
    const limit =
      type === 'text'
        ? LIMITS.maxTextFileBytes
        : type === 'html'
          ? LIMITS.maxHtmlFileBytes
          : Infinity;
    if (size > limit) {
      throw new InputError(
        `"${basename(path)}" is ${megabytes(size)} of ${type === 'text' ? 'text' : 'web page'}, more than any inspection report; import the report itself.`,
        'too-much-text',
      );
    }
    return readInputFile(path, 'a report (pdf, docx, html, txt or md)', () => undefined);
  }
  return bytes;
}

async function readWorkspace(path: string): Promise<{ data: WorkspaceData; exportedBy: string }> {
  // The workspace's modules (zod's schemas and all) are loaded only for --out, so that a plain
  // import starts its worker at once.
  const [{ emptyWorkspaceData }, { restoreFileBytes }] = await Promise.all([
    import('../../shared/files/envelope'),
    import('../../shared/files/restore'),
  ]);
  let bytes: Uint8Array;
  try {
    bytes = await readInputFile(path, 'a workspace file (or a new file name)', checkFileSize);
  } catch (error) {
    // A workspace that does not exist yet is created.
    if (isInputError(error) && error.code === 'no-such-file')
      return { data: emptyWorkspaceData(), exportedBy: '' };
    throw error;
  }
  const restored = restoreFileBytes(bytes);
  if (restored.kind !== 'workspace') {
    throw new InputError(
      `${path} is a share bundle, not a workspace; give a workspace file to add the report to (or a new file name).`,
      'not-a-workspace',
    );
  }
  return { data: restored.file.data, exportedBy: restored.file.exportedBy };
}

export async function importCommand(args: readonly string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  const options = parseArgs(args);
  // Checked before anything is read, so a mistyped code costs nothing.
  const chosen = options.authority === null ? null : authorityByCode(options.authority.trim());
  if (options.authority !== null && !chosen) {
    throw new UsageError(
      `--authority "${options.authority}" is not an LA code on the list of English children's services authorities; give the council's three-digit DfE code (878 for Devon).`,
    );
  }
  if (!options.out) return importInto(options, chosen ?? null, null, io);
  await refuseOutputOverInput(options.out, [options.file], USAGE);
  // The workspace is read, changed and written under its lock, so a second import or merge into
  // it at the same time is refused rather than one of the two changes being lost.
  return withOutFile(options.out, (out) => importInto(options, chosen ?? null, out, io));
}

/** The import in this thread: running from the TypeScript source (tests), there is no built
 * worker. */
async function importHere(
  input: ImportInput,
  now: Date,
  themeRules: readonly ThemeRule[],
): Promise<ImportResult> {
  const [{ importReport }, { nodeGetDocument }] = await Promise.all([
    import('../../shared/import/import-report'),
    import('../../host/pdfjs'),
  ]);
  return importReport(input, { getDocument: nodeGetDocument, now: () => now, themeRules });
}

async function importInto(
  options: Options,
  chosen: AuthorityEntry | null,
  out: OutFile | null,
  io: Io,
): Promise<number> {
  // The worker starts first, loading the importer (and pdf.js for a .pdf) while this thread
  // reads the file and the workspace.
  const worker = builtWorker();
  const early = worker ? startImportWorker(worker, /\.pdf$/i.test(options.file)) : null;
  let read: ImportResult;
  let existing: { data: WorkspaceData; exportedBy: string } | null;
  const now = new Date();
  try {
    const bytes = await readInput(options.file);
    existing = options.out ? await readWorkspace(options.out) : null;
    const input = { name: basename(options.file), bytes };
    const themeRules = existing?.data.settings?.themeRules ?? [];
    read = early
      ? await early.run(input, now, themeRules)
      : await importHere(input, now, themeRules);
  } finally {
    early?.stop();
  }
  const result = chosen ? assignAuthority(read, chosen) : read;

  let change: {
    file: string;
    change: string;
    reportId: string;
    orphaned: { id: string; findingText: string; quote: string | null }[];
  } | null = null;
  if (options.out && existing) {
    const editor =
      existing.data.settings?.memberName || existing.exportedBy || 'scrutiny-desk import';
    const { planReimport } = await import('../../shared/import/reimport');
    const plan = planReimport(
      { reports: existing.data.reports, annotations: existing.data.annotations },
      result,
      editor,
      now,
    );
    const orphans = plan.kind === 'revised' ? plan.orphans : [];
    change = {
      file: options.out,
      change: plan.kind === 'new' ? 'added' : plan.kind,
      reportId: plan.reportId,
      orphaned: orphans.map((a) => ({
        id: a.id,
        findingText: a.target.findingText,
        quote: a.target.selector?.exact ?? null,
      })),
    };
    if (plan.kind !== 'unchanged' && out) {
      const [{ applyPlan }, { serializeWorkspace }] = await Promise.all([
        import('../../shared/import/apply-plan'),
        import('../../shared/files/serialize'),
      ]);
      await out.write(serializeWorkspace(applyPlan(existing.data, plan), existing.exportedBy, now));
    }
  }

  if (options.json) {
    io.out(
      JSON.stringify(
        change ? { ...toImportResultJson(result), workspace: change } : toImportResultJson(result),
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(describeImport(result));
  if (change) {
    const said =
      change.change === 'added'
        ? `Added to ${change.file}.`
        : change.change === 'unchanged'
          ? `${change.file} already holds this report; nothing was changed.`
          : `Replaced the earlier version of this report in ${change.file}; its annotations were re-anchored.`;
    io.out(`\n${said}`);
    if (change.orphaned.length) {
      io.out(
        `${change.orphaned.length} annotation${change.orphaned.length === 1 ? '' : 's'} could not be placed in the new version and ${change.orphaned.length === 1 ? 'is' : 'are'} kept as orphaned:`,
      );
      for (const o of change.orphaned)
        io.out(`  - ${o.id}: "${(o.quote ?? o.findingText).slice(0, 120)}"`);
    }
  }
  return 0;
}
