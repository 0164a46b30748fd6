// The all-or-nothing file write for Node hosts (CLI, desktop main process, scripts): Node's file
// system behind shared/files/atomic-write.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { atomicWriteWith, temporarySiblingPath } from '../shared/files/atomic-write';

const unique = () => `${process.pid}.${randomBytes(6).toString('hex')}`;

export function temporaryPathFor(target: string): string {
  return temporarySiblingPath(target, unique());
}

export async function atomicWrite(target: string, data: string | Uint8Array): Promise<void> {
  await atomicWriteWith(fs, target, data, unique());
}
