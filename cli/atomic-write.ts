// The command line's --out write: all-or-nothing (host/atomic-write), with failures said as bad input.
import { InputError } from '../shared/errors';
import { atomicWrite } from '../host/atomic-write';

/** Write a command's --out file; a folder that is missing or not writable is bad input (exit 2). */
export async function writeOutputFile(target: string, data: string | Uint8Array): Promise<void> {
  try {
    await atomicWrite(target, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`cannot write "${target}" (${code}): check the folder exists, is not a folder name itself, and you may write to it.`, 'file-unwritable');
  }
}
