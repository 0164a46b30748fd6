// Reading a command's input file: a missing file, a folder, an unreadable or an oversized file is
// bad input with one line naming it; the size is checked before a byte is read.
import { open, readFile, stat } from 'node:fs/promises';
import { InputError, isInputError } from '../shared/errors';

/** Read `path`, where `what` names what was expected ("a report (pdf, docx, ...)"). `checkSize`
 * throws an InputError when the file is too large to be what it should be. With `headOver`, a
 * file larger than that gives only its first 64 KB, for a caller that looks before reading all. */
export async function readInputFile(
  path: string,
  what: string,
  checkSize: (bytes: number) => void,
  headOver = Infinity,
): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile())
      throw new InputError(`${path} is not a file; give the path of ${what}.`, 'not-a-file');
    checkSize(info.size);
    if (info.size > headOver) {
      const handle = await open(path, 'r');
      try {
        const head = new Uint8Array(64 * 1024);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        return head.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    }
    // A plain Uint8Array over the Buffer's own memory: no second copy of a 50 MB file, and none
    // of Buffer's different slice().
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if (isInputError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new InputError(
        `there is no file at ${path}; check the path and try again.`,
        'no-such-file',
      );
    if (code === 'EACCES' || code === 'EPERM')
      throw new InputError(
        `${path} cannot be read (permission denied); check its permissions.`,
        'cannot-read',
      );
    throw error;
  }
}
