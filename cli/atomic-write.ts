// The command line's all-or-nothing file write: Node's file system behind shared/files/atomic-write.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { InputError } from '../shared/errors';
import { atomicWriteWith, temporarySiblingPath } from '../shared/files/atomic-write';

const unique = () => `${process.pid}.${randomBytes(6).toString('hex')}`;

export function temporaryPathFor(target: string): string {
  return temporarySiblingPath(target, unique());
}

export async function atomicWrite(target: string, data: string | Uint8Array): Promise<void> {
  await atomicWriteWith(fs, target, data, unique());
}

/** Write a command's --out file; a folder that is missing or not writable is bad input (exit 2). */
export async function writeOutputFile(target: string, data: string | Uint8Array): Promise<void> {
  try {
    await atomicWrite(target, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`cannot write "${target}" (${code}): check the folder exists, is not a folder name itself, and you may write to it.`, 'file-unwritable');
  }
}
