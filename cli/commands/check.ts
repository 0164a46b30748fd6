// scrutiny-desk check <file.json>: validates a workspace or bundle file (format, version,
// schema, ids and references) through the same restore step the app uses; one-line verdict.
import { readInputFile } from '../read-input';
import { UsageError, type Io } from '../errors';
import { checkFileSize } from '../../shared/files/parse';
import { restoreFileBytes } from '../../shared/files/restore';
import { describeFile } from '../../shared/files/summary';
import { CURRENT_FILE_VERSION } from '../../shared/files/envelope';

function readChecked(path: string): Promise<Uint8Array> {
  return readInputFile(path, 'a workspace or bundle file', checkFileSize);
}

export async function checkCommand(args: readonly string[], io: Io): Promise<number> {
  const files = args.filter((a) => !a.startsWith('-'));
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown)
    throw new UsageError(
      `check takes no option "${unknown}"; usage: scrutiny-desk check <file.json>`,
    );
  const [path] = files;
  if (path === undefined || files.length > 1)
    throw new UsageError('check takes one file; usage: scrutiny-desk check <file.json>');
  const bytes = await readChecked(path);
  const restored = restoreFileBytes(bytes);
  const upgraded =
    restored.fromVersion < CURRENT_FILE_VERSION
      ? ` (written at version ${restored.fromVersion}, upgraded when loaded)`
      : '';
  io.out(`ok: ${describeFile(restored)}${upgraded}`);
  return 0;
}
