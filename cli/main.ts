// The command line of design.md: import, pack, merge, check. Each command lives in commands/.
import { UsageError, processIo, type Io } from './errors';
import { isInputError } from '../shared/errors';
import { commands } from './commands';
import { terminalSafe } from './terminal';

const HELP = `Usage: scrutiny-desk <command> [options]

Commands:
  import <file> [--json] [--out <workspace.json>] [--authority <code>]
      Read an inspection report (pdf, docx, html, txt, md) and print what it found.
      --json prints the ImportResult as JSON; --out adds the report to a workspace file, under
      the one authority record of its council; --authority gives the council's LA code where
      the report's own naming is not enough. "import --help" says more.
  pack <workspace.json> --format docx|pdf --out <file> [--pack <id>] [--accessible]
      Build a briefing pack from a workspace file as Word or PDF. --accessible prints a tagged
      PDF for publishing with a local Chromium or Google Chrome (slower than the default PDF).
  merge <mine.json> <theirs.json> --out <merged.json>
      Merge a colleague's workspace or share bundle into mine.
  check <file.json>
      Validate a workspace or bundle file: schema, references, version.

Exit status: 0 success, 2 bad input or usage (one "error:" line), 1 a bug.`;

export async function main(argv: readonly string[], rawIo: Io = processIo): Promise<number> {
  const io = terminalSafe(rawIo);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out('0.1.0');
    return 0;
  }
  // Only the table's own names: "constructor", "toString" or "__proto__" are not commands.
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.err(`error: unknown command "${name}"; run "scrutiny-desk --help" to see the commands.`);
    return 2;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isInputError(error)) {
      io.err(`error: ${(error as Error).message}`);
      return 2;
    }
    io.err(
      `error: an unexpected problem (a bug, please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 1;
  }
}
