// scrutiny-desk check <file.json>: validates a workspace or bundle file (format, version,
// schema, ids and references) through the same restore step the app uses; one-line verdict.
import { readFile, stat } from 'node:fs/promises';
import { UsageError, type Io } from '../errors';
import { InputError } from '../../shared/errors';
import { checkFileSize } from '../../shared/files/parse';
import { restoreFileBytes } from '../../shared/files/restore';
import { describeFile } from '../../shared/files/summary';
import { CURRENT_FILE_VERSION } from '../../shared/files/envelope';

async function readChecked(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path} is not a file; give the path of a workspace or bundle file.`, 'not-a-file');
    checkFileSize(info.size);
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`there is no file at ${path}; check the path and try again.`, 'no-such-file');
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path} cannot be read (permission denied); check its permissions.`, 'cannot-read');
    throw error;
  }
}

export async function checkCommand(args: readonly string[], io: Io): Promise<number> {
  const files = args.filter((a) => !a.startsWith('-'));
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) throw new UsageError(`check takes no option "${unknown}"; usage: scrutiny-desk check <file.json>`);
  const [path] = files;
  if (path === undefined || files.length > 1) throw new UsageError('check takes one file; usage: scrutiny-desk check <file.json>');
  const bytes = await readChecked(path);
  const restored = restoreFileBytes(bytes);
  const upgraded = restored.fromVersion < CURRENT_FILE_VERSION ? ` (written at version ${restored.fromVersion}, upgraded when loaded)` : '';
  io.out(`ok: ${describeFile(restored)}${upgraded}`);
  return 0;
}
